import Foundation
import XCTest

@testable import Pipeline

final class AggregationResponseTimeTests: XCTestCase {
    private func report(_ posts: [StoredPost], factory: ReportPostFactory, slaHours: Double = 24) -> DailyReport {
        ReportBuilder().build(
            ReportInput(day: factory.day, timeZone: factory.timeZone, posts: posts,
                        sources: [ReportSource(name: "community", owned: true, slaHours: slaHours),
                                  ReportSource(name: "forum", owned: false)], topics: []))
    }

    func testMedianPercentileAndShareWithinSLAOfWaitsStartedThatDay() throws {
        var factory = ReportPostFactory()
        var posts: [StoredPost] = []
        // Five threads started on day−2 at 08:00, answered after 1, 2, 3, 10 and 30 hours.
        for (index, hours) in [1.0, 2, 3, 10, 30].enumerated() {
            posts.append(factory.post(thread: "t\(index)", offset: -2, hour: 8, owned: true))
            posts.append(factory.post(thread: "t\(index)", offset: -2, hour: 8.5, owned: true))  // same wait
            posts.append(factory.post(thread: "t\(index)", offset: -2, hour: 8 + hours, isStaff: true, owned: true))
        }
        let rows = report(posts, factory: factory).responseTimes
        let row = try XCTUnwrap(rows.first { $0.day == factory.day.adding(days: -2) && $0.source == "community" })
        XCTAssertEqual(row.waits, 5, "follow-ups during a wait do not start their own")
        XCTAssertEqual(row.answered, 5)
        XCTAssertEqual(row.medianHours, 3)
        XCTAssertEqual(row.p90Hours, 30, "nearest rank: ceil(0.9 × 5) = 5th value")
        XCTAssertEqual(row.answeredWithinSLA, 4)
        XCTAssertEqual(row.withinSLAShare, 0.8)
        XCTAssertEqual(rows.first { $0.day == row.day && $0.source == "(all)" }?.waits, 5)
    }

    func testUnansweredWaitsAreOpenWithinTheSLAAndOverdueAfterIt() throws {
        var factory = ReportPostFactory()
        let posts = [
            factory.post(thread: "old", offset: -3, hour: 9, owned: true),
            factory.post(thread: "new", offset: 0, hour: 20, owned: true),
            // A staff reply after the report day does not count: re-runs give the same rows.
            factory.post(thread: "new", offset: 1, hour: 9, isStaff: true, owned: true),
            factory.post(source: "forum", thread: "ext", offset: 0, hour: 9),
        ]
        let rows = report(posts, factory: factory).responseTimes
        let today = try XCTUnwrap(rows.first { $0.day == factory.day && $0.source == "community" })
        XCTAssertEqual([today.waits, today.answered, today.open, today.overdue], [1, 0, 1, 0])
        XCTAssertNil(today.withinSLAShare, "nothing decided yet")
        let old = try XCTUnwrap(rows.first { $0.day == factory.day.adding(days: -3) && $0.source == "community" })
        XCTAssertEqual([old.overdue, old.answeredWithinSLA], [1, 0])
        XCTAssertEqual(old.withinSLAShare, 0)
        XCTAssertFalse(rows.contains { $0.source == "forum" }, "only owned sources")
        XCTAssertEqual(Set(rows.map(\.day)).count, 14)
    }
}
