import Foundation

/// The counts of one trend row of one day, kept in the store (`daily_aggregates`) so reports
/// of days whose posts have passed retention still have trends, baselines and rollups.
/// Counts only: no text, no pseudonyms.
public struct DailyAggregate: Sendable, Equatable, Codable {
    public var day: ReportDay
    public var scope: TrendRow.Scope
    public var source: String
    public var topic: String
    public var language: String
    public var volume: Int
    public var positive: Int
    public var neutral: Int
    public var negative: Int
    public var unscored: Int
    /// Sum of the scores of scored posts (mean score = scoreSum / scored).
    public var scoreSum: Double
    public var distinctAuthors: Int

    /// The report day's rows of `report` with posts, as the store keeps them.
    public static func of(_ report: DailyReport) -> [DailyAggregate] {
        report.dailyAggregates
    }
}
