import XCTest
@testable import Sentiment

/// `WordMemo` only saves work: every text classifies exactly as without it, also when words
/// recur in other roles (capitalised noun vs adjective, hyphenated, elongated, other language),
/// when the memo fills up and starts over, and when one memo is handed to another analyser.
final class WordMemoTests: XCTestCase {
    static let shipped: Analyzer = {
        do { return Analyzer(resources: try .load(directory: nil), topics: try .embeddedDefault()) } catch {
            fatalError("shipped lexicons: \(error)")
        }
    }()

    /// Words repeat across texts in different roles: "Gute"/"gute", "Ärger" as noun and verb
    /// stem, "Mega-Ärger" hyphenated, "suuuper" elongated, "nicht"/"kein" as modifiers.
    static let texts: [String] = [
        "Die Verspätung heute war nicht gut, aber das Personal sehr freundlich!",
        "Gute Fahrt und danke! Das Gute daran: kein Ärger mit der Servicewüste.",
        "Mega-Ärger mit der Bahn, schon wieder Lieferchaos und Spitzenservice ist das nicht.",
        "suuuper Service, echt SUPER!!! Aber die Wartezeit war zu lang.",
        "Ich ärgere mich über die ausgefallenen Züge, total enttäuschend und unfreundlich.",
        "Worst customer service ever, I want a refund. Not good at all.",
        "The staff were really friendly and helpful, but the train was late again :(",
        "Gute Fahrt! gute Besserung 😀 Die Gute ist unfreundlich.",
        "Danke für nichts. Toll gemacht, wieder 2 Stunden Verspätung 🙄",
        "Sooo happy with the refund, thanks!!! #BahnChaos #ironie",
        "Поезд опять опаздывает, ужасно",
        "Der Zug fährt um 12 Uhr, die Fahrt war gut und die Fahrgäste zufrieden.",
    ]

    private func assertSameAsWithoutMemo(_ analyzer: Analyzer, capacity: Int, file: StaticString = #filePath, line: UInt = #line) {
        var memo = WordMemo(capacity: capacity)
        for round in 0..<2 {
            for text in Self.texts {
                for hint in [nil, Language.de, .en] {
                    let plain = analyzer.classify(text, languageHint: hint)
                    let memoised = analyzer.classify(text, languageHint: hint, memo: &memo)
                    XCTAssertEqual(memoised.language, plain.language, "round \(round): \(text)", file: file, line: line)
                    XCTAssertEqual(memoised.sentiment, plain.sentiment, "round \(round): \(text)", file: file, line: line)
                    XCTAssertEqual(
                        analyzer.analyze(text, languageHint: hint, memo: &memo), analyzer.analyze(text, languageHint: hint),
                        "round \(round): \(text)", file: file, line: line)
                }
            }
        }
    }

    func testMemoisedClassificationEqualsUnmemoisedWithShippedLexicons() {
        assertSameAsWithoutMemo(Self.shipped, capacity: WordMemo.defaultCapacity)
    }

    func testMemoisedClassificationEqualsUnmemoisedWithFixtureLexicons() {
        assertSameAsWithoutMemo(Fixtures.analyzer, capacity: WordMemo.defaultCapacity)
    }

    func testAFullMemoStartsOverWithoutChangingResults() {
        assertSameAsWithoutMemo(Self.shipped, capacity: 5)
    }

    func testAMemoHandedToAnotherAnalyzerIsNotReused() {
        var memo = WordMemo()
        for text in Self.texts {
            XCTAssertEqual(Self.shipped.classify(text, languageHint: .de, memo: &memo).sentiment,
                           Self.shipped.classify(text, languageHint: .de).sentiment, text)
            XCTAssertEqual(Fixtures.analyzer.classify(text, languageHint: .de, memo: &memo).sentiment,
                           Fixtures.analyzer.classify(text, languageHint: .de).sentiment, text)
        }
    }

    func testAMemoOfCapacityZeroStoresNothing() {
        var memo = WordMemo(capacity: 0)
        _ = Self.shipped.classify(Self.texts[0], languageHint: nil, memo: &memo)
        XCTAssertEqual(memo.entry(key: 1, scalars: ["a"]), -1)
    }
}
