import Foundation
import XCTest

@testable import Pipeline

final class AlertDeliveryTests: XCTestCase {
    private let day = AlertFixtures.day
    private let now = AlertFixtures.runTime

    private func deliver(
        _ delivery: AlertDelivery, _ items: [AlertItem], day: ReportDay? = nil, hoursLater: Double = 0,
        quality: DataQuality? = nil
    ) throws -> AlertDeliveryResult {
        let day = day ?? self.day
        return try delivery.deliver(
            items: items, day: day, dayStart: day.start(in: AlertFixtures.zone), dataQuality: quality,
            now: now.addingTimeInterval(hoursLater * 3600))
    }

    func testTheSameItemsOnTheNextRunSendNothing() throws {
        let store = try AlertFixtures.store(self)
        let sender = RecordingAlertSender()
        let delivery = AlertFixtures.delivery(store, sender)
        XCTAssertEqual(try deliver(delivery, [AlertFixtures.escalation()]).mailsSent, 1)
        XCTAssertEqual(try deliver(delivery, [AlertFixtures.escalation()], hoursLater: 24).mailsSent, 0)
        XCTAssertEqual(sender.messages.count, 1)
    }

    func testAWorseningThreadIsSentAgainAndThreadsUnderTheFirstMail() throws {
        let store = try AlertFixtures.store(self)
        let sender = RecordingAlertSender()
        let delivery = AlertFixtures.delivery(store, sender)
        _ = try deliver(delivery, [AlertFixtures.escalation(level: .watch)])
        XCTAssertEqual(try deliver(delivery, [AlertFixtures.escalation(level: .escalate)], hoursLater: 2).mailsSent, 1)
        let (first, followUp) = (sender.messages[0], sender.messages[1])
        XCTAssertEqual(followUp.references, [first.messageID])
        XCTAssertNotEqual(followUp.messageID, first.messageID)
        XCTAssertTrue(String(decoding: followUp.rendered(), as: UTF8.self).contains("In-Reply-To: <\(first.messageID)>"))
    }

    func testARefusedDeliveryKeepsTheItemsAndTheNextRunSendsThemFromTheLedger() throws {
        let store = try AlertFixtures.store(self)
        let sender = RecordingAlertSender()
        let delivery = AlertFixtures.delivery(store, sender)
        sender.refuse(true)
        let failed = try deliver(delivery, [AlertFixtures.escalation()])
        XCTAssertEqual(failed.mailsSent, 0)
        XCTAssertEqual(failed.failures.count, 1)
        XCTAssertTrue(failed.failures[0].contains("server unreachable"), failed.failures[0])
        XCTAssertEqual(try store.alertRecord(for: AlertFixtures.escalation().key)?.status, .pending)

        // The next day's report no longer has the thread: the ledger still does.
        sender.refuse(false)
        let next = try deliver(delivery, [], day: day.adding(days: 1), hoursLater: 24)
        XCTAssertEqual(next.mailsSent, 1)
        let text = sender.messages[0].plainText
        XCTAssertTrue(text.contains("Doppelte Abbuchung – Ärger 4711"), text)
        XCTAssertTrue(text.contains("Ich gehe zur Verbraucherzentrale!"), text)
        XCTAssertTrue(text.contains("https://community.example/t/4711"), text)
        XCTAssertTrue(text.contains("nachgereicht aus dem Lauf für 2026-11-22"), text)
        XCTAssertEqual(try store.alertRecord(for: AlertFixtures.escalation().key)?.status, .sent)
    }

    func testALostAnswerAfterSendingGivesOneDuplicateWithTheSameMessageID() throws {
        let store = try AlertFixtures.store(self)
        let sender = RecordingAlertSender()
        let delivery = AlertFixtures.delivery(store, sender)
        sender.acceptThenFail(true)
        XCTAssertEqual(try deliver(delivery, [AlertFixtures.escalation()]).failures.count, 1)
        sender.acceptThenFail(false)
        XCTAssertEqual(try deliver(delivery, [AlertFixtures.escalation()], hoursLater: 1).mailsSent, 1)
        XCTAssertEqual(try deliver(delivery, [AlertFixtures.escalation()], hoursLater: 2).mailsSent, 0)
        XCTAssertEqual(sender.messages.count, 2, "one duplicate")
        XCTAssertEqual(sender.messages[0].messageID, sender.messages[1].messageID, "recognisable as the same mail")
    }

    func testTheFirstRunOnANewStoreAlertsOnlyForTheReportDate() throws {
        let store = try AlertFixtures.store(self)
        let sender = RecordingAlertSender()
        let delivery = AlertFixtures.delivery(store, sender)
        let old = AlertFixtures.question("old", overdueSince: AlertFixtures.dayStart.addingTimeInterval(-6 * 86_400))
        let fresh = AlertFixtures.question("fresh", overdueSince: AlertFixtures.dayStart.addingTimeInterval(8 * 3600))
        XCTAssertEqual(try deliver(delivery, [old, fresh, AlertFixtures.escalation()]).mailsSent, 1)
        XCTAssertEqual(sender.messages[0].subject, "[monitor] 1 Thread zu beobachten, 1 offene Frage – 2026-11-22")
        XCTAssertEqual(try store.alertRecord(for: old.key)?.status, .baseline)
        // The old question is still overdue the next day: known, so no flood on day two either.
        XCTAssertEqual(try deliver(delivery, [old, fresh], day: day.adding(days: 1), hoursLater: 24).mailsSent, 0)
    }

    func testRoutesGiveOneDigestPerRecipientSet() throws {
        let store = try AlertFixtures.store(self)
        let sender = RecordingAlertSender()
        let routes = [
            AlertRoute(to: ["Billing <billing@example.com>"], topics: ["billing_and_prices"]),
            AlertRoute(to: ["lead@example.com", "team@example.com"], minSeverity: .high),
        ]
        let delivery = AlertFixtures.delivery(store, sender, settings: AlertFixtures.settings(routes: routes))
        let items = [
            AlertFixtures.escalation("1", level: .watch, topics: ["billing_and_prices"]),
            AlertFixtures.escalation("2", level: .escalate, topics: ["network"]),
            AlertFixtures.question("q", overdueSince: AlertFixtures.dayStart),
        ]
        XCTAssertEqual(try deliver(delivery, items, quality: DataQuality(sourcesOK: 1, failedSources: [], silentSources: [], postsNew: 3)).mailsSent, 3)
        let byRecipients = Dictionary(uniqueKeysWithValues: sender.messages.map { ($0.to.map(\.address).sorted().joined(separator: ","), $0) })
        XCTAssertEqual(Set(byRecipients.keys), ["billing@example.com", "lead@example.com,team@example.com", "team@example.com"])
        let billing = try XCTUnwrap(byRecipients["billing@example.com"])
        XCTAssertTrue(billing.plainText.contains("Ärger 1"))
        XCTAssertEqual(billing.to.first?.name, "Billing")
        XCTAssertTrue(try XCTUnwrap(byRecipients["lead@example.com,team@example.com"]).plainText.contains("Ärger 2"))
        XCTAssertTrue(try XCTUnwrap(byRecipients["team@example.com"]).plainText.contains("Frage q"))
        XCTAssertFalse(billing.plainText.contains("Datenlage"), "the data-quality block goes to the default recipients only")
        XCTAssertEqual(Set(sender.messages.map(\.messageID)).count, 3)
    }

    func testTheDailyDigestSaysTheRunHappenedWhenNothingIsNew() throws {
        let store = try AlertFixtures.store(self)
        let sender = RecordingAlertSender()
        let delivery = AlertFixtures.delivery(store, sender, settings: AlertFixtures.settings(dailyDigest: true))
        let quality = DataQuality(sourcesOK: 5, failedSources: ["blog"], silentSources: [], postsNew: 42)
        XCTAssertEqual(try deliver(delivery, [], quality: quality).mailsSent, 1)
        let message = sender.messages[0]
        XCTAssertEqual(message.subject, "[monitor] keine neuen Meldungen – 2026-11-22")
        XCTAssertTrue(message.plainText.contains("Quellen ok: 5"), message.plainText)
        XCTAssertTrue(message.plainText.contains("Quellen fehlgeschlagen: 1 (blog)"), message.plainText)
        XCTAssertTrue(message.plainText.contains("Neue Beiträge: 42"), message.plainText)
        XCTAssertTrue(message.html.contains("Quellen fehlgeschlagen: 1 (blog)"))
        XCTAssertEqual(try deliver(delivery, [], quality: quality).mailsSent, 0, "once per report date")
    }

    func testWithoutDailyDigestNothingNewSendsNothing() throws {
        let store = try AlertFixtures.store(self)
        let sender = RecordingAlertSender()
        XCTAssertEqual(try deliver(AlertFixtures.delivery(store, sender), []).mailsSent, 0)
        XCTAssertTrue(sender.messages.isEmpty)
    }
}
