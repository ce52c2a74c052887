import Foundation

/// Everything one nightly report is built from. The builder reads nothing else: no clock,
/// no store, so the same input always gives the same report.
public struct ReportInput: Sendable {
    /// How many days before the report day feed the baselines (28-day baseline: day−28 … day−1).
    public static let baselineDays = 28
    /// How far back unanswered questions are looked for (day−13 … day).
    public static let questionWindowDays = 14

    public var day: ReportDay
    public var timeZone: TimeZone
    /// Every stored post published in `postWindow(for:in:)`, staff posts included (`isStaff`).
    /// Posts outside the window are ignored.
    public var posts: [StoredPost]
    /// Every configured source, also those without posts.
    public var sources: [ReportSource]
    /// Configured topic names; each gets a trend row and a chart even without posts.
    public var topics: [String]
    /// Public holidays of `reports.state`, treated like Sundays in the spike test's weekday factor.
    public var holidays: GermanHolidays
    /// `watch` groups for volume, sentiment and share of voice of brand and competitor names.
    public var watch: [WatchGroup]
    /// Kept daily counts from the store (`firstDay(for:)` … day). They are used only for days
    /// without a single stored post, i.e. days whose posts have passed retention.
    public var aggregates: [DailyAggregate]

    public init(
        day: ReportDay, timeZone: TimeZone, posts: [StoredPost], sources: [ReportSource], topics: [String],
        holidays: GermanHolidays = GermanHolidays(state: nil), watch: [WatchGroup] = [],
        aggregates: [DailyAggregate] = []
    ) {
        self.day = day
        self.timeZone = timeZone
        self.posts = posts
        self.sources = sources
        self.topics = topics
        self.holidays = holidays
        self.watch = watch
        self.aggregates = aggregates
    }

    /// The first day any part of the report reads: the monthly rollup's first month (two
    /// months before the report day's) or day−28, whichever is earlier.
    public static func firstDay(for day: ReportDay) -> ReportDay {
        min(day.adding(days: -baselineDays), RollupAggregator.firstDay(for: day))
    }

    /// The publication times the caller should load from the store for `day`: from midnight
    /// starting `firstDay(for:)` up to midnight ending the report day. The baseline (28 days)
    /// and the question window (14 days) lie inside it.
    public static func postWindow(for day: ReportDay, in timeZone: TimeZone) -> Range<Date> {
        firstDay(for: day).start(in: timeZone)..<day.end(in: timeZone)
    }
}
