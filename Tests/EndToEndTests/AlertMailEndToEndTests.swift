import Foundation
import XCTest

/// The digest as the service team gets it: the built `monitor` binary, a real SMTP server on
/// loopback (aiosmtpd), and Python's `email` package reading what arrived.
final class AlertMailEndToEndTests: XCTestCase {
    private static let day = "2026-11-22"
    private static let title = "Doppelte Abbuchung – Ärger ohne Ende"

    /// One forum thread on the report day; `angry` replies make it escalate.
    private func writeFeed(_ url: URL, angryReplies: Int) throws {
        let replies = [
            ("kunde2", "10:15", "Absolute Abzocke, ich bin stinksauer und kündige sofort. Nie wieder Nordlicht!"),
            ("kunde3", "11:30", "Seit Tagen keine Antwort, schlechtester Service überhaupt, ich schalte einen Anwalt ein."),
            ("kunde4", "12:45", "Katastrophe. Geld weg, niemand hilft, ich melde das der Bundesnetzagentur."),
        ].prefix(angryReplies)
        var items = [item(id: "p1", author: "kunde1", time: "09:00", title: Self.title,
                          text: "Die doppelte Abbuchung ist eine Frechheit, ich gehe jetzt zur Verbraucherzentrale.")]
        for (index, reply) in replies.enumerated() {
            items.append(item(id: "p\(index + 2)", author: reply.0, time: reply.1, title: "Re: " + Self.title, text: reply.2))
        }
        let feed = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Kundenforum</title><link>https://forum.example/</link><description>Forum</description>
            \(items.joined(separator: "\n"))
            </channel></rss>
            """
        try Data(feed.utf8).write(to: url)
    }

    private func item(id: String, author: String, time: String, title: String, text: String) -> String {
        """
        <item><title>\(title)</title><link>https://forum.example/t/77#\(id)</link><guid isPermaLink="false">\(id)</guid>
        <pubDate>Sun, 22 Nov 2026 \(time):00 +0100</pubDate><dc:creator>\(author)</dc:creator>
        <category domain="thread">p1</category><description>\(text)</description></item>
        """
    }

    /// A scratch configuration with the one forum feed and mail through `smtp` (nil: outbox).
    private func scratch(port: Int?, tls: String = "none") throws -> (ScratchConfiguration, URL) {
        var feed: URL!
        let scratch = try ScratchConfiguration { config in
            config["sources"] = [["name": "kundenforum", "kind": "rss", "url": "file:forum.rss", "language": "de"]]
            var alerts: [String: Any] = ["language": "de", "outbox_directory": "outbox"]
            if let port {
                alerts = ["language": "de", "smtp": [
                    "url": "smtp://127.0.0.1:\(port)", "from": "Monitor Ärger-Radar <monitor@example.com>",
                    "to": ["team@example.com", "Jörg Müller <joerg@example.com>"], "reply_to": "support@example.com",
                    "tls": tls,
                ]]
            }
            config["alerts"] = alerts
        }
        feed = scratch.directory.appendingPathComponent("forum.rss")
        try writeFeed(feed, angryReplies: 0)
        XCTAssertEqual(try MonitorProcess.run(["init", "--config", scratch.file.path]).status, 0)
        return (scratch, feed)
    }

    private func run(_ scratch: ScratchConfiguration, date: String = day) throws -> MonitorProcess.Result {
        try MonitorProcess.run(["run", "--config", scratch.file.path, "--date", date])
    }

    private func assertWellFormed(_ mail: ParsedMail, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(mail.parts, ["multipart/alternative", "text/plain", "text/html"], file: file, line: line)
        XCTAssertEqual(mail.defects, 0, file: file, line: line)
        XCTAssertNotNil(mail.date, "Date parses as RFC 5322", file: file, line: line)
        XCTAssertEqual(mail.autoSubmitted, "auto-generated", file: file, line: line)
        XCTAssertEqual(mail.mimeVersion, "1.0", file: file, line: line)
        XCTAssertTrue(mail.messageID.hasPrefix("<") && mail.messageID.hasSuffix("@example.com>"), mail.messageID, file: file, line: line)
        XCTAssertLessThanOrEqual(mail.longestLine, 998, file: file, line: line)
        XCTAssertEqual(mail.loneFieldNames, [], "a field name alone on its line", file: file, line: line)
    }

    func testDigestArrivesOnceReadsCleanlyAndComesAgainOnlyWhenTheThreadWorsens() throws {
        let server = try AlertSMTPServer(maildir: FileManager.default.temporaryDirectory.appendingPathComponent("maildir-\(UUID().uuidString)"))
        try server.start()
        defer { server.stop(); try? FileManager.default.removeItem(at: server.maildir) }
        let (scratch, feed) = try scratch(port: server.port)
        defer { scratch.remove() }

        let first = try run(scratch)
        XCTAssertEqual(first.status, 0, first.stdout + first.stderr)
        let mails = try server.messages()
        XCTAssertEqual(mails.count, 1, "one mail per run")
        let mail = try AlertMailParser.parse(mails[0])
        assertWellFormed(mail)
        XCTAssertEqual(mail.subject, "[monitor] 1 Thread zu beobachten – \(Self.day)", "a watch-level thread is no escalation")
        XCTAssertEqual(mail.from, "Monitor Ärger-Radar <monitor@example.com>")
        XCTAssertEqual(mail.to, "team@example.com, Jörg Müller <joerg@example.com>")
        XCTAssertEqual(mail.replyTo, "support@example.com")
        XCTAssertNil(mail.inReplyTo)
        XCTAssertTrue(mail.plain.contains("1. \(Self.title)"), mail.plain)
        XCTAssertTrue(mail.plain.contains("Stufe: watch · Quelle: kundenforum"), mail.plain)
        XCTAssertTrue(mail.plain.contains("verbraucherzentrale"), mail.plain)
        XCTAssertTrue(mail.plain.contains("https://forum.example/t/77"), mail.plain)
        XCTAssertTrue(mail.html.contains("Doppelte Abbuchung – Ärger ohne Ende</a>"), mail.html)
        XCTAssertTrue(mail.html.contains("nächtlichen Lauf"), mail.html)
        XCTAssertTrue(FileManager.default.fileExists(atPath: scratch.directory.appendingPathComponent("reports/\(Self.day)/report.html").path))

        let second = try run(scratch)
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertEqual(try server.messages().count, 1, "the same data sends nothing: \(second.stderr)")
        XCTAssertTrue(second.stdout.contains("alerts: 0 mails"), second.stdout)

        try writeFeed(feed, angryReplies: 3)
        let third = try run(scratch)
        XCTAssertEqual(third.status, 0, third.stderr)
        let all = try server.messages()
        XCTAssertEqual(all.count, 2, "the thread got worse: one more mail")
        let followUp = try AlertMailParser.parse(all[1])
        assertWellFormed(followUp)
        XCTAssertTrue(followUp.plain.contains("Stufe: escalate · Quelle: kundenforum"), followUp.plain)
        XCTAssertEqual(followUp.subject, "[monitor] 1 Eskalation – \(Self.day)")
        XCTAssertEqual(followUp.inReplyTo, mail.messageID, "the follow-up threads under the first mail")
        XCTAssertEqual(followUp.references, mail.messageID)
        XCTAssertNotEqual(followUp.messageID, mail.messageID)
    }

    func testServerDownExitsFourLosesNothingAndTheNextRunDelivers() throws {
        let server = try AlertSMTPServer(maildir: FileManager.default.temporaryDirectory.appendingPathComponent("maildir-\(UUID().uuidString)"))
        defer { server.stop(); try? FileManager.default.removeItem(at: server.maildir) }
        let (scratch, _) = try scratch(port: server.port)
        defer { scratch.remove() }

        let down = try run(scratch)
        XCTAssertEqual(down.status, 4, down.stdout + down.stderr)
        XCTAssertTrue(down.stdout.contains("alerts: NOT delivered"), down.stdout)
        XCTAssertTrue(down.stdout.contains("unreachable"), down.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: scratch.directory.appendingPathComponent("reports/\(Self.day)/report.html").path))

        // The next night: the server is back and the thread is no longer in the report.
        try server.start()
        let next = try run(scratch, date: "2026-11-23")
        XCTAssertEqual(next.status, 0, next.stdout + next.stderr)
        let mails = try server.messages()
        XCTAssertEqual(mails.count, 1)
        let mail = try AlertMailParser.parse(mails[0])
        assertWellFormed(mail)
        XCTAssertTrue(mail.plain.contains(Self.title), mail.plain)
        XCTAssertTrue(mail.plain.contains("nachgereicht aus dem Lauf für \(Self.day)"), mail.plain)
        XCTAssertEqual(try run(scratch, date: "2026-11-23").status, 0)
        XCTAssertEqual(try server.messages().count, 1, "delivered items are not sent again")
    }

    func testRequiredSTARTTLSAgainstAPlainServerIsAClearErrorAndSendsNothing() throws {
        let server = try AlertSMTPServer(maildir: FileManager.default.temporaryDirectory.appendingPathComponent("maildir-\(UUID().uuidString)"))
        try server.start()
        defer { server.stop(); try? FileManager.default.removeItem(at: server.maildir) }
        let (scratch, _) = try scratch(port: server.port, tls: "required")
        defer { scratch.remove() }
        let result = try MonitorProcess.run(["alert", "--test", "--config", scratch.file.path])
        XCTAssertEqual(result.status, 4)
        XCTAssertTrue(result.stderr.contains("offers no STARTTLS"), result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertEqual(try server.messages().count, 0, "nothing went out in plain text")
    }

    func testAlertTestSendsATestMailWithUmlautsInSubjectAndBody() throws {
        let server = try AlertSMTPServer(maildir: FileManager.default.temporaryDirectory.appendingPathComponent("maildir-\(UUID().uuidString)"))
        try server.start()
        defer { server.stop(); try? FileManager.default.removeItem(at: server.maildir) }
        let (scratch, _) = try scratch(port: server.port)
        defer { scratch.remove() }
        let result = try MonitorProcess.run(["alert", "--test", "--config", scratch.file.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("test mail"), result.stdout)
        let mails = try server.messages()
        XCTAssertEqual(mails.count, 1)
        let mail = try AlertMailParser.parse(mails[0])
        assertWellFormed(mail)
        XCTAssertEqual(mail.subject, "[monitor] Testmail – Grüße aus dem Überwachungslauf")
        XCTAssertTrue(mail.plain.contains("Umlaute (ä ö ü ß)"), mail.plain)
    }

    func testNoAlertsWritesTheReportsAndTouchesNeitherOutboxNorLedger() throws {
        let (scratch, _) = try scratch(port: nil)
        defer { scratch.remove() }
        let quiet = try MonitorProcess.run(["run", "--config", scratch.file.path, "--date", Self.day, "--no-alerts"])
        XCTAssertEqual(quiet.status, 0, quiet.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: scratch.directory.appendingPathComponent("reports/\(Self.day)/report.html").path))
        let outbox = scratch.directory.appendingPathComponent("outbox")
        let emls = { (try? FileManager.default.contentsOfDirectory(atPath: outbox.path))?.filter { $0.hasSuffix(".eml") } ?? [] }
        XCTAssertEqual(emls(), [], "no mail with --no-alerts")
        XCTAssertEqual(try run(scratch).status, 0)
        XCTAssertEqual(emls().count, 1, "the ledger was not touched: the next run still mails the escalation")
    }

    func testOutboxMailParsesAsANormalMessage() throws {
        let (scratch, _) = try scratch(port: nil)
        defer { scratch.remove() }
        XCTAssertEqual(try run(scratch).status, 0)
        let outbox = scratch.directory.appendingPathComponent("outbox")
        let files = try FileManager.default.contentsOfDirectory(atPath: outbox.path).filter { $0.hasSuffix(".eml") }
        XCTAssertEqual(files.count, 1)
        let mail = try AlertMailParser.parse(outbox.appendingPathComponent(files[0]))
        XCTAssertEqual(mail.parts, ["multipart/alternative", "text/plain", "text/html"])
        XCTAssertEqual(mail.defects, 0)
        XCTAssertEqual(mail.subject, "[monitor] 1 Thread zu beobachten – \(Self.day)", "a watch-level thread is no escalation")
        XCTAssertTrue(mail.plain.contains(Self.title))
        XCTAssertEqual(mail.loneFieldNames, [])
    }
}
