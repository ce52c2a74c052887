import Foundation
import XCTest

@testable import Pipeline

/// A sender that keeps what it was given, or refuses like a server that is down.
final class RecordingAlertSender: AlertSending, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [MailMessage] = []
    private var refusing = false
    private var acceptingThenFailing = false

    var destination: String { "recording" }

    var messages: [MailMessage] { lock.withLock { stored } }

    func refuse(_ on: Bool) { lock.withLock { refusing = on } }

    /// The server takes the mail but the answer never arrives (a crash or a cut connection).
    func acceptThenFail(_ on: Bool) { lock.withLock { acceptingThenFailing = on } }

    func send(_ message: MailMessage) throws {
        try lock.withLock {
            if refusing { throw AlertTestRefusal() }
            stored.append(message)
            if acceptingThenFailing { throw AlertTestRefusal() }
        }
    }
}

struct AlertTestRefusal: Error, CustomStringConvertible {
    var description: String { "server unreachable (test)" }
}

enum AlertFixtures {
    static let day = ReportDay(year: 2026, month: 11, day: 22)
    static let zone = TimeZone(identifier: "Europe/Berlin")!
    static var dayStart: Date { day.start(in: zone) }
    /// 06:15 the next morning, when cron runs.
    static var runTime: Date { day.end(in: zone).addingTimeInterval(6.25 * 3600) }

    static func escalation(_ thread: String = "4711", level: Escalation.Level = .watch, topics: [String] = ["billing_and_prices"]) -> AlertItem {
        AlertItem(
            kind: .escalation, key: "escalation:community:\(thread)",
            severity: (level == .escalate ? AlertItem.Severity.high : .medium).rawValue, levelName: level.rawValue,
            headline: "Doppelte Abbuchung – Ärger \(thread)", reasons: ["3 negative"], topics: topics, source: "community",
            excerpt: "Ich gehe zur Verbraucherzentrale!", threadTitle: "Doppelte Abbuchung – Ärger \(thread)",
            threadURL: "https://community.example/t/\(thread)", day: day)
    }

    static func question(_ post: String, overdueSince: Date) -> AlertItem {
        AlertItem(
            kind: .question, key: "question:community:\(post)", severity: AlertItem.Severity.low.rawValue, levelName: "overdue",
            headline: "Frage \(post)", reasons: ["keine Antwort"], topics: [], source: "community", day: day,
            since: overdueSince)
    }

    static func store(_ test: XCTestCase) throws -> SQLitePostStore {
        let folder = try makeTemporaryDirectory(test)
        return try SQLitePostStore(url: folder.appendingPathComponent("alerts.sqlite"))
    }

    static func delivery(
        _ store: SQLitePostStore, _ sender: RecordingAlertSender, settings: AlertSettings = settings()
    ) -> AlertDelivery {
        AlertDelivery(ledger: store, sender: sender, settings: settings, log: { _ in })
    }

    static func settings(routes: [AlertRoute] = [], dailyDigest: Bool = false) -> AlertSettings {
        AlertSettings(
            smtp: SMTPSettings(url: URL(string: "smtp://127.0.0.1:2525")!, from: "Monitor <monitor@example.com>",
                               to: ["team@example.com"], security: .none),
            language: .de, cooldownHours: 72, dailyDigest: dailyDigest, routes: routes)
    }
}
