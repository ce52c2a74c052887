import Foundation
import Pipeline

struct CheckConfigCommand: Command {
    static let name = "check-config"
    static let summary = "validate a configuration and its lexicons without fetching"
    static let help = """
        Usage: monitor check-config --config PATH

        Reads and validates the configuration (unknown keys, wrong types, missing secrets) and
        loads the lexicons and topics it names. Prints the sources on success.
        """

    let configPath: String

    init(arguments: inout Arguments) throws {
        configPath = try arguments.requiredOption("--config", hint: "the configuration file")
        _ = try arguments.positionals(max: 0)
    }

    func run() throws -> Int32 {
        let workspace = try Workspace.load(configPath: configPath)
        let analyzer = try workspace.analyzer()
        let configuration = workspace.configuration
        print("configuration: \(configuration.file.path): ok")
        for source in configuration.sources {
            let owned = source.owned ? ", owned, \(source.staff.count) staff account\(source.staff.count == 1 ? "" : "s")" : ""
            print("  source \(source.name): \(source.kind.rawValue) \(source.url.absoluteString)\(owned)")
        }
        print("store: \(configuration.storePath.path)")
        print("reports: \(configuration.reports.directory.path) (\(configuration.reports.timeZone.identifier))")
        print("classifier: version \(analyzer.version), topics: \(analyzer.topicNames.joined(separator: ", "))")
        return ExitCode.success.rawValue
    }
}
