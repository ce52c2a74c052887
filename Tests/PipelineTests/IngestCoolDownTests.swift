import Foundation
import XCTest

@testable import Pipeline

/// Sources that keep failing are skipped for a while, and say so.
final class IngestCoolDownTests: XCTestCase {
    private var harness: IngestHarness!
    private let hour: TimeInterval = 3_600

    override func setUpWithError() throws {
        harness = try IngestHarness(self)
    }

    override func tearDown() {
        harness = nil
    }

    private func gone(threshold: Int = 2) -> SourceConfiguration {
        harness.source("gone", "/410") { $0.coolDownAfterFailures = threshold }
    }

    private func requestsTo(_ path: String) throws -> Int {
        try harness.server.requests().filter { $0.path == path }.count
    }

    func testCoolDownStartsAtSixHoursAndDoublesUpToSevenDays() {
        let coolDown = SourceCoolDown(threshold: 3)
        XCTAssertNil(coolDown.period(afterFailures: 2))
        XCTAssertEqual(coolDown.period(afterFailures: 3), 6 * hour)
        XCTAssertEqual(coolDown.period(afterFailures: 4), 12 * hour)
        XCTAssertEqual(coolDown.period(afterFailures: 6), 48 * hour)
        XCTAssertEqual(coolDown.period(afterFailures: 8), 7 * 24 * hour, "192 h is capped at 7 days")
        XCTAssertEqual(coolDown.period(afterFailures: 500), 7 * 24 * hour)
        XCTAssertNil(SourceCoolDown(threshold: 0).period(afterFailures: 50), "0 turns cool-down off")
    }

    func testRepeatedFailuresSkipTheSourceAndTheSkipIsReported() throws {
        let start = IngestHarness.now
        _ = try harness.ingest([gone()], now: start)
        let second = try harness.ingest([gone()], now: start + hour)[0]
        XCTAssertNotNil(second.error)
        XCTAssertTrue(
            second.notices.contains { $0.hasPrefix("failed 2 runs in a row; cooling down, not fetched again before 2026-11-23 09:13 UTC") },
            "\(second.notices)")

        let skipped = try harness.ingest([gone()], now: start + 2 * hour)[0]
        XCTAssertEqual(skipped.coolingDownUntil, start + 7 * hour, "6 h after the last failure")
        XCTAssertNil(skipped.error)
        XCTAssertEqual(skipped.pages, 0)
        XCTAssertEqual(try requestsTo("/410"), 2, "a cooling source is not asked")
        let summary = RunSummary(day: ReportDay(year: 2026, month: 11, day: 22), sources: [skipped], alertsSent: 0)
        XCTAssertEqual(summary.lines.first, "sources: 0 ok, 0 failed, 1 skipped (cooling down)")
        XCTAssertTrue(
            summary.lines.contains(
                "source gone: skipped, cooling down after 2 failed runs until 2026-11-23 09:13 UTC (last error: \(harness.server.url("/410").absoluteString): HTTP 410 (gone: the feed was removed; delete or replace the source)); `monitor run --retry-failed` tries it now"),
            "\(summary.lines)")
        XCTAssertEqual(summary.exitCode, .success, "a skip is reported, not a new failure")
        XCTAssertTrue(harness.log.lines.contains("gone: skipped (cooling down)"))

        // After the period the source is tried again; a third failure doubles the rest.
        let retried = try harness.ingest([gone()], now: start + 7 * hour + 1)[0]
        XCTAssertNotNil(retried.error)
        XCTAssertEqual(try requestsTo("/410"), 3)
        let state = try harness.store.sourceState(named: "gone")
        XCTAssertEqual(state.consecutiveFailures, 3)
        XCTAssertEqual(SourceCoolDown(threshold: 2).skippedUntil(state, now: start + 8 * hour), start + 7 * hour + 1 + 12 * hour)
    }

    func testRetryFailedFetchesACoolingSource() throws {
        try harness.store.save(SourceState(name: "gone", lastFailure: IngestHarness.now - hour, lastError: "HTTP 410", consecutiveFailures: 5))
        XCTAssertNotNil(try harness.ingest([gone()])[0].coolingDownUntil)
        let retried = try harness.ingest([gone()], retryFailed: true)[0]
        XCTAssertNil(retried.coolingDownUntil)
        XCTAssertEqual(try requestsTo("/410"), 1)
        XCTAssertEqual(try harness.store.sourceState(named: "gone").consecutiveFailures, 6)
    }

    func testASuccessResetsTheFailureCounter() throws {
        try harness.store.save(SourceState(name: "feed", lastFailure: IngestHarness.now - 8 * 24 * hour, lastError: "timeout", consecutiveFailures: 9))
        let outcome = try harness.ingest([harness.source("feed", "/feed")])[0]
        XCTAssertNil(outcome.error)
        let state = try harness.store.sourceState(named: "feed")
        XCTAssertEqual(state.consecutiveFailures, 0)
        XCTAssertNil(state.lastError)
        XCTAssertEqual(state.lastSuccess, IngestHarness.now)
    }

    func testThresholdZeroNeverSkips() throws {
        try harness.store.save(SourceState(name: "gone", lastFailure: IngestHarness.now - hour, consecutiveFailures: 40))
        let outcome = try harness.ingest([gone(threshold: 0)])[0]
        XCTAssertNil(outcome.coolingDownUntil)
        XCTAssertNotNil(outcome.error)
    }
}

/// A permanent redirect is remembered and reported until the configuration follows it.
final class IngestPermanentRedirectTests: XCTestCase {
    private var harness: IngestHarness!

    override func setUpWithError() throws {
        harness = try IngestHarness(self)
    }

    override func tearDown() {
        harness = nil
    }

    func testAPermanentMoveIsReportedEveryRunUntilTheURLIsUpdated() throws {
        let moved = harness.source("blog", "/moved")
        let newURL = harness.server.url("/feed").absoluteString
        let expected = "source blog: moved permanently to \(newURL); update sources[1].url"
        for _ in 1...2 {
            let outcome = try harness.ingest([harness.source("other", "/gzip"), moved])[1]
            XCTAssertNil(outcome.error)
            XCTAssertEqual(outcome.movedTo, newURL)
            XCTAssertTrue(IngestHarness.summaryLines([outcome]).contains(expected), "\(IngestHarness.summaryLines([outcome]))")
            XCTAssertEqual(try harness.store.sourceState(named: "blog").movedTo, newURL)
        }
        let updated = try harness.ingest([harness.source("blog", "/feed")])[0]
        XCTAssertNil(updated.movedTo)
        XCTAssertTrue(updated.notices.isEmpty)
        XCTAssertNil(try harness.store.sourceState(named: "blog").movedTo)
    }

    func testAMoveIsStillReportedWhileTheSourceCoolsDown() throws {
        try harness.store.save(
            SourceState(name: "blog", lastFailure: IngestHarness.now, consecutiveFailures: 3, movedTo: "https://new.example/feed"))
        let outcome = try harness.ingest([harness.source("blog", "/moved")])[0]
        XCTAssertNotNil(outcome.coolingDownUntil)
        XCTAssertTrue(outcome.notices.contains("moved permanently to https://new.example/feed; update sources[0].url"))
    }

    func testATemporaryFirstHopIsNotAMove() throws {
        let outcome = try harness.ingest([harness.source("blog", "/temporary")])[0]
        XCTAssertNil(outcome.error)
        XCTAssertNil(outcome.movedTo)
        XCTAssertNil(try harness.store.sourceState(named: "blog").movedTo)
    }
}
