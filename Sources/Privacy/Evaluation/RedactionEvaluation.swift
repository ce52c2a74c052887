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

    /// How a predicted span must match a gold span to count.
    public enum Matching: String, Sendable {
        /// Same type, start and end.
        case exact
        /// Same type and at least one shared character: forgiving to tools that take one more
        /// or one less character ("+49…" vs "49…"), as in Presidio's own evaluator.
        case overlap
    }

    /// Runs `redactor` over every sentence and compares the spans with the gold spans.
    public static func evaluate(gold: [GoldSentence], redactor: Redactor, matching: Matching = .exact) -> RedactionEvaluation {
        evaluate(gold: gold, predicted: gold.map { redactor.redact($0.text).spans }, matching: matching)
    }

    /// Scores spans predicted by anyone (e.g. a peer tool), one list per gold sentence, in order.
    public static func evaluate(gold: [GoldSentence], predicted: [[RedactedSpan]], matching: Matching = .exact) -> RedactionEvaluation {
        var scores: [PIIType: Score] = [:]
        for type in PIIType.allCases { scores[type] = Score(truePositives: 0, falsePositives: 0, falseNegatives: 0) }
        var misses: [Miss] = []
        for (sentence, spans) in zip(gold, predicted) {
            let predicted = Set(spans)
            let expected = Set(sentence.spans)
            let (found, missed) = matched(predicted, expected, matching)
            for span in found { scores[span.type]?.truePositives += 1 }
            for span in predicted.subtracting(found).sorted(by: { $0.start < $1.start }) {
                scores[span.type]?.falsePositives += 1
                misses.append(Miss(sentence: sentence.text, span: span, isFalsePositive: true))
            }
            for span in missed.sorted(by: { $0.start < $1.start }) {
                scores[span.type]?.falseNegatives += 1
                misses.append(Miss(sentence: sentence.text, span: span, isFalsePositive: false))
            }
        }
        return RedactionEvaluation(scores: scores, misses: misses)
    }

    /// Predicted spans that match a gold span (each gold span matched at most once), and the
    /// gold spans nobody matched.
    private static func matched(_ predicted: Set<RedactedSpan>, _ expected: Set<RedactedSpan>, _ matching: Matching)
        -> (found: Set<RedactedSpan>, missed: Set<RedactedSpan>) {
        switch matching {
        case .exact:
            return (predicted.intersection(expected), expected.subtracting(predicted))
        case .overlap:
            var open = expected
            var found: Set<RedactedSpan> = []
            for span in predicted.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
                guard let hit = open.sorted(by: { $0.start < $1.start }).first(where: {
                    $0.type == span.type && $0.start < span.end && span.start < $0.end
                }) else { continue }
                open.remove(hit)
                found.insert(span)
            }
            return (found, open)
        }
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
