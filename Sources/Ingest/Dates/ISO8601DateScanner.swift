/// RFC 3339 / W3C-DTF / ISO 8601 dates on bytes: `2026-11-22T13:05:00Z`, `2026-11-22 13:05`,
/// `2026-11-22T13:05:00.538+10:00`, `20261122T130500Z`, reduced precision (`2026-11`, `2026`),
/// ordinal dates (`2026-326`), the two-digit-year forms of ISO 8601:1988 (`-0312`, `031231`,
/// `03-12-31`) that old feeds used, and a month name in the month position (`2004-július-13`).
/// Anything left over after the zone makes the whole text invalid.
struct ISO8601DateScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The UTF-8 bytes of the text, when the caller has them already.
    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Quick shape test so free-form text ("23.11.2026") never reaches this scanner.
    static func looksLikeISO(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { looksLikeISO(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer($0).prefix(5))) }
    }

    /// The same test on the first (up to five) bytes, without an array per date.
    private static func looksLikeISO(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let first = bytes.first else { return false }
        if first == UInt8(ascii: "-") { return bytes.count > 1 && isDigit(bytes[1]) }
        guard isDigit(first) else { return false }
        let leadingDigits = bytes.prefix(while: isDigit).count
        if leadingDigits == bytes.count { return true }
        return (leadingDigits == 4 || leadingDigits == 2) && bytes[leadingDigits] == UInt8(ascii: "-")
    }

    /// The form nearly every Atom feed and API writes, `2026-11-22T18:00:00Z` or with
    /// `+01:00`, read at fixed positions; nil for anything else (the scanner reads it, with
    /// the same result for these forms).
    static func canonical(_ bytes: UnsafeBufferPointer<UInt8>) -> CivilTime? {
        guard bytes.count == 20 || bytes.count == 25 else { return nil }
        func number(_ start: Int, _ length: Int) -> Int? {
            var value = 0
            for index in start..<(start + length) {
                let digit = Int(bytes[index]) - 48
                guard digit >= 0, digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2)
        else { return nil }
        let offset: Int
        if bytes.count == 20 {
            guard bytes[19] == UInt8(ascii: "Z") else { return nil }
            offset = 0
        } else {
            let sign = bytes[19]
            guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), bytes[22] == UInt8(ascii: ":"),
                let hours = number(20, 2), let minutes = number(23, 2), hours <= 14, minutes <= 59
            else { return nil }
            offset = (sign == UInt8(ascii: "-") ? -1 : 1) * (hours * 3_600 + minutes * 60)
        }
        let civil = CivilTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second, utcOffset: offset)
        return civil.isValid ? civil : nil
    }

    mutating func scan() -> CivilTime? {
        guard var civil = scanDate() else { return nil }
        if index == bytes.count { return civil }
        // Date-time separator: "T", or whitespace (RFC 3339 §5.6 note; common in feeds).
        if bytes[index] == UInt8(ascii: "T") || bytes[index] == UInt8(ascii: "t") {
            index += 1
        } else if bytes[index] == UInt8(ascii: " ") {
            skipSpaces()
        } else {
            return nil
        }
        guard scanTime(into: &civil) else { return nil }
        skipSpaces()
        if index < bytes.count {
            guard let offset = scanZone() else { return nil }
            civil.utcOffset = offset
        }
        skipSpaces()
        return index == bytes.count && civil.isValid ? civil : nil
    }

    private mutating func scanDate() -> CivilTime? {
        if bytes.first == UInt8(ascii: "-") {
            // "-YYMM" and "-YY-MM": ISO 8601:1988 reduced forms with an implied century.
            index = 1
            guard let year = digits(exactly: 2) else { return nil }
            if peek(UInt8(ascii: "-")) { index += 1 }
            guard let month = digits(exactly: 2) else { return nil }
            return validDate(CivilTime(year: 2000 + year, month: month))
        }
        let run = bytes.prefix(while: ISO8601DateScanner.isDigit).count
        switch run {
        case 8:  // YYYYMMDD
            let year = digits(exactly: 4)!, month = digits(exactly: 2)!, day = digits(exactly: 2)!
            return validDate(CivilTime(year: year, month: month, day: day))
        case 7:  // YYYYDDD
            let year = digits(exactly: 4)!, ordinal = digits(exactly: 3)!
            return ordinalDate(year, ordinal)
        case 6:  // YYMMDD
            let year = digits(exactly: 2)!, month = digits(exactly: 2)!, day = digits(exactly: 2)!
            return validDate(CivilTime(year: 2000 + year, month: month, day: day))
        case 4, 2:
            let year = digits(exactly: run)!
            let fullYear = run == 2 ? 2000 + year : year
            guard peek(UInt8(ascii: "-")) else {
                return run == 4 && index == bytes.count ? CivilTime(year: year) : nil
            }
            index += 1
            let monthStart = index
            let monthRun = bytes[index...].prefix(while: ISO8601DateScanner.isDigit).count
            var month: Int
            if monthRun == 0 {
                // A month name (feedparser's Hungarian corpus: "2004-július-13").
                let name = bytes[index...].prefix(while: { $0 != UInt8(ascii: "-") })
                guard let named = DateVocabulary.month(String(decoding: name, as: UTF8.self).lowercased())
                else { return nil }
                month = named
                index += name.count
            } else {
                guard monthRun <= 3 else { return nil }
                month = digits(exactly: monthRun)!
            }
            guard peek(UInt8(ascii: "-")) else {
                if index - monthStart == 3 && monthRun == 3 { return ordinalDate(fullYear, month) }
                return validDate(CivilTime(year: fullYear, month: month))
            }
            index += 1
            let dayRun = bytes[index...].prefix(while: ISO8601DateScanner.isDigit).count
            guard dayRun >= 1, dayRun <= 2 else { return nil }
            let day = digits(exactly: dayRun)!
            return validDate(CivilTime(year: fullYear, month: month, day: day))
        default:
            return nil
        }
    }

    private mutating func scanTime(into civil: inout CivilTime) -> Bool {
        let hourRun = bytes[index...].prefix(while: ISO8601DateScanner.isDigit).count
        if hourRun == 6 || hourRun == 4 {  // basic format HHMMSS / HHMM
            civil.hour = digits(exactly: 2)!
            civil.minute = digits(exactly: 2)!
            if hourRun == 6 { civil.second = digits(exactly: 2)! }
        } else {
            guard hourRun == 1 || hourRun == 2 else { return false }
            civil.hour = digits(exactly: hourRun)!
            guard peek(UInt8(ascii: ":")) else { return false }
            index += 1
            guard let minute = digits(exactly: 2) else { return false }
            civil.minute = minute
            if peek(UInt8(ascii: ":")) {
                index += 1
                guard let second = digits(exactly: 2) else { return false }
                civil.second = second
            }
        }
        if peek(UInt8(ascii: ".")) || peek(UInt8(ascii: ",")) {
            index += 1
            let fraction = bytes[index...].prefix(while: ISO8601DateScanner.isDigit)
            guard !fraction.isEmpty else { return false }
            var nanos = 0
            for (position, digit) in fraction.prefix(9).enumerated() {
                nanos += Int(digit - 48) * [100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1][position]
            }
            civil.nanosecond = nanos
            index += fraction.count
        }
        return true
    }

    /// `Z`, `±HH:MM`, `±HHMM`, `±HH`, or a zone abbreviation ("2004-07-08 23:56:58 PST").
    private mutating func scanZone() -> Int? {
        let byte = bytes[index]
        if byte == UInt8(ascii: "Z") || byte == UInt8(ascii: "z") {
            index += 1
            return 0
        }
        if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
            index += 1
            guard let hours = digits(exactly: 2) else { return nil }
            var minutes = 0
            if peek(UInt8(ascii: ":")) { index += 1 }
            if index < bytes.count, ISO8601DateScanner.isDigit(bytes[index]) {
                guard let value = digits(exactly: 2) else { return nil }
                minutes = value
            }
            guard hours <= 14, minutes <= 59 else { return nil }
            let offset = hours * 3_600 + minutes * 60
            return byte == UInt8(ascii: "-") ? -offset : offset
        }
        let word = bytes[index...].prefix(while: { $0 != UInt8(ascii: " ") })
        guard let offset = DateVocabulary.zoneOffset(String(decoding: word, as: UTF8.self).lowercased()) else {
            return nil
        }
        index += word.count
        return offset
    }

    private func validDate(_ civil: CivilTime) -> CivilTime? {
        civil.isValid ? civil : nil
    }

    private func ordinalDate(_ year: Int, _ ordinal: Int) -> CivilTime? {
        let length = CivilTime.isLeapYear(year) ? 366 : 365
        guard ordinal >= 1, ordinal <= length else { return nil }
        let days = CivilTime.daysFromCivil(year, 1, 1) + ordinal - 1
        let (y, m, d) = CivilTime.civilFromDays(days)
        return CivilTime(year: y, month: m, day: d)
    }

    private mutating func digits(exactly count: Int) -> Int? {
        guard index + count <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<count {
            let byte = bytes[index + offset]
            guard ISO8601DateScanner.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        index += count
        return value
    }

    private func peek(_ byte: UInt8) -> Bool {
        index < bytes.count && bytes[index] == byte
    }

    private mutating func skipSpaces() {
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
