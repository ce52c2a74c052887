import Foundation

/// The whole report of one day, as the builder computes it and the writer renders it.
/// Every fractional number is already rounded to 4 decimals, so equal input gives equal files.
public struct DailyReport: Sendable, Equatable, Codable {
    /// Bumped whenever a file's columns or keys change meaning; written into every JSON file.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var day: ReportDay
    /// IANA identifier of the zone the report day is cut in.
    public var timeZone: String
    /// Midnight starting the report day.
    public var dayStart: Date
    /// Midnight ending the report day: the reference time for ages and "last 24 h".
    public var dayEnd: Date
    public var sources: [ReportSource]
    public var totals: ReportTotals
    public var trends: [TrendRow]
    public var spikes: [Spike]
    public var escalations: [Escalation]
    public var questions: [UnansweredQuestion]
    /// `(all)` first, then configured and seen topics sorted, `(none)` last.
    public var topicSeries: [TopicSeries]
    /// Name of the public holiday the report day is (per `reports.state`), if any.
    @ExplicitNull public var holiday: String?
    /// `spikes` grouped: each most specific flagged row with the flagged totals containing it.
    public var spikeGroups: [SpikeGroup]
    public var watch: [WatchRow]
    public var responseTimes: [ResponseTimeRow]
    public var topVoices: [TopVoice]
    public var weeklyRollups: [RollupRow]
    public var monthlyRollups: [RollupRow]
    /// Days whose counts came from kept daily aggregates because their posts are gone.
    public var daysFromAggregates: [ReportDay]
    /// The report day's counts (exact score sums) for the store; not written to report files.
    public var dailyAggregates: [DailyAggregate]

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version"
        case day
        case timeZone = "time_zone"
        case dayStart = "day_start"
        case dayEnd = "day_end"
        case sources, totals, trends, spikes, escalations, questions
        case topicSeries = "topic_series"
        case holiday
        case spikeGroups = "spike_groups"
        case watch
        case responseTimes = "response_times"
        case topVoices = "top_voices"
        case weeklyRollups = "weekly_rollups"
        case monthlyRollups = "monthly_rollups"
        case daysFromAggregates = "days_from_aggregates"
        case dailyAggregates = "daily_aggregates"
    }

    public init(
        schemaVersion: Int = DailyReport.currentSchemaVersion, day: ReportDay, timeZone: String, dayStart: Date,
        dayEnd: Date, sources: [ReportSource], totals: ReportTotals, trends: [TrendRow], spikes: [Spike],
        escalations: [Escalation], questions: [UnansweredQuestion], topicSeries: [TopicSeries],
        holiday: String? = nil, spikeGroups: [SpikeGroup] = [], watch: [WatchRow] = [],
        responseTimes: [ResponseTimeRow] = [], topVoices: [TopVoice] = [], weeklyRollups: [RollupRow] = [],
        monthlyRollups: [RollupRow] = [], daysFromAggregates: [ReportDay] = [], dailyAggregates: [DailyAggregate] = []
    ) {
        self.schemaVersion = schemaVersion
        self.day = day
        self.timeZone = timeZone
        self.dayStart = dayStart
        self.dayEnd = dayEnd
        self.sources = sources
        self.totals = totals
        self.trends = trends
        self.spikes = spikes
        self.escalations = escalations
        self.questions = questions
        self.topicSeries = topicSeries
        self.holiday = holiday
        self.spikeGroups = spikeGroups
        self.watch = watch
        self.responseTimes = responseTimes
        self.topVoices = topVoices
        self.weeklyRollups = weeklyRollups
        self.monthlyRollups = monthlyRollups
        self.daysFromAggregates = daysFromAggregates
        self.dailyAggregates = dailyAggregates
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        day = try container.decode(ReportDay.self, forKey: .day)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        timeZone = try container.decode(String.self, forKey: .timeZone)
        dayStart = try container.decode(Date.self, forKey: .dayStart)
        dayEnd = try container.decode(Date.self, forKey: .dayEnd)
        sources = try container.decode([ReportSource].self, forKey: .sources)
        totals = try container.decode(ReportTotals.self, forKey: .totals)
        trends = try container.decode([TrendRow].self, forKey: .trends)
        spikes = try container.decode([Spike].self, forKey: .spikes)
        escalations = try container.decode([Escalation].self, forKey: .escalations)
        questions = try container.decode([UnansweredQuestion].self, forKey: .questions)
        topicSeries = try container.decode([TopicSeries].self, forKey: .topicSeries)
        holiday = try container.decodeIfPresent(String.self, forKey: .holiday)
        spikeGroups = try container.decodeIfPresent([SpikeGroup].self, forKey: .spikeGroups) ?? []
        watch = try container.decodeIfPresent([WatchRow].self, forKey: .watch) ?? []
        responseTimes = try container.decodeIfPresent([ResponseTimeRow].self, forKey: .responseTimes) ?? []
        topVoices = try container.decodeIfPresent([TopVoice].self, forKey: .topVoices) ?? []
        weeklyRollups = try container.decodeIfPresent([RollupRow].self, forKey: .weeklyRollups) ?? []
        monthlyRollups = try container.decodeIfPresent([RollupRow].self, forKey: .monthlyRollups) ?? []
        let aggregateDays = try container.decodeIfPresent([String].self, forKey: .daysFromAggregates) ?? []
        daysFromAggregates = aggregateDays.compactMap(ReportDay.init)
        dailyAggregates = try container.decodeIfPresent([DailyAggregate].self, forKey: .dailyAggregates) ?? []
    }
}
