import Foundation
import Pipeline
import Sentiment

struct ReclassifyCommand: Command {
    static let name = "reclassify"
    static let summary = "rescore stored posts after a lexicon, topic or rule change"
    static let help = """
        Usage: monitor reclassify --config PATH [--since YYYY-MM-DD] [--batch N]

        Classifies again every stored post whose classifier version (a hash of the lexicons,
        topics and rule settings, stored with each score) differs from the current one:
        language, score, label, confidence, topics, escalation markers and the question flag.
        Text, authors and dates are not touched. --since keeps to posts published on or after
        that day (in reports.timezone). Works in batches of N posts (default 500), each in one
        transaction, so an interrupted run keeps its work and the next run continues; progress
        goes to standard error, the final count to standard output. Posts already at the
        current version are skipped, so a second run rescores nothing.
        Reports already written keep their old figures: regenerate them with
        `monitor report --since … --until …`.
        """

    let configPath: String
    let since: String?
    let batchSize: Int

    init(arguments: inout Arguments) throws {
        configPath = try arguments.requiredOption("--config", hint: "the configuration file")
        since = try arguments.option("--since")
        let batch = try arguments.option("--batch") ?? "500"
        guard let size = Int(batch), size > 0 else { throw UsageError("reclassify: --batch takes a positive number, not \(batch)") }
        batchSize = size
        _ = try arguments.positionals(max: 0)
    }

    func run() throws -> Int32 {
        let workspace = try Workspace.load(configPath: configPath)
        let configuration = workspace.configuration
        let from = try since.map { try Workspace.day($0, option: "--since").start(in: configuration.reports.timeZone) }
        let (store, _) = try workspace.openStore()
        let analyzer = try workspace.analyzer()
        var hints: [String: Language] = [:]
        for source in configuration.sources { hints[source.name] = source.language }
        let reclassifier = Reclassifier(analyzer: analyzer, languageHints: hints, batchSize: batchSize)
        let summary = try reclassifier.run(store: store, since: from, now: Date()) { done, total in
            Console.progress("reclassify: \(done) of \(total) posts rescored")
        }
        try store.checkpoint()
        print("reclassify: \(summary.rescored) posts rescored with \(analyzer.version), \(summary.labelsChanged) changed label")
        return 0
    }
}
