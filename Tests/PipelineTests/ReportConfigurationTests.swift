import Foundation
import XCTest

@testable import Pipeline

/// The configuration keys of the reports: `reports.state`, `reports.csv_*`, `watch`, `sources[].sla_hours`.
final class ReportConfigurationTests: XCTestCase {
    private func load(_ extra: [String: Any], source: [String: Any] = [:]) throws -> Configuration {
        let directory = try makeTemporaryDirectory(self)
        var config = extra
        config["sources"] = [["name": "forum", "url": "file:feed.xml"].merging(source) { $1 }]
        let file = directory.appendingPathComponent("config.json")
        try JSONSerialization.data(withJSONObject: config).write(to: file)
        return try ConfigurationLoader(environment: [:]).load(file)
    }

    private func error(_ extra: [String: Any], source: [String: Any] = [:]) -> String {
        do {
            _ = try load(extra, source: source)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    func testDefaultsArePlainCSVNationwideHolidaysNoWatchAnd24HourSLA() throws {
        let configuration = try load([:])
        XCTAssertEqual(configuration.reports.csvFormat, .standard)
        XCTAssertNil(configuration.reports.state)
        XCTAssertEqual(configuration.reports.watch, [])
        XCTAssertEqual(configuration.sources[0].slaHours, 24)
    }

    func testGermanExcelKeysGiveTheGermanExcelFormat() throws {
        let configuration = try load(["reports": ["csv_delimiter": ";", "csv_decimal_comma": true, "csv_bom": true, "state": "by"]])
        XCTAssertEqual(configuration.reports.csvFormat, .germanExcel)
        XCTAssertEqual(configuration.reports.state, .BY)
    }

    func testWatchGroupsAreReadSortedByName() throws {
        let configuration = try load(["watch": ["own": ["Nordlicht", "Nordlicht Mobil"], "competitors": ["Südwind", "Ostwerk"]]])
        XCTAssertEqual(configuration.reports.watch, [
            WatchGroup(name: "competitors", terms: ["Südwind", "Ostwerk"]),
            WatchGroup(name: "own", terms: ["Nordlicht", "Nordlicht Mobil"]),
        ])
    }

    func testSLAHoursIsASourceKey() throws {
        XCTAssertEqual(try load([:], source: ["owned": true, "sla_hours": 8]).sources[0].slaHours, 8)
        XCTAssertTrue(error([:], source: ["sla_hours": 0]).contains("sources[0].sla_hours"))
    }

    func testWrongValuesNameTheKey() {
        XCTAssertTrue(error(["reports": ["csv_delimiter": "|"]]).contains("reports.csv_delimiter"))
        XCTAssertTrue(error(["reports": ["state": "XX"]]).contains("reports.state"))
        XCTAssertTrue(error(["reports": ["csv_bom": "yes"]]).contains("reports.csv_bom"))
        XCTAssertTrue(error(["watch": ["own": []]]).contains("watch.own"))
        XCTAssertTrue(error(["watch": ["own": "Nordlicht"]]).contains("watch.own"))
        XCTAssertTrue(error(["reports": ["csv_separator": ";"]]).contains("unknown key"))
    }
}
