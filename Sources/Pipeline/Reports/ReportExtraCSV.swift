import Foundation

/// The CSV files beyond trends, escalations and questions: watch terms, response times,
/// top voices and the weekly and monthly rollups. Column names match the JSON keys.
struct ReportExtraCSV: Sendable {
    var format: CSVFormat

    func watch(_ report: DailyReport) -> Data {
        let header = [
            "day", "group", "term", "volume", "positive", "neutral", "negative", "unscored", "net_sentiment",
            "share_of_voice", "volume_7d", "net_sentiment_7d", "share_of_voice_7d",
        ]
        let rows: [[CSVCell]] = report.watch.map { row in
            [
                .text(report.day.description), .text(row.group), .text(row.term), .integer(row.volume),
                .integer(row.positive), .integer(row.neutral), .integer(row.negative), .integer(row.unscored),
                .optional(row.netSentiment), .optional(row.shareOfVoice), .integer(row.volume7d),
                .optional(row.netSentiment7d), .optional(row.shareOfVoice7d),
            ]
        }
        return CSVTable(header: header, rows: rows).rendered(format)
    }

    func responseTimes(_ report: DailyReport) -> Data {
        let header = [
            "report_day", "day", "source", "waits", "answered", "answered_within_sla", "open", "overdue",
            "median_hours", "p90_hours", "within_sla_share",
        ]
        let rows: [[CSVCell]] = report.responseTimes.map { row in
            [
                .text(report.day.description), .text(row.day.description), .text(row.source), .integer(row.waits),
                .integer(row.answered), .integer(row.answeredWithinSLA), .integer(row.open), .integer(row.overdue),
                .optional(row.medianHours), .optional(row.p90Hours), .optional(row.withinSLAShare),
            ]
        }
        return CSVTable(header: header, rows: rows).rendered(format)
    }

    func topVoices(_ report: DailyReport) -> Data {
        let header = [
            "day", "source", "ranking", "rank", "author", "posts", "positive", "negative", "net_sentiment", "threads",
        ]
        let rows: [[CSVCell]] = report.topVoices.map { voice in
            [
                .text(report.day.description), .text(voice.source), .text(voice.ranking.rawValue), .integer(voice.rank),
                .text(voice.author), .integer(voice.posts), .integer(voice.positive), .integer(voice.negative),
                .decimal(voice.netSentiment), .integer(voice.threads),
            ]
        }
        return CSVTable(header: header, rows: rows).rendered(format)
    }

    static let rollupHeader = [
        "report_day", "period", "first_day", "last_day", "days", "complete", "scope", "source", "topic", "language",
        "volume", "positive", "neutral", "negative", "unscored", "net_sentiment", "mean_score", "distinct_authors",
        "daily_mean", "change_vs_previous",
    ]

    func rollups(_ rows: [RollupRow], day: ReportDay) -> Data {
        let cells: [[CSVCell]] = rows.map { row in
            [
                .text(day.description), .text(row.label), .text(row.firstDay.description), .text(row.lastDay.description),
                .integer(row.days), .flag(row.complete), .text(row.scope.rawValue), .text(row.source), .text(row.topic),
                .text(row.language), .integer(row.volume), .integer(row.positive), .integer(row.neutral),
                .integer(row.negative), .integer(row.unscored), .optional(row.netSentiment), .optional(row.meanScore),
                row.distinctAuthors.map { .integer($0) } ?? .empty, .decimal(row.dailyMean),
                .optional(row.changeVsPrevious),
            ]
        }
        return CSVTable(header: Self.rollupHeader, rows: cells).rendered(format)
    }
}
