import XCTest
@testable import Sentiment

/// `monitor eval` classifies without explanations (`Analyzer.classify(…, explained: false)`):
/// the same language, score, label and confidence as the explained path, only the list of
/// matched terms is left out. Checked on varied German and English texts written for this
/// test (Fixtures/texts/varied.txt), with every language hint, with the shipped and the
/// fixture lexicons, and with a word memo shared across the texts as `monitor eval` does.
final class ExplanationFreePathTests: XCTestCase {
    static let texts: [String] = {
        let url = Fixtures.directory.appendingPathComponent("texts/varied.txt")
        guard let content = try? String(contentsOf: url, encoding: .utf8) else { fatalError("missing fixture \(url.path)") }
        return content.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
    }()

    private func assertSameAsExplained(_ analyzer: Analyzer, reachesEveryLabel: Bool, file: StaticString = #filePath, line: UInt = #line) {
        var memo = WordMemo()
        var labelled = Set<SentimentLabel>()
        for round in 0..<2 {
            for text in Self.texts {
                for hint in [nil, Language.de, .en] {
                    let explained = analyzer.analyze(text, languageHint: hint)
                    let fast = analyzer.classify(text, languageHint: hint, memo: &memo, explained: false)
                    let message = "round \(round), hint \(hint?.rawValue ?? "none"): \(text)"
                    XCTAssertEqual(fast.language, explained.language, message, file: file, line: line)
                    XCTAssertEqual(fast.sentiment.score, explained.sentiment.score, message, file: file, line: line)
                    XCTAssertEqual(fast.sentiment.label, explained.sentiment.label, message, file: file, line: line)
                    XCTAssertEqual(fast.sentiment.confidence, explained.sentiment.confidence, message, file: file, line: line)
                    XCTAssertEqual(fast.sentiment.terms, [], message, file: file, line: line)
                    labelled.insert(explained.sentiment.label)
                }
            }
        }
        // With the shipped lexicons the texts reach every label.
        if reachesEveryLabel { XCTAssertEqual(labelled, Set(SentimentLabel.allCases), file: file, line: line) }
    }

    func testExplanationFreeClassificationEqualsExplainedWithShippedLexicons() {
        assertSameAsExplained(WordMemoTests.shipped, reachesEveryLabel: true)
    }

    func testExplanationFreeClassificationEqualsExplainedWithFixtureLexicons() {
        assertSameAsExplained(Fixtures.analyzer, reachesEveryLabel: false)
    }

    func testExplainedClassificationKeepsTheTerms() {
        var memo = WordMemo()
        let text = "Die Verspätung heute war nicht gut, aber das Personal sehr freundlich!"
        let explained = WordMemoTests.shipped.classify(text, languageHint: .de, memo: &memo, explained: true)
        XCTAssertEqual(explained.sentiment, WordMemoTests.shipped.analyze(text, languageHint: .de).sentiment)
        XCTAssertFalse(explained.sentiment.terms.isEmpty)
    }
}
