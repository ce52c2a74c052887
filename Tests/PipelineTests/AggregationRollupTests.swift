import Foundation
import XCTest

@testable import Pipeline

final class AggregationRollupTests: XCTestCase {
    func testISOWeekLabelsUseTheYearOfTheWeeksThursday() {
        XCTAssertEqual(RollupAggregator.isoWeekLabel(ReportDay("2026-11-16")!), "2026-W47")
        XCTAssertEqual(RollupAggregator.isoWeekLabel(ReportDay("2026-12-28")!), "2026-W53")
        XCTAssertEqual(RollupAggregator.isoWeekLabel(ReportDay("2024-12-30")!), "2025-W01")
        XCTAssertEqual(RollupAggregator.isoWeekLabel(ReportDay("2021-01-04")!), "2021-W01")
    }

    func testWindowsAreEightWeeksAndThreeMonthsEndingWithTheReportDay() {
        let day = ReportDay("2026-11-22")!  // a Sunday: its week is complete, its month is not
        let weeks = RollupAggregator.periods(.week, for: day)
        XCTAssertEqual(weeks.count, 8)
        XCTAssertEqual(weeks.first?.firstDay.description, "2026-09-28")
        XCTAssertEqual(weeks.last?.label, "2026-W47")
        XCTAssertEqual(weeks.last?.complete, true)
        let months = RollupAggregator.periods(.month, for: ReportDay("2026-01-15")!)
        XCTAssertEqual(months.map(\.label), ["2025-11", "2025-12", "2026-01"])
        XCTAssertEqual(months.last?.lastDay.description, "2026-01-15")
        XCTAssertEqual(months.last?.complete, false)
        XCTAssertEqual(months.first?.days, 30)
        XCTAssertEqual(ReportInput.firstDay(for: day).description, "2026-09-01")
    }

    func testWeeklyRowsSumCustomerPostsAndCompareDailyMeans() throws {
        var factory = ReportPostFactory(day: ReportDay("2026-11-18")!)  // Wednesday of W47
        var posts = factory.background(topics: ["app"], perDay: 2, labels: [.positive, .negative], fromOffset: -9, toOffset: -3)
        posts += factory.background(topics: ["app"], perDay: 4, labels: [.positive], fromOffset: -2, toOffset: 0)
        posts.append(factory.post(source: "forum", topics: ["app"], isStaff: true))
        let report = ReportBuilder().build(
            ReportInput(day: factory.day, timeZone: factory.timeZone, posts: posts,
                        sources: [ReportSource(name: "forum", owned: false)], topics: ["app"]))
        let current = try XCTUnwrap(report.weeklyRollups.first { $0.label == "2026-W47" && $0.scope == .overall })
        XCTAssertEqual([current.days, current.volume, current.positive], [3, 12, 12])
        XCTAssertFalse(current.complete)
        XCTAssertEqual(current.dailyMean, 4)
        XCTAssertEqual(current.distinctAuthors, 12)
        let previous = try XCTUnwrap(report.weeklyRollups.first { $0.label == "2026-W46" && $0.scope == .overall })
        XCTAssertEqual(previous.volume, 14, "Mon 9th … Sun 15th are day−9 … day−3: 7 days × 2")
        XCTAssertEqual(previous.netSentiment, 0)
        XCTAssertEqual(current.changeVsPrevious, 1, "4 a day against 2 a day")
        XCTAssertTrue(report.weeklyRollups.contains { $0.scope == .detail && $0.topic == "app" })
        XCTAssertEqual(Set(report.monthlyRollups.map(\.label)), ["2026-09", "2026-10", "2026-11"])
    }

    /// Posts of the first 20 days are gone; their kept aggregates must give the same trend
    /// numbers as the posts did.
    func testKeptAggregatesStandInForDaysWithoutPosts() throws {
        var factory = ReportPostFactory()
        var posts = factory.background(topics: ["app"], perDay: 3, labels: [.positive, .neutral, .negative])
        posts += factory.background(topics: ["billing"], perDay: 1, labels: [.negative], fromOffset: -40, toOffset: 0)
        let input = ReportInput(day: factory.day, timeZone: factory.timeZone, posts: posts,
                                sources: [ReportSource(name: "forum", owned: false)], topics: ["app", "billing"])
        let full = ReportBuilder().build(input)
        var aggregates: [DailyAggregate] = []
        for offset in -60...(-20) {
            var dayInput = input
            dayInput.day = factory.day.adding(days: offset)
            aggregates += DailyAggregate.of(ReportBuilder().build(dayInput))
        }
        let cutoff = factory.date(offset: -19, hour: 0)
        var pruned = input
        pruned.posts = posts.filter { $0.published >= cutoff }
        pruned.aggregates = aggregates
        let rebuilt = ReportBuilder().build(pruned)
        XCTAssertEqual(rebuilt.trends, full.trends)
        XCTAssertEqual(rebuilt.topicSeries, full.topicSeries)
        XCTAssertEqual(rebuilt.daysFromAggregates.first, factory.day.adding(days: -40), "the first day with posts back then")
        XCTAssertEqual(rebuilt.daysFromAggregates.last, factory.day.adding(days: -20))
        let month = try XCTUnwrap(rebuilt.monthlyRollups.first { $0.label == "2024-04" && $0.scope == .overall })
        let fullMonth = try XCTUnwrap(full.monthlyRollups.first { $0.label == "2024-04" && $0.scope == .overall })
        XCTAssertEqual(month.volume, fullMonth.volume)
        XCTAssertNil(month.distinctAuthors, "daily author counts cannot be summed")

        // Without posts and aggregates the days are simply empty.
        pruned.aggregates = []
        XCTAssertNotEqual(ReportBuilder().build(pruned).trends, full.trends)
    }

    func testAggregatesOfADayWithStoredPostsAreIgnored() {
        var factory = ReportPostFactory()
        let posts = factory.background(topics: ["app"], perDay: 2, fromOffset: -3, toOffset: 0)
        let bogus = DailyAggregate(day: factory.day.adding(days: -1), scope: .overall, source: "(all)", topic: "(all)",
                                   language: "(all)", volume: 99, positive: 0, neutral: 99, negative: 0, unscored: 0,
                                   scoreSum: 0, distinctAuthors: 99)
        let report = ReportBuilder().build(
            ReportInput(day: factory.day, timeZone: factory.timeZone, posts: posts, sources: [], topics: ["app"], aggregates: [bogus]))
        XCTAssertEqual(report.topicSeries.first?.points.suffix(2).first?.volume, 2)
        XCTAssertEqual(report.daysFromAggregates, [])
    }
}
