/// Decodes one character reference (`&name;`, `&#NNN;`, `&#xHH;`) in UTF-8 bytes.
enum EntityReference {
    /// Windows-1252 meanings of C1 code points: HTML5 §13.2.5.80 maps `&#146;` to ’ because
    /// pages written on Windows emit those numbers for curly quotes and dashes.
    static let windows1252C1: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Code point and byte length of the reference starting at `start` (which holds `&`),
    /// or nil when it is not a reference we know (the `&` is then literal text).
    /// Named references of HTML 4 are accepted without `;` when the name ends there, as
    /// browsers do for legacy content ("&copy 2026").
    static func decode(_ input: UnsafeBufferPointer<UInt8>, at start: Int) -> (UInt32, Int)? {
        let count = input.count
        var index = start + 1
        guard index < count else { return nil }
        if input[index] == UInt8(ascii: "#") {
            index += 1
            var hex = false
            if index < count, input[index] | 0x20 == UInt8(ascii: "x") {
                hex = true
                index += 1
            }
            var value: UInt32 = 0
            let digitsStart = index
            while index < count, index - digitsStart < 8, let digit = digitValue(input[index], hex: hex) {
                value = value * (hex ? 16 : 10) + digit
                index += 1
            }
            guard index > digitsStart else { return nil }
            if index < count, input[index] == UInt8(ascii: ";") { index += 1 }
            return (normalised(value), index - start)
        }
        let nameStart = index
        while index < count, index - nameStart <= 8, isAlphanumeric(input[index]) { index += 1 }
        guard index > nameStart,
            let value = HTMLEntities.codePoint(forName: UnsafeBufferPointer(rebasing: input[nameStart..<index]))
        else { return nil }
        if index < count, input[index] == UInt8(ascii: ";") { index += 1 }
        return (value, index - start)
    }

    /// Maps C1 controls through windows-1252 and invalid code points to U+FFFD.
    static func normalised(_ value: UInt32) -> UInt32 {
        if value >= 0x80, value <= 0x9F { return windows1252C1[Int(value - 0x80)] }
        if value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) { return 0xFFFD }
        return value
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
