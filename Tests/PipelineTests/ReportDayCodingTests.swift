import Foundation
import XCTest
@testable import Pipeline

/// A report day is written as `"YYYY-MM-DD"` everywhere: report JSON, schemas and the store's ledgers.
final class ReportDayCodingTests: XCTestCase {
    func testReportDayEncodesAsIsoDateString() throws {
        let data = try JSONEncoder().encode(["day": ReportDay("2026-11-22")!])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"{"day":"2026-11-22"}"#)
    }

    func testReportDayDecodesFromIsoDateString() throws {
        let decoded = try JSONDecoder().decode([String: ReportDay].self, from: Data(#"{"day":"2024-02-29"}"#.utf8))
        XCTAssertEqual(decoded["day"], ReportDay("2024-02-29"))
    }

    func testReportDayRejectsTextThatIsNotADateAndSaysWhatItExpected() {
        XCTAssertThrowsError(try JSONDecoder().decode([String: ReportDay].self, from: Data(#"{"day":"22.11.2026"}"#.utf8))) { error in
            XCTAssertTrue("\(error)".contains("expected YYYY-MM-DD, got 22.11.2026"), "\(error)")
        }
    }
}
