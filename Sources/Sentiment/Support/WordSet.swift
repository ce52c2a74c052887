/// A small fixed set of words (grammar words used by rules: "zu", "na", "only"), compared by
/// `TermHash` so that checking a token costs no `String`.
struct WordSet: Sendable {
    private let keys: [UInt64]
    /// Bit `key % 64` of every key: rules ask about nearly every word, and almost all are
    /// rejected by this one test instead of a comparison with each key.
    private let mask: UInt64
    let words: [String]

    init(_ words: [String]) {
        self.words = words.sorted()
        keys = words.map { TermHash.of($0) }.sorted()
        mask = keys.reduce(0) { $0 | 1 << ($1 & 63) }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        guard mask & (1 << (key & 63)) != 0 else { return false }
        for candidate in keys where candidate == key { return true }
        return false
    }

    var isEmpty: Bool { keys.isEmpty }
}

extension WordSet: ExpressibleByArrayLiteral {
    init(arrayLiteral elements: String...) { self.init(elements) }
}
