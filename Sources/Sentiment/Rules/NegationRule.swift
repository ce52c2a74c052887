/// Negators (modifiers.tsv kind `negator`: nicht, kein, nie, ohne, not, never, without, and
/// any English "n't") reverse the words after them, up to `scope` words and never past a
/// clause boundary. German also negates backwards, because a clause-final "nicht" follows the
/// verb it negates ("Das gefällt mir nicht"): when nothing valenced follows, the closest term
/// before it in the clause is negated.
struct NegationRule: SentimentRule {
    let name = "negation"
    let createsTerms = true

    /// VADER's N_SCALAR (−0.74): a negated word keeps about three quarters of its strength,
    /// reversed. Used when the lexicon gives no weight ("n't").
    static let defaultWeight = -0.74
    /// Words after the negator that it can reach (VADER looks three words back).
    static let scope = 3
    /// Negated negative words become only mildly positive: "nicht schlecht" and "not bad"
    /// are faint praise, "kein Problem" a polite yes. Applied on top of the negator weight.
    static let negatedNegativeFactor = 0.6
    /// "nicht nur … sondern auch", "not only … but also" negate nothing.
    static let notOnly: WordSet = ["nur", "only", "just", "einmal", "mal"]
    /// "weder X noch Y" / "neither X nor Y": the second part is negated as well.
    static let correlativePairs: [String: String] = ["weder": "noch", "neither": "nor"]
    /// Sentence adverbs give the writer's attitude to the whole statement; negation does not
    /// reach them ("leider nicht" stays regretful, "unfortunately not" too).
    static let speakerAdverbs: WordSet = [
        "leider", "hoffentlich", "glücklicherweise", "endlich", "natürlich", "unfortunately", "hopefully",
        "luckily", "sadly", "fortunately", "finally",
    ]
    /// A negator that finds nothing valenced to negate still reports a failure in customer
    /// posts: "kommt nicht", "funktioniert nicht", "stimmen nicht", "didn't arrive". It adds
    /// this valence as a term of its own. English is left out: in tweets ("I don't know",
    /// "can't believe it") it cost 0.01 macro-F1 while gaining 0.03 on Amazon reviews.
    static let bareNegationValence: [Language: Double] = [.de: -0.5, .en: 0]
    private static let bareNegationValenceByLanguage = PerLanguage(bareNegationValence)

    /// Negators that can close a German clause after the verb they negate; "kein" and "ohne"
    /// always precede what they negate.
    static let clauseFinal: WordSet = ["nicht", "nich", "net", "ned", "nie", "niemals", "keineswegs", "mitnichten"]

    var settings: String {
        "negation \(Self.defaultWeight) \(Self.scope) \(Self.negatedNegativeFactor) \(Self.notOnly.words) \(Self.clauseFinal.words) "
            + "\(Self.speakerAdverbs.words) \(Self.bareNegationValence[.de] ?? 0) \(Self.bareNegationValence[.en] ?? 0) "
            + Self.correlativePairs.sorted { $0.key < $1.key }.map { "\($0.key)/\($0.value)" }.joined(separator: ",")
    }

    func apply(to terms: inout [ScoredTerm], in context: RuleContext) {
        // Every scope starts at a negator (a correlative "noch" only after one).
        guard context.contains(.negator) else { return }
        let tokens = context.text.tokens
        var pendingCorrelative: String?
        var negators: [(index: Int, weight: Double, word: String)] = []
        // Words inside a matched phrase ("kein problem", "nicht schlecht") are already scored.
        // Few texts have a phrase, so their token ranges are searched, not hashed.
        var phrases: [ClosedRange<Int>] = []
        for term in terms where term.tokenCount > 1 { phrases.append(term.tokenIndex...term.lastTokenIndex) }
        for index in tokens.indices where tokens[index].kind == .word && !phrases.contains(where: { $0.contains(index) }) {
            var weight: Double
            var word: String
            if let modifier = context.modifier(at: index), modifier.kind == .negator {
                weight = modifier.weight
                word = modifier.term
                pendingCorrelative = Self.correlativePairs[context.text.text(of: index)]
            } else if let pending = pendingCorrelative, context.isWord(index, oneOf: WordSet([pending])) {
                weight = Self.defaultWeight
                word = pending
                pendingCorrelative = nil
            } else {
                continue
            }
            if weight == 0 || weight > 0 && weight >= 1 { weight = Self.defaultWeight }
            if let next = context.text.nextWord(after: index), context.isWord(next, oneOf: Self.notOnly) { continue }
            negators.append((index, weight, word))
        }
        for (number, negator) in negators.enumerated() {
            // A later negator starts its own scope ("weder X noch Y" negates Y once, not twice).
            let limit = number + 1 < negators.count ? negators[number + 1].index : tokens.count
            var negated = negateForward(
                from: negator.index, before: limit, weight: negator.weight, word: negator.word, terms: &terms, context: context)
            if !negated, context.language == .de, context.isWord(negator.index, oneOf: Self.clauseFinal) {
                negated = negateBackward(from: negator.index, weight: negator.weight, word: negator.word, terms: &terms, context: context)
            }
            if !negated { addBareNegation(at: negator.index, word: negator.word, terms: &terms, context: context) }
        }
    }

    private func negateForward(
        from index: Int, before limit: Int, weight: Double, word: String, terms: inout [ScoredTerm], context: RuleContext
    ) -> Bool {
        var negatedAny = false
        for position in terms.indices where terms[position].tokenIndex > index {
            let term = terms[position]
            if term.tokenIndex > limit || context.clauseBoundary(between: index, and: term.tokenIndex)
                || context.wordDistance(from: index, to: term.tokenIndex) > Self.scope { break }
            // Emoji comment on the sentence; "nicht 😀" is not a negated smile.
            if term.isEmoji || context.isWord(term.tokenIndex, oneOf: Self.speakerAdverbs) { continue }
            negate(&terms[position], weight: weight, rule: "negation:" + word)
            negatedAny = true
        }
        return negatedAny
    }

    private func negateBackward(from index: Int, weight: Double, word: String, terms: inout [ScoredTerm], context: RuleContext) -> Bool {
        guard let position = terms.lastIndex(where: { $0.lastTokenIndex < index }) else { return false }
        let term = terms[position]
        guard !term.isEmoji, !context.clauseBoundary(between: term.lastTokenIndex, and: index),
            context.wordDistance(from: term.lastTokenIndex, to: index) <= Self.scope,
            !term.rules.contains(where: { $0.hasPrefix("negation") })
        else { return false }
        if context.isWord(term.tokenIndex, oneOf: Self.speakerAdverbs) { return true }
        negate(&terms[position], weight: weight, rule: "negation-backward:" + word)
        return true
    }

    /// Only for negators inside a clause with words: a lone "nein" or "nicht?" is no failure report.
    private func addBareNegation(at index: Int, word: String, terms: inout [ScoredTerm], context: RuleContext) {
        let clause = context.text.tokens[index].clause
        let wordsInClause = context.text.tokens.lazy.filter { $0.clause == clause && $0.kind == .word }.count
        let valence = Self.bareNegationValenceByLanguage[context.language] ?? 0
        guard valence != 0, wordsInClause >= 3, !terms.contains(where: { $0.tokenIndex == index }) else { return }
        let position = terms.firstIndex { $0.tokenIndex > index } ?? terms.endIndex
        terms.insert(ScoredTerm(
            tokenIndex: index, term: context.text.text(of: index), valence: 0, contribution: valence,
            rules: ["negation-bare:" + word], isSynthetic: true), at: position)
    }

    private func negate(_ term: inout ScoredTerm, weight: Double, rule: String) {
        let factor = term.contribution < 0 ? weight * Self.negatedNegativeFactor : weight
        term.scale(by: factor, rule: rule)
    }
}
