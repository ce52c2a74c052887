import Foundation

/// The three CSV files of a report. Column names match the JSON keys; docs/REPORTS.md
/// describes each. Every row starts with the report day so files of several days can be
/// concatenated.
struct ReportCSV: Sendable {
    var format: CSVFormat

    /// Separator inside one cell for lists (topics, markers, reasons).
    static let listSeparator = " | "

    func trends(_ report: DailyReport) -> Data {
        let header = [
            "day", "scope", "source", "topic", "language", "volume", "positive", "neutral", "negative", "unscored",
            "net_sentiment", "mean_score", "distinct_authors", "baseline_7d", "baseline_28d", "change_vs_7d",
            "change_vs_28d", "expected_volume", "spike_probability", "spike_model", "is_volume_spike",
            "negative_share", "baseline_negative_share", "sentiment_drop_probability", "is_sentiment_drop",
        ]
        let rows: [[CSVCell]] = report.trends.map { row in
            [
                .text(report.day.description), .text(row.scope.rawValue), .text(row.source), .text(row.topic),
                .text(row.language), .integer(row.volume), .integer(row.positive), .integer(row.neutral),
                .integer(row.negative), .integer(row.unscored), .optional(row.netSentiment), .optional(row.meanScore),
                .integer(row.distinctAuthors), .decimal(row.baseline7d), .decimal(row.baseline28d),
                .optional(row.changeVs7d), .optional(row.changeVs28d), .decimal(row.expectedVolume),
                .decimal(row.spikeProbability), .text(row.spikeModel), .flag(row.isVolumeSpike),
                .optional(row.negativeShare), .decimal(row.baselineNegativeShare),
                .decimal(row.sentimentDropProbability), .flag(row.isSentimentDrop),
            ]
        }
        return CSVTable(header: header, rows: rows).rendered(format)
    }

    func escalations(_ report: DailyReport) -> Data {
        let header = [
            "day", "level", "score", "source", "thread_id", "thread_title", "thread_url", "topics", "reasons",
            "posts_last_24h", "posts_before", "distinct_authors", "negative_posts", "negative_share", "markers",
            "strongest_negative_excerpt", "strongest_negative_score", "answered_by_staff", "hours_since_staff_answer",
            "hours_without_staff_answer", "owned_source", "last_post_at",
        ]
        let rows: [[CSVCell]] = report.escalations.map { item in
            [
                .text(report.day.description), .text(item.level.rawValue), .decimal(item.score), .text(item.source),
                .text(item.threadID), .text(item.threadTitle), .optional(item.threadURL),
                .text(item.topics.joined(separator: Self.listSeparator)),
                .text(item.reasons.joined(separator: Self.listSeparator)), .integer(item.postsLast24h),
                .integer(item.postsBefore), .integer(item.distinctAuthors), .integer(item.negativePosts),
                .decimal(item.negativeShare), .text(item.markers.joined(separator: Self.listSeparator)),
                .optional(item.strongestNegativeExcerpt), .optional(item.strongestNegativeScore),
                .flag(item.answeredByStaff), .optional(item.hoursSinceStaffAnswer),
                .optional(item.hoursWithoutStaffAnswer), .flag(item.ownedSource),
                .text(ReportDates.rfc3339(item.lastPostAt)),
            ]
        }
        return CSVTable(header: header, rows: rows).rendered(format)
    }

    func questions(_ report: DailyReport) -> Data {
        let header = [
            "day", "status", "source", "thread_id", "thread_title", "thread_url", "post_key", "link", "published",
            "age_hours", "sla_hours", "answered_after_hours", "topics", "excerpt",
        ]
        let rows: [[CSVCell]] = report.questions.map { item in
            [
                .text(report.day.description), .text(item.status.rawValue), .text(item.source), .text(item.threadID),
                .text(item.threadTitle), .optional(item.threadURL), .text(item.postKey), .optional(item.link),
                .text(ReportDates.rfc3339(item.published)), .decimal(item.ageHours), .decimal(item.slaHours),
                .optional(item.answeredAfterHours), .text(item.topics.joined(separator: Self.listSeparator)),
                .text(item.excerpt),
            ]
        }
        return CSVTable(header: header, rows: rows).rendered(format)
    }
}
