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

public struct SourceOutcome: Sendable, Equatable {
    public var name: String
    /// nil when the source worked.
    public var error: String?
    public var entries: Int
    public var new: Int
    public var updated: Int
    public var deleted: Int
    /// Posts by suppressed (forgotten) authors that were skipped, not stored.
    public var suppressed: Int
    public var notModified: Bool
    public var warnings: [String]

    public init(
        name: String, error: String? = nil, entries: Int = 0, new: Int = 0, updated: Int = 0, deleted: Int = 0,
        suppressed: Int = 0, notModified: Bool = false, warnings: [String] = []
    ) {
        self.name = name
        self.error = error
        self.entries = entries
        self.new = new
        self.updated = updated
        self.deleted = deleted
        self.suppressed = suppressed
        self.notModified = notModified
        self.warnings = warnings
    }
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

    public var exitCode: ExitCode {
        if alertError != nil { return .alertDelivery }
        if !failedSources.isEmpty { return .sourceFailed }
        return .success
    }

    /// A few lines for the cron log: counts, failures, where the reports are. No personal data.
    public var lines: [String] {
        let ok = sources.count - failedSources.count
        var lines = [
            "sources: \(ok) ok, \(failedSources.count) failed",
            "posts: \(sources.reduce(0) { $0 + $1.new }) new, \(sources.reduce(0) { $0 + $1.updated }) updated, \(sources.reduce(0) { $0 + $1.deleted }) deleted"
                + (sources.contains { $0.suppressed > 0 } ? ", \(sources.reduce(0) { $0 + $1.suppressed }) suppressed" : ""),
        ]
        if let retention { lines.append(contentsOf: retention.lines) }
        for failed in failedSources { lines.append("failed: \(failed.name): \(failed.error ?? "")") }
        if let reportFolder { lines.append("reports for \(day): \(reportFolder.path)") }
        if let alertError {
            lines.append("alerts: NOT delivered (\(alertError)); they will be sent with the next run")
        } else if let alertDestination {
            lines.append("alerts: \(alertsSent) mail\(alertsSent == 1 ? "" : "s") to \(alertDestination)")
        }
        return lines
    }
}
