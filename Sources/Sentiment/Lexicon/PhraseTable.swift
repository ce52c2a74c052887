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

    mutating func add(_ text: String, valence: Double) {
        let keys = text.split(separator: " ").map { TermHash.of($0.unicodeScalars) }
        guard let first = keys.first else { return }
        var list = byFirstToken[first] ?? []
        list.removeAll { $0.tokenKeys == keys }
        list.append(Phrase(text: text, tokenKeys: keys, valence: valence))
        list.sort { $0.tokenKeys.count > $1.tokenKeys.count }
        byFirstToken[first] = list
        firstKeys.insert(TermTable<[Phrase]>.slotKey(first))
        count += 1
    }

    /// The longest phrase starting at token `index`, compared on consecutive word/emoji tokens.
    /// Inlined down to the filter test, which rejects almost every token: the call itself,
    /// with the text passed along, cost several times that test.
    @inline(__always)
    func longestMatch(at index: Int, in text: TokenizedText) -> Phrase? {
        guard firstKeys.mayContain(TermTable<[Phrase]>.slotKey(text.tokens[index].key)) else { return nil }
        return candidateMatch(at: index, in: text)
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
