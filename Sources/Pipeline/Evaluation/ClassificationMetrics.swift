import Foundation

/// Accuracy, per-class precision/recall/F1, macro-F1 and the confusion matrix of a labelling.
public struct ClassificationMetrics: Sendable, Equatable {
    public struct ClassScores: Sendable, Equatable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
        public var support: Int
    }

    public var labels: [String]
    public var n: Int
    public var accuracy: Double
    /// Mean F1 over `labels`, each class weighted equally.
    public var macroF1: Double
    public var perClass: [String: ClassScores]
    /// confusion[gold][predicted] = count.
    public var confusion: [String: [String: Int]]

    /// `labels` fixes the classes macro-F1 averages over; a prediction outside them (e.g.
    /// `unscored`) counts as wrong and appears in the confusion matrix.
    public init(gold: [String], predicted: [String], labels: [String]) {
        precondition(gold.count == predicted.count)
        self.labels = labels
        n = gold.count
        var confusion: [String: [String: Int]] = [:]
        for (truth, guess) in zip(gold, predicted) { confusion[truth, default: [:]][guess, default: 0] += 1 }
        self.confusion = confusion
        let correct = zip(gold, predicted).filter { $0 == $1 }.count
        accuracy = n == 0 ? 0 : Double(correct) / Double(n)
        var perClass: [String: ClassScores] = [:]
        for label in labels {
            let truePositives = confusion[label]?[label] ?? 0
            let predictedCount = confusion.values.reduce(0) { $0 + ($1[label] ?? 0) }
            let support = confusion[label]?.values.reduce(0, +) ?? 0
            let precision = predictedCount == 0 ? 0 : Double(truePositives) / Double(predictedCount)
            let recall = support == 0 ? 0 : Double(truePositives) / Double(support)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            perClass[label] = ClassScores(precision: precision, recall: recall, f1: f1, support: support)
        }
        self.perClass = perClass
        macroF1 = labels.isEmpty ? 0 : labels.reduce(0) { $0 + perClass[$1]!.f1 } / Double(labels.count)
    }
}
