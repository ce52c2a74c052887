import Foundation
import Pipeline
import Privacy

struct InitCommand: Command {
    static let name = "init"
    static let summary = "create the pseudonymisation key (mode 0600) and the store, if missing"
    static let help = """
        Usage: monitor init --config PATH

        Creates what a first run needs and leaves what exists untouched:
          - privacy.key_file: 32 random bytes, mode 0600. Back it up: a lost key changes every
            pseudonym; a leaked key lets its holder re-identify authors (docs/PRIVACY.md).
          - store.path: the SQLite store, bound to that key.
          - reports.directory and alerts.outbox_directory.
        """

    let configPath: String

    init(arguments: inout Arguments) throws {
        configPath = try arguments.requiredOption("--config", hint: "the configuration file")
        _ = try arguments.positionals(max: 0)
    }

    func run() throws -> Int32 {
        let workspace = try Workspace.load(configPath: configPath)
        let configuration = workspace.configuration
        let keyFile = configuration.privacy.keyFile
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: keyFile.path) {
            _ = try PseudonymKey.load(from: keyFile)
            print("key: kept \(keyFile.path)")
        } else {
            if fileManager.fileExists(atPath: configuration.storePath.path) {
                throw PipelineError.keyMissing(keyFile: keyFile.path, storeExists: true)
            }
            try fileManager.createDirectory(at: keyFile.deletingLastPathComponent(), withIntermediateDirectories: true)
            _ = try PseudonymKey.create(at: keyFile)
            print("key: created \(keyFile.path) (mode 0600; back it up)")
        }
        let storeExisted = fileManager.fileExists(atPath: configuration.storePath.path)
        let (store, _) = try workspace.openStore()
        try store.checkpoint()
        print("store: \(storeExisted ? "kept" : "created") \(configuration.storePath.path)")
        for directory in [configuration.reports.directory, configuration.alerts.outboxDirectory].compactMap({ $0 }) {
            try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
        }
        print("reports: \(configuration.reports.directory.path)")
        return ExitCode.success.rawValue
    }
}
