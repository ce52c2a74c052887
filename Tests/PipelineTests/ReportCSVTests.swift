import Foundation
import XCTest

@testable import Pipeline

final class ReportCSVTests: XCTestCase {
    private func render(_ rows: [[CSVCell]], _ format: CSVFormat = .standard) -> String {
        String(decoding: CSVTable(header: ["a", "b"], rows: rows).rendered(format), as: UTF8.self)
    }

    func testFormulaStartingTextIsNeutralisedButNegativeNumbersStayNumbers() {
        let cells: [CSVCell] = [
            .text("=HYPERLINK(\"http://evil\")"), .text("+1"), .text("-2"), .text("@SUM(A1)"), .text("\tx"),
            .text("\rx"), .decimal(-0.25), .integer(-3), .text("ok"),
        ]
        XCTAssertEqual(
            cells.map { $0.encoded(.standard) },
            ["\"'=HYPERLINK(\"\"http://evil\"\")\"", "'+1", "'-2", "'@SUM(A1)", "'\tx", "\"'\rx\"", "-0.25", "-3", "ok"])
    }

    func testFieldsWithDelimiterQuoteOrLineBreakAreQuoted() {
        XCTAssertEqual(CSVCell.text("a,b").encoded(.standard), "\"a,b\"")
        XCTAssertEqual(CSVCell.text("a;b").encoded(.standard), "a;b")
        XCTAssertEqual(CSVCell.text("a;b").encoded(.germanExcel), "\"a;b\"")
        XCTAssertEqual(CSVCell.text("sagt \"Hallo\"").encoded(.standard), "\"sagt \"\"Hallo\"\"\"")
        XCTAssertEqual(CSVCell.text("Zeile 1\nZeile 2").encoded(.standard), "\"Zeile 1\nZeile 2\"")
        XCTAssertEqual(CSVCell.text("Grüße aus Köln").encoded(.standard), "Grüße aus Köln")
    }

    func testRecordsEndWithCRLFAndTheHeaderComesFirst() {
        let text = render([[.text("x"), .integer(1)], [.empty, .decimal(0.5)]])
        XCTAssertEqual(text, "a,b\r\nx,1\r\n,0.5\r\n")
    }

    func testNumbersHaveAtMostFourDecimalsAndNoExponent() {
        XCTAssertEqual(CSVCell.decimal(0.00001).encoded(.standard), "0")
        XCTAssertEqual(CSVCell.decimal(1234567.125).encoded(.standard), "1234567.125")
        XCTAssertEqual(CSVCell.decimal(-0.00001).encoded(.standard), "0")
        XCTAssertEqual(CSVCell.decimal(2).encoded(.standard), "2")
    }

    func testGermanExcelFormatUsesSemicolonDecimalCommaAndBOM() {
        let data = CSVTable(header: ["a", "b"], rows: [[.decimal(-1.5), .text("x;y")]]).rendered(.germanExcel)
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(String(decoding: data.dropFirst(3), as: UTF8.self), "a;b\r\n-1,5;\"x;y\"\r\n")
    }

    func testDecimalCommaWithCommaDelimiterIsQuoted() {
        let format = CSVFormat(delimiter: .comma, decimalSeparator: .comma)
        XCTAssertEqual(CSVCell.decimal(0.5).encoded(format), "\"0,5\"")
    }

    func testTrendsCSVHasARowForEveryConfiguredSource() throws {
        let report = ReportBuilder().build(ReportScenario.full())
        let text = String(decoding: ReportCSV(format: .standard).trends(report), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n").dropLast()
        XCTAssertTrue(lines.first!.hasPrefix("day,scope,source,topic,language,volume,"))
        for source in ReportScenario.sources {
            XCTAssertTrue(lines.contains { $0.hasPrefix("2024-05-15,source,\(source.name),(all),(all),") }, source.name)
        }
        XCTAssertTrue(lines.contains { $0.hasPrefix("2024-05-15,source,news-feed,(all),(all),0,0,0,0,0,,,0,") })
        XCTAssertEqual(lines.count, report.trends.count + 1)
    }

    func testEscalationsCSVCarriesThreadColumnsAndNeutralisedExcerpt() throws {
        var factory = ReportPostFactory()
        let posts = [
            factory.post(thread: "t-1", threadTitle: "=cmd|' /C calc'!A0", label: .negative, markers: ["anwalt"],
                         text: "-Ich will mein Geld zurück, sofort")
        ]
        let report = ReportBuilder().build(
            ReportInput(day: factory.day, timeZone: factory.timeZone, posts: posts, sources: [], topics: []))
        let text = String(decoding: ReportCSV(format: .standard).escalations(report), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        XCTAssertTrue(lines[0].hasPrefix("day,level,score,source,thread_id,thread_title,thread_url,"))
        XCTAssertTrue(lines[1].contains(",t-1,'=cmd|' /C calc'!A0,https://forum.example.de/t/t-1,"), lines[1])
        XCTAssertTrue(lines[1].contains("\"'-Ich will mein Geld zurück, sofort\""), lines[1])
    }
}

final class ReportCSVContractTests: XCTestCase {
    /// The header rows are a contract with analysts' spreadsheets and docs/REPORTS.md:
    /// changing one means bumping the schema version and updating the fixture on purpose.
    func testCSVHeadersMatchTheDocumentedContract() throws {
        let report = ReportBuilder().build(ReportScenario.full())
        let csv = ReportCSV(format: .standard)
        let rendered = ["trends": csv.trends(report), "escalations": csv.escalations(report), "questions": csv.questions(report)]
        let fixtures = try XCTUnwrap(Bundle.module.resourceURL).appendingPathComponent("Fixtures/reports")
        for (name, data) in rendered {
            let expected = try String(contentsOf: fixtures.appendingPathComponent("\(name).header.csv"), encoding: .utf8)
            let header = String(decoding: data, as: UTF8.self).components(separatedBy: "\r\n")[0]
            XCTAssertEqual(header, expected.trimmingCharacters(in: .newlines), name)
        }
    }
}
