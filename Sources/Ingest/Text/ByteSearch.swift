import Foundation

/// Finding one byte in a run with the C library's vectorised `memchr`, 16 to 32 bytes per
/// step instead of one compare per byte: the scanner's text runs and escaped HTML are long.
enum ByteSearch {
    /// Index of the first `byte` in `input[start..<end]`, or `end` when there is none.
    @inline(__always)
    static func first(_ byte: UInt8, in input: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard start < end, let base = input.baseAddress else { return end }
        guard let found = memchr(base + start, Int32(byte), end - start) else { return end }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// True when `byte` occurs in `input[start..<end]`.
    @inline(__always)
    static func contains(_ byte: UInt8, in input: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        first(byte, in: input, from: start, to: end) < end
    }
}

/// Tests on eight bytes at once (SWAR): a loop can skip a word in which no byte needs
/// attention. Both tests are exact about whether such a byte exists, not about where.
enum WordTest {
    private static let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080

    /// Eight bytes at `offset`, in any alignment.
    @inline(__always)
    static func load(_ input: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(input.baseAddress!).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }

    /// True when some byte of `word` equals `byte` (a zero byte after XOR).
    @inline(__always)
    static func has(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs != 0
    }

    /// True when some byte of `word` is below `limit` (at most 0x80; a borrow marks it).
    @inline(__always)
    static func hasBelow(_ word: UInt64, _ limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highs != 0
    }

    /// `has` as a mask: the high bit of the lowest byte equal to `byte` is set, and no bit
    /// below it (higher bytes may be marked wrongly), so `trailingZeroBitCount >> 3` of a
    /// non-zero result, or of several such masks OR-ed, is the index of the first such byte.
    @inline(__always)
    static func marked(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs
    }

    /// `hasBelow` as a mask, with the same guarantee as `marked`.
    @inline(__always)
    static func markedBelow(_ word: UInt64, _ limit: UInt8) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highs
    }

    /// The high bit of every byte of `word` equal to `byte` is set, and no other bit (exact
    /// per byte: no borrow crosses bytes).
    @inline(__always)
    static func exactlyMarked(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((x & lows) &+ lows) | x) & highs
    }
}
