import Foundation
import XCTest

@testable import Pipeline

final class ConfigurationLoaderTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: directory)
    }

    private func load(_ json: String, environment: [String: String] = [:]) throws -> Configuration {
        let file = directory.appendingPathComponent("config.json")
        try Data(json.utf8).write(to: file)
        return try ConfigurationLoader(environment: environment).load(file)
    }

    private func assertError(_ json: String, keyPath: String, contains text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try load(json), file: file, line: line) { error in
            guard let error = error as? ConfigurationError else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssertEqual(error.keyPath, keyPath, file: file, line: line)
            XCTAssertTrue(error.description.contains(text), "\(error)", file: file, line: line)
            XCTAssertTrue(error.description.hasPrefix(self.directory.path), "names the file: \(error)", file: file, line: line)
        }
    }

    func testRelativePathsResolveAgainstTheConfigurationFolder() throws {
        let configuration = try load(#"{"sources": [{"name": "a", "kind": "rss", "url": "file:feeds/a.xml"}], "store": {"path": "state/m.sqlite"}}"#)
        XCTAssertEqual(configuration.sources[0].url.path, directory.appendingPathComponent("feeds/a.xml").path)
        XCTAssertEqual(configuration.storePath.path, directory.appendingPathComponent("state/m.sqlite").path)
    }

    func testDefaultsAreSane() throws {
        let configuration = try load(#"{"sources": [{"name": "a", "url": "https://example.com/feed"}]}"#)
        XCTAssertEqual(configuration.sources[0].kind, .auto)
        XCTAssertEqual(configuration.sources[0].timeoutSeconds, 30)
        XCTAssertEqual(configuration.sources[0].maxBodyBytes, 15 * 1024 * 1024)
        XCTAssertEqual(configuration.reports.timeZone.identifier, "Europe/Berlin")
        XCTAssertEqual(configuration.privacy.retentionDays, 90)
        XCTAssertFalse(configuration.privacy.linkAcrossSources)
    }

    func testPagingPacingAndCoolDownKeysAreRead() throws {
        let defaults = try load(#"{"sources": [{"name": "a", "url": "https://example.com/feed"}]}"#).sources[0]
        XCTAssertEqual(defaults.maxPages, 5)
        XCTAssertEqual(defaults.hostDelaySeconds, 1)
        XCTAssertEqual(defaults.coolDownAfterFailures, 3)
        let set = try load(
            #"{"sources": [{"name": "a", "url": "https://e.com/f", "max_pages": 20, "host_delay_seconds": 2.5, "cooldown_after_failures": 0}]}"#
        ).sources[0]
        XCTAssertEqual(set.maxPages, 20)
        XCTAssertEqual(set.hostDelaySeconds, 2.5)
        XCTAssertEqual(set.coolDownAfterFailures, 0)
    }

    func testPagingPacingAndCoolDownLimitsAreChecked() {
        assertError(#"{"sources": [{"name": "a", "url": "https://e.com/f", "max_pages": 0}]}"#, keyPath: "sources[0].max_pages", contains: "from 1 to 100")
        assertError(#"{"sources": [{"name": "a", "url": "https://e.com/f", "host_delay_seconds": -1}]}"#, keyPath: "sources[0].host_delay_seconds", contains: "between 0 and 60")
        assertError(#"{"sources": [{"name": "a", "url": "https://e.com/f", "cooldown_after_failures": 2.5}]}"#, keyPath: "sources[0].cooldown_after_failures", contains: "whole number")
    }

    func testHTMLNextSelectorIsRead() throws {
        let source = try load(
            #"{"sources": [{"name": "a", "kind": "html", "url": "https://e.com/f", "html": {"item": "//div", "text": "p", "next": "//a[@rel='next']/@href"}}]}"#
        ).sources[0]
        XCTAssertEqual(source.htmlSelectors?.next, "//a[@rel='next']/@href")
    }

    func testWrongURLNamesTheSourceIndex() {
        assertError(
            #"{"sources": [{"name": "a", "url": "https://example.com"}, {"name": "b", "url": "https://example.com"}, {"name": "c", "url": "not a url"}]}"#,
            keyPath: "sources[2].url", contains: "not a URL")
    }

    func testFileURLWithHostSuggestsTheRightForm() {
        assertError(#"{"sources": [{"name": "a", "url": "file://examples/a.xml"}]}"#, keyPath: "sources[0].url", contains: "file:examples/a.xml")
    }

    func testUnknownKeyIsReportedWithItsPath() {
        assertError(#"{"sources": [{"name": "a", "url": "https://e.com/f", "ownd": true}]}"#, keyPath: "sources[0].ownd", contains: "unknown key")
        assertError(#"{"sources": [{"name": "a", "url": "https://e.com/f"}], "reprots": {}}"#, keyPath: "reprots", contains: "unknown key")
    }

    func testWrongTypeIsReported() {
        assertError(#"{"sources": [{"name": "a", "url": "https://e.com/f", "owned": "yes"}]}"#, keyPath: "sources[0].owned", contains: "expected true or false")
        assertError(#"{"sources": [{"name": "a", "url": "https://e.com/f", "staff": "team"}]}"#, keyPath: "sources[0].staff", contains: "expected a list")
    }

    func testUnknownKindListsTheAllowedOnes() {
        assertError(#"{"sources": [{"name": "a", "kind": "atom1", "url": "https://e.com/f"}]}"#, keyPath: "sources[0].kind", contains: "\"atom\"")
    }

    func testDuplicateSourceNamesAreRejected() {
        assertError(#"{"sources": [{"name": "a", "url": "https://e.com/f"}, {"name": "a", "url": "https://e.com/g"}]}"#, keyPath: "sources[1].name", contains: "unique")
    }

    func testHTMLSourceNeedsSelectors() {
        assertError(#"{"sources": [{"name": "a", "kind": "html", "url": "https://e.com/f"}]}"#, keyPath: "sources[0].html", contains: "XPath")
    }

    func testSecretsComeFromTheEnvironmentNeverFromTheFile() throws {
        assertError(
            #"{"sources": [{"name": "a", "url": "https://e.com/f", "headers": {"Api-Key": "abc123"}}]}"#,
            keyPath: "sources[0].headers.Api-Key", contains: "credential")
        let configuration = try load(
            #"{"sources": [{"name": "a", "url": "https://e.com/f", "headers": {"Api-Key": {"env": "FORUM_KEY"}, "Accept": "application/json"}}]}"#,
            environment: ["FORUM_KEY": "k-42"])
        XCTAssertEqual(configuration.sources[0].headers, ["Api-Key": "k-42", "Accept": "application/json"])
    }

    func testMissingEnvironmentVariableIsNamed() {
        XCTAssertThrowsError(try load(#"{"sources": [{"name": "a", "url": "https://e.com/f", "auth": {"user": "u", "password": {"env": "NOPE"}}}]}"#)) { error in
            XCTAssertTrue("\(error)".contains("environment variable NOPE is not set"), "\(error)")
        }
    }

    func testSMTPNeedsRecipients() {
        assertError(
            #"{"sources": [{"name": "a", "url": "https://e.com/f"}], "alerts": {"smtp": {"url": "smtp://mail.example.com:587", "from": "m@example.com", "to": []}}}"#,
            keyPath: "alerts.smtp.to", contains: "recipient")
    }

    func testInvalidJSONIsReportedAsSuch() {
        XCTAssertThrowsError(try load(#"{"sources": [}"#)) { error in
            XCTAssertTrue("\(error)".contains("not valid JSON"), "\(error)")
        }
    }

    func testTimeZoneNamesAreChecked() {
        assertError(#"{"sources": [{"name": "a", "url": "https://e.com/f"}], "reports": {"timezone": "Berlin"}}"#, keyPath: "reports.timezone", contains: "Europe/Berlin")
    }
}
