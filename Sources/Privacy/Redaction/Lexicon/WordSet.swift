/// A set of lowercase words that answers "is text[range] one of them?" in place, without
/// allocating a lowered copy or hashing: the scanner asks this on hot paths (every sign-off,
/// every number after a capitalised word).
struct WordSet: Sendable {
    /// Words by byte length; lengths above `maxLength` are never members.
    private var byLength: [[[UInt8]]]
    static let maxLength = 40

    init(_ words: [[UInt8]]) {
        byLength = Array(repeating: [], count: Self.maxLength + 1)
        for word in words where word.count <= Self.maxLength { byLength[word.count].append(word) }
    }

    /// True when `range` of `text` equals a member, ignoring ASCII case.
    func contains(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        guard range.count <= Self.maxLength else { return false }
        for word in byLength[range.count] where text.matchesLowered(word, at: range.lowerBound) { return true }
        return false
    }

    /// True when the lowered `word` is a member.
    func contains(_ word: [UInt8]) -> Bool {
        guard word.count <= Self.maxLength else { return false }
        return byLength[word.count].contains(word)
    }
}
