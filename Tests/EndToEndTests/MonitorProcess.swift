import Foundation
import XCTest

/// Runs the built `monitor` executable as cron would, in a scratch folder.
struct MonitorProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `.build/<config>/monitor`, next to the test bundle.
    static var executable: URL {
        Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("monitor")
    }

    static func run(_ arguments: [String], environment: [String: String] = [:], stdin: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "MONITOR_LEXICONS")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        if let stdin {
            let input = Pipe()
            process.standardInput = input
            try process.run()
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        } else {
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }
        // Read stderr on another thread while stdout is read here, so neither pipe can fill
        // up and block the process.
        let stderrReader = Thread.detachedReader(err.fileHandleForReading)
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = stderrReader.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
    }
}

/// A copy of config.example.json whose sources point at the repository's examples and whose
/// store, key, reports and outbox live in a scratch folder.
struct ScratchConfiguration {
    let directory: URL
    let file: URL

    init(extraSources: [[String: Any]] = [], edit: (inout [String: Any]) -> Void = { _ in }) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("monitor-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let example = MonitorProcess.repositoryRoot.appendingPathComponent("config.example.json")
        var config = try JSONSerialization.jsonObject(with: Data(contentsOf: example)) as! [String: Any]
        var sources = (config["sources"] as! [[String: Any]]).map { source -> [String: Any] in
            var source = source
            if let url = source["url"] as? String, url.hasPrefix("file:"), !url.hasPrefix("file:///") {
                source["url"] = "file://" + MonitorProcess.repositoryRoot.appendingPathComponent(String(url.dropFirst(5))).path
            }
            return source
        }
        sources += extraSources
        config["sources"] = sources
        config["store"] = ["path": "state/monitor.sqlite"]
        config["reports"] = (config["reports"] as? [String: Any] ?? [:]).merging(["directory": "reports"]) { $1 }
        var privacy = config["privacy"] as? [String: Any] ?? [:]
        privacy["key_file"] = "state/monitor.key"
        config["privacy"] = privacy
        var alerts = config["alerts"] as? [String: Any] ?? [:]
        alerts["outbox_directory"] = "outbox"
        config["alerts"] = alerts
        edit(&config)
        file = directory.appendingPathComponent("config.json")
        try JSONSerialization.data(withJSONObject: config, options: [.prettyPrinted, .sortedKeys]).write(to: file)
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Every regular file the runs wrote, with its bytes.
    func writtenFiles() throws -> [(path: String, data: Data)] {
        var files: [(String, Data)] = []
        let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in walker where url.lastPathComponent != "config.json" {
            let values = try url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            if values.isRegularFile == true, values.isSymbolicLink != true {
                files.append((url.path, try Data(contentsOf: url)))
            }
        }
        return files.sorted { $0.0 < $1.0 }
    }
}

/// Reads a file handle to its end on a background thread.
final class BackgroundReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}

extension Thread {
    static func detachedReader(_ handle: FileHandle) -> BackgroundReader {
        BackgroundReader(handle)
    }
}
