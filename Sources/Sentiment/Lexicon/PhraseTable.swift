/// phrases.tsv: multiword idioms and irony formulas ("danke für nichts"), matched on whole
/// tokens before single words so their words are not scored again.
struct PhraseTable: Sendable {
    struct Phrase: Sendable, Equatable {
        var text: String
        var tokenKeys: [UInt64]
        var valence: Double
    }

    /// Phrases by the key of their first token, longest first.
    private(set) var byFirstToken = TermTable<[Phrase]>()
    private(set) var count = 0
    /// The first-token keys, as a small filter: almost no token starts a phrase, and this
    /// answers those from the cache instead of probing `byFirstToken`.
    private var firstKeys = TermFilter()
    /// The first two token keys of every phrase of two or more tokens (`pairKey`), and the
    /// keys of one-token phrases: most tokens that start some phrase ("die", "ich", "gute")
    /// are followed by a token no phrase continues with, and this rejects them without
    /// fetching and comparing their phrase list.
    private var firstPairs = TermFilter()
    private var singleTokenKeys = TermFilter()

    mutating func add(_ text: String, valence: Double) {
        let keys = text.split(separator: " ").map { TermHash.of($0.unicodeScalars) }
        guard let first = keys.first else { return }
        var list = byFirstToken[first] ?? []
        list.removeAll { $0.tokenKeys == keys }
        list.append(Phrase(text: text, tokenKeys: keys, valence: valence))
        list.sort { $0.tokenKeys.count > $1.tokenKeys.count }
        byFirstToken[first] = list
        firstKeys.insert(TermTable<[Phrase]>.slotKey(first))
        if keys.count >= 2 { firstPairs.insert(Self.pairKey(first, keys[1])) } else { singleTokenKeys.insert(first) }
        count += 1
    }

    /// The longest phrase starting at token `index`, compared on consecutive word/emoji tokens.
    /// Inlined down to the filter test, which rejects almost every token: the call itself,
    /// with the text passed along, cost several times that test.
    @inline(__always)
    func longestMatch(at index: Int, in text: TokenizedText) -> Phrase? {
        let first = text.tokens[index].key
        guard firstKeys.mayContain(TermTable<[Phrase]>.slotKey(first)) else { return nil }
        // A phrase of two or more tokens also needs the next token; without one, only a phrase
        // of one token can match.
        let mayContinue = index + 1 < text.tokens.count && firstPairs.mayContain(Self.pairKey(first, text.tokens[index + 1].key))
        guard mayContinue || singleTokenKeys.mayContain(first) else { return nil }
        return candidateMatch(at: index, in: text)
    }

    @inline(__always)
    private static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 0x9E37_79B9_7F4A_7C15) ^ second
    }

    @inline(never)
    private func candidateMatch(at index: Int, in text: TokenizedText) -> Phrase? {
        let first = text.tokens[index].key
        guard let candidates = byFirstToken[first] else { return nil }
        for phrase in candidates where index + phrase.tokenKeys.count <= text.tokens.count {
            var matched = true
            for offset in 1..<max(1, phrase.tokenKeys.count) where text.tokens[index + offset].key != phrase.tokenKeys[offset] {
                matched = false
                break
            }
            if matched { return phrase }
        }
        return nil
    }
}
