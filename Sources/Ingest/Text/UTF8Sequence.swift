/// One UTF-8 sequence checked where it stands, for loops that copy text and meet a non-ASCII
/// byte now and then (the JSON writer checks post texts while escaping them).
enum UTF8Sequence {
    /// Length of the well-formed sequence (Unicode 15, Table 3-7: no overlongs, surrogates or
    /// code points past U+10FFFF) whose lead byte, not ASCII, is at `index`; nil when there is none.
    @inline(__always)
    static func length(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch bytes[index] {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        let second = bytes[index + 1]
        guard second >= low, second <= high else { return nil }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return nil }
        return length
    }
}
