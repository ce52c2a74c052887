import Foundation
import XCTest

@testable import Pipeline

final class MailMessageTests: XCTestCase {
    private func digest(headline: String = "Doppelte Abbuchung – keine Antwort", excerpt: String = "Ich gehe zur Verbraucherzentrale!") -> MailMessage {
        let item = AlertItem(
            kind: .escalation, key: "escalation:community:4711", severity: 3, levelName: "escalate", headline: headline,
            reasons: ["17 replies in 24 h, 12 negative"], topics: ["billing_and_prices"], source: "community",
            excerpt: excerpt, threadTitle: headline, threadURL: "https://community.example/t/4711")
        return DigestComposer(language: .de).compose(
            items: [item], day: ReportDay(year: 2026, month: 11, day: 22),
            from: MailAddress(name: "Monitor Ärger-Radar", address: "monitor@example.com"),
            to: [MailAddress(address: "team@example.com")], replyTo: nil, date: Date(timeIntervalSince1970: 1_795_000_000))
    }

    private func text(_ message: MailMessage) -> String {
        String(decoding: message.rendered(), as: UTF8.self)
    }

    func testSubjectSaysWhatHappenedInTheMailLanguage() {
        XCTAssertEqual(digest().subject, "[monitor] 1 Eskalation – 2026-11-22")
    }

    func testNonASCIISubjectIsAnEncodedWord() {
        let rendered = text(digest())
        let subject = rendered.components(separatedBy: "\r\n").first { $0.hasPrefix("Subject:") }!
        XCTAssertTrue(subject.contains("=?UTF-8?B?"), subject)
    }

    func testLineBreaksInTitlesCannotInjectHeaders() {
        let rendered = text(digest(headline: "Hallo\r\nBcc: victim@example.com"))
        let headerBlock = rendered.components(separatedBy: "\r\n\r\n")[0]
        XCTAssertFalse(headerBlock.components(separatedBy: "\r\n").contains { $0.hasPrefix("Bcc:") }, headerBlock)
    }

    func testPlainPartComesFirstAndHTMLLast() {
        let rendered = text(digest())
        let plain = rendered.range(of: "Content-Type: text/plain")!
        let html = rendered.range(of: "Content-Type: text/html")!
        XCTAssertLessThan(plain.lowerBound, html.lowerBound)
    }

    func testPostContentIsHTMLEscapedInTheHTMLPart() {
        let rendered = text(digest(excerpt: "<script>alert(1)</script>"))
        let htmlPart = rendered.components(separatedBy: "Content-Type: text/html")[1]
        XCTAssertFalse(htmlPart.contains("<script>"))
        XCTAssertTrue(htmlPart.contains("&lt;script&gt;"))
    }

    func testNoLineIsLongerThan998Octets() {
        let message = digest(excerpt: String(repeating: "Ärger ", count: 500))
        for line in message.rendered().split(separator: 0x0A) {
            XCTAssertLessThanOrEqual(line.count, 998)
        }
    }

    func testSameItemsGiveTheSameMessageID() {
        XCTAssertEqual(digest().messageID, digest().messageID)
    }

    func testStandardMIMEParserReadsBothPartsWithUmlauts() throws {
        let python = "/usr/bin/python3"
        guard FileManager.default.isExecutableFile(atPath: python) else {
            return XCTFail("needs Debian's python3 for its email package: apt-get install -y python3")
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString).eml")
        try digest().rendered().write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import email, email.policy, sys
            m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
            parts = [p.get_content_type() for p in m.walk() if not p.is_multipart()]
            print(m['Subject']); print(parts); print(m['From'])
            print(m.get_body(('plain',)).get_content().splitlines()[0])
            print('defects', len(m.defects) + sum(len(p.defects) for p in m.walk()))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        let lines = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).components(separatedBy: "\n")
        XCTAssertEqual(lines[0], "[monitor] 1 Eskalation – 2026-11-22")
        XCTAssertEqual(lines[1], "['text/plain', 'text/html']")
        XCTAssertEqual(lines[2], "Monitor Ärger-Radar <monitor@example.com>")
        XCTAssertEqual(lines[3], "Neue Meldungen aus dem nächtlichen Lauf für 2026-11-22:")
        XCTAssertEqual(lines[4], "defects 0")
    }

    func testTheSubjectFieldNameKeepsItsFirstWordOnItsLine() {
        let message = digest()
        let lines = text(message).components(separatedBy: "\r\n")
        let subject = lines.first { $0.hasPrefix("Subject:") }!
        XCTAssertTrue(subject.hasPrefix("Subject: =?UTF-8?B?"), subject)
        for line in lines.prefix(while: { !$0.isEmpty }) {
            XCTAssertLessThanOrEqual(line.count, 78, line)
        }
    }

    func testAFollowUpCarriesInReplyToAndReferences() {
        var message = digest()
        message.references = ["monitor-digest-2026-11-20-1@example.com", "monitor-digest-2026-11-21-2@example.com"]
        // Unfolded (RFC 5322 §2.2.3), as a reader sees the headers.
        let lines = text(message).replacingOccurrences(of: "\r\n ", with: " ").components(separatedBy: "\r\n")
        XCTAssertTrue(lines.contains("In-Reply-To: <monitor-digest-2026-11-21-2@example.com>"))
        XCTAssertTrue(lines.contains("References: <monitor-digest-2026-11-20-1@example.com> <monitor-digest-2026-11-21-2@example.com>"))
    }

    func testOnlyWebLinksBecomeLinks() {
        let item = AlertItem(
            kind: .question, key: "question:x", severity: 1, levelName: "overdue", headline: "Frage", reasons: [],
            topics: [], source: "community", threadURL: "javascript:alert(1)")
        let message = DigestComposer(language: .en).compose(
            items: [item], day: ReportDay(year: 2026, month: 11, day: 22), from: MailAddress(address: "m@example.com"),
            to: [MailAddress(address: "t@example.com")], replyTo: nil, date: Date(timeIntervalSince1970: 1_795_000_000))
        XCTAssertFalse(message.html.contains("href=\"javascript"), message.html)
    }

    func testALineStartingWithFromSurvivesMboxTools() {
        XCTAssertTrue(MIMEEncoding.quotedPrintable("From here on").hasPrefix("=46rom here on"))
    }

    func testTheMessageIDIsInTheSendersDomain() {
        XCTAssertTrue(digest().messageID.hasSuffix("@example.com"), digest().messageID)
    }
}
