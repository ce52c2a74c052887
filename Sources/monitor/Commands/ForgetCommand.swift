import Foundation
import Ingest
import Pipeline
import Privacy

struct ForgetCommand: Command {
    static let name = "forget"
    static let summary = "erase one author (GDPR Art. 17) and keep them out of later fetches"
    static let help = """
        Usage: monitor forget --config PATH --source NAME --author "Name as shown"
               monitor forget --config PATH --pseudonym a_…

        Erases one person from everything monitor keeps:
          - deletes their posts (text, scores, topics) from the store;
          - replaces their pseudonym in other posts (where a reply named them) by [NAME];
          - deletes alert ledger entries that quote them;
          - writes again every report folder their posts or pseudonym appeared in, and removes
            outbox mails that quote them (each named in the output);
          - keeps their keyed pseudonym (never the name) on a suppression list: later fetches
            skip their posts and count them as "suppressed";
          - vacuums the SQLite file and empties its WAL, so the deleted text is not left behind.

        --author is the display or user name exactly as the source shows it (case and spacing do
        not matter); it is turned into the pseudonym with the key and never stored or printed.
        --source is required with --author unless privacy.link_across_sources is true.
        --pseudonym takes an a_… value from a report instead.
        """

    let configPath: String
    let source: String?
    let author: String?
    let pseudonym: String?

    init(arguments: inout Arguments) throws {
        configPath = try arguments.requiredOption("--config", hint: "the configuration file")
        source = try arguments.option("--source")
        author = try arguments.option("--author")
        pseudonym = try arguments.option("--pseudonym")
        _ = try arguments.positionals(max: 0)
        try validate()
    }

    private func validate() throws {
        guard (author == nil) != (pseudonym == nil) else {
            throw UsageError("forget: give either --author \"Name as shown\" (with --source) or --pseudonym a_…")
        }
        if let author, author.trimmingCharacters(in: .whitespaces).isEmpty {
            throw UsageError("forget: --author is empty")
        }
        if let pseudonym, !Self.isPseudonym(pseudonym) {
            throw UsageError("forget: --pseudonym \(pseudonym) is not a pseudonym (a_ and 16 characters a-z, 2-7)")
        }
    }

    static func isPseudonym(_ text: String) -> Bool {
        let body = text.utf8.dropFirst(2)
        return text.hasPrefix("a_") && body.count == 16
            && body.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "2")...UInt8(ascii: "7")).contains($0) }
    }

    func run() throws -> Int32 {
        let workspace = try Workspace.load(configPath: configPath)
        let configuration = workspace.configuration
        let sourceNames = configuration.sources.map(\.name)
        if let source, !sourceNames.contains(source) {
            throw UsageError("forget: --source \(source) is not in the configuration; sources: \(sourceNames.joined(separator: ", "))")
        }
        if author != nil, source == nil, !configuration.privacy.linkAcrossSources {
            throw UsageError("forget: --author needs --source NAME (pseudonyms are per source unless privacy.link_across_sources is true)")
        }
        let (store, key) = try workspace.openStore()
        let target: String
        if let author {
            let pseudonymizer = HMACPseudonymizer(key: key, linkAcrossSources: configuration.privacy.linkAcrossSources)
            target = pseudonymizer.pseudonym(forAuthor: author, source: source ?? sourceNames[0])
        } else {
            target = pseudonym!
        }
        let stages = try workspace.stages(store: store, key: key, fetcher: CurlFetcher())
        let runner = PipelineRunner(configuration: configuration, stages: stages, log: Console.progress)
        let outcome = try runner.forget(pseudonym: target, source: source ?? "*", now: Date())
        for line in outcome.lines { print(line) }
        return ExitCode.success.rawValue
    }
}
