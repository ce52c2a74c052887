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

    public init(configuration: Configuration, stages: PipelineStages, log: @escaping @Sendable (String) -> Void) {
        self.configuration = configuration
        self.stages = stages
        self.log = log
    }

    public func run(day: ReportDay, now: Date, sendAlerts: Bool) throws -> RunSummary {
        let ingester = SourceIngester(
            sources: configuration.sources, fetch: configuration.fetch, fetcher: stages.fetcher,
            parser: stages.parser, preparer: stages.preparer, store: stages.store, log: log)
        let outcomes = try ingester.ingest(now: now)
        let report = try buildReport(for: day)
        let folder = try write(report)
        var summary = RunSummary(day: day, sources: outcomes, reportFolder: folder, alertsSent: 0)
        if sendAlerts, let sender = stages.alertSender {
            summary.alertDestination = sender.destination
            let delivery = AlertDelivery(
                ledger: stages.store, sender: sender, settings: configuration.alerts, log: log)
            do {
                summary.alertsSent = try delivery.deliver(items: AlertItems.from(report), day: day, now: now)
            } catch {
                summary.alertError = "\(error)"
            }
        }
        return summary
    }

    /// Builds the report for `day` from the store alone (used by `monitor report` too).
    public func buildReport(for day: ReportDay) throws -> DailyReport {
        let zone = configuration.reports.timeZone
        let window = ReportInput.postWindow(for: day, in: zone)
        let posts = try stages.store.posts(publishedFrom: window.lowerBound, to: window.upperBound)
        let sources = configuration.sources.map { ReportSource(name: $0.name, owned: $0.owned) }
        return ReportBuilder().build(
            ReportInput(day: day, timeZone: zone, posts: posts, sources: sources, topics: stages.topicNames))
    }

    public func write(_ report: DailyReport) throws -> URL {
        let directory = configuration.reports.directory
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            _ = try ReportWriter().write(report, to: directory)
        } catch {
            throw PipelineError.reportsNotWritten(directory: directory.path, reason: "\(error)")
        }
        return directory.appendingPathComponent(report.day.description)
    }
}

public enum PipelineError: Error, CustomStringConvertible {
    case reportsNotWritten(directory: String, reason: String)
    case keyMissing(keyFile: String, storeExists: Bool)
    case keyChanged(keyFile: String, store: String)

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
        }
    }
}
