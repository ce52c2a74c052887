import Foundation

/// One line of trends.csv / trends.json: the report day's customer posts for one
/// (source, topic, language) or one of the totals, with baselines and both anomaly tests.
/// Staff posts are not counted. A post with two topics counts once under each topic, but
/// only once in the source and overall totals.
public struct TrendRow: Sendable, Equatable, Codable {
    /// Which aggregation a row is; the dimensions a row sums over hold `TrendRow.all`.
    public enum Scope: String, Sendable, Equatable, Codable, CaseIterable {
        case detail, source, topic, overall
    }

    /// Placeholder for a dimension the row sums over.
    public static let all = "(all)"
    /// Topic of posts that matched no topic.
    public static let noTopic = "(none)"

    public var scope: Scope
    public var source: String
    public var topic: String
    /// `de`, `en`, `other`, or `(all)`.
    public var language: String
    public var volume: Int
    public var positive: Int
    public var neutral: Int
    public var negative: Int
    public var unscored: Int
    /// (positive − negative) / volume, unscored posts included in the volume; nil without posts.
    @ExplicitNull public var netSentiment: Double?
    /// Mean classifier score (−1…1) of scored posts; nil when none was scored.
    @ExplicitNull public var meanScore: Double?
    public var distinctAuthors: Int
    /// Mean daily volume of the 7 days before the report day.
    public var baseline7d: Double
    /// Mean daily volume of the 28 days before the report day.
    public var baseline28d: Double
    /// volume / baseline − 1; nil when the baseline is 0.
    @ExplicitNull public var changeVs7d: Double?
    @ExplicitNull public var changeVs28d: Double?
    /// Weekday-adjusted, floored expectation the spike test compares against.
    public var expectedVolume: Double
    /// P(X ≥ volume) under the baseline model.
    public var spikeProbability: Double
    /// `poisson` or `negative_binomial`.
    public var spikeModel: String
    public var isVolumeSpike: Bool
    /// negative / scored posts of the day; nil when none was scored.
    @ExplicitNull public var negativeShare: Double?
    /// Laplace-smoothed negative share of the 28 baseline days.
    public var baselineNegativeShare: Double
    /// P(X ≥ negative) for X ~ Binomial(scored, baseline share).
    public var sentimentDropProbability: Double
    public var isSentimentDrop: Bool

    enum CodingKeys: String, CodingKey {
        case scope, source, topic, language, volume, positive, neutral, negative, unscored
        case netSentiment = "net_sentiment"
        case meanScore = "mean_score"
        case distinctAuthors = "distinct_authors"
        case baseline7d = "baseline_7d"
        case baseline28d = "baseline_28d"
        case changeVs7d = "change_vs_7d"
        case changeVs28d = "change_vs_28d"
        case expectedVolume = "expected_volume"
        case spikeProbability = "spike_probability"
        case spikeModel = "spike_model"
        case isVolumeSpike = "is_volume_spike"
        case negativeShare = "negative_share"
        case baselineNegativeShare = "baseline_negative_share"
        case sentimentDropProbability = "sentiment_drop_probability"
        case isSentimentDrop = "is_sentiment_drop"
    }
}
