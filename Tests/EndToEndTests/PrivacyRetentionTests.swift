import Foundation
import XCTest

/// `privacy.retention_days`, counted back from the run's report date (not the wall clock).
final class PrivacyRetentionTests: XCTestCase {
    func testRetentionCountsFromTheReportDateAndDeletesOnlyWholeOlderDays() throws {
        let workspace = try PrivacyWorkspace(retentionDays: 1)
        defer { workspace.scratch.remove() }
        try workspace.monitor(["init"])
        let run = try workspace.monitor(["run", "--date", PrivacyWorkspace.day, "--no-alerts"])
        // Report date 2026-11-22, one day kept: posts before 2026-11-21 00:00 Berlin go (one post
        // of 20 Nov; the 20 Nov reply at 11:40 too). Fetching them again does not store them again.
        XCTAssertTrue(run.stdout.contains("posts: 8 new"), run.stdout)
        XCTAssertEqual(try workspace.query("SELECT count(*) FROM posts WHERE published < CAST(strftime('%s', '2026-11-20T23:00:00Z') AS INTEGER)"), "0")
        XCTAssertEqual(try workspace.query("SELECT count(*) FROM posts"), "8")
    }

    func testExpiredPostsGoButTheirDailyCountsAndReportsStayWithoutText() throws {
        let workspace = try PrivacyWorkspace(retentionDays: 90)
        defer { workspace.scratch.remove() }
        try workspace.monitor(["init"])
        try workspace.monitor(["run", "--date", PrivacyWorkspace.day])
        let oldFolder = workspace.directory.appendingPathComponent("reports/\(PrivacyWorkspace.day)")
        let oldSummary = try String(contentsOf: oldFolder.appendingPathComponent("summary.json"), encoding: .utf8)
        XCTAssertNotNil(oldSummary.range(of: "a_[a-z2-7]{16}", options: .regularExpression), "the fresh report names authors")

        // 100 days later every fixture post is past retention.
        let later = try workspace.monitor(["run", "--date", "2027-03-02"])
        XCTAssertTrue(later.stdout.contains("retention: 10 posts published before 2026-12-02 deleted (daily counts kept for 3 days)"), later.stdout)
        XCTAssertTrue(later.stdout.contains("retention: 1 report folder before 2026-12-02 rewritten from the kept counts"), later.stdout)
        XCTAssertTrue(later.stdout.contains("retention: 1 outbox mail before 2026-12-02 removed"), later.stdout)
        XCTAssertEqual(try workspace.query("SELECT count(*) FROM posts"), "0")
        XCTAssertEqual(try workspace.query("SELECT count(DISTINCT day) FROM daily_aggregates WHERE day <= '2026-11-22'"), "3")

        // The old report still has its counts, but no pseudonyms or excerpts any more.
        for name in try FileManager.default.contentsOfDirectory(atPath: oldFolder.path) {
            let text = try String(contentsOf: oldFolder.appendingPathComponent(name), encoding: .utf8)
            XCTAssertNil(text.range(of: "a_[a-z2-7]{16}", options: .regularExpression), "\(name) still names an author")
            XCTAssertFalse(text.contains(PrivacyLeakTests.forgottenSentences[0]), "\(name) still quotes a post")
        }
        try workspace.monitor(["report", "--date", PrivacyWorkspace.day])
        let trends = try String(contentsOf: oldFolder.appendingPathComponent("trends.csv"), encoding: .utf8)
        XCTAssertTrue(trends.contains("leak-rss"), trends)
        // Deleted text is overwritten (secure_delete) and the WAL emptied by the run's checkpoint.
        XCTAssertEqual(try workspace.hits(of: PrivacyLeakTests.forgottenSentences, logs: []), [])

        // A later night does not rewrite the same folder again.
        let next = try workspace.monitor(["run", "--date", "2027-03-03", "--no-alerts"])
        XCTAssertFalse(next.stdout.contains("report folder"), next.stdout)
    }
}
