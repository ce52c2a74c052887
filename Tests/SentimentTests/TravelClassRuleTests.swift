import XCTest
@testable import Sentiment

/// "1. Klasse", "erste Klasse": a travel class, not praise.
final class TravelClassRuleTests: XCTestCase {
    private let analyzer: Analyzer = {
        do { return Analyzer(resources: try LexiconResources.embedded(), topics: try TopicSet.embeddedDefault()) } catch {
            fatalError("embedded lexicons: \(error)")
        }
    }()

    private func terms(_ text: String, _ language: Language) -> [String] {
        analyzer.analyze(text, languageHint: language).sentiment.terms.map(\.term)
    }

    func testKlasseAfterAnOrdinalIsATravelClass() {
        XCTAssertEqual(terms("Ich sitze in der 1. Klasse", .de), [])
        XCTAssertEqual(terms("Jahreskarte 1.Klasse gekauft", .de), [])
        XCTAssertEqual(terms("Ein Platz in der zweiten Klasse", .de), [])
        XCTAssertEqual(terms("#ersteKlasse", .de), [])
    }

    func testKlasseAsPraiseStays() {
        XCTAssertEqual(terms("Klasse Service!", .de), ["klasse"])
        XCTAssertEqual(terms("Das war echt klasse", .de), ["klasse"])
        XCTAssertEqual(terms("Note 1, Klasse!", .de), ["klasse"])
    }

    /// English is left alone: "first-class service" is praise there.
    func testEnglishIsUntouched() {
        XCTAssertEqual(TravelClassRule().settings.isEmpty, false)
        var terms = Fixtures.terms("The service was good", .en)
        let before = terms
        TravelClassRule().apply(to: &terms, in: Fixtures.context("The service was good", .en))
        XCTAssertEqual(terms, before)
    }
}
