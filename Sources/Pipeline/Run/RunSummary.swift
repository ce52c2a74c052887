import Foundation

/// Exit codes of `monitor`, documented in the README; cron mails on anything but 0.
public enum ExitCode: Int32, Sendable {
    case success = 0
    /// At least one source failed; reports were written from the others.
    case sourceFailed = 1
    /// Wrong command line.
    case usage = 2
    /// The configuration is invalid.
    case configuration = 3
    /// Alerts could not be delivered; reports were written and the items wait for the next run.
    case alertDelivery = 4
    /// The store, the key or the report folder could not be used.
    case fatal = 5
}

/// What a run did, for its closing summary and the exit code.
public struct RunSummary: Sendable, Equatable {
    public var day: ReportDay
    public var sources: [SourceOutcome]
    public var reportFolder: URL?
    public var alertsSent: Int
    public var alertDestination: String?
    public var alertError: String?
    /// What `privacy.retention_days` removed in this run.
    public var retention: RetentionOutcome?

    public var failedSources: [SourceOutcome] { sources.filter { $0.error != nil } }
    /// Sources left out of this run because they are cooling down after repeated failures.
    public var skippedSources: [SourceOutcome] { sources.filter { $0.coolingDownUntil != nil } }
    /// Sources fetched without error (a 304 counts).
    public var okSources: Int { sources.count - failedSources.count - skippedSources.count }

    public var exitCode: ExitCode {
        if alertError != nil { return .alertDelivery }
        if !failedSources.isEmpty { return .sourceFailed }
        return .success
    }

    /// A few lines for the cron log: counts, failures, where the reports are. No personal data.
    public var lines: [String] {
        var lines = [
            "sources: \(okSources) ok, \(failedSources.count) failed"
                + (skippedSources.isEmpty ? "" : ", \(skippedSources.count) skipped (cooling down)"),
            "posts: \(sources.reduce(0) { $0 + $1.new }) new, \(sources.reduce(0) { $0 + $1.updated }) updated, \(sources.reduce(0) { $0 + $1.deleted }) deleted"
                + (sources.contains { $0.suppressed > 0 } ? ", \(sources.reduce(0) { $0 + $1.suppressed }) suppressed" : ""),
        ]
        let crossPosted = sources.reduce(0) { $0 + $1.crossPosted }
        if crossPosted > 0 {
            lines.append("cross-posts: \(crossPosted) stored post\(crossPosted == 1 ? "" : "s") repeat\(crossPosted == 1 ? "s" : "") a text already seen in another source")
        }
        if let retention { lines.append(contentsOf: retention.lines) }
        for failed in failedSources { lines.append("failed: \(failed.name): \(failed.error ?? "")") }
        for source in sources {
            lines.append(contentsOf: source.notices.map { "source \(source.name): \($0)" })
        }
        if let reportFolder { lines.append("reports for \(day): \(reportFolder.path)") }
        if let alertError {
            lines.append("alerts: NOT delivered (\(alertError)); they will be sent with the next run")
        } else if let alertDestination {
            lines.append("alerts: \(alertsSent) mail\(alertsSent == 1 ? "" : "s") to \(alertDestination)")
        }
        return lines
    }
}
