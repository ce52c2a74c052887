import Foundation

/// What `privacy.retention_days` removed in one run, for the run's closing summary.
public struct RetentionOutcome: Sendable, Equatable {
    /// Posts published before midnight (reports.timezone) starting this day were deleted.
    public var cutoffDay: ReportDay
    public var deletedPosts = 0
    /// Days whose trend counts were stored in `daily_aggregates` before their posts went.
    public var aggregatedDays = 0
    public var deletedAlerts = 0
    /// Report folders older than the cutoff, rewritten from the kept counts (no excerpts, no pseudonyms).
    public var rewrittenReports: [ReportDay] = []
    /// Outbox mails of report days older than the cutoff, removed.
    public var removedMails: [String] = []

    public init(cutoffDay: ReportDay) {
        self.cutoffDay = cutoffDay
    }

    /// Nothing for a run that removed nothing, so an ordinary night's log stays short.
    public var lines: [String] {
        var lines: [String] = []
        if deletedPosts > 0 || deletedAlerts > 0 {
            lines.append(
                "retention: \(deletedPosts) post\(deletedPosts == 1 ? "" : "s") published before \(cutoffDay) deleted"
                    + " (daily counts kept for \(aggregatedDays) day\(aggregatedDays == 1 ? "" : "s")),"
                    + " \(deletedAlerts) old alert ledger entr\(deletedAlerts == 1 ? "y" : "ies") deleted")
        }
        if !rewrittenReports.isEmpty {
            lines.append("retention: \(rewrittenReports.count) report folder\(rewrittenReports.count == 1 ? "" : "s") before \(cutoffDay) rewritten from the kept counts")
        }
        if !removedMails.isEmpty {
            lines.append("retention: \(removedMails.count) outbox mail\(removedMails.count == 1 ? "" : "s") before \(cutoffDay) removed")
        }
        return lines
    }
}

extension PipelineRunner {
    /// Metadata key: the newest report folder already rewritten after its posts expired.
    static let reportsExpiredThroughKey = "retention_reports_rewritten_through"

    /// Posts published before midnight starting this day are past retention.
    public func retentionCutoff(for reportDay: ReportDay) -> ReportDay {
        reportDay.adding(days: -configuration.privacy.retentionDays)
    }

    /// Deletes what is older than `privacy.retention_days`, counted back from `reportDay` (not the
    /// wall clock, so a backfill or a fixed-date example keeps its data): posts and, per post, its
    /// text, pseudonym, scores and topics; old alert ledger entries; excerpts in old report folders
    /// and outbox mails. Before a day's posts go, its trend counts are stored, so
    /// `monitor report --date` still works for it. nil when the store is not the SQLite store.
    public func applyRetention(reportDay: ReportDay) throws -> RetentionOutcome? {
        guard let store = stages.store as? SQLitePostStore else { return nil }
        let zone = configuration.reports.timeZone
        var outcome = RetentionOutcome(cutoffDay: retentionCutoff(for: reportDay))
        let cutoff = outcome.cutoffDay.start(in: zone)
        for day in try store.daysWithPosts(publishedBefore: cutoff, in: zone) {
            let report = try buildReport(for: day)
            guard !report.daysFromAggregates.contains(day) else { continue }
            try store.replaceAggregates(of: day, with: DailyAggregate.of(report))
            outcome.aggregatedDays += 1
        }
        outcome.deletedPosts = try store.deletePosts(publishedBefore: cutoff)
        outcome.deletedAlerts = try store.deleteAlerts(reportedBefore: outcome.cutoffDay)
        if outcome.deletedPosts > 0 { log("retention: \(outcome.deletedPosts) posts before \(outcome.cutoffDay) deleted") }
        outcome.rewrittenReports = try rewriteExpiredReports(before: outcome.cutoffDay, store: store)
        outcome.removedMails = try removeExpiredMails(before: outcome.cutoffDay)
        return outcome
    }

    /// Report folders of days before the cutoff still quote posts that are gone; each is written
    /// again once, from the kept counts.
    private func rewriteExpiredReports(before cutoffDay: ReportDay, store: SQLitePostStore) throws -> [ReportDay] {
        let directory = configuration.reports.directory
        guard FileManager.default.fileExists(atPath: directory.path) else { return [] }
        let done = try store.metadata(Self.reportsExpiredThroughKey).flatMap(ReportDay.init)
        let expired = try ReportWriter.dayFolders(in: directory).filter { day in
            day < cutoffDay && done.map { day > $0 } ?? true
        }
        for day in expired { _ = try write(buildReport(for: day)) }
        if let newest = expired.last { try store.setMetadata(Self.reportsExpiredThroughKey, newest.description) }
        return expired
    }

    /// Outbox mails (`…-YYYY-MM-DD-….eml`) of report days before the cutoff.
    private func removeExpiredMails(before cutoffDay: ReportDay) throws -> [String] {
        guard let outbox = configuration.alerts.outboxDirectory,
            let names = try? FileManager.default.contentsOfDirectory(atPath: outbox.path)
        else { return [] }
        var removed: [String] = []
        for name in names.sorted() where name.hasSuffix(".eml") {
            guard let day = OutboxMailText.reportDay(inFileName: name), day < cutoffDay else { continue }
            try FileManager.default.removeItem(at: outbox.appendingPathComponent(name))
            removed.append(name)
        }
        return removed
    }
}
