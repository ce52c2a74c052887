import XCTest
@testable import Sentiment

final class AnalyzerTests: XCTestCase {
    private func analysis(_ text: String, _ hint: Language? = nil) -> TextAnalysis {
        Fixtures.analyzer.analyze(text, languageHint: hint)
    }

    func testOtherLanguageIsUnscoredNeverNeutral() {
        let result = analysis("Поезд опять опаздывает, ужасно")
        XCTAssertEqual(result.language.language, .other)
        XCTAssertEqual(result.sentiment, SentimentScore(score: 0, label: .unscored, confidence: 0, terms: []))
    }

    func testGermanComplaintIsNegativeWithExplainedTerms() throws {
        let result = analysis("Die Verspätung heute war nicht gut, aber das Personal sehr freundlich!", .de)
        XCTAssertEqual(result.language.language, .de)
        let gut = try XCTUnwrap(result.sentiment.terms.first { $0.term == "gut" })
        XCTAssertEqual(gut.rules, ["negation:nicht", "contrast-before:aber"])
        let freundlich = try XCTUnwrap(result.sentiment.terms.first { $0.term == "freundlich" })
        XCTAssertTrue(freundlich.rules.contains("intensifier:sehr"))
    }

    func testScoreIsBoundedAndLabelFollowsThresholds() {
        let positive = analysis("Super super toll klasse, sehr gut!!!", .de).sentiment
        XCTAssertEqual(positive.label, .positive)
        XCTAssertLessThanOrEqual(positive.score, 1)
        let negative = analysis("Horror, Chaos, schlecht und Ärger", .de).sentiment
        XCTAssertEqual(negative.label, .negative)
        XCTAssertGreaterThanOrEqual(negative.score, -1)
        XCTAssertEqual(analysis("Der Zug fährt um 12 Uhr", .de).sentiment.label, .neutral)
        XCTAssertEqual(analysis("The train leaves at noon", .en).sentiment.label, .neutral)
    }

    func testClassifyGivesTheSameLanguageAndSentimentAsAnalyze() {
        for (text, hint) in [("Die Verspätung heute war nicht gut, aber das Personal sehr freundlich!", Language.de),
                             ("Worst customer service ever, I want a refund", .en), ("Поезд опять опаздывает", nil)] {
            let full = analysis(text, hint)
            let short = Fixtures.analyzer.classify(text, languageHint: hint)
            XCTAssertEqual(short.language, full.language, text)
            XCTAssertEqual(short.sentiment, full.sentiment, text)
        }
    }

    func testLongGermanTextsAreScoredByDensity() {
        XCTAssertEqual(ScoreCombiner.lengthFactor(words: 20, language: .de), 1)
        XCTAssertEqual(ScoreCombiner.lengthFactor(words: 80, language: .de), 0.25)
        XCTAssertEqual(ScoreCombiner.lengthFactor(words: 80, language: .en), 1, "English sums are not scaled")
        let short = analysis("Wieder Verspätung und Chaos am Bahnhof.", .de).sentiment
        let filler = String(repeating: "Der Zug fährt heute von Gleis drei nach Köln und weiter nach Bonn. ", count: 6)
        let long = analysis("Wieder Verspätung und Chaos am Bahnhof. " + filler, .de).sentiment
        XCTAssertEqual(short.terms.map(\.term), long.terms.map(\.term))
        XCTAssertLessThan(abs(long.score), abs(short.score), "the same complaint weighs less inside a long report")
    }

    func testNormalisationMatchesVADER() {
        XCTAssertEqual(ScoreCombiner.normalise(4), 4 / (16.0 + 15).squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(ScoreCombiner.normalise(0), 0)
        XCTAssertEqual(ScoreCombiner.normalise(-1000), -1, accuracy: 1e-3)
    }

    func testConfidenceGrowsWithDistanceFromThreshold() {
        let strong = analysis("Super toll klasse und sehr gut", .de).sentiment
        let weak = analysis("Ganz gut", .de).sentiment
        XCTAssertGreaterThan(strong.confidence, weak.confidence)
        XCTAssertTrue((0...1).contains(strong.confidence))
    }

    func testEmojiCountWithoutWords() {
        XCTAssertEqual(analysis("👍👍", .de).sentiment.label, .positive)
        XCTAssertEqual(analysis("😡", .en).sentiment.label, .negative)
    }

    func testAnalysisIsDeterministic() {
        let text = "Lieferchaos!!! Na toll 🙄 Kann mir jemand helfen?"
        XCTAssertEqual(analysis(text, .de), analysis(text, .de))
    }

    func testVersionIsStableHexWithRulePrefix() {
        XCTAssertTrue(Fixtures.analyzer.version.hasPrefix("rules1-"))
        XCTAssertEqual(Fixtures.analyzer.version, Analyzer(resources: Fixtures.resources, topics: Fixtures.topics).version)
    }
}
