import Foundation
import Ingest
import Pipeline

struct ReportCommand: Command {
    static let name = "report"
    static let summary = "write the reports of a past date again, from the store alone"
    static let help = """
        Usage: monitor report --config PATH [--date YYYY-MM-DD]

        Regenerates reports/<date>/ from the store without fetching. The same store gives
        byte-identical files. Default date: yesterday in reports.timezone.
        """

    let configPath: String
    let date: String?

    init(arguments: inout Arguments) throws {
        configPath = try arguments.requiredOption("--config", hint: "the configuration file")
        date = try arguments.option("--date")
        _ = try arguments.positionals(max: 0)
    }

    func run() throws -> Int32 {
        let workspace = try Workspace.load(configPath: configPath)
        let day = try date.map { try Workspace.day($0, option: "--date") }
            ?? Workspace.yesterday(in: workspace.configuration.reports.timeZone)
        let (store, key) = try workspace.openStore()
        let stages = try workspace.stages(store: store, key: key, fetcher: CurlFetcher())
        let runner = PipelineRunner(configuration: workspace.configuration, stages: stages, log: Console.progress)
        let folder = try runner.write(runner.buildReport(for: day))
        print("reports for \(day): \(folder.path)")
        return ExitCode.success.rawValue
    }
}
