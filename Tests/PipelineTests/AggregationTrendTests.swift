import Foundation
import Sentiment
import XCTest

@testable import Pipeline

final class AggregationTrendTests: XCTestCase {
    func testVolumeSpikeOnOneTopicIsFlaggedAndQuietTopicIsNot() {
        let report = ReportBuilder().build(ReportScenario.full())
        let billing = report.trendRow(scope: .topic, topic: "billing")!
        XCTAssertEqual(billing.volume, 25)
        XCTAssertTrue(billing.isVolumeSpike)
        XCTAssertLessThan(billing.spikeProbability, 0.001)
        XCTAssertTrue(report.spikes.contains { $0.kind == .volume && $0.scope == .topic && $0.topic == "billing" })

        let quiet = report.trendRow(scope: .topic, topic: "quiet")!
        XCTAssertEqual(quiet.volume, 1)
        XCTAssertFalse(quiet.isVolumeSpike)
        XCTAssertFalse(quiet.isSentimentDrop)
        XCTAssertFalse(report.spikes.contains { $0.topic == "quiet" })
    }

    func testSentimentDropIsFlaggedWithoutVolumeSpike() {
        let report = ReportBuilder().build(ReportScenario.full())
        let delivery = report.trendRow(scope: .topic, topic: "delivery")!
        XCTAssertEqual(delivery.volume, 8)
        XCTAssertEqual(delivery.negative, 7)
        XCTAssertTrue(delivery.isSentimentDrop)
        XCTAssertFalse(delivery.isVolumeSpike)
        XCTAssertTrue(report.spikes.contains { $0.kind == .sentiment && $0.scope == .topic && $0.topic == "delivery" })
        XCTAssertFalse(report.spikes.contains { $0.kind == .volume && $0.topic == "delivery" })
    }

    func testEveryConfiguredSourceHasATrendRowEvenWithoutPosts() {
        let report = ReportBuilder().build(ReportScenario.full())
        for source in ReportScenario.sources {
            XCTAssertNotNil(report.trendRow(scope: .source, source: source.name), source.name)
        }
        XCTAssertEqual(report.trendRow(scope: .source, source: "news-feed")?.volume, 0)
        XCTAssertEqual(report.totals.silentSources, ["news-feed"])
        XCTAssertNil(report.trendRow(scope: .source, source: "news-feed")?.netSentiment)
    }

    func testStaffPostsAreLeftOutOfTrendsButCountedInTotals() {
        var factory = ReportPostFactory()
        let posts = [
            factory.post(topics: ["app"], label: .negative), factory.post(topics: ["app"], label: .positive, isStaff: true),
        ]
        let report = ReportBuilder().build(
            ReportInput(day: factory.day, timeZone: factory.timeZone, posts: posts, sources: [], topics: ["app"]))
        XCTAssertEqual(report.trendRow(scope: .topic, topic: "app")?.volume, 1)
        XCTAssertEqual(report.trendRow(scope: .topic, topic: "app")?.positive, 0)
        XCTAssertEqual(report.totals.customerPosts, 1)
        XCTAssertEqual(report.totals.staffPosts, 1)
    }

    func testPostWithTwoTopicsCountsOncePerTopicButOnceOverallAndNoTopicCountsAsNone() {
        var factory = ReportPostFactory()
        let posts = [factory.post(topics: ["app", "billing"]), factory.post(topics: [])]
        let report = ReportBuilder().build(
            ReportInput(day: factory.day, timeZone: factory.timeZone, posts: posts, sources: [], topics: []))
        XCTAssertEqual(report.trendRow(scope: .topic, topic: "app")?.volume, 1)
        XCTAssertEqual(report.trendRow(scope: .topic, topic: "billing")?.volume, 1)
        XCTAssertEqual(report.trendRow(scope: .topic, topic: TrendRow.noTopic)?.volume, 1)
        XCTAssertEqual(report.trendRow(scope: .overall)?.volume, 2)
        XCTAssertEqual(report.trendRow(scope: .source, source: "community")?.volume, 2)
        XCTAssertEqual(report.trendRow(scope: .detail, source: "community", topic: "app", language: "de")?.volume, 1)
    }

    func testBaselinesAreMeanDailyVolumeOfThePrevious7And28Days() {
        var factory = ReportPostFactory()
        var posts = factory.background(topics: ["app"], perDay: 1, fromOffset: -28, toOffset: -8)  // 21 posts
        posts += factory.background(topics: ["app"], perDay: 3, fromOffset: -7, toOffset: -1)  // 21 posts
        posts += factory.background(topics: ["app"], perDay: 9, fromOffset: -40, toOffset: -29)  // outside
        let report = ReportBuilder().build(
            ReportInput(day: factory.day, timeZone: factory.timeZone, posts: posts, sources: [], topics: ["app"]))
        let row = report.trendRow(scope: .topic, topic: "app")!
        XCTAssertEqual(row.volume, 0)
        XCTAssertEqual(row.baseline7d, 3)
        XCTAssertEqual(row.baseline28d, 1.5)
        XCTAssertEqual(row.changeVs7d, -1)
    }

    func testNetSentimentIsPositiveMinusNegativeOverAllPostsIncludingUnscored() {
        var factory = ReportPostFactory()
        let posts = [
            factory.post(label: .positive, score: 0.8), factory.post(label: .positive, score: 0.4),
            factory.post(label: .negative, score: -0.6), factory.post(label: .unscored, score: 0, language: .other),
        ]
        let report = ReportBuilder().build(
            ReportInput(day: factory.day, timeZone: factory.timeZone, posts: posts, sources: [], topics: []))
        let overall = report.trendRow(scope: .overall)!
        XCTAssertEqual(overall.netSentiment, 0.25)  // (2 − 1) / 4
        XCTAssertEqual(overall.meanScore, 0.2)  // (0.8 + 0.4 − 0.6) / 3 scored
        XCTAssertEqual(overall.unscored, 1)
    }

    func testPostsOnTheDSTChangeDayAreBucketedByLocalMidnight() {
        let day = ReportDay(year: 2024, month: 3, day: 31)  // 23 hours in Europe/Berlin
        var factory = ReportPostFactory(day: day)
        let posts = [
            factory.post(offset: 0, hour: 0.25), factory.post(offset: 0, hour: 22.9),
            factory.post(offset: -1, hour: 23.9), factory.post(offset: 1, hour: 0.1),
        ]
        let report = ReportBuilder().build(
            ReportInput(day: day, timeZone: factory.timeZone, posts: posts, sources: [], topics: []))
        XCTAssertEqual(report.trendRow(scope: .overall)?.volume, 2)
        XCTAssertEqual(report.dayEnd.timeIntervalSince(report.dayStart), 23 * 3600)
        XCTAssertEqual(report.topicSeries[0].points.suffix(2).map(\.volume), [1, 2])
    }

    func testTopicSeriesCoverTwentyEightDaysEndingWithTheReportDay() {
        let report = ReportBuilder().build(ReportScenario.full())
        XCTAssertEqual(report.topicSeries.map(\.topic), [TrendRow.all, "app", "billing", "delivery", "quiet", TrendRow.noTopic])
        for series in report.topicSeries {
            XCTAssertEqual(series.points.count, 28)
            XCTAssertEqual(series.points.first?.day, report.day.adding(days: -27))
            XCTAssertEqual(series.points.last?.day, report.day)
        }
        XCTAssertEqual(report.topicSeries.first { $0.topic == "billing" }?.points.last?.volume, 25)
    }

    func testInputOrderAndDuplicatePostsDoNotChangeTheReport() {
        let input = ReportScenario.full()
        var shuffled = input
        var generator = SeededGenerator(seed: 42)
        shuffled.posts = (input.posts + input.posts.prefix(10)).shuffled(using: &generator)
        XCTAssertEqual(ReportBuilder().build(input), ReportBuilder().build(shuffled))
    }

    func testRowsAreSortedOverallThenSourcesThenTopicsThenDetails() {
        let rows = ReportBuilder().build(ReportScenario.full()).trends
        XCTAssertEqual(rows.first?.scope, .overall)
        let scopes = rows.map(\.scope)
        XCTAssertEqual(scopes, scopes.sorted { order($0) < order($1) })
        let sourceNames = rows.filter { $0.scope == .source }.map(\.source)
        XCTAssertEqual(sourceNames, sourceNames.sorted())
    }

    private func order(_ scope: TrendRow.Scope) -> Int {
        [TrendRow.Scope.overall, .source, .topic, .detail].firstIndex(of: scope)!
    }
}

/// Deterministic shuffling for order-independence tests (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
