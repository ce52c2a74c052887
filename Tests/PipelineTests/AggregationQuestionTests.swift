import Foundation
import Sentiment
import XCTest

@testable import Pipeline

final class AggregationQuestionTests: XCTestCase {
    func testUnansweredQuestionsInOwnedSourcesAreListedWithAgeAtTheEndOfTheDay() throws {
        let report = ReportBuilder().build(ReportScenario.full())
        XCTAssertEqual(report.questions.map(\.threadID), ["q-overdue", "q-open", "q-late"])
        let overdue = try XCTUnwrap(report.questions.first { $0.threadID == "q-overdue" })
        XCTAssertEqual(overdue.status, .overdue)
        XCTAssertEqual(overdue.ageHours, 3 * 24 + 15)
        XCTAssertEqual(overdue.source, "community")
        XCTAssertEqual(overdue.threadURL, "https://forum.example.de/t/q-overdue")
        XCTAssertEqual(overdue.excerpt, "Wie kündige ich meinen Vertrag?")
        let open = try XCTUnwrap(report.questions.first { $0.threadID == "q-open" })
        XCTAssertEqual(open.status, .open)
        XCTAssertEqual(open.ageHours, 4)
        XCTAssertEqual(report.totals.unansweredQuestions, 2)
        XCTAssertEqual(report.totals.overdueQuestions, 1)
    }

    func testQuestionAnsweredByStaffWithinTheSLAIsNotListed() {
        let report = ReportBuilder().build(ReportScenario.full())
        XCTAssertFalse(report.questions.contains { $0.threadID == "q-answered" })
    }

    func testStaffAnswerAfterTheSLAIsListedAsAnsweredLate() throws {
        let report = ReportBuilder().build(ReportScenario.full())
        let late = try XCTUnwrap(report.questions.first { $0.threadID == "q-late" })
        XCTAssertEqual(late.status, .answeredLate)
        XCTAssertEqual(late.answeredAfterHours, 38)
    }

    func testQuestionsFromStaffExternalSourcesOrOlderThanFourteenDaysAreNotListed() {
        let threads = Set(ReportBuilder().build(ReportScenario.full()).questions.map(\.threadID))
        XCTAssertFalse(threads.contains("q-external"))
        XCTAssertFalse(threads.contains("q-old"))
        XCTAssertFalse(threads.contains("q-staff"))
    }

    func testStaffReplyAfterTheReportDayDoesNotCount() {
        var factory = ReportPostFactory()
        let posts = [
            factory.post(thread: "q", offset: -2, hour: 9, isQuestion: true, owned: true),
            factory.post(thread: "q", offset: 1, hour: 1, isStaff: true, owned: true),
        ]
        let report = ReportBuilder().build(
            ReportInput(
                day: factory.day, timeZone: factory.timeZone, posts: posts,
                sources: [ReportSource(name: "community", owned: true)], topics: []))
        XCTAssertEqual(report.questions.map(\.status), [.overdue])
    }

    func testSLAComesFromTheSourceConfiguration() {
        var factory = ReportPostFactory()
        let posts = [
            factory.post(thread: "q", offset: -1, hour: 9, isQuestion: true, owned: true),
            factory.post(thread: "q", offset: 0, hour: 9, isStaff: true, owned: true),  // 24 h later
        ]
        func questions(slaHours: Double) -> [UnansweredQuestion] {
            ReportBuilder().build(
                ReportInput(
                    day: factory.day, timeZone: factory.timeZone, posts: posts,
                    sources: [ReportSource(name: "community", owned: true, slaHours: slaHours)], topics: [])
            ).questions
        }
        XCTAssertEqual(questions(slaHours: 24).count, 0)
        XCTAssertEqual(questions(slaHours: 8).map(\.status), [.answeredLate])
    }
}
