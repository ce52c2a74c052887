/// One lexicon hit while the rules work on it.
struct ScoredTerm: Sendable, Equatable {
    /// First token and number of tokens (phrases span several).
    var tokenIndex: Int
    var tokenCount: Int = 1
    /// As written in the text, lowercased (a phrase: its lexicon form).
    var term: String
    var valence: Double
    var contribution: Double
    var rules: [String] = []
    var isEmoji = false
    /// The term came from `ExcessiveDegreeRule` rather than the lexicon.
    var isSynthetic = false

    var lastTokenIndex: Int { tokenIndex + tokenCount - 1 }

    mutating func scale(by factor: Double, rule: String) {
        contribution *= factor
        rules.append(rule)
    }

    /// Moves the contribution away from zero by `amount` (VADER's additive boosts).
    mutating func emphasise(by amount: Double, rule: String) {
        guard contribution != 0 else { return }
        contribution += contribution > 0 ? amount : -amount
        rules.append(rule)
    }
}

/// What the rules may read about the text. A class: rules capture it in closures and pass it
/// on, and a struct of eleven reference-counted fields was retained and released field by
/// field on every such copy.
///
/// `@unchecked Sendable` because of `slots`, a pointer this context owns: allocated and
/// written in `init` only, read afterwards, freed in `deinit`.
final class RuleContext: @unchecked Sendable {
    let text: TokenizedText
    let lexicon: LanguageLexicon
    let emoji: EmojiLexicon
    /// Two per token: at 2i the modifier id (index into `lexicon.modifierList`,
    /// `RuleContext.contractedNegator`, or −1; computed once because several rules ask about
    /// every word), at 2i + 1 the token's entry in the batch's `WordMemo` (or −1: not a word,
    /// or no memo). One raw allocation: `[Int32](repeating:count:)` went through the standard
    /// library's unspecialised allocator, a generic-metadata lookup per array and text.
    private let slots: UnsafeMutablePointer<Int32>
    private let tokenCount: Int
    /// Bit per `Modifier.Kind` that occurs in the text (see `contains(_:)`).
    private let modifierKinds: UInt8

    static let contractedNegator: Int32 = -2
    private static let contracted = Modifier(term: "n't", kind: .negator, weight: NegationRule.defaultWeight)

    convenience init(text: TokenizedText, lexicon: LanguageLexicon, emoji: EmojiLexicon) {
        var memo = WordMemo(capacity: 0)
        self.init(text: text, lexicon: lexicon, emoji: emoji, memo: &memo)
    }

    /// Modifier ids come from `memo` when it knows the word form, and are stored there otherwise.
    init(text: TokenizedText, lexicon: LanguageLexicon, emoji: EmojiLexicon, memo: inout WordMemo) {
        self.text = text
        self.lexicon = lexicon
        self.emoji = emoji
        tokenCount = text.tokens.count
        let slots = UnsafeMutablePointer<Int32>.allocate(capacity: max(2, 2 * tokenCount))
        slots.initialize(repeating: -1, count: max(2, 2 * tokenCount))
        let language = lexicon.language
        var kinds: UInt8 = 0
        for index in text.tokens.indices where text.tokens[index].kind == .word {
            let token = text.tokens[index]
            let entry = memo.entry(key: token.key, scalars: text.scalars(of: token))
            var id: Int32
            if entry < 0 {
                id = Self.modifierID(of: token, in: text, lexicon: lexicon)
            } else {
                slots[2 * index + 1] = entry
                id = memo.modifierID(entry, language: language)
                if id == WordMemo.unknown {
                    id = Self.modifierID(of: token, in: text, lexicon: lexicon)
                    memo.setModifierID(id, entry, language: language)
                }
            }
            slots[2 * index] = id
            if id >= 0 {
                kinds |= Self.bit(lexicon.modifierList[Int(id)].kind)
            } else if id == Self.contractedNegator {
                kinds |= Self.bit(.negator)
            }
        }
        self.slots = slots
        modifierKinds = kinds
    }

    /// Whether some word of the text is a modifier of `kind`: rules that only act around such
    /// words return at once without one (most texts have no contrast, negator or intensifier).
    @inline(__always)
    func contains(_ kind: Modifier.Kind) -> Bool { modifierKinds & Self.bit(kind) != 0 }

    @inline(__always)
    private static func bit(_ kind: Modifier.Kind) -> UInt8 {
        switch kind {
        case .negator: 1
        case .intensifier: 2
        case .diminisher: 4
        case .contrast: 8
        case .concession: 16
        case .resolution: 32
        }
    }

    deinit { slots.deallocate() }

    /// The token's entry in the batch's `WordMemo`, or −1.
    @inline(__always)
    func memoEntry(at index: Int) -> Int32 {
        precondition(index >= 0 && index < tokenCount, "token index out of range")
        return slots[2 * index + 1]
    }

    var language: Language { lexicon.language }

    /// The modifier a word token stands for.
    @inline(__always)
    func modifier(at index: Int) -> Modifier? {
        precondition(index >= 0 && index < tokenCount, "token index out of range")
        let id = slots[2 * index]
        if id >= 0 { return lexicon.modifierList[Int(id)] }
        return id == Self.contractedNegator ? Self.contracted : nil
    }

    /// German forms of "kein" and the like are found through their adjective endings
    /// ("keine", "keinen"); any English word in "n't" negates.
    private static func modifierID(of token: Token, in text: TokenizedText, lexicon: LanguageLexicon) -> Int32 {
        if let id = lexicon.modifierID(for: token.key) { return id }
        let scalars = text.scalars(of: token)
        if lexicon.language == .en, scalars.count > 3, scalars.hasSuffix(["n", "'", "t"]) { return contractedNegator }
        // Every German ending below ends in e, m, n, r or s: other words skip the loop.
        if lexicon.language == .de, scalars.count >= 4, let last = scalars.last,
            last == "e" || last == "n" || last == "m" || last == "r" || last == "s", lexicon.mayStartEntry(scalars) {
            for ending in germanModifierEndings where scalars.hasSuffix(ending) {
                if let id = lexicon.modifierID(for: TermHash.of(scalars.dropLast(ending.count))) { return id }
            }
        }
        return -1
    }

    static let germanModifierEndings: [[Unicode.Scalar]] = [["e", "n"], ["e", "m"], ["e", "r"], ["e", "s"], ["e"]]

    @inline(__always)
    func isWord(_ index: Int, oneOf words: WordSet) -> Bool {
        guard index >= 0, index < text.tokens.count, text.tokens[index].kind == .word else { return false }
        return words.contains(text.tokens[index].key)
    }

    /// Word tokens between two token positions (exclusive), for scope distances.
    func wordDistance(from start: Int, to end: Int) -> Int {
        var count = 0
        var index = start + 1
        while index < end {
            if text.tokens[index].kind == .word { count += 1 }
            index += 1
        }
        return count + 1
    }

    /// Whether a clause boundary lies strictly between the two token positions.
    func clauseBoundary(between start: Int, and end: Int) -> Bool {
        text.tokens[min(start, end)].clause != text.tokens[max(start, end)].clause
    }
}

/// A named scoring step. Rules run in a fixed order (see `Analyzer.rules`), each changing the
/// contributions of terms and recording its name on every term it changed.
protocol SentimentRule: Sendable {
    /// Stable name, shown in explanations and documented in docs/SENTIMENT.md.
    var name: String { get }
    /// The rule's constants, hashed into the analyser version.
    var settings: String { get }
    func apply(to terms: inout [ScoredTerm], in context: RuleContext)
    /// The rule can add terms of its own ("zu spät", a bare "nicht"), so it runs on texts
    /// without lexicon hits too; other rules are skipped there.
    var createsTerms: Bool { get }
}

extension SentimentRule {
    var createsTerms: Bool { false }
}
