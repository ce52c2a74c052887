import Foundation
import XCTest

@testable import Pipeline

final class ReportDailyAggregateStoreTests: XCTestCase {
    func testAggregatesOfADayAreReplacedAndReadBackByRange() throws {
        let directory = try makeTemporaryDirectory(self)
        let store = try SQLitePostStore(url: directory.appendingPathComponent("store.sqlite"))
        let report = ReportBuilder().build(ReportScenario.full())
        let aggregates = DailyAggregate.of(report)
        XCTAssertFalse(aggregates.isEmpty)
        XCTAssertTrue(aggregates.allSatisfy { $0.volume > 0 })
        try store.replaceAggregates(of: report.day, with: aggregates)
        try store.replaceAggregates(of: report.day, with: aggregates)  // a re-run replaces, never adds
        let read = try store.aggregates(from: report.day.adding(days: -1), through: report.day)
        XCTAssertEqual(read.count, aggregates.count)
        XCTAssertEqual(Set(read.map { "\($0.scope)|\($0.source)|\($0.topic)|\($0.language)|\($0.volume)|\($0.distinctAuthors)" }),
                       Set(aggregates.map { "\($0.scope)|\($0.source)|\($0.topic)|\($0.language)|\($0.volume)|\($0.distinctAuthors)" }))
        XCTAssertEqual(try store.aggregates(from: report.day.adding(days: 1), through: report.day.adding(days: 5)), [])
    }

    func testAggregatesHoldCountsOnlyNoTextOrPseudonyms() throws {
        let directory = try makeTemporaryDirectory(self)
        let url = directory.appendingPathComponent("store.sqlite")
        let store = try SQLitePostStore(url: url)
        let report = ReportBuilder().build(ReportScenario.full())
        try store.replaceAggregates(of: report.day, with: DailyAggregate.of(report))
        let columns = try store.database.prepare("PRAGMA table_info(daily_aggregates)").query().compactMap { $0.string(1) }
        XCTAssertEqual(columns, [
            "day", "scope", "source", "topic", "language", "volume", "positive", "neutral", "negative", "unscored",
            "score_sum", "distinct_authors",
        ])
    }
}
