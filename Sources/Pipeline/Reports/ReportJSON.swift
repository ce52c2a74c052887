import Foundation

/// The JSON files of a report. Each is a small envelope with `schema_version` and `day`
/// around one part of `DailyReport`; docs/schemas/ has a JSON Schema for each.
struct ReportJSON: Sendable {
    struct Trends: Encodable {
        var schemaVersion: Int
        var day: String
        var timeZone: String
        var rows: [TrendRow]

        enum CodingKeys: String, CodingKey {
            case schemaVersion = "schema_version"
            case day
            case timeZone = "time_zone"
            case rows
        }
    }

    struct Escalations: Encodable {
        var schemaVersion: Int
        var day: String
        var escalations: [Escalation]

        enum CodingKeys: String, CodingKey {
            case schemaVersion = "schema_version"
            case day, escalations
        }
    }

    /// summary.json: headline numbers, spikes, questions, chart series, watch terms, response
    /// times and top voices; the trend rows and escalations have their own files.
    struct Summary: Encodable {
        var schemaVersion: Int
        var day: String
        var timeZone: String
        var dayStart: Date
        var dayEnd: Date
        @ExplicitNull var holiday: String?
        var daysFromAggregates: [String]
        var sources: [ReportSource]
        var totals: ReportTotals
        var spikes: [Spike]
        var spikeGroups: [SpikeGroup]
        var questions: [UnansweredQuestion]
        var topicSeries: [TopicSeries]
        var watch: [WatchRow]
        var responseTimes: [ResponseTimeRow]
        var topVoices: [TopVoice]

        enum CodingKeys: String, CodingKey {
            case schemaVersion = "schema_version"
            case day
            case timeZone = "time_zone"
            case dayStart = "day_start"
            case dayEnd = "day_end"
            case holiday
            case daysFromAggregates = "days_from_aggregates"
            case sources, totals, spikes, questions, watch
            case spikeGroups = "spike_groups"
            case topicSeries = "topic_series"
            case responseTimes = "response_times"
            case topVoices = "top_voices"
        }
    }

    func trends(_ report: DailyReport) throws -> Data {
        try encode(
            Trends(
                schemaVersion: report.schemaVersion, day: report.day.description, timeZone: report.timeZone,
                rows: report.trends))
    }

    func escalations(_ report: DailyReport) throws -> Data {
        try encode(
            Escalations(
                schemaVersion: report.schemaVersion, day: report.day.description, escalations: report.escalations))
    }

    func summary(_ report: DailyReport) throws -> Data {
        try encode(
            Summary(
                schemaVersion: report.schemaVersion, day: report.day.description, timeZone: report.timeZone,
                dayStart: report.dayStart, dayEnd: report.dayEnd, holiday: report.holiday,
                daysFromAggregates: report.daysFromAggregates.map(\.description), sources: report.sources,
                totals: report.totals, spikes: report.spikes, spikeGroups: report.spikeGroups,
                questions: report.questions, topicSeries: report.topicSeries, watch: report.watch,
                responseTimes: report.responseTimes, topVoices: report.topVoices))
    }

    /// Sorted keys and whole-second UTC dates: the same report always gives the same bytes.
    private func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ReportDates.rfc3339(date))
        }
        var data = try encoder.encode(value)
        data.append(0x0A)  // POSIX text files end with a newline
        return data
    }
}
