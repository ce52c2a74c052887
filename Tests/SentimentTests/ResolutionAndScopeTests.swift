import XCTest
@testable import Sentiment

/// Resolution of bad events and the limits of negation and "zu".
final class ResolutionAndScopeTests: XCTestCase {
    func testEndOfABadEventIsGoodNews() throws {
        let german = try XCTUnwrap(Fixtures.term("chaos", in: Fixtures.terms("Das Chaos ist vorbei", .de, rules: [ResolutionRule()])))
        XCTAssertGreaterThan(german.contribution, 0)
        XCTAssertEqual(german.rules, ["resolution:vorbei"])
        let english = try XCTUnwrap(Fixtures.term("problem", in: Fixtures.terms("The problem is resolved", .en, rules: [ResolutionRule()])))
        XCTAssertGreaterThan(english.contribution, 0)
    }

    func testGermanResolvedEventOutweighsTheBadNewsItNames() throws {
        let german = try XCTUnwrap(Fixtures.term("chaos", in: Fixtures.terms("Das Chaos ist vorbei", .de, rules: [ResolutionRule()])))
        XCTAssertEqual(german.contribution, german.valence * ResolutionRule.germanFlipFactor, accuracy: 1e-9)
        XCTAssertGreaterThan(german.contribution, abs(german.valence))
    }

    func testEnglishResolutionReversesTheEventAtFullWeightOnly() throws {
        let english = try XCTUnwrap(Fixtures.term("problem", in: Fixtures.terms("The problem is resolved", .en, rules: [ResolutionRule()])))
        XCTAssertEqual(english.contribution, english.valence * ResolutionRule.flipFactor, accuracy: 1e-9)
        XCTAssertEqual(english.contribution, abs(english.valence), accuracy: 1e-9)
    }

    func testGermanResolutionReachesAcrossTheVerbBracket() throws {
        // Event and participle five words apart: German only.
        let german = try XCTUnwrap(Fixtures.term("chaos", in: Fixtures.terms(
            "Das Chaos auf der Strecke wurde heute beendet", .de, rules: [ResolutionRule()])))
        XCTAssertGreaterThan(german.contribution, 0)
        let english = try XCTUnwrap(Fixtures.term("problem", in: Fixtures.terms(
            "The problem with the trains this morning is resolved", .en, rules: [ResolutionRule()])))
        XCTAssertLessThan(english.contribution, 0)
        XCTAssertLessThanOrEqual(ResolutionRule.reach(for: .en), 4)
    }

    func testNegatedResolutionResolvesNothing() {
        XCTAssertLessThan(Fixtures.terms("Das Chaos ist noch nicht vorbei", .de, rules: [ResolutionRule()])[0].contribution, 0)
        XCTAssertLessThan(Fixtures.terms("The problem is not resolved", .en, rules: [ResolutionRule()])[0].contribution, 0)
        XCTAssertGreaterThan(Fixtures.terms("Das Chaos ist vorbei", .de, rules: [ResolutionRule()])[0].contribution, 0)
    }

    func testResolutionWordInAnotherSentenceChangesNothing() {
        XCTAssertLessThan(Fixtures.terms("Chaos heute. Der Tag ist vorbei", .de, rules: [ResolutionRule()])[0].contribution, 0)
        XCTAssertLessThan(Fixtures.terms("Terrible service. The day is over", .en, rules: [ResolutionRule()])[0].contribution, 0)
    }

    func testOnlyClauseFinalNegatorsNegateBackwards() {
        XCTAssertGreaterThan(Fixtures.terms("Super Service, ohne", .de, rules: [NegationRule()])[0].contribution, 0)
        XCTAssertGreaterThan(Fixtures.terms("Toll war kein", .de, rules: [NegationRule()])[0].contribution, 0)
    }

    func testZuBeforeNumeralOrValencedInfinitiveIsNoDegree() {
        XCTAssertTrue(Fixtures.terms("Wir fahren zu zweit", .de, rules: [ExcessiveDegreeRule()]).isEmpty)
        XCTAssertEqual(Fixtures.terms("schön, sich zu ärgern", .de, rules: [ExcessiveDegreeRule()]).last?.contribution, -2.0)
    }

    func testNegatorInsideAPhraseDoesNotNegateTheNextWord() {
        var files = Fixtures.files()
        files["de/phrases.tsv"]! += "kein problem\t1.5\n"
        let resources = try! LexiconResources(files: files)
        let analysis = Analyzer(resources: resources, topics: Fixtures.topics).analyze("Kein Problem und gut", languageHint: .de)
        XCTAssertEqual(analysis.sentiment.terms.map(\.contribution), [1.5, 1.9])
    }
}
