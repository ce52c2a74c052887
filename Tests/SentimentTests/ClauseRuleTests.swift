import XCTest
@testable import Sentiment

/// Contrast, concession, questions, phrases and irony.
final class ClauseRuleTests: XCTestCase {
    private func contribution(_ word: String, in text: String, _ language: Language, rules: [any SentimentRule]) -> Double? {
        Fixtures.term(word, in: Fixtures.terms(text, language, rules: rules))?.contribution
    }

    func testContrastWeighsTheClauseAfterMoreAndBeforeLess() {
        let german = Fixtures.terms("Der Zug war pünktlich, aber das Personal unfreundlich", .de, rules: [ContrastRule()])
        XCTAssertEqual(Fixtures.term("pünktlich", in: german)!.contribution, 0.75, accuracy: 1e-9)
        XCTAssertEqual(Fixtures.term("unfreundlich", in: german)!.contribution, -1.6 * 1.5, accuracy: 1e-9)
        let english = Fixtures.terms("The food was good but the service was terrible", .en, rules: [ContrastRule()])
        XCTAssertEqual(Fixtures.term("good", in: english)!.contribution, 0.95, accuracy: 1e-9)
        XCTAssertEqual(Fixtures.term("terrible", in: english)!.contribution, -2.1 * 1.5, accuracy: 1e-9)
    }

    func testContrastOpeningASentenceTurnsAgainstThePreviousOne() {
        XCTAssertEqual(contribution("gut", in: "Essen gut. Aber teuer.", .de, rules: [ContrastRule()])!, 0.95, accuracy: 1e-9)
        XCTAssertEqual(contribution("good", in: "Food good. However, slow.", .en, rules: [ContrastRule()])!, 0.95, accuracy: 1e-9)
    }

    func testConcessionWeakensTheClauseItIntroduces() {
        XCTAssertEqual(contribution("pünktlich", in: "Obwohl der Zug pünktlich war, Chaos", .de, rules: [ContrastRule()])!, 0.75, accuracy: 1e-9)
        XCTAssertEqual(contribution("good", in: "although the food was good, terrible", .en, rules: [ContrastRule()])!, 0.95, accuracy: 1e-9)
    }

    func testQuestionsAreDampened() {
        XCTAssertEqual(contribution("gut", in: "Ist das gut?", .de, rules: [QuestionRule()])!, 1.9 * QuestionRule.factor, accuracy: 1e-9)
        XCTAssertEqual(contribution("good", in: "Is it good?", .en, rules: [QuestionRule()])!, 1.9 * QuestionRule.factor, accuracy: 1e-9)
        XCTAssertEqual(contribution("good", in: "Is it good?!", .en, rules: [QuestionRule()]), 1.9)
    }

    func testWhyQuestionIsAReproachThatStrengthensNegativeWords() {
        XCTAssertEqual(
            contribution("schlecht", in: "Warum ist das WLAN so schlecht?", .de, rules: [QuestionRule()])!,
            -2.5 * QuestionRule.reproachFactor, accuracy: 1e-9)
        XCTAssertEqual(
            contribution("bad", in: "Why is the service so bad?", .en, rules: [QuestionRule()])!,
            -2.5 * QuestionRule.reproachFactor, accuracy: 1e-9)
        XCTAssertEqual(Fixtures.term("schlecht", in: Fixtures.terms("Wieso so schlecht?", .de, rules: [QuestionRule()]))!.rules, ["reproach"])
    }

    func testWhyQuestionStillDampensPositiveWords() {
        XCTAssertEqual(contribution("gut", in: "Warum ist das heute so gut?", .de, rules: [QuestionRule()])!, 1.9 * QuestionRule.factor, accuracy: 1e-9)
        XCTAssertEqual(contribution("good", in: "Why is it so good?", .en, rules: [QuestionRule()])!, 1.9 * QuestionRule.factor, accuracy: 1e-9)
        // Other question words keep the plain damping for negative words too.
        XCTAssertEqual(contribution("schlecht", in: "Ist das schlecht?", .de, rules: [QuestionRule()])!, -2.5 * QuestionRule.factor, accuracy: 1e-9)
    }

    func testPhrasesAreMatchedBeforeSingleWords() {
        let german = Fixtures.terms("Danke für nichts, DB", .de)
        XCTAssertEqual(german.map(\.term), ["danke für nichts"])
        XCTAssertEqual(german[0].contribution, -2.5)
        XCTAssertEqual(Fixtures.terms("Thanks for nothing", .en).map(\.term), ["thanks for nothing"])
    }

    func testNaTollIsIrony() {
        XCTAssertLessThan(contribution("toll", in: "Na toll", .de, rules: [IronyRule()])!, 0)
        XCTAssertEqual(Fixtures.term("toll", in: Fixtures.terms("Na toll", .de, rules: [IronyRule()]))!.rules, ["irony:na"])
    }

    func testPraiseFormulaInNegativeContextIsIrony() {
        XCTAssertLessThan(contribution("toll", in: "Toll gemacht, wieder Chaos und Verspätung", .de, rules: [IronyRule()])!, 0)
        XCTAssertLessThan(contribution("great", in: "Great job, terrible service and bad food", .en, rules: [IronyRule()])!, 0)
    }

    func testPraiseFormulaInPositiveContextStaysPositive() {
        XCTAssertGreaterThan(contribution("toll", in: "Toll gemacht, sehr freundlich", .de, rules: [IronyRule()])!, 0)
        XCTAssertGreaterThan(contribution("great", in: "Great job, nice work", .en, rules: [IronyRule()])!, 0)
    }

    func testThanksInNegativeContextIsIrony() {
        XCTAssertLessThan(contribution("danke", in: "Danke für 2 Stunden Verspätung und Chaos", .de, rules: [IronyRule()])!, 0)
        XCTAssertLessThan(contribution("thanks", in: "Thanks for the terrible service and bad food", .en, rules: [IronyRule()])!, 0)
    }

    func testEyeRollFlipsPositiveTermsOfItsSentence() {
        XCTAssertLessThan(contribution("super", in: "Super Service heute 🙄", .de, rules: [IronyRule()])!, 0)
        XCTAssertLessThan(contribution("great", in: "Great service. 🙄", .en, rules: [IronyRule()])!, 0)
        XCTAssertGreaterThan(contribution("great", in: "Great service. Nothing else 🙄", .en, rules: [IronyRule()])!, 0)
    }

    func testIronyHashtagFlipsPraise() {
        XCTAssertLessThan(contribution("klasse", in: "Klasse Leistung #ironie", .de, rules: [IronyRule()])!, 0)
        XCTAssertLessThan(contribution("great", in: "Great service #sarcasm", .en, rules: [IronyRule()])!, 0)
    }
}
