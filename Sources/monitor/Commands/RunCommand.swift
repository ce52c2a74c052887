import Foundation
import Ingest
import Pipeline

struct RunCommand: Command {
    static let name = "run"
    static let summary = "fetch, pseudonymise, classify, store, report and alert (the nightly job)"
    static let help = """
        Usage: monitor run --config PATH [--date YYYY-MM-DD] [--no-alerts]

        Fetches every source in the configuration, pseudonymises and classifies the posts, stores
        them, writes the reports for the report date and sends the alert digest.

        Options:
          --config PATH       the configuration file (see config.example.json, docs/CONFIG.md)
          --date YYYY-MM-DD   report date (default: yesterday in reports.timezone)
          --no-alerts         write reports but send no mail
        """

    let configPath: String
    let date: String?
    let sendAlerts: Bool

    init(arguments: inout Arguments) throws {
        configPath = try arguments.requiredOption("--config", hint: "the configuration file")
        date = try arguments.option("--date")
        sendAlerts = !arguments.flag("--no-alerts")
        _ = try arguments.positionals(max: 0)
    }

    func run() throws -> Int32 {
        let workspace = try Workspace.load(configPath: configPath)
        let configuration = workspace.configuration
        let day = try date.map { try Workspace.day($0, option: "--date") }
            ?? Workspace.yesterday(in: configuration.reports.timeZone)
        let (store, key) = try workspace.openStore()
        let fetcher = CurlFetcher(
            maxConcurrentTransfers: configuration.fetch.maxConcurrentTransfers,
            maxConnectionsPerHost: configuration.fetch.maxConnectionsPerHost)
        let stages = try workspace.stages(store: store, key: key, fetcher: fetcher)
        let runner = PipelineRunner(configuration: configuration, stages: stages, log: Console.progress)
        let started = Date()
        let summary = try runner.run(day: day, now: started, sendAlerts: sendAlerts)
        try store.record(
            RunRecord(
                started: started, finished: Date(), reportDate: day,
                sourcesOK: summary.sources.count - summary.failedSources.count,
                sourcesFailed: summary.failedSources.count,
                postsNew: summary.sources.reduce(0) { $0 + $1.new },
                postsUpdated: summary.sources.reduce(0) { $0 + $1.updated }, exitCode: summary.exitCode.rawValue))
        try store.checkpoint()
        for line in summary.lines { print(line) }
        return summary.exitCode.rawValue
    }
}
