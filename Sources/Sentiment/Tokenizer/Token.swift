/// One token of a text. Tokens point into `TokenizedText.scalars` (the lowercased, normalised
/// text) instead of owning a `String`, so tokenising allocates two arrays per text, not one
/// string per word.
struct Token: Sendable, Equatable {
    enum Kind: UInt8, Sendable {
        case word, number, emoji, emoticon, url, handle
        /// Sentence and clause punctuation only (`.` `!` `?` `,` `;` `:` dashes, brackets).
        case punctuation
    }

    struct Flags: OptionSet, Sendable, Equatable {
        let rawValue: UInt8
        /// Two or more letters, all uppercase ("SUPER").
        static let allCaps = Flags(rawValue: 1)
        /// First letter uppercase (German nouns, sentence starts).
        static let capitalized = Flags(rawValue: 2)
        /// A letter was repeated three or more times and shortened ("suuuper" → "suuper").
        static let elongated = Flags(rawValue: 4)
        /// Part of a hashtag, split at camel case ("#BahnChaos" → "bahn", "chaos").
        static let hashtag = Flags(rawValue: 8)
        /// Ends a sentence (`.`, `!`, `?`, line break).
        static let sentenceEnd = Flags(rawValue: 16)
        /// Ends a clause (sentence ends included).
        static let clauseEnd = Flags(rawValue: 32)
    }

    var kind: Kind
    var start: Int32
    var end: Int32
    /// `TermHash` of the token's scalars.
    var key: UInt64
    var flags: Flags = []
    var sentence: Int32 = 0
    var clause: Int32 = 0
    /// Offset (from `start`) where a hyphen was removed in a compound ("mega-ärger" → 4); −1 if none.
    var hyphenOffset: Int16 = -1
    /// For punctuation: how many `!` and `?` the run held.
    var exclamations: UInt8 = 0
    var questionMarks: UInt8 = 0

    var length: Int { Int(end - start) }
    var isWord: Bool { kind == .word }
}

/// A tokenised text: the normalised scalars, the tokens and per-sentence facts.
struct TokenizedText: Sendable {
    struct Sentence: Sendable, Equatable {
        var firstToken: Int
        /// One past the last token (punctuation included).
        var endToken: Int
        var exclamations: Int
        var endsWithQuestionMark: Bool
    }

    var scalars: [Unicode.Scalar] = []
    var tokens: [Token] = []
    var sentences: [Sentence] = []
    /// The text has lowercase letters, so ALL-CAPS words stand out (VADER's `is_cap_diff`).
    var hasLowercase = false

    /// Number of word tokens (hashtag parts included).
    var wordCount: Int {
        var count = 0
        for token in tokens where token.kind == .word { count += 1 }
        return count
    }

    @inline(__always)
    func scalars(of token: Token) -> ArraySlice<Unicode.Scalar> {
        scalars[Int(token.start)..<Int(token.end)]
    }

    func text(of token: Token) -> String { ScalarText.string(scalars(of: token)) }

    func text(of index: Int) -> String { text(of: tokens[index]) }

    /// Index of the next word token after `index` within `limit` positions, or nil.
    func nextWord(after index: Int) -> Int? {
        var next = index + 1
        while next < tokens.count {
            if tokens[next].kind == .word { return next }
            if tokens[next].kind == .punctuation { return nil }
            next += 1
        }
        return nil
    }
}
