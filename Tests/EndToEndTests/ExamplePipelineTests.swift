import Foundation
import XCTest

/// The whole pipeline, as `make demo` runs it, on the bundled example data.
final class ExamplePipelineTests: XCTestCase {
    private static let day = "2026-11-22"

    private func initAndRun(_ scratch: ScratchConfiguration, extra: [String] = []) throws -> MonitorProcess.Result {
        let initResult = try MonitorProcess.run(["init", "--config", scratch.file.path])
        XCTAssertEqual(initResult.status, 0, initResult.stderr)
        return try MonitorProcess.run(["run", "--config", scratch.file.path, "--date", Self.day] + extra)
    }

    private func csvRows(_ url: URL) throws -> [[String]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\"\r")) }
        }
    }

    func testExampleRunWritesReportsForEverySourceAndFindsTheEscalatingThread() throws {
        let scratch = try ScratchConfiguration()
        defer { scratch.remove() }
        let result = try initAndRun(scratch)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("sources: 6 ok, 0 failed"), result.stdout)
        let folder = scratch.directory.appendingPathComponent("reports/\(Self.day)")
        for name in ["trends.csv", "trends.json", "escalations.csv", "escalations.json", "report.html"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), name)
        }
        let trends = try String(contentsOf: folder.appendingPathComponent("trends.csv"), encoding: .utf8)
        for source in ["handyforum", "techblog", "social", "community", "community-thread-4711", "verbraucherforum"] {
            XCTAssertTrue(trends.contains(source), "trends.csv lacks \(source)")
        }
        let escalations = try String(contentsOf: folder.appendingPathComponent("escalations.csv"), encoding: .utf8)
        XCTAssertTrue(escalations.contains("4711"), escalations)
        let outbox = try FileManager.default.contentsOfDirectory(atPath: scratch.directory.appendingPathComponent("outbox").path)
        XCTAssertEqual(outbox.filter { $0.hasSuffix(".eml") }.count, 1, "one digest mail: \(outbox)")
    }

    func testSecondRunAddsNoPostsAndGivesByteIdenticalReports() throws {
        let scratch = try ScratchConfiguration()
        defer { scratch.remove() }
        XCTAssertEqual(try initAndRun(scratch).status, 0)
        let reports = scratch.directory.appendingPathComponent("reports/\(Self.day)")
        let first = try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted().map {
            ($0, try Data(contentsOf: reports.appendingPathComponent($0)))
        }
        let second = try MonitorProcess.run(["run", "--config", scratch.file.path, "--date", Self.day])
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stdout.contains("posts: 0 new, 0 updated"), second.stdout)
        for (name, data) in first {
            XCTAssertEqual(try Data(contentsOf: reports.appendingPathComponent(name)), data, "\(name) changed between runs")
        }
        XCTAssertTrue(second.stdout.contains("alerts: 0 mails") || second.stderr.contains("nothing new"), second.stdout)
    }

    func testNothingWrittenContainsPlantedPersonalData() throws {
        let scratch = try ScratchConfiguration()
        defer { scratch.remove() }
        let result = try initAndRun(scratch)
        XCTAssertEqual(result.status, 0, result.stderr)
        let plantedFile = MonitorProcess.repositoryRoot.appendingPathComponent("examples/planted.json")
        let planted = try JSONSerialization.jsonObject(with: Data(contentsOf: plantedFile)) as! [String: [String]]
        let needles = planted.values.flatMap { $0 }.filter { $0.count >= 4 }
        XCTAssertGreaterThan(needles.count, 20)
        let files = try scratch.writtenFiles()
        XCTAssertTrue(files.contains { $0.path.hasSuffix(".sqlite") })
        let logs = result.stdout + result.stderr
        for needle in needles {
            let bytes = Data(needle.utf8)
            for file in files where file.data.range(of: bytes) != nil {
                XCTFail("\(file.path) contains planted value \(needle)")
            }
            XCTAssertFalse(logs.contains(needle), "the log contains planted value \(needle)")
        }
    }

    func testFailingSourcesAreNamedAndTheOthersStillReport() throws {
        let notAFeed = Bundle.module.url(forResource: "not-a-feed", withExtension: "xml", subdirectory: "Fixtures")!
        let scratch = try ScratchConfiguration(extraSources: [
            ["name": "missing-file", "kind": "rss", "url": "file:///nonexistent/monitor/feed.xml"],
            ["name": "garbage", "kind": "auto", "url": "file://" + notAFeed.path],
        ])
        defer { scratch.remove() }
        let result = try initAndRun(scratch)
        XCTAssertEqual(result.status, 1, "a failed source gives exit code 1")
        XCTAssertTrue(result.stdout.contains("sources: 6 ok, 2 failed"), result.stdout)
        let failureLines = result.stdout.split(separator: "\n").filter { $0.hasPrefix("failed: ") }
        XCTAssertTrue(failureLines.contains { $0.hasPrefix("failed: missing-file:") }, result.stdout)
        XCTAssertTrue(failureLines.contains { $0.hasPrefix("failed: garbage:") }, result.stdout)
        let trends = scratch.directory.appendingPathComponent("reports/\(Self.day)/trends.csv")
        XCTAssertTrue(try String(contentsOf: trends, encoding: .utf8).contains("handyforum"))
    }

    func testInvalidConfigurationIsOneLineNamingTheKey() throws {
        let scratch = try ScratchConfiguration { config in
            var sources = config["sources"] as! [[String: Any]]
            sources[2]["url"] = "not a url"
            config["sources"] = sources
        }
        defer { scratch.remove() }
        let result = try MonitorProcess.run(["run", "--config", scratch.file.path])
        XCTAssertEqual(result.status, 3)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("sources[2].url: not a URL"), result.stderr)
    }

    func testRunRefusesToInventAKeyForAnExistingStore() throws {
        let scratch = try ScratchConfiguration()
        defer { scratch.remove() }
        XCTAssertEqual(try initAndRun(scratch).status, 0)
        try FileManager.default.removeItem(at: scratch.directory.appendingPathComponent("state/monitor.key"))
        let result = try MonitorProcess.run(["run", "--config", scratch.file.path, "--date", Self.day])
        XCTAssertEqual(result.status, 5)
        XCTAssertTrue(result.stderr.contains("restore the key"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.directory.appendingPathComponent("state/monitor.key").path))
    }
}
