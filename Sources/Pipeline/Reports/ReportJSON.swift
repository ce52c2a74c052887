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

    /// summary.json: headline numbers, spikes, questions and chart series; the trend rows
    /// and escalations have their own files.
    struct Summary: Encodable {
        var schemaVersion: Int
        var day: String
        var timeZone: String
        var dayStart: Date
        var dayEnd: Date
        var sources: [ReportSource]
        var totals: ReportTotals
        var spikes: [Spike]
        var questions: [UnansweredQuestion]
        var topicSeries: [TopicSeries]

        enum CodingKeys: String, CodingKey {
            case schemaVersion = "schema_version"
            case day
            case timeZone = "time_zone"
            case dayStart = "day_start"
            case dayEnd = "day_end"
            case sources, totals, spikes, questions
            case topicSeries = "topic_series"
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
                dayStart: report.dayStart, dayEnd: report.dayEnd, sources: report.sources, totals: report.totals,
                spikes: report.spikes, questions: report.questions, topicSeries: report.topicSeries))
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
