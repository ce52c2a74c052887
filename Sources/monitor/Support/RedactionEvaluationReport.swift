import Foundation
import Privacy
import Sentiment

/// `monitor eval --redaction`: the redactor (or a peer's predictions) against a gold file, and
/// whether redaction changes sentiment labels. Used by `scripts/eval-redaction.sh`.
struct RedactionEvaluationReport {
    let json: Bool

    /// Per-type precision and recall of `monitor`'s redactor, or of the spans in
    /// `predictionsPath` (JSON lines `{"spans": [{"type", "start", "end"}]}`, one per gold
    /// sentence, Unicode scalar offsets) when given.
    func run(goldPath: String, predictionsPath: String?, matching: RedactionEvaluation.Matching) throws -> Int32 {
        let gold = try GoldSentence.load(from: URL(fileURLWithPath: goldPath))
        let evaluation: RedactionEvaluation
        if let predictionsPath {
            evaluation = RedactionEvaluation.evaluate(gold: gold, predicted: try Self.predictions(predictionsPath, count: gold.count), matching: matching)
        } else {
            evaluation = RedactionEvaluation.evaluate(gold: gold, redactor: Redactor(), matching: matching)
        }
        guard json else {
            print("n: \(gold.count) sentences, \(matching.rawValue) span match\n" + evaluation.table())
            return 0
        }
        var perType: [String: [String: Double]] = [:]
        for type in PIIType.allCases {
            guard let score = evaluation.scores[type] else { continue }
            perType[type.rawValue] = [
                "precision": Self.rounded(score.precision), "recall": Self.rounded(score.recall), "support": Double(score.support),
                "tp": Double(score.truePositives), "fp": Double(score.falsePositives), "fn": Double(score.falseNegatives),
            ]
        }
        let data = try JSONSerialization.data(withJSONObject: ["n": gold.count, "matching": matching.rawValue, "per_type": perType], options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
        return 0
    }

    /// Share of `label<TAB>text` items whose sentiment label is the same for the raw and the
    /// redacted text.
    func sentimentInvariance(path: String, analyzer: Analyzer) throws -> Int32 {
        let texts = try GoldFile.read(path, columns: 2).map { $0[1] }
        let redactor = Redactor()
        var same = 0
        var redactedTexts = 0
        for text in texts {
            let redaction = redactor.redact(text)
            if !redaction.spans.isEmpty { redactedTexts += 1 }
            if redaction.spans.isEmpty || analyzer.analyze(text, languageHint: nil).sentiment.label == analyzer.analyze(redaction.text, languageHint: nil).sentiment.label {
                same += 1
            }
        }
        let share = texts.isEmpty ? 1 : Double(same) / Double(texts.count)
        if json {
            let object: [String: Any] = ["n": texts.count, "redacted": redactedTexts, "same_label": same, "share": Self.rounded(share)]
            print(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
        } else {
            print("n: \(texts.count), texts with a redaction: \(redactedTexts), same label: \(same) (\(String(format: "%.4f", share)))")
        }
        return 0
    }

    private static func predictions(_ path: String, count: Int) throws -> [[RedactedSpan]] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw UsageError("cannot read \(path) as UTF-8 text") }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.count == count else { throw UsageError("\(path): \(lines.count) prediction lines for \(count) gold sentences") }
        struct Line: Decodable { var spans: [RedactedSpan] }
        return try lines.enumerated().map { index, line in
            do {
                return try JSONDecoder().decode(Line.self, from: Data(line.utf8)).spans
            } catch {
                throw UsageError("\(path):\(index + 1): expected {\"spans\": [{\"type\": \"EMAIL\", \"start\": 0, \"end\": 5}]}")
            }
        }
    }

    private static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
