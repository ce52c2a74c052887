import Foundation
import Ingest
import Privacy
import Sentiment

/// The stages a run is made of, swappable at the edges (fetcher, store, mail).
public struct PipelineStages {
    public var fetcher: any FeedFetching
    public var parser: FeedParser
    public var preparer: PostPreparer
    public var store: any PostStore & AlertLedger
    public var alertSender: (any AlertSending)?
    /// Every topic name the classifier knows, so quiet topics appear in reports too.
    public var topicNames: [String]

    public init(
        fetcher: any FeedFetching, parser: FeedParser, preparer: PostPreparer, store: any PostStore & AlertLedger,
        alertSender: (any AlertSending)?, topicNames: [String]
    ) {
        self.fetcher = fetcher
        self.parser = parser
        self.preparer = preparer
        self.store = store
        self.alertSender = alertSender
        self.topicNames = topicNames
    }
}

/// One nightly run: ingest every source, write the day's reports, send the digest.
public struct PipelineRunner {
    public var configuration: Configuration
    public var stages: PipelineStages
    public var log: @Sendable (String) -> Void
    /// `monitor run --retry-failed`: fetch sources that are cooling down after repeated
    /// failures too (docs/INGEST.md).
    public var retriesCoolingSources = false

    public init(configuration: Configuration, stages: PipelineStages, log: @escaping @Sendable (String) -> Void) {
        self.configuration = configuration
        self.stages = stages
        self.log = log
    }

    public func run(day: ReportDay, now: Date, sendAlerts: Bool) throws -> RunSummary {
        try run(days: [day], now: now, sendAlerts: sendAlerts)
    }

    /// Fetches once, then writes the reports of every day in `days`, oldest first (a backfill
    /// with `--since/--until`), and sends the digest of the newest day only: a backfill must
    /// not mail about days long past.
    public func run(days: [ReportDay], now: Date, sendAlerts: Bool) throws -> RunSummary {
        let days = Array(Set(days)).sorted()
        guard let newest = days.last else { throw PipelineError.noReportDays }
        var preparer = stages.preparer
        // A backfill keeps what its oldest day needs; retention then keeps those days' counts.
        preparer.retainedFrom = retentionCutoff(for: days[0]).start(in: configuration.reports.timeZone)
        var ingester = SourceIngester(
            sources: configuration.sources, fetch: configuration.fetch, fetcher: stages.fetcher,
            parser: stages.parser, preparer: preparer, store: stages.store, log: log)
        ingester.ignoresCoolDown = retriesCoolingSources
        let outcomes = try ingester.ingest(now: now)
        let retention = try applyRetention(reportDay: newest)
        var folder: URL?
        var newestReport: DailyReport?
        for day in days {
            let report = try buildReport(for: day)
            folder = try write(report)
            newestReport = report
            if days.count > 1, let folder { log("reports for \(day): \(folder.path)") }
        }
        var summary = RunSummary(day: newest, sources: outcomes, reportFolder: folder, alertsSent: 0)
        summary.retention = retention
        if sendAlerts, let sender = stages.alertSender, let report = newestReport {
            summary.alertDestination = sender.destination
            let delivery = AlertDelivery(
                ledger: stages.store, sender: sender, settings: configuration.alerts, log: log)
            do {
                let result = try delivery.deliver(
                    report: report, outcomes: outcomes, sources: configuration.sources.map(\.name),
                    timeZone: configuration.reports.timeZone, now: now)
                summary.alertsSent = result.mailsSent
                if !result.failures.isEmpty { summary.alertError = result.failures.joined(separator: "; ") }
            } catch {
                summary.alertError = "\(error)"
            }
        }
        return summary
    }

    /// Builds the report for `day` from the store alone (used by `monitor report` too): the
    /// posts of `ReportInput.postWindow`, plus the kept daily aggregates for days whose posts
    /// have passed retention.
    public func buildReport(for day: ReportDay) throws -> DailyReport {
        let settings = configuration.reports
        let window = ReportInput.postWindow(for: day, in: settings.timeZone)
        let posts = try stages.store.posts(publishedFrom: window.lowerBound, to: window.upperBound)
        let aggregates = try (stages.store as? DailyAggregateStoring)?
            .aggregates(from: ReportInput.firstDay(for: day), through: day) ?? []
        let sources = configuration.sources.map { ReportSource(name: $0.name, owned: $0.owned, slaHours: $0.slaHours) }
        return ReportBuilder().build(
            ReportInput(
                day: day, timeZone: settings.timeZone, posts: posts, sources: sources, topics: stages.topicNames,
                holidays: GermanHolidays(state: settings.state), watch: settings.watch, aggregates: aggregates))
    }

    /// Writes the report files and keeps the day's counts in the store (`daily_aggregates`),
    /// unless the day itself was already built from kept counts.
    public func write(_ report: DailyReport) throws -> URL {
        let directory = configuration.reports.directory
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            _ = try ReportWriter(csvFormat: configuration.reports.csvFormat).write(report, to: directory)
        } catch {
            throw PipelineError.reportsNotWritten(directory: directory.path, reason: "\(error)")
        }
        if !report.daysFromAggregates.contains(report.day), let store = stages.store as? DailyAggregateStoring {
            try store.replaceAggregates(of: report.day, with: DailyAggregate.of(report))
        }
        return directory.appendingPathComponent(report.day.description)
    }
}

public enum PipelineError: Error, CustomStringConvertible {
    case reportsNotWritten(directory: String, reason: String)
    case keyMissing(keyFile: String, storeExists: Bool)
    case keyChanged(keyFile: String, store: String)
    case noReportDays

    public var description: String {
        switch self {
        case .reportsNotWritten(let directory, let reason):
            return "cannot write reports to \(directory): \(reason); check reports.directory and its permissions"
        case .keyMissing(let keyFile, let storeExists):
            return storeExists
                ? "pseudonymisation key \(keyFile) is missing but the store has data; restore the key from your backup (a new key would change every pseudonym)"
                : "pseudonymisation key \(keyFile) does not exist; run `monitor init --config …` once"
        case .keyChanged(let keyFile, let store):
            return "the key \(keyFile) is not the key the store \(store) was built with; restore the right key, or start a new store for a new key"
        case .noReportDays:
            return "no report date given; pass --date or --since/--until"
        }
    }
}
