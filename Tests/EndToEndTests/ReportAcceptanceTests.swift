import Foundation
import XCTest

/// The report acceptance criteria through the real pipeline: generated feeds → `monitor run`
/// → the report files. Every planted anomaly must be reported with its day, topic and thread,
/// and the quiet control topic must not be.
final class ReportAcceptanceTests: XCTestCase {
    private let day = ReportDataGenerator.reportDay

    func testPlantedVolumeSpikeAndSentimentDropAreReportedAndTheControlTopicIsNot() throws {
        let workspace = try ReportWorkspace()
        defer { workspace.remove() }
        try workspace.run(["run", "--date", day, "--no-alerts"])
        let summary = try workspace.json("summary.json")
        XCTAssertEqual(summary["day"] as? String, day)
        let spikes = summary["spikes"] as! [[String: Any]]
        func flagged(_ kind: String, topic: String) -> Bool {
            spikes.contains { $0["kind"] as? String == kind && $0["scope"] as? String == "topic" && $0["topic"] as? String == topic }
        }
        XCTAssertTrue(flagged("volume", topic: "network"), "no volume spike on network: \(spikes)")
        XCTAssertTrue(flagged("sentiment", topic: "billing_and_prices"), "no sentiment drop on billing: \(spikes)")
        XCTAssertFalse(flagged("volume", topic: "billing_and_prices"), "billing volume is normal")
        XCTAssertFalse(spikes.contains { $0["topic"] as? String == "delivery" }, "the quiet control topic was flagged: \(spikes)")
        let groups = summary["spike_groups"] as! [[String: Any]]
        XCTAssertLessThan(groups.count, spikes.count, "repeated spike rows are grouped")

        let trends = try String(contentsOf: workspace.reportFile("trends.csv"), encoding: .utf8)
        let delivery = trends.split(separator: "\r\n").first { $0.hasPrefix("\(day),topic,(all),delivery,") }
        XCTAssertNotNil(delivery)
        XCTAssertTrue(delivery?.contains(",2,") ?? false, "delivery had its usual 2 posts: \(delivery ?? "")")
    }

    func testPlantedEscalatingThreadAndUnansweredQuestionsAreReportedWithTheirThreads() throws {
        let workspace = try ReportWorkspace()
        defer { workspace.remove() }
        try workspace.run(["run", "--date", day, "--no-alerts"])
        let escalations = try workspace.json("escalations.json")["escalations"] as! [[String: Any]]
        let thread = escalations.first { ($0["thread_id"] as? String)?.contains(ReportDataGenerator.escalationThread) == true }
        XCTAssertNotNil(thread, "escalating thread missing: \(escalations.map { $0["thread_id"] ?? "" })")
        XCTAssertEqual(thread?["thread_title"] as? String, ReportDataGenerator.escalationTitle)
        XCTAssertEqual(thread?["source"] as? String, "community")
        XCTAssertEqual(thread?["level"] as? String, "escalate")
        XCTAssertEqual(thread?["posts_last_24h"] as? Int, 10)
        let reasons = (thread?["reasons"] as? [String] ?? []).joined(separator: " | ")
        XCTAssertTrue(reasons.contains("verbraucherzentrale"), reasons)
        XCTAssertTrue(reasons.contains("no answer from staff"), reasons)
        XCTAssertFalse(escalations.contains { $0["source"] as? String == "social" }, "single calm posts are not threads to watch")

        let questions = try workspace.json("summary.json")["questions"] as! [[String: Any]]
        let threads = questions.compactMap { $0["thread_id"] as? String }
        for planted in ReportDataGenerator.unansweredThreads {
            XCTAssertTrue(threads.contains { $0.contains(planted) }, "question in thread \(planted) missing: \(threads)")
        }
        XCTAssertFalse(threads.contains { $0.contains(ReportDataGenerator.answeredThread) }, "answered within the SLA")
        XCTAssertTrue(threads.allSatisfy { !$0.contains(ReportDataGenerator.escalationThread) }, "no question was planted there")
        let csv = try String(contentsOf: workspace.reportFile("questions.csv"), encoding: .utf8)
        XCTAssertTrue(csv.contains("Portierung der Rufnummer"), csv)
    }

    func testStaffRepliesGiveResponseTimesAndRollupsCoverTheRunningWeek() throws {
        let workspace = try ReportWorkspace()
        defer { workspace.remove() }
        try workspace.run(["run", "--date", day, "--no-alerts"])
        let summary = try workspace.json("summary.json")
        let times = summary["response_times"] as! [[String: Any]]
        let answeredDay = times.first { $0["day"] as? String == "2026-06-14" && $0["source"] as? String == "community" }
        XCTAssertEqual(answeredDay?["answered"] as? Int, 1)
        XCTAssertEqual(answeredDay?["median_hours"] as? Double, 2)
        XCTAssertEqual(answeredDay?["within_sla_share"] as? Double, 1)
        let voices = summary["top_voices"] as! [[String: Any]]
        XCTAssertFalse(voices.isEmpty)
        XCTAssertTrue(voices.allSatisfy { ($0["author"] as? String)?.hasPrefix("a_") == true }, "pseudonyms only")
        XCTAssertFalse(voices.contains { $0["source"] as? String == "community" && ($0["posts"] as? Int ?? 0) > 10 },
                       "the staff account would be the only author with many posts")
        let weekly = try String(contentsOf: workspace.reportFile("trends-weekly.csv"), encoding: .utf8)
        XCTAssertTrue(weekly.contains("2026-W25,2026-06-15,2026-06-17,3,false,overall"), weekly)
    }

    func testBackfillWritesEveryDayAndReportRegeneratesByteIdenticalFiles() throws {
        let workspace = try ReportWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run(["run", "--since", "2026-06-15", "--until", day, "--no-alerts"])
        XCTAssertTrue(result.stdout.contains("posts: "), result.stdout)
        for backfilled in ["2026-06-15", "2026-06-16", day] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: workspace.reportFile("report.html", day: backfilled).path), backfilled)
        }
        let folder = workspace.reportFile("", day: "2026-06-16")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let before = try names.map { try Data(contentsOf: folder.appendingPathComponent($0)) }
        try workspace.run(["report", "--date", "2026-06-16"])
        for (name, data) in zip(names, before) {
            XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent(name)), data, "\(name) changed on regeneration")
        }
        let latest = try FileManager.default.destinationOfSymbolicLink(atPath: workspace.directory.appendingPathComponent("reports/latest").path)
        XCTAssertEqual(latest, day)
    }

    func testReportOfADayPastRetentionGivesTheSameTrendsFromKeptDailyAggregates() throws {
        let workspace = try ReportWorkspace(privacy: ["retention_days": 30])
        defer { workspace.remove() }
        try workspace.run(["run", "--date", day, "--no-alerts"])
        let before = try ["trends.csv", "trends.json"].map { try Data(contentsOf: workspace.reportFile($0)) }

        // 45 days later every generated post (the month up to the report day) is past retention.
        let later = try workspace.run(["run", "--date", "2026-08-01", "--no-alerts"])
        XCTAssertTrue(later.stdout.contains("retention: ") || later.stderr.contains("retention: "), later.stdout + later.stderr)
        try workspace.run(["report", "--date", day])
        let summary = try workspace.json("summary.json")
        let substituted = summary["days_from_aggregates"] as? [String] ?? []
        XCTAssertTrue(substituted.contains(day), "the day itself now comes from its kept counts: \(substituted)")
        XCTAssertGreaterThanOrEqual(substituted.count, 29, "and so do its 28 baseline days")
        let after = try ["trends.csv", "trends.json"].map { try Data(contentsOf: workspace.reportFile($0)) }
        XCTAssertEqual(after[0], before[0], "trends.csv (counts, baselines, spike tests) is unchanged")
        XCTAssertEqual(after[1], before[1], "trends.json is unchanged")
        XCTAssertEqual((summary["questions"] as? [Any])?.count, 0, "questions need posts")
        XCTAssertEqual(try workspace.json("escalations.json")["escalations"] as? [String], [], "escalations need posts")
    }

    func testBackfillRejectsAReversedRange() throws {
        let workspace = try ReportWorkspace()
        defer { workspace.remove() }
        let result = try MonitorProcess.run(["run", "--config", workspace.config.path, "--since", day, "--until", "2026-06-01"])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains("--since"), result.stderr)
    }
}
