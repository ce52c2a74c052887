import XCTest
@testable import Sentiment

final class NegationLimitsTests: XCTestCase {
    func testSpeakerAdverbsAreNotNegated() {
        XCTAssertLessThan(Fixtures.terms("Der Bus kommt leider nicht", .de, rules: [NegationRule()]).first { $0.term == "leider" }?.contribution ?? 0, 0)
        XCTAssertLessThan(Fixtures.terms("sadly not", .en, rules: [NegationRule()]).first { $0.term == "sadly" }?.contribution ?? 0, 0)
    }

    func testBareGermanNegationReportsAFailureButEnglishDoesNot() {
        let german = Fixtures.terms("Der Zug kommt heute nicht", .de, rules: [NegationRule()])
        XCTAssertEqual(german.map(\.rules), [["negation-bare:nicht"]])
        XCTAssertLessThan(german[0].contribution, 0)
        XCTAssertTrue(Fixtures.terms("The train does not come today", .en, rules: [NegationRule()]).isEmpty)
    }
}
