import Foundation

/// German statutory public holidays (gesetzliche Feiertage) of one state, computed for any year:
/// nationwide days plus the state's own, with the year each was introduced. Customers post
/// like on a Sunday on these days, so the spike test's weekday factor treats them as Sundays.
///
/// Only holidays valid in the whole state are listed: Fronleichnam in parts of Saxony and
/// Thuringia, Mariä Himmelfahrt in Bavaria's Catholic municipalities and Augsburg's
/// Friedensfest are local and left out, as are one-off days (8 May 2020 and 2025 in Berlin).
public struct GermanHolidays: Sendable, Equatable {
    /// The 16 states by their ISO 3166-2:DE code without the `DE-` prefix.
    public enum State: String, Sendable, Equatable, CaseIterable, Codable {
        case BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH
    }

    /// nil: only the nationwide holidays (the days every state shares).
    public var state: State?

    public init(state: State?) {
        self.state = state
    }

    /// Whether `day` is a public holiday in the state (or nationwide without a state).
    public func isHoliday(_ day: ReportDay) -> Bool {
        holidays(in: day.year)[day] != nil
    }

    /// The holidays of `year` with their German names.
    public func holidays(in year: Int) -> [ReportDay: String] {
        let easter = Self.easterSunday(year)
        var days: [ReportDay: String] = [
            ReportDay(year: year, month: 1, day: 1): "Neujahr",
            easter.adding(days: -2): "Karfreitag",
            easter.adding(days: 1): "Ostermontag",
            ReportDay(year: year, month: 5, day: 1): "Tag der Arbeit",
            easter.adding(days: 39): "Christi Himmelfahrt",
            easter.adding(days: 50): "Pfingstmontag",
            ReportDay(year: year, month: 10, day: 3): "Tag der Deutschen Einheit",
            ReportDay(year: year, month: 12, day: 25): "1. Weihnachtstag",
            ReportDay(year: year, month: 12, day: 26): "2. Weihnachtstag",
        ]
        // The 500th anniversary of the Reformation was a holiday in every state, once.
        if year == 2017 { days[ReportDay(year: year, month: 10, day: 31)] = "Reformationstag" }
        guard let state else { return days }
        func add(_ day: ReportDay, _ name: String, in states: Set<State>, since: Int = 0) {
            if states.contains(state), year >= since { days[day] = name }
        }
        add(ReportDay(year: year, month: 1, day: 6), "Heilige Drei Könige", in: [.BW, .BY, .ST])
        add(ReportDay(year: year, month: 3, day: 8), "Internationaler Frauentag", in: [.BE], since: 2019)
        add(ReportDay(year: year, month: 3, day: 8), "Internationaler Frauentag", in: [.MV], since: 2023)
        add(easter, "Ostersonntag", in: [.BB])
        add(easter.adding(days: 49), "Pfingstsonntag", in: [.BB])
        add(easter.adding(days: 60), "Fronleichnam", in: [.BW, .BY, .HE, .NW, .RP, .SL])
        add(ReportDay(year: year, month: 8, day: 15), "Mariä Himmelfahrt", in: [.SL])
        add(ReportDay(year: year, month: 9, day: 20), "Weltkindertag", in: [.TH], since: 2019)
        add(ReportDay(year: year, month: 10, day: 31), "Reformationstag", in: [.BB, .MV, .SN, .ST, .TH])
        add(ReportDay(year: year, month: 10, day: 31), "Reformationstag", in: [.HB, .HH, .NI, .SH], since: 2018)
        add(ReportDay(year: year, month: 11, day: 1), "Allerheiligen", in: [.BW, .BY, .NW, .RP, .SL])
        add(Self.repentanceDay(year), "Buß- und Bettag", in: [.SN])
        return days
    }

    /// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), valid for
    /// every Gregorian year; no calendar API needed.
    public static func easterSunday(_ year: Int) -> ReportDay {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return ReportDay(year: year, month: month, day: day)
    }

    /// Buß- und Bettag: the Wednesday before 23 November (between 16 and 22 November).
    static func repentanceDay(_ year: Int) -> ReportDay {
        let november22 = ReportDay(year: year, month: 11, day: 22)
        let back = (november22.isoWeekday - 3 + 7) % 7  // ISO 3 = Wednesday
        return november22.adding(days: -back)
    }
}
