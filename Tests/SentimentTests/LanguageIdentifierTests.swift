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

    func testEverydayProfileWordsMakeGermanHeadlinesWithoutFunctionWordsGerman() throws {
        // profile.txt words only shape the trigram profile; a headline of plain nouns has no
        // stopword to go on.
        let headline = Fixtures.tokenize("Stadtwerke sperren Radweg: Umleitung Innenstadt, Haltestelle Rathaus")
        let files = Fixtures.files()
        XCTAssertNotNil(files["de/profile.txt"])
        let withProfile = try LexiconResources(files: files)
        XCTAssertEqual(
            LanguageIdentifier(german: withProfile.lexicon(for: .de)!, english: withProfile.lexicon(for: .en)!)
                .identify(headline, hint: nil).language, .de)
        var withoutFiles = files
        withoutFiles["de/profile.txt"] = nil
        withoutFiles["en/profile.txt"] = nil
        let without = try LexiconResources(files: withoutFiles)
        XCTAssertNotEqual(
            LanguageIdentifier(german: without.lexicon(for: .de)!, english: without.lexicon(for: .en)!)
                .identify(headline, hint: nil).language, .de)
    }

    func testProfileWordsAreNoTerms() throws {
        var files = Fixtures.files()
        files["de/profile.txt"]! += "grottig\n"
        let lexicon = try XCTUnwrap(LexiconResources(files: files).lexicon(for: .de))
        XCTAssertNil(lexicon.valence(for: TermHash.of("grottig")))
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
