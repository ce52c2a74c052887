import Foundation
import Sentiment
import XCTest

@testable import Pipeline

final class AggregationEscalationTests: XCTestCase {
    func testEscalatingThreadIsEscalatedWithReadableReasons() throws {
        let report = ReportBuilder().build(ReportScenario.full())
        let thread = try XCTUnwrap(report.escalations.first { $0.threadID == "t-esc" })
        XCTAssertEqual(thread.level, .escalate)
        XCTAssertEqual(thread.postsLast24h, 12)
        XCTAssertEqual(thread.postsBefore, 1)
        XCTAssertEqual(thread.distinctAuthors, 8)
        XCTAssertEqual(thread.negativePosts, 9)
        XCTAssertEqual(thread.markers, ["verbraucherzentrale"])
        XCTAssertFalse(thread.answeredByStaff)
        XCTAssertEqual(thread.threadTitle, "App löscht Rechnungen <b>seit Update</b>")
        XCTAssertEqual(thread.threadURL, "https://forum.example.de/t/t-esc")
        XCTAssertEqual(
            thread.reasons,
            ["12 posts in 24 h (1 in the 7 days before)", "9 negative", "8 authors", "mentions 'verbraucherzentrale'",
             "no answer from staff for 62 h"])
        XCTAssertEqual(report.escalations.first?.threadID, "t-esc", "most severe first")
    }

    func testStrongestNegativePostIsTheExcerpt() throws {
        let report = ReportBuilder().build(ReportScenario.full())
        let thread = try XCTUnwrap(report.escalations.first { $0.threadID == "t-esc" })
        XCTAssertEqual(thread.strongestNegativeScore, -0.38)
        XCTAssertEqual(thread.strongestNegativeExcerpt?.hasPrefix("Unverschämt!"), true)
    }

    func testBusyThreadWithNeutralToneAndNoMarkersIsNotListed() {
        let report = ReportBuilder().build(ReportScenario.full())
        XCTAssertFalse(report.escalations.contains { $0.threadID == "t-busy" })
        let assessed = EscalationScorer().assess(
            busyThread(), key: ThreadKey(source: "forum", threadID: "t-busy"), owned: false, slaHours: 24,
            calendar: calendar())
        XCTAssertNil(assessed)
    }

    func testOneNegativePostWithAMarkerReachesWatchButTwoNegativePostsAloneDoNot() {
        var factory = ReportPostFactory()
        let withMarker = [factory.post(thread: "t1", label: .negative, markers: ["anwalt"])]
        let plain = [
            factory.post(thread: "t2", label: .negative, author: "a_x"),
            factory.post(thread: "t2", label: .negative, author: "a_y"),
        ]
        let report = ReportBuilder().build(
            ReportInput(day: factory.day, timeZone: factory.timeZone, posts: withMarker + plain, sources: [], topics: []))
        XCTAssertEqual(report.escalations.map(\.threadID), ["t1"])
        XCTAssertEqual(report.escalations.first?.level, .watch)
        XCTAssertEqual(report.escalations.first?.reasons.first, "1 post in 24 h", "one post, not '1 posts'")
    }

    func testStaffAnswerIsReportedWithHoursSinceAndNoWaitingTime() throws {
        var factory = ReportPostFactory()
        var posts = (0..<4).map { index in
            factory.post(thread: "t", label: .negative, author: "a_\(index)", hour: 2 + Double(index), markers: ["kündigung"],
                         owned: true)
        }
        posts.append(factory.post(thread: "t", label: .neutral, author: "a_staff", hour: 18, isStaff: true, owned: true))
        let report = ReportBuilder().build(
            ReportInput(
                day: factory.day, timeZone: factory.timeZone, posts: posts,
                sources: [ReportSource(name: "community", owned: true)], topics: []))
        let thread = try XCTUnwrap(report.escalations.first)
        XCTAssertTrue(thread.answeredByStaff)
        XCTAssertEqual(thread.hoursSinceStaffAnswer, 6)
        XCTAssertNil(thread.hoursWithoutStaffAnswer)
        XCTAssertEqual(thread.postsLast24h, 4, "staff posts are answers, not velocity")
        XCTAssertTrue(thread.reasons.contains("staff answered 6 h ago"))
    }

    func testExcerptIsCollapsedAndCutAt280Characters() {
        let long = String(repeating: "Wort ", count: 100) + "\n\nEnde"
        let excerpt = ReportText.excerpt(long)
        XCTAssertLessThanOrEqual(excerpt.count, 280)
        XCTAssertTrue(excerpt.hasSuffix("…"))
        XCTAssertFalse(excerpt.contains("\n"))
        XCTAssertEqual(ReportText.excerpt("kurz\n und  gut"), "kurz und gut")
    }

    private func calendar() -> ReportCalendar {
        let factory = ReportPostFactory()
        return ReportCalendar(day: factory.day, timeZone: factory.timeZone, daysBack: 28)
    }

    private func busyThread() -> [StoredPost] {
        var factory = ReportPostFactory()
        return ReportScenario.busyNeutralThread(&factory)
    }
}
