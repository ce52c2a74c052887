import Foundation
import Sentiment

/// Customer posts counted by classifier label: what the trend, rollup and watch aggregators
/// tally per day, period or term before they become the count columns of a row.
struct SentimentCounts: Sendable, Equatable {
    /// All posts counted, unscored ones included.
    var volume = 0
    var positive = 0
    var neutral = 0
    var negative = 0
    /// Posts in a language the classifier does not score.
    var unscored = 0

    /// Counts one post with `label`.
    mutating func add(_ label: SentimentLabel) {
        volume += 1
        switch label {
        case .positive: positive += 1
        case .neutral: neutral += 1
        case .negative: negative += 1
        case .unscored: unscored += 1
        }
    }

    static func += (lhs: inout SentimentCounts, rhs: SentimentCounts) {
        lhs.volume += rhs.volume
        lhs.positive += rhs.positive
        lhs.neutral += rhs.neutral
        lhs.negative += rhs.negative
        lhs.unscored += rhs.unscored
    }

    /// Posts the classifier scored.
    var scored: Int { positive + neutral + negative }

    /// (positive − negative) / volume, unscored posts included in the volume, rounded to 4
    /// decimals; nil without posts. The convention of every `net_sentiment` column.
    var netSentiment: Double? {
        volume > 0 ? ReportRounding.round4(Double(positive - negative) / Double(volume)) as Double : nil
    }
}

extension DailyAggregate {
    /// The kept counts of the day, to add to a tally.
    var counts: SentimentCounts {
        SentimentCounts(volume: volume, positive: positive, neutral: neutral, negative: negative, unscored: unscored)
    }
}
