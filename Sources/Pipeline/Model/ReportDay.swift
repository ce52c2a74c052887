import Foundation

/// A calendar day in the report time zone: midnight to midnight, as analysts read dates.
public struct ReportDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)),
            calendar.component(.day, from: date) == day, calendar.component(.month, from: date) == month
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day that contains `date` in `timeZone`.
    public init(containing date: Date, in timeZone: TimeZone) {
        let components = ReportDay.calendar(timeZone).dateComponents([.year, .month, .day], from: date)
        self.init(year: components.year!, month: components.month!, day: components.day!)
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// Coded as `"YYYY-MM-DD"`, the form report files, schemas and the store use.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = ReportDay(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected YYYY-MM-DD, got \(text)")
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Midnight at the start of the day in `timeZone` (DST-correct).
    public func start(in timeZone: TimeZone) -> Date {
        ReportDay.calendar(timeZone).date(from: DateComponents(year: year, month: month, day: day))!
    }

    /// Midnight at the end of the day, i.e. the start of the next day.
    public func end(in timeZone: TimeZone) -> Date {
        adding(days: 1).start(in: timeZone)
    }

    public func adding(days: Int) -> ReportDay {
        let utc = TimeZone(identifier: "UTC")!
        let shifted = ReportDay.calendar(utc).date(byAdding: .day, value: days, to: start(in: utc))!
        return ReportDay(containing: shifted, in: utc)
    }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var isoWeekday: Int {
        let utc = TimeZone(identifier: "UTC")!
        let weekday = ReportDay.calendar(utc).component(.weekday, from: start(in: utc))  // 1 = Sunday
        return weekday == 1 ? 7 : weekday - 1
    }

    public static func < (lhs: ReportDay, rhs: ReportDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
