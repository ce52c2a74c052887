import Foundation
import XCTest

/// A scratch folder with generated feeds (`ReportDataGenerator`) and a configuration reading
/// only them, for running `monitor` end to end on data with known anomalies.
struct ReportWorkspace {
    let directory: URL
    let config: URL

    init(reports: [String: Any] = [:], privacy: [String: Any] = [:]) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("monitor-reports-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try ReportDataGenerator.write(to: directory)
        let configuration: [String: Any] = [
            "sources": [
                ["name": "social", "kind": "jsonfeed", "url": "file://" + directory.appendingPathComponent("social.json").path],
                [
                    "name": "community", "kind": "discourse",
                    "url": "file://" + directory.appendingPathComponent("community.json").path,
                    "site_url": "https://community.example", "owned": true, "staff": ["NordlichtTeam"], "sla_hours": 24,
                ],
            ],
            "store": ["path": "state/monitor.sqlite"],
            "privacy": ["key_file": "state/monitor.key"].merging(privacy) { $1 },
            "reports": ["directory": "reports", "timezone": "Europe/Berlin", "state": "BY"].merging(reports) { $1 },
            "watch": ["own": ["Nordlicht"], "topics": ["Rechnung", "Netz"]],
            "alerts": ["outbox_directory": "outbox"],
        ]
        config = directory.appendingPathComponent("config.json")
        try JSONSerialization.data(withJSONObject: configuration, options: [.prettyPrinted, .sortedKeys]).write(to: config)
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    /// `monitor init`, then `monitor` with `arguments` (the config is added); fails the test on a non-zero exit.
    @discardableResult
    func run(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> MonitorProcess.Result {
        if !FileManager.default.fileExists(atPath: directory.appendingPathComponent("state/monitor.key").path) {
            let initResult = try MonitorProcess.run(["init", "--config", config.path])
            XCTAssertEqual(initResult.status, 0, initResult.stderr, file: file, line: line)
        }
        let result = try MonitorProcess.run(arguments + ["--config", config.path])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr, file: file, line: line)
        return result
    }

    func reportFile(_ name: String, day: String = ReportDataGenerator.reportDay) -> URL {
        directory.appendingPathComponent("reports/\(day)/\(name)")
    }

    func json(_ name: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: reportFile(name))) as! [String: Any]
    }
}

/// External programs some report tests need: a missing one fails the test with the install command.
enum ReportTool {
    static func path(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a program to its end; stdout and stderr together.
    static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
