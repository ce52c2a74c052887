/// A small fixed set of words (grammar words used by rules: "zu", "na", "only"), compared by
/// `TermHash` so that checking a token costs no `String`.
struct WordSet: Sendable {
    private let keys: [UInt64]
    let words: [String]

    init(_ words: [String]) {
        self.words = words.sorted()
        keys = words.map { TermHash.of($0) }.sorted()
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        for candidate in keys where candidate == key { return true }
        return false
    }

    var isEmpty: Bool { keys.isEmpty }
}

extension WordSet: ExpressibleByArrayLiteral {
    init(arrayLiteral elements: String...) { self.init(elements) }
}
