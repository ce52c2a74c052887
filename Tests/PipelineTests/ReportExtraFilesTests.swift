import Foundation
import XCTest

@testable import Pipeline

final class ReportExtraFilesTests: XCTestCase {
    private static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    private func files(_ format: CSVFormat = .standard) throws -> [String: Data] {
        var input = ReportScenario.full()
        input.watch = [WatchGroup(name: "own", terms: ["Rechnung"])]
        return Dictionary(uniqueKeysWithValues: try ReportWriter(csvFormat: format).render(ReportBuilder().build(input)).map { ($0.name, $0.data) })
    }

    /// Same contract as the three original CSV files: a header change is a deliberate one.
    func testNewCSVHeadersMatchTheDocumentedContract() throws {
        let rendered = try files()
        let fixtures = try XCTUnwrap(Bundle.module.resourceURL).appendingPathComponent("Fixtures/reports")
        for (name, fixture) in [("watch.csv", "watch"), ("response-times.csv", "response-times"), ("top-voices.csv", "top-voices"),
                                ("trends-weekly.csv", "trends-weekly"), ("trends-monthly.csv", "trends-weekly")] {
            let expected = try String(contentsOf: fixtures.appendingPathComponent("\(fixture).header.csv"), encoding: .utf8)
            let header = String(decoding: try XCTUnwrap(rendered[name]), as: UTF8.self).components(separatedBy: "\r\n")[0]
            XCTAssertEqual(header, expected.trimmingCharacters(in: .newlines), name)
        }
        XCTAssertEqual(Set(rendered.keys), Set(ReportWriter.fileNames))
    }

    func testConfiguredCSVFormatReachesEveryCSVFile() throws {
        for (name, data) in try files(.germanExcel) where name.hasSuffix(".csv") {
            XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF], name)
            let header = String(decoding: data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")[0]
            XCTAssertTrue(header.contains(";") && !header.contains(","), name)
        }
        let weekly = String(decoding: try files(.germanExcel)["trends-weekly.csv"]!, as: UTF8.self)
        XCTAssertTrue(weekly.contains(";0,"), "decimal comma in numbers")
    }

    /// Every key a JSON file writes is declared in its shipped schema (which forbids others),
    /// and every required key is written.
    func testJSONFilesMatchTheKeysOfTheirShippedSchemas() throws {
        let rendered = try files()
        for name in ["trends", "escalations", "summary"] {
            let schemaURL = Self.repositoryRoot.appendingPathComponent("docs/schemas/\(name).schema.json")
            let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
            let file = try XCTUnwrap(JSONSerialization.jsonObject(with: try XCTUnwrap(rendered["\(name).json"])) as? [String: Any])
            let declared = Set((schema["properties"] as? [String: Any] ?? [:]).keys)
            XCTAssertEqual(Set(file.keys), declared, name)
            XCTAssertTrue(Set(schema["required"] as? [String] ?? []).isSubset(of: Set(file.keys)), name)
        }
    }

    /// Every nested row too: types, nulls, enums and ranges, not just the top-level keys.
    func testJSONFilesValidateAgainstTheirShippedSchemasDownToNestedRows() throws {
        let rendered = try files()
        for name in ["trends", "escalations", "summary"] {
            let schemaURL = Self.repositoryRoot.appendingPathComponent("docs/schemas/\(name).schema.json")
            let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
            let file = try JSONSerialization.jsonObject(with: try XCTUnwrap(rendered["\(name).json"]))
            XCTAssertEqual(JSONSchemaValidator(root: schema).errors(file), [], name)
        }
    }

    func testTheSchemaCheckNoticesAWrongNestedValue() throws {
        let schemaURL = Self.repositoryRoot.appendingPathComponent("docs/schemas/escalations.schema.json")
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
        var file = try XCTUnwrap(JSONSerialization.jsonObject(with: try XCTUnwrap(try files()["escalations.json"])) as? [String: Any])
        var rows = try XCTUnwrap(file["escalations"] as? [[String: Any]])
        XCTAssertFalse(rows.isEmpty)
        rows[0]["level"] = "panic"
        rows[0]["posts_last_24h"] = -1
        rows[0]["surprise"] = true
        file["escalations"] = rows
        XCTAssertEqual(JSONSchemaValidator(root: schema).errors(file).count, 3, "\(JSONSchemaValidator(root: schema).errors(file))")
    }

    func testSummaryCarriesWatchResponseTimesTopVoicesAndSpikeGroups() throws {
        let summary = try XCTUnwrap(JSONSerialization.jsonObject(with: try files()["summary.json"]!) as? [String: Any])
        XCTAssertFalse((summary["watch"] as? [Any] ?? []).isEmpty)
        XCTAssertFalse((summary["response_times"] as? [Any] ?? []).isEmpty)
        XCTAssertFalse((summary["top_voices"] as? [Any] ?? []).isEmpty)
        XCTAssertFalse((summary["spike_groups"] as? [Any] ?? []).isEmpty)
        XCTAssertTrue(summary["holiday"] is NSNull)
        XCTAssertEqual(summary["days_from_aggregates"] as? [String], [])
    }

    func testHTMLShowsTheNewSectionsAndGroupsSpikes() throws {
        let html = String(decoding: try files()["report.html"]!, as: UTF8.self)
        for heading in ["Watch terms and share of voice", "Staff response times", "Weeks and months", "Top voices"] {
            XCTAssertTrue(html.contains(heading), heading)
        }
        XCTAssertTrue(html.contains("<th>Also flagged</th>"))
    }

    func testHTMLNotesAHolidayAndDaysRebuiltFromKeptAggregates() throws {
        var factory = ReportPostFactory(day: ReportDay("2026-10-03")!)
        let posts = factory.background(topics: ["app"], perDay: 2, fromOffset: -3, toOffset: 0)
        let old = DailyAggregate(day: factory.day.adding(days: -10), scope: .overall, source: "(all)", topic: "(all)",
                                 language: "(all)", volume: 4, positive: 1, neutral: 3, negative: 0, unscored: 0,
                                 scoreSum: 0.5, distinctAuthors: 4)
        let report = ReportBuilder().build(
            ReportInput(day: factory.day, timeZone: factory.timeZone, posts: posts, sources: [], topics: ["app"], aggregates: [old]))
        let html = String(decoding: try XCTUnwrap(try ReportWriter().render(report).first { $0.name == "report.html" }).data, as: UTF8.self)
        XCTAssertTrue(html.contains("is a public holiday (Tag der Deutschen Einheit)"))
        XCTAssertTrue(html.contains("1 day (2026-09-23 – 2026-09-23) has passed post retention"))
    }
}
