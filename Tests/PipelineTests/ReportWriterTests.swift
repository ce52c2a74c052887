import Foundation
import XCTest

@testable import Pipeline

final class ReportWriterTests: XCTestCase {
    func testWriterCreatesAllFilesTheIndexAndTheLatestLink() throws {
        let directory = try makeTemporaryDirectory(self)
        let report = ReportBuilder().build(ReportScenario.full())
        let urls = try ReportWriter().write(report, to: directory)
        XCTAssertEqual(
            urls.map { $0.path.replacingOccurrences(of: directory.path + "/", with: "") },
            ReportWriter.fileNames.map { "2024-05-15/\($0)" } + ["index.html", "latest"])
        for url in urls { XCTAssertTrue(FileManager.default.fileExists(atPath: url.path), url.path) }
        XCTAssertEqual(
            try FileManager.default.destinationOfSymbolicLink(atPath: directory.appendingPathComponent("latest").path),
            "2024-05-15")
    }

    func testNoTemporaryFilesRemainAfterWriting() throws {
        let directory = try makeTemporaryDirectory(self)
        try ReportWriter().write(ReportBuilder().build(ReportScenario.full()), to: directory)
        let dayFiles = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("2024-05-15").path)
        XCTAssertEqual(dayFiles.sorted(), ReportWriter.fileNames.sorted())
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted(), ["2024-05-15", "index.html", "latest"])
    }

    func testBuildAndWriteTwiceGivesIdenticalBytes() throws {
        let first = try makeTemporaryDirectory(self)
        let second = try makeTemporaryDirectory(self)
        try ReportWriter().write(ReportBuilder().build(ReportScenario.full()), to: first)
        try ReportWriter().write(ReportBuilder().build(ReportScenario.full()), to: second)
        for name in ReportWriter.fileNames.map({ "2024-05-15/\($0)" }) + ["index.html"] {
            let a = try Data(contentsOf: first.appendingPathComponent(name))
            let b = try Data(contentsOf: second.appendingPathComponent(name))
            XCTAssertEqual(a, b, name)
            XCTAssertFalse(a.isEmpty, name)
        }
    }

    func testLatestPointsToTheNewestDayWhenAnOlderDayIsRerun() throws {
        let directory = try makeTemporaryDirectory(self)
        var input = ReportScenario.full()
        try ReportWriter().write(ReportBuilder().build(input), to: directory)
        input.day = input.day.adding(days: -1)
        try ReportWriter().write(ReportBuilder().build(input), to: directory)
        XCTAssertEqual(
            try FileManager.default.destinationOfSymbolicLink(atPath: directory.appendingPathComponent("latest").path),
            "2024-05-15")
        let index = try String(contentsOf: directory.appendingPathComponent("index.html"), encoding: .utf8)
        let newer = try XCTUnwrap(index.range(of: "href=\"2024-05-15/report.html\""))
        let older = try XCTUnwrap(index.range(of: "href=\"2024-05-14/report.html\""))
        XCTAssertLessThan(newer.lowerBound, older.lowerBound, "newest first")
    }

    func testJSONFilesHaveSchemaVersionSnakeCaseKeysNullsAndUTCDates() throws {
        let files = Dictionary(uniqueKeysWithValues: try ReportWriter().render(ReportBuilder().build(ReportScenario.full())).map { ($0.name, $0.data) })
        let trends = try XCTUnwrap(JSONSerialization.jsonObject(with: files["trends.json"]!) as? [String: Any])
        XCTAssertEqual(trends["schema_version"] as? Int, DailyReport.currentSchemaVersion)
        XCTAssertEqual(trends["day"] as? String, "2024-05-15")
        let rows = try XCTUnwrap(trends["rows"] as? [[String: Any]])
        let silent = try XCTUnwrap(rows.first { $0["source"] as? String == "news-feed" })
        XCTAssertTrue(silent["net_sentiment"] is NSNull, "undefined values are null, not missing")
        XCTAssertNotNil(silent["baseline_28d"])

        let escalations = try XCTUnwrap(JSONSerialization.jsonObject(with: files["escalations.json"]!) as? [String: Any])
        let first = try XCTUnwrap((escalations["escalations"] as? [[String: Any]])?.first)
        XCTAssertEqual(first["thread_id"] as? String, "t-esc")
        XCTAssertEqual(first["last_post_at"] as? String, "2024-05-15T10:00:00Z")

        let summary = try XCTUnwrap(JSONSerialization.jsonObject(with: files["summary.json"]!) as? [String: Any])
        XCTAssertEqual(summary["day_end"] as? String, "2024-05-15T22:00:00Z")
        XCTAssertNil(summary["trends"])
        XCTAssertNotNil(summary["topic_series"])
    }

    func testDailyReportRoundTripsThroughJSON() throws {
        let report = ReportBuilder().build(ReportScenario.full())
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        XCTAssertEqual(try decoder.decode(DailyReport.self, from: encoder.encode(report)), report)
    }
}
