import XCTest
@testable import Sentiment

final class LanguageIdentifierTests: XCTestCase {
    private func identify(_ text: String, hint: Language? = nil) -> LanguageGuess {
        LanguageIdentifier(german: Fixtures.lexicon(.de), english: Fixtures.lexicon(.en))
            .identify(Fixtures.tokenize(text), hint: hint)
    }

    func testGermanFunctionWordsDecideGerman() {
        XCTAssertEqual(identify("Der Zug ist heute wieder nicht pünktlich").language, .de)
    }

    func testEnglishFunctionWordsDecideEnglish() {
        XCTAssertEqual(identify("The train is not on time again today").language, .en)
    }

    func testGermanPostWithEnglishLoanwordsStaysGerman() {
        XCTAssertEqual(identify("Das Update ist mega nice, aber der Support ist lost").language, .de)
    }

    func testHintSettlesPostWithoutWords() {
        XCTAssertEqual(identify("👍👍", hint: .de), LanguageGuess(language: .de, confidence: 0))
        XCTAssertEqual(identify("👍👍").language, .other)
    }

    func testHintIsOnlyAWeakPrior() {
        XCTAssertEqual(identify("The service was not good and the train was late", hint: .de).language, .en)
    }

    func testOtherScriptsAreOther() {
        XCTAssertEqual(identify("Поезд опять опаздывает").language, .other)
    }

    func testConfidenceIsAProbability() {
        let guess = identify("Ich bin mit dem Service sehr zufrieden")
        XCTAssertGreaterThan(guess.confidence, 0.5)
        XCTAssertLessThanOrEqual(guess.confidence, 1)
    }
}
