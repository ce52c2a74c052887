/// FNV-1a (64 bit) over Unicode scalar values.
///
/// Lexicon tables are keyed by this hash instead of `String` so the hot path never builds a
/// `String` per token: a token's key is computed while its scalars are written, and prefixes
/// of a word get their keys for free because FNV-1a is incremental.
struct TermHash: Hashable, Sendable {
    /// FNV-1a 64 offset basis and prime (Fowler/Noll/Vo, IETF draft-eastlake-fnv).
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    private(set) var value: UInt64 = TermHash.offsetBasis

    init() {}

    /// A hash that continues from `value` (a loop that mixed scalars itself, as `add` does).
    init(continuing value: UInt64) { self.value = value }

    /// Feeds one scalar. Whole scalar values are mixed in one step; only equality matters here.
    @inline(__always)
    mutating func add(_ scalar: Unicode.Scalar) {
        value = (value ^ UInt64(scalar.value)) &* TermHash.prime
    }

    /// Separator between the tokens of a phrase key.
    @inline(__always)
    mutating func addSeparator() { add(" ") }

    static func of<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var hash = TermHash()
        for scalar in scalars { hash.add(scalar) }
        return hash.value
    }

    static func of(_ text: String) -> UInt64 { of(text.unicodeScalars) }

    static func of(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var hash = TermHash()
        for scalar in scalars { hash.add(scalar) }
        return hash.value
    }
}

/// FNV-1a 64 over bytes, for the analyser's version string (stable across runs and platforms,
/// unlike `Hasher`, which is seeded per process).
struct ContentHash: Sendable {
    private(set) var value: UInt64 = TermHash.offsetBasis

    mutating func add(_ text: String) {
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* TermHash.prime }
        // A terminator keeps ("ab","c") and ("a","bc") apart.
        value = (value ^ 0xff) &* TermHash.prime
    }

    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
