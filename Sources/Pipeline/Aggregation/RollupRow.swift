import Foundation

/// One line of trends-weekly.csv or trends-monthly.csv: the customer posts of one ISO week or
/// calendar month for one (source, topic, language) or one of the totals.
public struct RollupRow: Sendable, Equatable, Codable {
    public enum Period: String, Sendable, Equatable, Codable, CaseIterable {
        case week, month
    }

    public var period: Period
    /// `2026-W47` (ISO week-year and week) or `2026-11`.
    public var label: String
    public var firstDay: ReportDay
    /// Last day counted: the period's last day, or the report day for the running period.
    public var lastDay: ReportDay
    public var days: Int
    /// false for the period that contains the report day and does not end with it.
    public var complete: Bool
    public var scope: TrendRow.Scope
    public var source: String
    public var topic: String
    public var language: String
    public var volume: Int
    public var positive: Int
    public var neutral: Int
    public var negative: Int
    public var unscored: Int
    public var netSentiment: Double?
    public var meanScore: Double?
    /// Distinct pseudonyms over the period; nil when a day of it came from kept aggregates
    /// (daily author counts cannot be combined).
    public var distinctAuthors: Int?
    /// volume / days.
    public var dailyMean: Double
    /// Daily mean over the previous period's daily mean − 1; nil for the first period shown or
    /// when the previous one had no posts.
    public var changeVsPrevious: Double?

    enum CodingKeys: String, CodingKey {
        case period, label, days, complete, scope, source, topic, language, volume, positive, neutral, negative, unscored
        case firstDay = "first_day"
        case lastDay = "last_day"
        case netSentiment = "net_sentiment"
        case meanScore = "mean_score"
        case distinctAuthors = "distinct_authors"
        case dailyMean = "daily_mean"
        case changeVsPrevious = "change_vs_previous"
    }
}
