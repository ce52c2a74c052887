/// Precision and recall of a redactor against a gold set, per identifier type, counting a
/// prediction as correct only if type, start and end all match (exact span match).
public struct RedactionEvaluation {
    /// The score of one type.
    public struct Score: Sendable, Equatable {
        public var truePositives: Int
        public var falsePositives: Int
        public var falseNegatives: Int

        /// Share of predicted spans that are in the gold set; 1 when nothing was predicted.
        public var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }

        /// Share of gold spans that were predicted; 1 when the gold set has none.
        public var recall: Double {
            support == 0 ? 1 : Double(truePositives) / Double(support)
        }

        /// Number of gold spans of this type.
        public var support: Int { truePositives + falseNegatives }
    }

    /// A predicted or missed span, for error analysis.
    public struct Miss: Sendable, Equatable {
        public var sentence: String
        public var span: RedactedSpan
        /// true: predicted but not in the gold set; false: in the gold set but not predicted.
        public var isFalsePositive: Bool
    }

    /// Scores for every type (types absent from both gold and predictions score 1/1/0).
    public var scores: [PIIType: Score]
    /// Every disagreement, in gold order.
    public var misses: [Miss]

    /// Runs `redactor` over every sentence and compares the spans with the gold spans.
    public static func evaluate(gold: [GoldSentence], redactor: Redactor) -> RedactionEvaluation {
        var scores: [PIIType: Score] = [:]
        for type in PIIType.allCases { scores[type] = Score(truePositives: 0, falsePositives: 0, falseNegatives: 0) }
        var misses: [Miss] = []
        for sentence in gold {
            let predicted = Set(redactor.redact(sentence.text).spans)
            let expected = Set(sentence.spans)
            for span in predicted.intersection(expected) { scores[span.type]?.truePositives += 1 }
            for span in predicted.subtracting(expected).sorted(by: { $0.start < $1.start }) {
                scores[span.type]?.falsePositives += 1
                misses.append(Miss(sentence: sentence.text, span: span, isFalsePositive: true))
            }
            for span in expected.subtracting(predicted).sorted(by: { $0.start < $1.start }) {
                scores[span.type]?.falseNegatives += 1
                misses.append(Miss(sentence: sentence.text, span: span, isFalsePositive: false))
            }
        }
        return RedactionEvaluation(scores: scores, misses: misses)
    }

    /// A fixed-width table, one row per type in `PIIType.allCases` order, for logs and `make eval`.
    public func table() -> String {
        var lines = ["type       precision  recall  support  tp  fp  fn"]
        for type in PIIType.allCases {
            guard let score = scores[type] else { continue }
            lines.append(
                pad(type.rawValue, 10) + " " + pad(format(score.precision), 9, left: true) + " "
                    + pad(format(score.recall), 7, left: true) + " " + pad("\(score.support)", 8, left: true)
                    + " " + pad("\(score.truePositives)", 3, left: true) + " "
                    + pad("\(score.falsePositives)", 3, left: true) + " " + pad("\(score.falseNegatives)", 3, left: true))
        }
        return lines.joined(separator: "\n")
    }

    private func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    private func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? padding + text : text + padding
    }
}
