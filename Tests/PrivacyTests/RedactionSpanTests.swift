import Privacy
import XCTest

/// Span offsets are Unicode scalar offsets of the input, end exclusive.
final class RedactionSpanTests: XCTestCase {
    func testSpanOffsetsCountUmlautsAsOneScalar() {
        let text = "Grüße an max@example.de"
        let span = Redactor().redact(text).spans.first
        XCTAssertEqual(span, RedactedSpan(type: .email, start: 9, end: 23))
    }

    func testSpanOffsetsCountEmojiAsOneScalar() {
        let text = "👍🏽 Ruf 0171 1234567 an"
        let spans = Redactor().redact(text).spans
        XCTAssertEqual(spans, [RedactedSpan(type: .phone, start: 7, end: 19)])
        let scalars = Array(text.unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[7..<19])), "0171 1234567")
    }

    func testSpanOffsetsCountDecomposedCharactersPerScalar() {
        let text = "Mu\u{308}ller: 192.168.0.1"
        XCTAssertEqual(Redactor().redact(text).spans, [RedactedSpan(type: .ip, start: 9, end: 20)])
    }

    func testSeveralSpansAreInInputOrder() {
        let redaction = Redactor().redact("Mail a@b.de, Tel 0171 1234567, IP 10.0.0.1")
        XCTAssertEqual(redaction.spans.map(\.type), [.email, .phone, .ip])
        XCTAssertEqual(redaction.text, "Mail [EMAIL], Tel [PHONE], IP [IP]")
    }

    func testTextWithoutIdentifiersIsReturnedUnchanged() {
        let text = "Seit dem Update ist das WLAN weg. 😡"
        XCTAssertEqual(Redactor().redact(text), Redaction(text: text, spans: []))
    }

    func testEmptyTextIsFine() {
        XCTAssertEqual(Redactor().redact(""), Redaction(text: "", spans: []))
    }

    func testSpansRoundTripThroughJSON() throws {
        let span = RedactedSpan(type: .taxID, start: 3, end: 14)
        let decoded = try JSONDecoder().decode(RedactedSpan.self, from: JSONEncoder().encode(span))
        XCTAssertEqual(decoded, span)
        XCTAssertEqual(String(decoding: try JSONEncoder().encode(PIIType.taxID), as: UTF8.self), "\"TAXID\"")
    }

    func testEveryTypeHasABracketedPlaceholder() {
        XCTAssertEqual(PIIType.allCases.map(\.placeholder),
                       ["[EMAIL]", "[PHONE]", "[IBAN]", "[CARD]", "[IP]", "[ADDRESS]", "[TAXID]", "[PROFILE]",
                        "[HANDLE]", "[NAME]"])
    }
}
