import Foundation
import Ingest
import Pipeline

struct RunCommand: Command {
    static let name = "run"
    static let summary = "fetch, pseudonymise, classify, store, report and alert (the nightly job)"
    static let help = """
        Usage: monitor run --config PATH [--date YYYY-MM-DD | --since YYYY-MM-DD --until YYYY-MM-DD] [--no-alerts] [--retry-failed]

        Fetches every source in the configuration, pseudonymises and classifies the posts, stores
        them, writes the reports for the report date and sends the alert digest.

        Options:
          --config PATH       the configuration file (see config.example.json, docs/CONFIG.md)
          --date YYYY-MM-DD   report date (default: yesterday in reports.timezone)
          --since YYYY-MM-DD  backfill: fetch once, then write the reports of every day from
          --until YYYY-MM-DD  --since to --until (both included); the digest covers --until only
          --no-alerts         write reports but send no mail
          --retry-failed      also fetch sources that are cooling down after repeated failures
                              (normally skipped for 6 h, doubling up to 7 days; docs/INGEST.md)
        """

    let configPath: String
    let date: String?
    let since: String?
    let until: String?
    let sendAlerts: Bool
    let retryFailed: Bool

    /// A backfill longer than this is almost certainly a typo in a year.
    static let maximumBackfillDays = 400

    init(arguments: inout Arguments) throws {
        configPath = try arguments.requiredOption("--config", hint: "the configuration file")
        date = try arguments.option("--date")
        since = try arguments.option("--since")
        until = try arguments.option("--until")
        sendAlerts = !arguments.flag("--no-alerts")
        retryFailed = arguments.flag("--retry-failed")
        _ = try arguments.positionals(max: 0)
        try validate()
    }

    private func validate() throws {
        if date != nil, since != nil || until != nil {
            throw UsageError("run: give either --date or --since/--until, not both")
        }
        if (since == nil) != (until == nil) {
            throw UsageError("run: --since and --until go together (e.g. --since 2026-11-01 --until 2026-11-22)")
        }
    }

    /// The days `--since` … `--until`, both included, or nil without them.
    static func days(since: String?, until: String?, command: String) throws -> [ReportDay]? {
        guard let since, let until else { return nil }
        let first = try Workspace.day(since, option: "--since")
        let last = try Workspace.day(until, option: "--until")
        guard first <= last else { throw UsageError("\(command): --since \(since) is after --until \(until)") }
        var days = [first]
        while days.last! < last {
            guard days.count < maximumBackfillDays else {
                throw UsageError("\(command): --since/--until span more than \(maximumBackfillDays) days")
            }
            days.append(days.last!.adding(days: 1))
        }
        return days
    }

    func run() throws -> Int32 {
        let workspace = try Workspace.load(configPath: configPath)
        let configuration = workspace.configuration
        let days = try Self.days(since: since, until: until, command: Self.name)
            ?? [date.map { try Workspace.day($0, option: "--date") } ?? Workspace.yesterday(in: configuration.reports.timeZone)]
        let (store, key) = try workspace.openStore()
        let fetcher = CurlFetcher(
            maxConcurrentTransfers: configuration.fetch.maxConcurrentTransfers,
            maxConnectionsPerHost: configuration.fetch.maxConnectionsPerHost)
        let stages = try workspace.stages(store: store, key: key, fetcher: fetcher)
        var runner = PipelineRunner(configuration: configuration, stages: stages, log: Console.progress)
        runner.retriesCoolingSources = retryFailed
        let started = Date()
        let summary = try runner.run(days: days, now: started, sendAlerts: sendAlerts)
        try store.record(
            RunRecord(
                started: started, finished: Date(), reportDate: summary.day,
                sourcesOK: summary.okSources,
                sourcesFailed: summary.failedSources.count,
                postsNew: summary.sources.reduce(0) { $0 + $1.new },
                postsUpdated: summary.sources.reduce(0) { $0 + $1.updated }, exitCode: summary.exitCode.rawValue))
        try store.checkpoint()
        for line in summary.lines { print(line) }
        return summary.exitCode.rawValue
    }
}
