/// Fast path for the canonical RFC 822/1123 form most RSS feeds use
/// (`Sun, 22 Nov 2026 14:05:00 +0100`), on bytes. Anything unusual returns nil and goes to
/// `FreeformDateParser`, which knows the variants but costs several times more per date.
struct RFC822DateScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The UTF-8 bytes of the text, when the caller has them already.
    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func scan() -> CivilTime? {
        // Optional "Sun," prefix.
        if index < bytes.count, isLetter(bytes[index]) {
            while index < bytes.count, isLetter(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return nil }
            index += 1
            skipSpaces()
        }
        guard let day = number(maxDigits: 2), skipSpaces(), let month = monthName(), skipSpaces(),
            let yearStart = Optional(index), let rawYear = number(maxDigits: 4), skipSpaces()
        else { return nil }
        let yearDigits = index - yearStart - spacesBefore(index)
        let year = yearDigits <= 2 ? (rawYear < 50 ? 2000 + rawYear : 1900 + rawYear) : rawYear
        guard let hour = number(maxDigits: 2), expect(UInt8(ascii: ":")), let minute = number(exactDigits: 2) else { return nil }
        var second = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            index += 1
            guard let value = number(exactDigits: 2) else { return nil }
            second = value
        }
        skipSpaces()
        guard let offset = zone(), index == bytes.count else { return nil }
        let civil = CivilTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second, utcOffset: offset)
        return civil.isValid ? civil : nil
    }

    private mutating func zone() -> Int? {
        guard index < bytes.count else { return nil }
        let sign = bytes[index]
        if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            index += 1
            guard let value = number(exactDigits: 4) else { return nil }
            let hours = value / 100, minutes = value % 100
            guard hours <= 14, minutes <= 59 else { return nil }
            return (sign == UInt8(ascii: "-") ? -1 : 1) * (hours * 3_600 + minutes * 60)
        }
        let start = index
        while index < bytes.count, isLetter(bytes[index]) { index += 1 }
        guard index > start, index - start <= 5 else { return nil }
        let word = String(decoding: bytes[start..<index].map { $0 | 0x20 }, as: UTF8.self)
        return DateVocabulary.zoneOffset(word)
    }

    /// Three-letter English month abbreviation (RFC 822 §5.1), case-insensitive.
    private mutating func monthName() -> Int? {
        guard index + 3 <= bytes.count else { return nil }
        let key = (UInt32(bytes[index] | 0x20) << 16) | (UInt32(bytes[index + 1] | 0x20) << 8) | UInt32(bytes[index + 2] | 0x20)
        let months: [UInt32] = [0x6A616E, 0x666562, 0x6D6172, 0x617072, 0x6D6179, 0x6A756E, 0x6A756C, 0x617567, 0x736570, 0x6F6374, 0x6E6F76, 0x646563]
        guard let position = months.firstIndex(of: key) else { return nil }
        index += 3
        guard index == bytes.count || bytes[index] == UInt8(ascii: " ") else { return nil }
        return position + 1
    }

    private mutating func number(maxDigits: Int) -> Int? {
        let start = index
        var value = 0
        while index < bytes.count, index - start < maxDigits, bytes[index] >= 48, bytes[index] <= 57 {
            value = value * 10 + Int(bytes[index] - 48)
            index += 1
        }
        guard index > start, index == bytes.count || !(bytes[index] >= 48 && bytes[index] <= 57) else { return nil }
        return value
    }

    private mutating func number(exactDigits: Int) -> Int? {
        let start = index
        guard let value = number(maxDigits: exactDigits), index - start == exactDigits else { return nil }
        return value
    }

    private mutating func expect(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// Skips spaces; true when at least one was skipped or the text ended.
    @discardableResult
    private mutating func skipSpaces() -> Bool {
        let start = index
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index > start || index == bytes.count
    }

    private func spacesBefore(_ position: Int) -> Int {
        var count = 0
        while position - count - 1 >= 0, bytes[position - count - 1] == UInt8(ascii: " ") { count += 1 }
        return count
    }

    private func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }
}
