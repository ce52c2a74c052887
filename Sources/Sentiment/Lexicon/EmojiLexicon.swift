/// emoji.tsv (`symbol\tvalence\tname`): emoji without skin-tone modifiers plus ASCII
/// emoticons. Emoji are looked up by the hash of their scalars with modifiers and VS16
/// removed; emoticons are matched by the tokeniser, longest first.
struct EmojiLexicon: Sendable {
    struct Entry: Sendable, Equatable {
        var symbol: String
        var valence: Double
        var name: String
    }

    private(set) var entries = TermTable<Entry>()
    /// ASCII emoticons by hash of their lowercased scalars: lexicons list ":d" for ":D" and
    /// "xd" for "xD"/"XD" (lexicons/README.md).
    private(set) var emoticons = TermTable<Bool>()
    /// Emoticon lengths in scalars, longest first, for longest-match scanning.
    private(set) var emoticonLengths: [Int] = []
    /// ASCII scalars an emoticon can start with, so most positions are rejected with one bit
    /// test.
    private(set) var emoticonStarts = ASCIIScalarSet()
    /// Longest emoticon; longer words are never checked against the table.
    private(set) var longestEmoticon = 0
    /// The second scalars of all emoticons, lowercased: "der", "die", "das" start like "d:" and
    /// "xd" but are rejected by their second letter without hashing.
    private(set) var emoticonSeconds = ASCIIScalarSet()
    /// Some emoticon is a single scalar, so the second-scalar test cannot reject anything.
    private(set) var hasSingleScalarEmoticon = false

    init() {}

    init(text: String, file: String) throws {
        let parser = LexiconFileParser(file: file)
        for row in try parser.rows(of: text, headerFirstColumn: "symbol", minimumColumns: 2) {
            let symbol = row.columns[0].trimmingSpaces()
            guard !symbol.isEmpty else {
                throw LexiconError.malformedLine(
                    file: file, line: row.line, problem: "the symbol column is empty",
                    fix: "write the emoji or emoticon before the first TAB")
            }
            let valence = try parser.number(row.columns[1], line: row.line, name: "valence", range: -4...4)
            let name = row.columns.count > 2 ? row.columns[2].trimmingSpaces() : ""
            add(symbol: symbol, valence: valence, name: name)
        }
    }

    mutating func add(symbol: String, valence: Double, name: String) {
        let isASCII = symbol.unicodeScalars.allSatisfy { $0.isASCII }
        if isASCII {
            let scalars = Array(symbol.unicodeScalars)
            let key = Self.emoticonKey(scalars[...])
            emoticons[key] = true
            entries[key] = Entry(symbol: symbol, valence: valence, name: name)
            for first in [ScalarText.lowercased(scalars[0]), Unicode.Scalar(scalars[0].properties.uppercaseMapping) ?? scalars[0]]
            where first.isASCII {
                emoticonStarts.insert(first)
            }
            longestEmoticon = max(longestEmoticon, scalars.count)
            if scalars.count == 1 {
                hasSingleScalarEmoticon = true
            } else {
                // Lowercased as `emoticonKey` compares.
                emoticonSeconds.insert(ScalarText.lowercased(scalars[1]))
            }
            if !emoticonLengths.contains(scalars.count) {
                emoticonLengths.append(scalars.count)
                emoticonLengths.sort(by: >)
            }
        } else {
            let stripped = symbol.unicodeScalars.filter { !ScalarText.isEmojiModifier($0) }
            entries[TermHash.of(stripped)] = Entry(symbol: symbol, valence: valence, name: name)
        }
    }

    @inline(__always)
    func entry(for key: UInt64) -> Entry? { entries[key] }

    /// An emoji token's entry; ZWJ sequences missing from the lexicon fall back to their first
    /// emoji ("🤦‍♂️" → "🤦"), which carries the feeling in nearly all such sequences.
    func entry(forEmoji scalars: ArraySlice<Unicode.Scalar>, key: UInt64) -> Entry? {
        if let entry = entries[key] { return entry }
        guard let first = scalars.first, scalars.count > 1 else { return nil }
        return entries[TermHash.of(CollectionOfOne(first))]
    }

    func isEmoticon<C: Collection>(_ scalars: C) -> Bool where C.Element == Unicode.Scalar {
        scalars.count <= longestEmoticon && emoticons.contains(Self.emoticonKey(scalars))
    }

    @inline(__always)
    static func emoticonKey<C: Collection>(_ scalars: C) -> UInt64 where C.Element == Unicode.Scalar {
        var hash = TermHash()
        for scalar in scalars { hash.add(ScalarText.lowercased(scalar)) }
        return hash.value
    }
}
