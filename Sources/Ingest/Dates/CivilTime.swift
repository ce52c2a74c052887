import Foundation

/// A calendar date and wall-clock time in the proleptic Gregorian calendar, with the offset
/// from UTC when the source gave one. Arithmetic is Howard Hinnant's `days_from_civil`
/// (public domain), so no `Calendar` is needed on the hot path and years before 1582 are not
/// silently switched to the Julian calendar as Foundation's Gregorian calendar does.
struct CivilTime: Equatable {
    var year: Int
    var month: Int = 1
    var day: Int = 1
    var hour: Int = 0
    var minute: Int = 0
    var second: Int = 0
    var nanosecond: Int = 0
    /// Seconds east of UTC; nil when the text carried no zone (the context's zone applies).
    var utcOffset: Int?

    /// Whether every field is within its range (leap seconds are accepted and clamped).
    var isValid: Bool {
        month >= 1 && month <= 12 && day >= 1 && day <= CivilTime.daysInMonth(year, month)
            && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 60
    }

    static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date.
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Year, month, day for days since 1970-01-01.
    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Seconds since 1970 of the wall-clock fields read as UTC.
    var naiveSeconds: Int {
        CivilTime.daysFromCivil(year, month, day) * 86_400 + hour * 3_600 + minute * 60 + min(second, 59)
    }

    /// The instant, using `timeZone` when the text had no offset.
    func date(in timeZone: TimeZone) -> Date {
        let naive = naiveSeconds
        let offset: Int
        if let utcOffset {
            offset = utcOffset
        } else {
            // Two steps find the right side of a DST change for nearly all wall times.
            let first = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(naive)))
            offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(naive - first)))
        }
        return Date(timeIntervalSince1970: TimeInterval(naive - offset) + TimeInterval(nanosecond) / 1e9)
    }

    /// The wall-clock fields of `date` in `timeZone` (for "heute, 14:05").
    static func fields(of date: Date, in timeZone: TimeZone) -> CivilTime {
        let offset = timeZone.secondsFromGMT(for: date)
        let seconds = Int(floor(date.timeIntervalSince1970)) + offset
        let days = Int(floor(Double(seconds) / 86_400))
        let (year, month, day) = civilFromDays(days)
        let rest = seconds - days * 86_400
        return CivilTime(year: year, month: month, day: day, hour: rest / 3_600, minute: rest % 3_600 / 60,
                         second: rest % 60, utcOffset: nil)
    }
}
