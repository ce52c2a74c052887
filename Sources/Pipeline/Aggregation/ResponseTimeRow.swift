import Foundation

/// One line of response-times.csv: how fast staff answered in owned sources, for the waits
/// that started on one day (see `ResponseTimeAnalyzer`), per source and `(all)`.
public struct ResponseTimeRow: Sendable, Equatable, Codable {
    public var day: ReportDay
    /// An owned source, or `(all)` for all owned sources together.
    public var source: String
    /// Customer waits that started on the day.
    public var waits: Int
    /// Waits a staff reply ended before the end of the report day.
    public var answered: Int
    public var answeredWithinSLA: Int
    /// Not answered, SLA not yet over at the end of the report day: still undecided.
    public var open: Int
    /// Not answered and the SLA is over.
    public var overdue: Int
    /// Median hours to the first staff reply over answered waits; nil without any.
    @ExplicitNull public var medianHours: Double?
    /// 90th percentile (nearest rank) of the same.
    @ExplicitNull public var p90Hours: Double?
    /// answered within SLA / decided waits (waits − open); nil when none is decided yet.
    @ExplicitNull public var withinSLAShare: Double?

    enum CodingKeys: String, CodingKey {
        case day, source, waits, answered, open, overdue
        case answeredWithinSLA = "answered_within_sla"
        case medianHours = "median_hours"
        case p90Hours = "p90_hours"
        case withinSLAShare = "within_sla_share"
    }

    public init(
        day: ReportDay, source: String, waits: Int, answered: Int, answeredWithinSLA: Int, open: Int, overdue: Int,
        medianHours: Double?, p90Hours: Double?, withinSLAShare: Double?
    ) {
        self.day = day
        self.source = source
        self.waits = waits
        self.answered = answered
        self.answeredWithinSLA = answeredWithinSLA
        self.open = open
        self.overdue = overdue
        self.medianHours = medianHours
        self.p90Hours = p90Hours
        self.withinSLAShare = withinSLAShare
    }
}
