import Foundation
import XCTest

@testable import Pipeline

final class AlertPlannerTests: XCTestCase {
    private let planner = AlertPlanner(cooldownHours: 72)
    private let now = AlertFixtures.runTime

    private func record(_ item: AlertItem, status: AlertRecord.Status, hoursAgo: Double, first: String? = "m1@example.com") -> AlertRecord {
        AlertRecord(
            itemKey: item.key, severity: item.severity, status: status, messageID: "m1@example.com", firstMessageID: first,
            cooldownFrom: now.addingTimeInterval(-hoursAgo * 3600), updated: now, item: item)
    }

    private func decide(_ item: AlertItem, _ record: AlertRecord?, firstRun: Bool = false) -> AlertPlanner.Decision {
        planner.decision(for: item, record: record, isFirstRun: firstRun, dayStart: AlertFixtures.dayStart, now: now)
    }

    func testANewItemIsSent() {
        XCTAssertEqual(decide(AlertFixtures.escalation(), nil), .send)
    }

    func testAnItemAlertedWithinTheCooldownStaysQuiet() {
        let item = AlertFixtures.escalation()
        XCTAssertEqual(decide(item, record(item, status: .sent, hoursAgo: 24)), .quiet)
    }

    func testARisingLevelIsSentWithinTheCooldown() {
        let sent = record(AlertFixtures.escalation(level: .watch), status: .sent, hoursAgo: 1)
        XCTAssertEqual(decide(AlertFixtures.escalation(level: .escalate), sent), .send)
    }

    func testAFallingLevelStaysQuiet() {
        let sent = record(AlertFixtures.escalation(level: .escalate), status: .sent, hoursAgo: 1)
        XCTAssertEqual(decide(AlertFixtures.escalation(level: .watch), sent), .quiet)
    }

    func testAnItemStillThereAfterTheCooldownIsSentAgain() {
        let item = AlertFixtures.escalation()
        XCTAssertEqual(decide(item, record(item, status: .sent, hoursAgo: 73)), .send)
    }

    func testAPendingItemIsAlwaysSent() {
        let item = AlertFixtures.escalation()
        XCTAssertEqual(decide(item, record(item, status: .pending, hoursAgo: 1, first: nil)), .send)
    }

    func testTheFirstRunOnlyRecordsWhatBeganBeforeTheReportDate() {
        let old = AlertFixtures.question("1", overdueSince: AlertFixtures.dayStart.addingTimeInterval(-5 * 86_400))
        let today = AlertFixtures.question("2", overdueSince: AlertFixtures.dayStart.addingTimeInterval(3600))
        XCTAssertEqual(decide(old, nil, firstRun: true), .baseline)
        XCTAssertEqual(decide(today, nil, firstRun: true), .send)
        XCTAssertEqual(decide(AlertFixtures.escalation(), nil, firstRun: true), .send)
        XCTAssertEqual(decide(old, nil, firstRun: false), .send, "later runs catch up on what they missed")
    }

    func testPendingItemsOfEarlierRunsJoinEvenWhenTodaysReportLacksThem() {
        var yesterday = AlertFixtures.escalation("99")
        yesterday.day = AlertFixtures.day.adding(days: -1)
        let pending = record(yesterday, status: .pending, hoursAgo: 24, first: nil)
        let plan = planner.plan(
            items: [AlertFixtures.escalation("1")], records: [:], pending: [pending], isFirstRun: false,
            dayStart: AlertFixtures.dayStart, now: now)
        XCTAssertEqual(plan.due.map(\.key), ["escalation:community:1", "escalation:community:99"])
        XCTAssertEqual(plan.due[1].headline, yesterday.headline)
    }
}
