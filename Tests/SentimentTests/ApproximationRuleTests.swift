import XCTest
@testable import Sentiment

/// "gut 15 Minuten", "a good 20 minutes": a quantity, not praise.
final class ApproximationRuleTests: XCTestCase {
    private func terms(_ text: String, _ language: Language) -> [String] {
        Fixtures.terms(text, language, rules: [ApproximationRule()]).map(\.term)
    }

    func testGutBeforeANumberIsNoPraise() {
        XCTAssertEqual(terms("Wir standen gut 15 Minuten vor dem Bahnhof", .de), [])
        XCTAssertEqual(terms("Das dauerte gut eine Stunde", .de), [])
        XCTAssertEqual(terms("We waited a good 20 minutes", .en), [])
        XCTAssertEqual(terms("It took a good two hours", .en), [])
    }

    func testGutElsewhereStaysPraise() {
        XCTAssertEqual(terms("Das Essen war gut", .de), ["gut"])
        XCTAssertEqual(terms("Gut, 15 Minuten sind in Ordnung", .de), ["gut"])
        XCTAssertEqual(terms("The food was good", .en), ["good"])
        XCTAssertEqual(terms("good 20 minutes of fun", .en), ["good"])
    }

    /// The shipped German lexicon: "Passagiere" is no compound of "Gier" (a word of valence 0
    /// blocks the reading and is no term), and a wish to arrive well is politeness.
    func testShippedLexiconReadsPassengersAndWishesNeutrally() throws {
        let analyzer = Analyzer(resources: try LexiconResources.embedded(), topics: try TopicSet.embeddedDefault())
        XCTAssertEqual(analyzer.analyze("Die Passagiere wurden per Bus weitertransportiert", languageHint: .de).sentiment.terms.count, 0)
        // "lag" is the past tense of "liegen", not the gamers' loanword.
        XCTAssertEqual(analyzer.analyze("Der Zug lag gut im Plan", languageHint: .de).sentiment.terms.map(\.term), ["gut"])
        // Verb forms and function words that inflection or compounding misread as evaluative nouns.
        for text in ["Die Züge fallen heute", "Falls du kommst", "Das ist mir ebenfalls aufgefallen", "hohe Nachfrage",
                     "Was kriegen wir?", "Das sorgt für Gesprächsstoff", "Die Abfahrt erfolgt um 10", "Meine Gedanken dazu"] {
            XCTAssertEqual(analyzer.analyze(text, languageHint: .de).sentiment.terms.map(\.term), [], text)
        }
        let wish = analyzer.analyze("Ich hoffe, Sie kommen gut an", languageHint: .de).sentiment
        XCTAssertEqual(wish.label, .neutral)
        XCTAssertEqual(wish.terms.map(\.term), ["kommen gut"])
    }
}
