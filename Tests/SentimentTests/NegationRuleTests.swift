import XCTest
@testable import Sentiment

final class NegationRuleTests: XCTestCase {
    private func contribution(_ word: String, in text: String, _ language: Language) -> Double? {
        Fixtures.term(word, in: Fixtures.terms(text, language, rules: [NegationRule()]))?.contribution
    }

    func testNegationFlipsPositiveWordWithinThreeWords() {
        XCTAssertLessThan(contribution("gut", in: "Das war nicht wirklich gut", .de)!, 0)
        XCTAssertLessThan(contribution("good", in: "This is not really good", .en)!, 0)
    }

    func testNegationDoesNotReachBeyondThreeWords() {
        XCTAssertGreaterThan(contribution("gut", in: "Nicht dass ich wüsste, ob das gut ist", .de)!, 0)
        XCTAssertGreaterThan(contribution("good", in: "Not that I think the food was good", .en)!, 0)
    }

    func testNegationStopsAtClauseBoundary() {
        XCTAssertGreaterThan(contribution("gut", in: "Nicht heute, gut so", .de)!, 0)
        XCTAssertGreaterThan(contribution("good", in: "Not now, good", .en)!, 0)
    }

    func testNegatedNegativeBecomesMildlyPositive() throws {
        let nichtSchlecht = try XCTUnwrap(contribution("schlecht", in: "nicht schlecht", .de))
        XCTAssertGreaterThan(nichtSchlecht, 0)
        XCTAssertLessThan(nichtSchlecht, 1.5)
        let notBad = try XCTUnwrap(contribution("bad", in: "not bad", .en))
        XCTAssertGreaterThan(notBad, 0)
        XCTAssertLessThan(notBad, 1.5)
    }

    func testKeinProblemIsPositiveThroughInflectedNegator() {
        XCTAssertGreaterThan(contribution("problem", in: "Kein Problem", .de)!, 0)
        XCTAssertGreaterThan(contribution("problem", in: "keinen Ärger, kein Problem", .de)!, 0)
        XCTAssertGreaterThan(contribution("problem", in: "no problem", .en)!, 0)
    }

    func testContractedNotNegates() {
        XCTAssertLessThan(contribution("happy", in: "I'm really not happy, I don't love it", .en)!, 0)
        XCTAssertLessThan(contribution("love", in: "I don't love it", .en)!, 0)
    }

    func testClauseFinalNichtNegatesTheVerbBeforeIt() throws {
        let term = try XCTUnwrap(Fixtures.term("enttäuscht", in: Fixtures.terms("Das hat mich gar nicht enttäuscht", .de, rules: [NegationRule()])))
        XCTAssertGreaterThan(term.contribution, 0)
        let backward = try XCTUnwrap(Fixtures.term("ärgert", in: Fixtures.terms("Das ärgert mich nicht", .de, rules: [NegationRule()])))
        XCTAssertGreaterThan(backward.contribution, 0)
        XCTAssertEqual(backward.rules.last, "negation-backward:nicht")
    }

    func testNotOnlyNegatesNothing() {
        XCTAssertGreaterThan(contribution("gut", in: "nicht nur gut", .de)!, 0)
        XCTAssertGreaterThan(contribution("good", in: "not only good", .en)!, 0)
    }

    func testWederNochNegatesBothParts() {
        let german = Fixtures.terms("weder pünktlich noch freundlich", .de, rules: [NegationRule()])
        XCTAssertTrue(german.allSatisfy { $0.contribution < 0 }, "\(german)")
        let english = Fixtures.terms("neither helpful nor nice", .en, rules: [NegationRule()])
        XCTAssertTrue(english.allSatisfy { $0.contribution < 0 }, "\(english)")
    }

    func testOhneAndWithoutNegate() {
        XCTAssertGreaterThan(contribution("ärger", in: "ohne Ärger angekommen", .de)!, 0)
        XCTAssertGreaterThan(contribution("problem", in: "arrived without a problem", .en)!, 0)
    }
}
