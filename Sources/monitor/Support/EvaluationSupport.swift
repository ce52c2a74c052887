import Foundation
import Pipeline
import Sentiment

/// Tab-separated gold files; the last column is the text and may contain anything but a newline.
enum GoldFile {
    static func read(_ path: String, columns: Int) throws -> [[String]] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw UsageError("cannot read \(path) as UTF-8 text")
        }
        var rows: [[String]] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let fields = line.split(separator: "\t", maxSplits: columns - 1, omittingEmptySubsequences: false).map(String.init)
            guard fields.count == columns else {
                throw UsageError("\(path):\(index + 1): expected \(columns) tab-separated columns")
            }
            rows.append(fields)
        }
        return rows
    }
}

enum TopicFile {
    static func read(_ url: URL) throws -> [String: [Language: [String]]] {
        try ConfigurationLoader.readTopicFile(url)
    }
}

/// Texts per second of `work` on one thread: the whole list repeated until at least one
/// second has passed, the median of the per-pass rates.
enum Throughput {
    static func textsPerSecond<T>(_ texts: [String], _ work: (String) -> T) -> Double {
        guard !texts.isEmpty else { return 0 }
        var rates: [Double] = []
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .seconds(1))
        repeat {
            let start = clock.now
            for text in texts { _ = work(text) }
            let elapsed = start.duration(to: clock.now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            rates.append(Double(texts.count) / max(seconds, 1e-9))
        } while clock.now < deadline || rates.count < 3
        rates.sort()
        return rates[rates.count / 2]
    }
}

struct EvalReport {
    var metrics: ClassificationMetrics
    var textsPerSecond: Double

    var json: String {
        func round(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
        var perClass: [String: Any] = [:]
        for (label, scores) in metrics.perClass {
            perClass[label] = ["precision": round(scores.precision), "recall": round(scores.recall), "f1": round(scores.f1), "support": scores.support]
        }
        let object: [String: Any] = [
            "n": metrics.n, "accuracy": round(metrics.accuracy), "macro_f1": round(metrics.macroF1),
            "per_class": perClass, "confusion": metrics.confusion, "texts_per_second": Int(textsPerSecond.rounded()),
        ]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    var table: String {
        let labels = metrics.labels
        var lines = [
            "n: \(metrics.n)",
            "accuracy: \(format(metrics.accuracy))",
            "macro-F1: \(format(metrics.macroF1))",
            "",
            "class       precision  recall  F1      support",
        ]
        for label in labels {
            let scores = metrics.perClass[label]!
            lines.append(
                label.padding(toLength: 12, withPad: " ", startingAt: 0) + format(scores.precision).padding(toLength: 11, withPad: " ", startingAt: 0)
                    + format(scores.recall).padding(toLength: 8, withPad: " ", startingAt: 0)
                    + format(scores.f1).padding(toLength: 8, withPad: " ", startingAt: 0) + "\(scores.support)")
        }
        let predictedLabels = labels + (Set(metrics.confusion.values.flatMap(\.keys)).subtracting(labels).sorted())
        lines.append("")
        lines.append("confusion (rows gold, columns predicted): " + predictedLabels.joined(separator: " / "))
        for label in labels {
            let row = predictedLabels.map { String(metrics.confusion[label]?[$0] ?? 0) }
            lines.append(label.padding(toLength: 12, withPad: " ", startingAt: 0) + row.joined(separator: "  "))
        }
        lines.append("")
        lines.append("texts per second (one thread): \(Int(textsPerSecond.rounded()))")
        return lines.joined(separator: "\n")
    }

    private func format(_ value: Double) -> String { String(format: "%.3f", value) }
}

/// Per-topic precision and recall against `topics<TAB>relevant<TAB>text` gold lines.
struct TopicEvaluation {
    let analyzer: Analyzer
    let json: Bool

    func run(path: String) throws -> Int32 {
        let rows = try GoldFile.read(path, columns: 3)
        var truePositives: [String: Int] = [:]
        var predictedCounts: [String: Int] = [:]
        var goldCounts: [String: Int] = [:]
        for row in rows {
            let gold = Set(row[0] == "-" ? [] : row[0].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            let predicted = Set(analyzer.analyze(row[2], languageHint: nil).topics.map(\.topic))
            for topic in gold { goldCounts[topic, default: 0] += 1 }
            for topic in predicted { predictedCounts[topic, default: 0] += 1 }
            for topic in gold.intersection(predicted) { truePositives[topic, default: 0] += 1 }
        }
        let topics = Set(goldCounts.keys).union(predictedCounts.keys).sorted()
        var result: [String: [String: Double]] = [:]
        var lines = ["n: \(rows.count)", "topic                              precision  recall  gold  predicted"]
        for topic in topics {
            let hits = Double(truePositives[topic] ?? 0)
            let precision = predictedCounts[topic].map { hits / Double($0) } ?? 0
            let recall = goldCounts[topic].map { hits / Double($0) } ?? 0
            result[topic] = ["precision": (precision * 10_000).rounded() / 10_000, "recall": (recall * 10_000).rounded() / 10_000,
                             "gold": Double(goldCounts[topic] ?? 0), "predicted": Double(predictedCounts[topic] ?? 0)]
            lines.append(
                topic.padding(toLength: 35, withPad: " ", startingAt: 0) + String(format: "%-11.3f%-8.3f", precision, recall)
                    + "\(goldCounts[topic] ?? 0)".padding(toLength: 6, withPad: " ", startingAt: 0) + "\(predictedCounts[topic] ?? 0)")
        }
        if json {
            let data = try JSONSerialization.data(withJSONObject: ["n": rows.count, "per_topic": result], options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(lines.joined(separator: "\n"))
        }
        return 0
    }
}
