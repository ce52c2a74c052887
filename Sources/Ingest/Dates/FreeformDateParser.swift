import Foundation

/// Dates that are not ISO 8601: RFC 822/1123 and its real-world variants (missing weekday
/// comma, full month names, two-digit years, `GMT-01:01`, `Etc/GMT`), asctime and JavaScript's
/// `Date.toString()` order, German numeric and spelled-out forms (`23.11.2026 14:05`,
/// `23. November 2026`), forum-relative forms (`heute, 14:05`, `vor 5 Minuten`, `2 hours ago`)
/// and the Korean forms of feedparser's corpus. Any word it does not know rejects the text:
/// guessing around "Sun, 16 zzz 2012" would invent dates.
struct FreeformDateParser {
    let timeZone: TimeZone
    let now: Date
    /// Order of numeric day, month, year from a hint like "dd.MM.yyyy" or "MM/dd/yyyy".
    let numericOrder: [Character]?

    private struct Parts {
        var numbers: [(value: Int, digits: Int)] = []
        var separators: [Character] = []
        var month: Int?
        var time: [Int]?
        var afternoon: Bool?
        var offset: Int?
        var daysBack: Int?
        var relativeCount: Int?
        var relativeSeconds: Int?
        var korean: [Character: Int] = [:]
    }

    func parse(_ text: String) -> Date? {
        guard let tokens = DateToken.tokenize(text), !tokens.isEmpty else { return nil }
        guard let parts = collect(tokens) else { return nil }
        if let seconds = parts.relativeSeconds {
            return now.addingTimeInterval(-TimeInterval(seconds))
        }
        guard var civil = civilDate(parts) else { return nil }
        if let time = parts.time {
            guard time.count <= 3 else { return nil }
            civil.hour = time[0]
            civil.minute = time.count > 1 ? time[1] : 0
            civil.second = time.count > 2 ? time[2] : 0
            if let afternoon = parts.afternoon {
                guard civil.hour >= 1, civil.hour <= 12 else { return nil }
                civil.hour = civil.hour % 12 + (afternoon ? 12 : 0)
            }
        }
        // Korean forms carry no zone; feedparser's corpus reads them as KST (UTC+9).
        civil.utcOffset = parts.offset ?? (hasHangul(text) ? 9 * 3_600 : nil)
        guard civil.isValid else { return nil }
        return civil.date(in: timeZone)
    }

    private func hasHangul(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value >= 0xAC00 && $0.value <= 0xD7A3 }
    }

    private func collect(_ tokens: [DateToken]) -> Parts? {
        var parts = Parts()
        var index = 0
        var pendingRelative: Int?
        var sawAgoPrefix = false
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token {
            case .time(let values):
                guard parts.time == nil else { return nil }
                parts.time = values
            case .number(let value, let digits):
                if let word = nextWord(tokens, index), let marker = DateVocabulary.koreanMarker(word) {
                    parts.korean[marker] = value
                    index += 1
                } else if let word = nextWord(tokens, index), let unit = DateVocabulary.unitSeconds(word),
                    sawAgoPrefix || nextWord(tokens, index + 1) == "ago"
                {
                    parts.relativeSeconds = value * unit
                    index += 1
                } else {
                    parts.numbers.append((value, digits))
                }
            case .punctuation(let mark):
                if (mark == "+" || mark == "-"), parts.time != nil, parts.offset == nil {
                    guard let offset = signedOffset(tokens, &index, negative: mark == "-") else { return nil }
                    parts.offset = offset
                } else if mark == "+" {
                    return nil
                } else {
                    parts.separators.append(mark)
                }
            case .word(let word):
                if word == "gmt" || word == "utc", index < tokens.count,
                    case .punctuation(let sign) = tokens[index], sign == "+" || sign == "-"
                {
                    index += 1
                    guard let offset = signedOffset(tokens, &index, negative: sign == "-") else { return nil }
                    parts.offset = offset
                } else if parts.time != nil, parts.offset == nil, word != "h", let offset = DateVocabulary.zoneOffset(word) {
                    // After the time, "AT" is Atlantic Time (RFC 822), not the filler "at".
                    parts.offset = offset
                } else if word == "vor" || word == "ago" {
                    sawAgoPrefix = word == "vor"
                } else if let month = DateVocabulary.month(word), parts.month == nil {
                    parts.month = month
                } else if DateVocabulary.isWeekday(word) || DateVocabulary.isFiller(word) {
                    continue
                } else if let meridiem = DateVocabulary.meridiem(word) {
                    parts.afternoon = meridiem
                } else if let back = DateVocabulary.relativeDay(word) {
                    parts.daysBack = back
                    if word == "now" || word == "jetzt" { parts.relativeSeconds = 0 }
                } else if let count = DateVocabulary.smallNumber(word), let unit = nextWord(tokens, index).flatMap(DateVocabulary.unitSeconds) {
                    pendingRelative = count * unit
                    index += 1
                } else if word == "gerade" || word == "eben" || word == "just" {
                    parts.relativeSeconds = 0
                } else if let offset = DateVocabulary.zoneOffset(word), parts.offset == nil,
                    parts.time != nil || word.count > 1
                {
                    parts.offset = offset
                } else {
                    return nil
                }
            }
        }
        if let pendingRelative { parts.relativeSeconds = pendingRelative }
        return parts
    }

    private func nextWord(_ tokens: [DateToken], _ index: Int) -> String? {
        guard index < tokens.count, case .word(let word) = tokens[index] else { return nil }
        return word
    }

    /// `+0200`, `-01:01`, `+02` after a time.
    private func signedOffset(_ tokens: [DateToken], _ index: inout Int, negative: Bool) -> Int? {
        guard index < tokens.count else { return nil }
        var hours: Int, minutes: Int
        switch tokens[index] {
        case .number(let value, let digits) where digits == 4:
            hours = value / 100
            minutes = value % 100
        case .number(let value, let digits) where digits <= 2:
            hours = value
            minutes = 0
        case .time(let values) where values.count == 2:
            hours = values[0]
            minutes = values[1]
        default:
            return nil
        }
        index += 1
        guard hours <= 14, minutes <= 59 else { return nil }
        let offset = hours * 3_600 + minutes * 60
        return negative ? -offset : offset
    }

    private func civilDate(_ parts: Parts) -> CivilTime? {
        let today = CivilTime.fields(of: now, in: timeZone)
        if let back = parts.daysBack {
            guard parts.numbers.isEmpty, parts.month == nil else { return nil }
            let (y, m, d) = CivilTime.civilFromDays(CivilTime.daysFromCivil(today.year, today.month, today.day) - back)
            return CivilTime(year: y, month: m, day: d)
        }
        if !parts.korean.isEmpty {
            guard let year = parts.korean["y"], let month = parts.korean["M"], let day = parts.korean["d"] else { return nil }
            return CivilTime(year: year, month: month, day: day)
        }
        let numbers = parts.numbers
        if let month = parts.month {
            switch numbers.count {
            case 2:
                // "01 Jan 2004", "Jan 4 2004"; a four-digit number is the year wherever it stands.
                if numbers[0].digits == 4 { return CivilTime(year: numbers[0].value, month: month, day: numbers[1].value) }
                guard numbers[0].digits <= 2 else { return nil }
                return CivilTime(year: fullYear(numbers[1]), month: month, day: numbers[0].value)
            case 1:
                guard numbers[0].digits <= 2 else { return nil }
                return inferredYear(month: month, day: numbers[0].value, today: today)
            default:
                return nil
            }
        }
        guard numbers.count == 3 || numbers.count == 2 else { return nil }
        let separator = parts.separators.first ?? "."
        guard parts.separators.allSatisfy({ $0 == separator || $0 == "." }) else { return nil }
        if numbers.count == 2 {
            // "23.11." (forum lists omit the current year).
            guard separator == "." else { return nil }
            return inferredYear(month: numbers[1].value, day: numbers[0].value, today: today)
        }
        let order: [Character]
        if let numericOrder {
            order = numericOrder
        } else if numbers[0].digits == 4 {
            order = ["y", "M", "d"]
        } else if separator == "/" && numbers[0].value <= 12 && numbers[1].value > 12 {
            order = ["M", "d", "y"]  // US "11/23/2026"; "23/11/2026" stays day first
        } else if separator == "/" && numbers[0].value <= 12 && numbers[1].value <= 12 {
            order = ["M", "d", "y"]
        } else {
            order = ["d", "M", "y"]
        }
        var fields: [Character: (value: Int, digits: Int)] = [:]
        for (key, number) in zip(order, numbers) { fields[key] = number }
        guard let year = fields["y"], let month = fields["M"], let day = fields["d"] else { return nil }
        return CivilTime(year: fullYear(year), month: month.value, day: day.value)
    }

    /// RFC 2822 §4.3: two-digit years below 50 are 20xx, others 19xx.
    private func fullYear(_ number: (value: Int, digits: Int)) -> Int {
        guard number.digits <= 2 else { return number.value }
        return number.value < 50 ? 2000 + number.value : 1900 + number.value
    }

    /// A date without a year is the most recent such day not after tomorrow.
    private func inferredYear(month: Int, day: Int, today: CivilTime) -> CivilTime {
        var civil = CivilTime(year: today.year, month: month, day: day)
        if (month, day) > (today.month, today.day + 1) { civil.year -= 1 }
        return civil
    }
}
