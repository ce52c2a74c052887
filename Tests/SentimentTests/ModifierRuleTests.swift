import XCTest
@testable import Sentiment

/// Intensifiers, diminishers, emphasis and "zu"/"too".
final class ModifierRuleTests: XCTestCase {
    private func contribution(_ word: String, in text: String, _ language: Language, rules: [any SentimentRule]) -> Double? {
        Fixtures.term(word, in: Fixtures.terms(text, language, rules: rules))?.contribution
    }

    func testIntensifierStrengthensTheNextWord() {
        XCTAssertGreaterThan(contribution("gut", in: "sehr gut", .de, rules: [IntensifierRule()])!, 1.9)
        XCTAssertGreaterThan(contribution("good", in: "very good", .en, rules: [IntensifierRule()])!, 1.9)
    }

    func testDiminisherWeakensTheNextWord() {
        XCTAssertLessThan(contribution("teuer", in: "etwas teuer", .de, rules: [IntensifierRule()])!, -0.5)
        XCTAssertGreaterThan(contribution("teuer", in: "etwas teuer", .de, rules: [IntensifierRule()])!, -1.2)
        XCTAssertGreaterThan(contribution("expensive", in: "slightly expensive", .en, rules: [IntensifierRule()])!, -1.0)
    }

    func testIntensifierDoesNotCrossClauses() {
        XCTAssertEqual(contribution("gut", in: "sehr, gut", .de, rules: [IntensifierRule()]), 1.9)
        XCTAssertEqual(contribution("good", in: "very, good", .en, rules: [IntensifierRule()]), 1.9)
    }

    func testAllCapsEmphasisesOnlyInMixedCaseText() {
        XCTAssertEqual(contribution("super", in: "Das war SUPER", .de, rules: [EmphasisRule()])!, 2.6 + EmphasisRule.capsIncrement, accuracy: 1e-9)
        XCTAssertEqual(contribution("great", in: "it was GREAT", .en, rules: [EmphasisRule()])!, 3.1 + EmphasisRule.capsIncrement, accuracy: 1e-9)
        XCTAssertEqual(contribution("great", in: "IT WAS GREAT", .en, rules: [EmphasisRule()]), 3.1)
    }

    func testElongationEmphasises() {
        XCTAssertGreaterThan(contribution("suuper", in: "suuuuper", .de, rules: [EmphasisRule()])!, 2.6)
        XCTAssertGreaterThan(contribution("cool", in: "so cooool", .en, rules: [EmphasisRule()])!, 1.3)
    }

    func testExclamationMarksEmphasiseTheStrongestTermOfTheSentence() {
        let german = Fixtures.terms("Gut, aber Chaos!!!", .de, rules: [EmphasisRule()])
        XCTAssertEqual(Fixtures.term("chaos", in: german)!.contribution, -2.2 - 3 * EmphasisRule.exclamationIncrement, accuracy: 1e-9)
        XCTAssertEqual(Fixtures.term("gut", in: german)!.contribution, 1.9)
        XCTAssertGreaterThan(contribution("great", in: "great!!", .en, rules: [EmphasisRule()])!, 3.1)
    }

    func testZuMakesANeutralAdjectiveNegative() throws {
        let german = try XCTUnwrap(Fixtures.term("spät", in: Fixtures.terms("Der Zug kam zu spät", .de, rules: [ExcessiveDegreeRule()])))
        XCTAssertLessThan(german.contribution, 0)
        let english = try XCTUnwrap(Fixtures.term("late", in: Fixtures.terms("The train was too late", .en, rules: [ExcessiveDegreeRule()])))
        XCTAssertLessThan(english.contribution, 0)
    }

    func testZuTurnsAPositiveAdjectiveNegativeAndStrengthensANegativeOne() {
        XCTAssertLessThan(contribution("schnell", in: "viel zu schnell", .de, rules: [ExcessiveDegreeRule()])!, 0)
        XCTAssertLessThan(contribution("teuer", in: "zu teuer", .de, rules: [ExcessiveDegreeRule()])!, -1.2)
        XCTAssertLessThan(contribution("fast", in: "too fast", .en, rules: [ExcessiveDegreeRule()])!, 0)
        XCTAssertLessThan(contribution("expensive", in: "too expensive", .en, rules: [ExcessiveDegreeRule()])!, -1.0)
    }

    func testZuBeforeNounOrInfinitiveIsIgnored() {
        XCTAssertTrue(Fixtures.terms("Ich fahre zu Hause los, um zu fahren", .de, rules: [ExcessiveDegreeRule()]).isEmpty)
    }
}
