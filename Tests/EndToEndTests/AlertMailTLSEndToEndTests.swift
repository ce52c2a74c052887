import Foundation
import XCTest

/// Mail the way a real provider takes it: the built `monitor` against a loopback server that
/// offers STARTTLS (and smtps on a second port), requires AUTH, and presents a certificate from a
/// CA made for the test. The server records, per message, the TLS version and the login it saw.
final class AlertMailTLSEndToEndTests: XCTestCase {
    private static let day = "2026-11-22"
    private static let title = "Kündigung nach doppelter Abbuchung"
    private static let userVariable = "MONITOR_TEST_SMTP_USER"
    private static let passwordVariable = "MONITOR_TEST_SMTP_PASSWORD"

    private var folder: URL!
    private var server: SecureSMTPServer!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("monitor-smtp-tls-\(UUID().uuidString)")
        server = try SecureSMTPServer(folder: folder)
        try server.start()
    }

    override func tearDown() {
        server?.stop()
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    /// One forum post on the report day: enough for a digest item (a thread to watch).
    private func writeFeed(_ url: URL) throws {
        let feed = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Kundenforum</title><link>https://forum.example/</link><description>Forum</description>
            <item><title>\(Self.title)</title><link>https://forum.example/t/91#p1</link><guid isPermaLink="false">p1</guid>
            <pubDate>Sun, 22 Nov 2026 09:00:00 +0100</pubDate><dc:creator>kunde1</dc:creator>
            <category domain="thread">p1</category>
            <description>Die doppelte Abbuchung ist eine Frechheit, ich gehe jetzt zur Verbraucherzentrale.</description></item>
            </channel></rss>
            """
        try Data(feed.utf8).write(to: url)
    }

    /// A scratch configuration with mail through `url`; `smtp` adds or overrides keys of
    /// `alerts.smtp` (the default logs in with user and password from the environment).
    private func scratch(url: String, smtp: [String: Any] = [:]) throws -> ScratchConfiguration {
        let scratch = try ScratchConfiguration { config in
            config["sources"] = [["name": "kundenforum", "kind": "rss", "url": "file:forum.rss", "language": "de"]]
            var settings: [String: Any] = [
                "url": url, "from": "Monitor <monitor@example.com>", "to": ["team@example.com"], "tls": "required",
                "user": ["env": Self.userVariable], "password": ["env": Self.passwordVariable],
            ]
            settings.merge(smtp) { $1 }
            config["alerts"] = ["language": "de", "smtp": settings]
        }
        try writeFeed(scratch.directory.appendingPathComponent("forum.rss"))
        let initialized = try MonitorProcess.run(["init", "--config", scratch.file.path], environment: environment())
        XCTAssertEqual(initialized.status, 0, initialized.stderr)
        return scratch
    }

    private func environment(password: String = SecureSMTPServer.password) -> [String: String] {
        [Self.userVariable: SecureSMTPServer.user, Self.passwordVariable: password]
    }

    private func run(_ scratch: ScratchConfiguration, date: String = day, password: String = SecureSMTPServer.password) throws -> MonitorProcess.Result {
        try MonitorProcess.run(["run", "--config", scratch.file.path, "--date", date], environment: environment(password: password))
    }

    private var trustedCA: String { server.certificates.caCertificate.path }

    func testRequiredSTARTTLSWithLoginFromTheEnvironmentDeliversAWellFormedDigest() throws {
        let scratch = try scratch(url: "smtp://127.0.0.1:\(server.startTLSPort)", smtp: ["ca_bundle": trustedCA])
        defer { scratch.remove() }
        let result = try run(scratch)
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr + server.serverLog())
        XCTAssertTrue(result.stdout.contains("STARTTLS required"), result.stdout)
        XCTAssertFalse((result.stdout + result.stderr).contains(SecureSMTPServer.password), "the password never reaches the log")

        let received = try server.sessions()
        XCTAssertEqual(received.count, 1, "one mail per run")
        let session = try XCTUnwrap(received.first?.session)
        XCTAssertEqual(session.port, server.startTLSPort)
        XCTAssertNotNil(session.tls, "the message went after STARTTLS, not in plain text")
        XCTAssertEqual(session.login, SecureSMTPServer.user)
        XCTAssertEqual(session.mailFrom, "monitor@example.com")
        XCTAssertEqual(session.rcptTos, ["team@example.com"])

        let mail = try AlertMailParser.parse(try XCTUnwrap(received.first?.file))
        XCTAssertEqual(mail.parts, ["multipart/alternative", "text/plain", "text/html"])
        XCTAssertEqual(mail.defects, 0)
        XCTAssertEqual(mail.subject, "[monitor] 1 Thread zu beobachten – \(Self.day)")
        XCTAssertTrue(mail.plain.contains(Self.title), mail.plain)
    }

    func testSMTPSDeliversWithThePasswordFromAFile() throws {
        let secret = folder.appendingPathComponent("smtp-password")
        try Data((SecureSMTPServer.password + "\n").utf8).write(to: secret)
        let scratch = try scratch(
            url: "smtps://127.0.0.1:\(server.smtpsPort)",
            smtp: ["ca_bundle": trustedCA, "password": ["file": secret.path]])
        defer { scratch.remove() }
        // The variable holds a wrong password: only the file can have logged in.
        let result = try run(scratch, password: "not the password")
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr + server.serverLog())
        let received = try server.sessions()
        XCTAssertEqual(received.count, 1)
        XCTAssertEqual(received.first?.session.port, server.smtpsPort)
        XCTAssertNotNil(received.first?.session.tls, "smtps is TLS from the first byte")
        XCTAssertEqual(received.first?.session.login, SecureSMTPServer.user)
        let mail = try AlertMailParser.parse(try XCTUnwrap(received.first?.file))
        XCTAssertEqual(mail.subject, "[monitor] 1 Thread zu beobachten – \(Self.day)")
    }

    func testOpportunisticUsesSTARTTLSWhenTheServerOffersIt() throws {
        let scratch = try scratch(url: "smtp://127.0.0.1:\(server.startTLSPort)", smtp: ["ca_bundle": trustedCA, "tls": "opportunistic"])
        defer { scratch.remove() }
        let result = try MonitorProcess.run(["alert", "--test", "--config", scratch.file.path], environment: environment())
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr + server.serverLog())
        let received = try server.sessions()
        XCTAssertEqual(received.count, 1)
        XCTAssertNotNil(received.first?.session.tls, "offered STARTTLS is used")
        XCTAssertEqual(received.first?.session.login, SecureSMTPServer.user)
    }

    func testAWrongPasswordExitsFourSaysLoginRefusedAndTheNextRunDelivers() throws {
        let scratch = try scratch(url: "smtp://127.0.0.1:\(server.startTLSPort)", smtp: ["ca_bundle": trustedCA])
        defer { scratch.remove() }
        let denied = try run(scratch, password: "wrong password")
        XCTAssertEqual(denied.status, 4, denied.stdout + denied.stderr)
        XCTAssertTrue(denied.stdout.contains("alerts: NOT delivered"), denied.stdout)
        XCTAssertTrue(denied.stdout.contains("login refused"), denied.stdout)
        XCTAssertTrue(denied.stdout.contains("check alerts.smtp.user and alerts.smtp.password"), denied.stdout)
        XCTAssertFalse((denied.stdout + denied.stderr).contains("wrong password"), "the password never reaches the log")
        XCTAssertEqual(try server.sessions().count, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: scratch.directory.appendingPathComponent("reports/\(Self.day)/report.html").path))

        // The next night, the password fixed and the thread gone from that day's report: the
        // pending item still arrives.
        let next = try run(scratch, date: "2026-11-23")
        XCTAssertEqual(next.status, 0, next.stdout + next.stderr + server.serverLog())
        let received = try server.sessions()
        XCTAssertEqual(received.count, 1)
        let mail = try AlertMailParser.parse(try XCTUnwrap(received.first?.file))
        XCTAssertTrue(mail.plain.contains(Self.title), mail.plain)
        XCTAssertTrue(mail.plain.contains("nachgereicht aus dem Lauf für \(Self.day)"), mail.plain)
    }

    func testACertificateFromAnUntrustedCAFailsWithTLSFailedAndSendsNothing() throws {
        // Default trust (the system's CAs) does not know the test CA.
        let systemTrust = try scratch(url: "smtp://127.0.0.1:\(server.startTLSPort)")
        defer { systemTrust.remove() }
        let result = try run(systemTrust)
        XCTAssertEqual(result.status, 4, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("alerts: NOT delivered"), result.stdout)
        XCTAssertTrue(result.stdout.contains("TLS failed"), result.stdout)
        XCTAssertTrue(result.stdout.contains("alerts.smtp.ca_bundle"), result.stdout)

        // A bundle naming someone else's CA is no better, on either port.
        for url in ["smtp://127.0.0.1:\(server.startTLSPort)", "smtps://127.0.0.1:\(server.smtpsPort)"] {
            let otherCA = try scratch(url: url, smtp: ["ca_bundle": server.certificates.otherCACertificate.path])
            defer { otherCA.remove() }
            let test = try MonitorProcess.run(["alert", "--test", "--config", otherCA.file.path], environment: environment())
            XCTAssertEqual(test.status, 4, url + ": " + test.stdout + test.stderr)
            XCTAssertTrue(test.stderr.contains("TLS failed"), url + ": " + test.stderr)
        }
        XCTAssertEqual(try server.sessions().count, 0, "nothing was sent")
    }
}
