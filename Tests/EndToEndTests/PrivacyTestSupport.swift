import Foundation
import XCTest

/// A scratch workspace whose four sources (RSS, Atom, JSON Feed, Discourse) are the privacy
/// fixtures: every post plants identifiers of one or more types (`Fixtures/privacy/planted.json`).
struct PrivacyWorkspace {
    static let day = "2026-11-22"
    let scratch: ScratchConfiguration

    init(retentionDays: Int = 90) throws {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "privacy", withExtension: nil, subdirectory: "Fixtures"))
        scratch = try ScratchConfiguration { config in
            config["sources"] = [
                ["name": "leak-rss", "kind": "rss", "url": "file://" + folder.appendingPathComponent("forum.rss").path, "language": "de"],
                ["name": "leak-atom", "kind": "atom", "url": "file://" + folder.appendingPathComponent("comments.atom").path],
                ["name": "leak-json", "kind": "jsonfeed", "url": "file://" + folder.appendingPathComponent("social.json").path],
                [
                    "name": "leak-community", "kind": "discourse", "owned": true, "site_url": "https://community.leaktest.example",
                    "url": "file://" + folder.appendingPathComponent("community.json").path,
                ],
            ]
            var privacy = config["privacy"] as? [String: Any] ?? [:]
            privacy["retention_days"] = retentionDays
            config["privacy"] = privacy
            var alerts = config["alerts"] as? [String: Any] ?? [:]
            alerts["daily_digest"] = true  // a mail every run, so the outbox is scanned too
            config["alerts"] = alerts
        }
    }

    var directory: URL { scratch.directory }
    var configPath: String { scratch.file.path }
    var store: URL { directory.appendingPathComponent("state/monitor.sqlite") }

    /// Planted values by type; every type of the issue is present.
    static func planted() throws -> [String: [String]] {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "planted", withExtension: "json", subdirectory: "Fixtures/privacy"))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: [String]])
    }

    /// Runs `monitor` with `arguments` and the configuration; fails the test on a non-zero exit.
    @discardableResult
    func monitor(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> MonitorProcess.Result {
        let result = try MonitorProcess.run(arguments + ["--config", configPath])
        XCTAssertEqual(result.status, 0, "monitor \(arguments.joined(separator: " ")): \(result.stderr)", file: file, line: line)
        return result
    }

    /// Every written file as a person (or `strings`) would read it: raw bytes, plus the decoded
    /// quoted-printable and RFC 2047 forms of mails.
    func readableFiles() throws -> [(path: String, text: String)] {
        try scratch.writtenFiles().map { file in
            let raw = String(decoding: file.data, as: UTF8.self)
            guard file.path.hasSuffix(".eml") else { return (file.path, raw) }
            return (file.path, raw + "\n" + MailDecoding.decoded(file.data))
        }
    }

    /// `(value, file)` for every occurrence of a value in a file or in the logs.
    func hits(of values: [String], logs: [MonitorProcess.Result]) throws -> [String] {
        let files = try readableFiles()
        let logText = logs.map { $0.stdout + "\n" + $0.stderr }.joined(separator: "\n")
        var hits: [String] = []
        for value in values {
            for file in files where file.text.contains(value) { hits.append("\(value) in \(file.path)") }
            if logText.contains(value) { hits.append("\(value) in the logs") }
        }
        return hits
    }

    /// One SQL query through Python's sqlite3 module (a second, independent reader).
    func query(_ sql: String, _ parameters: [String] = []) throws -> String {
        let script = "import sqlite3,sys\ncon=sqlite3.connect(sys.argv[1])\nfor row in con.execute(sys.argv[2], sys.argv[3:]): print('|'.join(map(str,row)))"
        return try PythonProcess.run(["-c", script, store.path, sql] + parameters)
    }
}

/// Holds a read transaction open on the store, so the run's closing `wal_checkpoint(TRUNCATE)`
/// cannot move the WAL into the main file: the test then scans the WAL with every frame the run
/// wrote, as a crash before the checkpoint would leave it.
final class SnapshotReader {
    private let process = Process()
    private let input = Pipe()

    init(store: URL) throws {
        let script = """
            import sqlite3, sys
            con = sqlite3.connect(sys.argv[1], isolation_level=None)
            con.execute('BEGIN')
            con.execute('SELECT count(*) FROM sqlite_master').fetchall()
            print('ready', flush=True)
            sys.stdin.read()
            con.execute('COMMIT')
            """
        process.executableURL = URL(fileURLWithPath: PythonProcess.python)
        process.arguments = ["-c", script, store.path]
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let ready = output.fileHandleForReading.availableData
        guard String(decoding: ready, as: UTF8.self).hasPrefix("ready") else {
            throw XCTSkip("could not hold a read transaction with \(PythonProcess.python) (install python3)")
        }
    }

    func close() throws {
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}

enum PythonProcess {
    static let python = "/usr/bin/python3"

    static func run(_ arguments: [String]) throws -> String {
        guard FileManager.default.isExecutableFile(atPath: python) else {
            XCTFail("\(python) is missing: apt-get install -y python3")
            return ""
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Quoted-printable (soft breaks and `=XX`) and `=?UTF-8?B?…?=` words, decoded independently of
/// the production code so the scan does not share its blind spots.
enum MailDecoding {
    static func decoded(_ data: Data) -> String {
        var text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "=\r\n", with: "")
            .replacingOccurrences(of: "=\n", with: "")
        var bytes: [UInt8] = []
        var scalars = Array(text.utf8)[...]
        while let first = scalars.first {
            if first == UInt8(ascii: "="), scalars.count >= 3,
                let value = UInt8(String(decoding: scalars.dropFirst().prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                scalars = scalars.dropFirst(3)
            } else {
                bytes.append(first)
                scalars = scalars.dropFirst()
            }
        }
        text = String(decoding: bytes, as: UTF8.self)
        for word in text.components(separatedBy: "=?UTF-8?B?").dropFirst() {
            guard let end = word.range(of: "?="), let data = Data(base64Encoded: String(word[..<end.lowerBound])) else { continue }
            text += "\n" + String(decoding: data, as: UTF8.self)
        }
        return text
    }
}
