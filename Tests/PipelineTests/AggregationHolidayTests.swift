import Foundation
import XCTest

@testable import Pipeline

final class AggregationHolidayTests: XCTestCase {
    func testEasterSundayMatchesPublishedDates() {
        let known = [
            1961: "1961-04-02", 2000: "2000-04-23", 2008: "2008-03-23", 2019: "2019-04-21", 2024: "2024-03-31",
            2025: "2025-04-20", 2026: "2026-04-05", 2038: "2038-04-25", 2285: "2285-03-22",
        ]
        for (year, date) in known {
            XCTAssertEqual(GermanHolidays.easterSunday(year).description, date, "\(year)")
        }
    }

    func testBavariaHas12StatewideHolidaysIn2026() {
        let days = GermanHolidays(state: .BY).holidays(in: 2026).keys.map(\.description).sorted()
        XCTAssertEqual(days, [
            "2026-01-01", "2026-01-06", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14", "2026-05-25",
            "2026-06-04", "2026-10-03", "2026-11-01", "2026-12-25", "2026-12-26",
        ])
    }

    func testStateSpecificHolidaysFollowTheirStatesAndYearsOfIntroduction() {
        func isHoliday(_ state: GermanHolidays.State?, _ date: String) -> Bool {
            GermanHolidays(state: state).isHoliday(ReportDay(date)!)
        }
        XCTAssertTrue(isHoliday(.SN, "2026-11-18"), "Buß- und Bettag: Wednesday before 23 November")
        XCTAssertTrue(isHoliday(.SN, "2027-11-17"))
        XCTAssertFalse(isHoliday(.BY, "2026-11-18"))
        XCTAssertTrue(isHoliday(.HH, "2018-10-31"))
        XCTAssertFalse(isHoliday(.HH, "2016-10-31"))
        XCTAssertTrue(isHoliday(.HH, "2017-10-31"), "2017: Reformation anniversary everywhere")
        XCTAssertTrue(isHoliday(nil, "2017-10-31"))
        XCTAssertTrue(isHoliday(.BE, "2026-03-08"))
        XCTAssertFalse(isHoliday(.BE, "2018-03-08"))
        XCTAssertTrue(isHoliday(.MV, "2023-03-08"))
        XCTAssertTrue(isHoliday(.TH, "2026-09-20"))
        XCTAssertTrue(isHoliday(.SL, "2026-08-15"))
        XCTAssertFalse(isHoliday(.BY, "2026-08-15"), "only in Bavaria's Catholic municipalities")
        XCTAssertTrue(isHoliday(.NW, "2026-06-04"), "Fronleichnam")
        XCTAssertFalse(isHoliday(.NI, "2026-06-04"))
        XCTAssertFalse(isHoliday(nil, "2026-01-06"), "without a state only nationwide days")
    }

    func testEveryStateHasTheNineNationwideHolidays() {
        for state in GermanHolidays.State.allCases {
            let count = GermanHolidays(state: state).holidays(in: 2026).count
            XCTAssertGreaterThanOrEqual(count, 9, state.rawValue)
            XCTAssertTrue(GermanHolidays(state: state).isHoliday(ReportDay("2026-10-03")!), state.rawValue)
        }
    }

    /// Weekdays busy, Sundays and holidays quiet. The report day 2026-06-04 is a Thursday and Fronleichnam
    /// in BY: the spike test must expect Sunday volume there, so a normal Thursday's volume
    /// stands out, and nationwide (no state) it must not.
    func testHolidayIsTreatedLikeASundayInTheBaseline() {
        var factory = ReportPostFactory(day: ReportDay("2026-06-04")!)
        var posts: [StoredPost] = []
        for offset in -28...0 {
            let day = factory.day.adding(days: offset)
            let quiet = day.isoWeekday == 7 || GermanHolidays(state: .BY).isHoliday(day)
            let count = offset == 0 || !quiet ? 10 : 1
            for index in 0..<count {
                posts.append(factory.post(source: "forum", topics: ["app"], offset: offset, hour: 8 + Double(index)))
            }
        }
        func overall(_ state: GermanHolidays.State?) -> TrendRow {
            ReportBuilder().build(
                ReportInput(day: factory.day, timeZone: factory.timeZone, posts: posts, sources: [], topics: ["app"],
                            holidays: GermanHolidays(state: state))
            ).trendRow(scope: .overall)!
        }
        let bavaria = overall(.BY)
        let nationwide = overall(nil)
        XCTAssertLessThan(bavaria.expectedVolume, nationwide.expectedVolume / 2)
        XCTAssertEqual(ReportBuilder().build(
            ReportInput(day: factory.day, timeZone: factory.timeZone, posts: posts, sources: [], topics: [],
                        holidays: GermanHolidays(state: .BY))).holiday, "Fronleichnam")
    }
}
