import Foundation
import Ingest
import Pipeline

struct ReportCommand: Command {
    static let name = "report"
    static let summary = "write the reports of a past date again, from the store alone"
    static let help = """
        Usage: monitor report --config PATH [--date YYYY-MM-DD | --since YYYY-MM-DD --until YYYY-MM-DD]

        Regenerates reports/<date>/ from the store without fetching. The same store gives
        byte-identical files. Days whose posts have passed retention are built from the daily
        counts the store keeps (trends, charts and rollups; no threads, questions or excerpts).
        Default date: yesterday in reports.timezone. --since/--until regenerate every day of a range.
        """

    let configPath: String
    let date: String?
    let since: String?
    let until: String?

    init(arguments: inout Arguments) throws {
        configPath = try arguments.requiredOption("--config", hint: "the configuration file")
        date = try arguments.option("--date")
        since = try arguments.option("--since")
        until = try arguments.option("--until")
        _ = try arguments.positionals(max: 0)
        if date != nil, since != nil || until != nil {
            throw UsageError("report: give either --date or --since/--until, not both")
        }
        if (since == nil) != (until == nil) { throw UsageError("report: --since and --until go together") }
    }

    func run() throws -> Int32 {
        let workspace = try Workspace.load(configPath: configPath)
        let days = try RunCommand.days(since: since, until: until, command: Self.name)
            ?? [date.map { try Workspace.day($0, option: "--date") } ?? Workspace.yesterday(in: workspace.configuration.reports.timeZone)]
        let (store, key) = try workspace.openStore()
        let stages = try workspace.stages(store: store, key: key, fetcher: CurlFetcher())
        let runner = PipelineRunner(configuration: workspace.configuration, stages: stages, log: Console.progress)
        for day in days {
            let folder = try runner.write(runner.buildReport(for: day))
            print("reports for \(day): \(folder.path)")
        }
        return ExitCode.success.rawValue
    }
}
