import Foundation
import XCTest
import Sentiment

/// Figures on the labelled development sets in ../shared/data/sentiment (never copied into
/// the repository). Opt-in because they read outside the package and take seconds:
///
///     MONITOR_EVAL=1 swift test --filter DevelopmentSetEvaluationTests
///     MONITOR_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter DevelopmentSetEvaluationTests
///
/// `MONITOR_EVAL_ERRORS=/tmp/errors.tsv` writes every misclassified line for error analysis.
final class DevelopmentSetEvaluationTests: XCTestCase {
    static let sets: [(file: String, language: Language)] = [
        ("de-germeval2017-dev.tsv", .de), ("en-vader-tweets.tsv", .en), ("en-vader-amazon.tsv", .en),
        ("en-vader-movie.tsv", .en), ("en-vader-nyt.tsv", .en),
    ]

    private var dataDirectory: URL {
        if let path = ProcessInfo.processInfo.environment["MONITOR_EVAL_DATA"] { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/data/sentiment").standardizedFileURL
    }

    private func examples(_ file: String) throws -> [(label: String, text: String)] {
        let url = dataDirectory.appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("development data missing at \(url.path); set MONITOR_EVAL_DATA")
        }
        return try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 1)
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }
    }

    /// The shipped lexicons, or a directory in MONITOR_LEXICONS laid out like lexicons/.
    private func makeAnalyzer() throws -> Analyzer {
        let directory = ProcessInfo.processInfo.environment["MONITOR_LEXICONS"].map { URL(fileURLWithPath: $0) }
        return Analyzer(resources: try .load(directory: directory), topics: try .embeddedDefault())
    }

    func testReportsAccuracyMacroF1AndLanguageIdentification() throws {
        guard ProcessInfo.processInfo.environment["MONITOR_EVAL"] != nil else { throw XCTSkip("set MONITOR_EVAL=1") }
        let analyzer = try makeAnalyzer()
        var errors = "", languageErrors = ""
        print("version \(analyzer.version)")
        for (file, language) in Self.sets {
            let lines = try examples(file)
            var confusion: [String: [String: Int]] = [:]
            var languageHits = 0, languageHitsWithHint = 0
            for (gold, text) in lines {
                let result = analyzer.analyze(text, languageHint: language)
                let predicted = result.sentiment.label == .unscored ? "neutral" : result.sentiment.label.rawValue
                confusion[gold, default: [:]][predicted, default: 0] += 1
                if result.language.language == language { languageHitsWithHint += 1 }
                let unhinted = analyzer.analyze(text, languageHint: nil).language
                if unhinted.language == language { languageHits += 1 } else { languageErrors += "\(file)\t\(unhinted.language)\t\(text)\n" }
                if predicted != gold || ProcessInfo.processInfo.environment["MONITOR_EVAL_ALL"] != nil {
                    let terms = result.sentiment.terms.map { "\($0.term)=\(String(format: "%.2f", $0.contribution))\($0.rules)" }
                    errors += "\(file)\t\(gold)\t\(predicted)\t\(String(format: "%.3f", result.sentiment.score))\t\(text)\t\(terms.joined(separator: " "))\n"
                }
            }
            let labels = ["positive", "neutral", "negative"]
            var f1Sum = 0.0
            var correct = 0
            for label in labels {
                let truePositives = confusion[label]?[label] ?? 0
                correct += truePositives
                let predicted = labels.reduce(0) { $0 + (confusion[$1]?[label] ?? 0) }
                let actual = confusion[label]?.values.reduce(0, +) ?? 0
                let precision = predicted > 0 ? Double(truePositives) / Double(predicted) : 0
                let recall = actual > 0 ? Double(truePositives) / Double(actual) : 0
                f1Sum += precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            }
            let count = Double(lines.count)
            print(String(format: "%@\tn=%d\taccuracy %.3f\tmacro-F1 %.3f\tlanguage-id %.3f (with hint %.3f)",
                         file, lines.count, Double(correct) / count, f1Sum / 3, Double(languageHits) / count,
                         Double(languageHitsWithHint) / count))
            print("  confusion (gold → predicted): " + labels.map { gold in
                gold + ": " + labels.map { "\($0.prefix(3))=\(confusion[gold]?[$0] ?? 0)" }.joined(separator: " ")
            }.joined(separator: " | "))
        }
        if let path = ProcessInfo.processInfo.environment["MONITOR_EVAL_ERRORS"] {
            try errors.write(toFile: path, atomically: true, encoding: .utf8)
            try languageErrors.write(toFile: path + ".language", atomically: true, encoding: .utf8)
        }
    }

    /// `WordMemo` must not change a single result: every text of every set, as `monitor eval`
    /// classifies it (one memo for the whole set) and as `monitor analyze` does (none).
    func testWordMemoChangesNoResultOnTheDevelopmentSets() throws {
        guard ProcessInfo.processInfo.environment["MONITOR_EVAL"] != nil else { throw XCTSkip("set MONITOR_EVAL=1") }
        let analyzer = try makeAnalyzer()
        for (file, language) in Self.sets {
            var memo = WordMemo()
            var different = 0
            for (_, text) in try examples(file) {
                for hint in [nil, language] {
                    let memoised = analyzer.analyze(text, languageHint: hint, memo: &memo)
                    if memoised != analyzer.analyze(text, languageHint: hint) {
                        different += 1
                        XCTFail("\(file): \(text)")
                    }
                }
            }
            XCTAssertEqual(different, 0, file)
        }
    }

    func testReportsThroughputOnTweetLengthTexts() throws {
        guard ProcessInfo.processInfo.environment["MONITOR_BENCH"] != nil else { throw XCTSkip("set MONITOR_BENCH=1") }
        let analyzer = try makeAnalyzer()
        let texts = try examples("en-vader-tweets.tsv").map(\.text) + examples("de-germeval2017-dev.tsv").map(\.text)
            .filter { $0.count <= 280 }
        let rounds = 20
        var labels = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<rounds {
            for text in texts where analyzer.analyze(text, languageHint: nil).sentiment.label == .positive { labels += 1 }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let characters = texts.reduce(0) { $0 + $1.count } / texts.count
        print(String(format: "throughput: %.0f texts/s single thread (%d texts × %d rounds, mean %d characters, %d positive)",
                     Double(texts.count * rounds) / seconds, texts.count, rounds, characters, labels / rounds))
    }
}
