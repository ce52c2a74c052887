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

    public init(day: ReportDay, timeZone: TimeZone, posts: [StoredPost], sources: [ReportSource], topics: [String]) {
        self.day = day
        self.timeZone = timeZone
        self.posts = posts
        self.sources = sources
        self.topics = topics
    }

    /// The publication times the caller should load from the store for `day`: from midnight
    /// starting day−28 (the first baseline day) up to midnight ending the report day.
    /// The question window (14 days) lies inside it.
    public static func postWindow(for day: ReportDay, in timeZone: TimeZone) -> Range<Date> {
        day.adding(days: -baselineDays).start(in: timeZone)..<day.end(in: timeZone)
    }
}
