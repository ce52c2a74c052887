import Privacy
import XCTest

/// Shared assertions: the redacted text is the specification, read like a before/after pair.
extension XCTestCase {
    func assertRedacts(_ input: String, to expected: String, names: NameContext = NameContext(),
                       file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(Redactor().redact(input, names: names).text, expected, file: file, line: line)
    }

    func assertSurvives(_ input: String, file: StaticString = #filePath, line: UInt = #line) {
        let redaction = Redactor().redact(input)
        XCTAssertEqual(redaction.text, input, file: file, line: line)
        XCTAssertEqual(redaction.spans, [], file: file, line: line)
    }
}
