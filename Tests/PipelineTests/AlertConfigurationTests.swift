import Foundation
import XCTest

@testable import Pipeline

final class AlertConfigurationTests: XCTestCase {
    private func load(_ alerts: String, environment: [String: String] = [:]) throws -> AlertSettings {
        let folder = try makeTemporaryDirectory(self)
        let file = folder.appendingPathComponent("config.json")
        try Data(#"{"sources": [{"name": "a", "url": "https://example.com/feed"}], "alerts": \#(alerts)}"#.utf8).write(to: file)
        return try ConfigurationLoader(environment: environment).load(file).alerts
    }

    private func assertError(_ alerts: String, keyPath: String, contains text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try load(alerts), file: file, line: line) { error in
            guard let error = error as? ConfigurationError else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssertEqual(error.keyPath, keyPath, file: file, line: line)
            XCTAssertTrue(error.description.contains(text), "\(error)", file: file, line: line)
        }
    }

    private let smtp = #""url": "smtp://mail.example.com:587", "from": "Monitor <monitor@example.com>", "to": ["team@example.com"]"#

    func testDefaults() throws {
        let settings = try load("{}")
        XCTAssertEqual(settings.silentDays, 2)
        XCTAssertFalse(settings.dailyDigest)
        XCTAssertEqual(settings.routes, [])
        XCTAssertEqual(settings.cooldownHours, 72)
    }

    func testSMTPWithSecretsFromTheEnvironmentAndAFile() throws {
        let folder = try makeTemporaryDirectory(self)
        let secret = folder.appendingPathComponent("smtp-password")
        try Data("s3cret\n".utf8).write(to: secret)
        let settings = try load(
            #"{"smtp": {\#(smtp), "user": {"env": "SMTP_USER"}, "password": {"file": "\#(secret.path)"}, "reply_to": "help@example.com", "tls": "opportunistic"}}"#,
            environment: ["SMTP_USER": "monitor"])
        XCTAssertEqual(settings.smtp?.user, "monitor")
        XCTAssertEqual(settings.smtp?.password, "s3cret")
        XCTAssertEqual(settings.smtp?.security, .opportunistic)
        XCTAssertEqual(settings.smtp?.replyTo, "help@example.com")
    }

    func testSMTPTrustsTheSystemCAsUnlessACABundleIsNamed() throws {
        XCTAssertNil(try load(#"{"smtp": {\#(smtp)}}"#).smtp?.caBundlePath, "default: the system's CAs")
        let folder = try makeTemporaryDirectory(self)
        let bundle = folder.appendingPathComponent("mail-ca.pem")
        try Data("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n".utf8).write(to: bundle)
        let settings = try load(#"{"smtp": {\#(smtp), "ca_bundle": "\#(bundle.path)"}}"#)
        XCTAssertEqual(settings.smtp?.caBundlePath, bundle.path)
    }

    func testAMissingSMTPCABundleIsNamedAtLoadTime() {
        assertError(#"{"smtp": {\#(smtp), "ca_bundle": "/nonexistent/mail-ca.pem"}}"#,
                    keyPath: "alerts.smtp.ca_bundle", contains: "cannot read /nonexistent/mail-ca.pem")
    }

    func testAnSMTPCABundleWithoutCertificatesIsRefused() throws {
        let folder = try makeTemporaryDirectory(self)
        let bundle = folder.appendingPathComponent("not-a-bundle.txt")
        try Data("just a note\n".utf8).write(to: bundle)
        assertError(#"{"smtp": {\#(smtp), "ca_bundle": "\#(bundle.path)"}}"#,
                    keyPath: "alerts.smtp.ca_bundle", contains: "holds no PEM certificate")
    }

    func testAPasswordWrittenInTheConfigurationIsRefused() {
        assertError(#"{"smtp": {\#(smtp), "password": "hunter2"}}"#, keyPath: "alerts.smtp.password", contains: "never written in the configuration")
    }

    func testAMissingPasswordVariableIsNamed() {
        assertError(#"{"smtp": {\#(smtp), "password": {"env": "NOPE_NOT_SET"}}}"#, keyPath: "alerts.smtp.password", contains: "NOPE_NOT_SET")
    }

    func testSMTPSWithoutEncryptionIsAContradiction() {
        assertError(#"{"smtp": {"url": "smtps://mail.example.com", "from": "m@example.com", "to": ["t@example.com"], "tls": "none"}}"#,
                    keyPath: "alerts.smtp.tls", contains: "smtps:// always encrypts")
    }

    func testARecipientThatIsNoAddressIsNamed() {
        assertError(#"{"smtp": {"url": "smtp://mail.example.com", "from": "m@example.com", "to": ["t@example.com", "Service Team"]}}"#,
                    keyPath: "alerts.smtp.to[1]", contains: "not a mail address")
    }

    func testRoutesBySeverityTopicAndKind() throws {
        let settings = try load(#"""
            {"smtp": {\#(smtp)}, "silent_days": 3, "daily_digest": true, "routes": [
              {"to": ["billing@example.com"], "topics": ["billing_and_prices"]},
              {"to": ["lead@example.com"], "min_severity": "high"},
              {"to": ["ops@example.com"], "kinds": ["silence"]}]}
            """#)
        XCTAssertEqual(settings.silentDays, 3)
        XCTAssertTrue(settings.dailyDigest)
        XCTAssertEqual(settings.routes, [
            AlertRoute(to: ["billing@example.com"], topics: ["billing_and_prices"]),
            AlertRoute(to: ["lead@example.com"], minSeverity: .high),
            AlertRoute(to: ["ops@example.com"], kinds: [.silence]),
        ])
        let question = AlertFixtures.question("q", overdueSince: AlertFixtures.dayStart)
        XCTAssertEqual(AlertRoute.recipients(for: question, routes: settings.routes, defaults: ["team@example.com"]), ["team@example.com"])
        let billing = AlertFixtures.escalation(level: .escalate, topics: ["billing_and_prices"])
        XCTAssertEqual(AlertRoute.recipients(for: billing, routes: settings.routes, defaults: ["team@example.com"]),
                       ["billing@example.com", "lead@example.com"])
    }

    func testARouteWithoutCriteriaIsRefused() {
        assertError(#"{"routes": [{"to": ["x@example.com"]}]}"#, keyPath: "alerts.routes[0]", contains: "needs")
    }

    func testAnUnknownSeverityNamesTheChoices() {
        assertError(#"{"routes": [{"to": ["x@example.com"], "min_severity": "urgent"}]}"#,
                    keyPath: "alerts.routes[0].min_severity", contains: "\"high\"")
    }
}
