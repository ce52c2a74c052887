/// A one-hash Bloom filter over `TermHash` keys: "maybe present" or "surely absent".
///
/// The morphology's candidate filters (`ValenceLookup.Filters`) are probed several times per
/// word and only ever need a superset answer: a false "maybe" costs the exact lookup that
/// follows it, never a different result. One bit per slot keeps a filter of tens of thousands
/// of keys in a few dozen kilobytes, so probes hit the cache, where a `TermTable` of the same
/// keys (two arrays, half empty) spread its misses over a megabyte.
struct TermFilter: Sendable {
    private var bits: [UInt64]
    private var shift: UInt64
    private var keys: [UInt64] = []

    /// Slots per inserted key; with one hash the false-positive rate is about its inverse.
    static let slotsPerKey = 16

    init() {
        bits = [0]
        shift = 64 - 6
    }

    /// Adds `key`; the bit array doubles to keep `slotsPerKey` (built once at load time).
    mutating func insert(_ key: UInt64) {
        keys.append(key)
        if keys.count * Self.slotsPerKey > bits.count * 64 {
            let words = bits.count * 2
            bits = Array(repeating: 0, count: words)
            shift -= 1
            for old in keys { set(old) }
        } else {
            set(key)
        }
    }

    private mutating func set(_ key: UInt64) {
        let slot = Self.slot(key, shift: shift)
        bits[slot >> 6] |= 1 << UInt64(slot & 63)
    }

    /// Fibonacci hashing: the top bits of key × 2⁶⁴/φ.
    @inline(__always)
    private static func slot(_ key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// false: `key` was never inserted. true: it probably was.
    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        let slot = Self.slot(key, shift: shift)
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }
}
