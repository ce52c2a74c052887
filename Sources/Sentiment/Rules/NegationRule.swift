/// Negators (modifiers.tsv kind `negator`: nicht, kein, nie, ohne, not, never, without, and
/// any English "n't") reverse the words after them, up to `scope` words and never past a
/// clause boundary. German also negates backwards, because a clause-final "nicht" follows the
/// verb it negates ("Das gefällt mir nicht"): when nothing valenced follows, the closest term
/// before it in the clause is negated.
struct NegationRule: SentimentRule {
    let name = "negation"

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

    var settings: String { "negation \(Self.defaultWeight) \(Self.scope) \(Self.negatedNegativeFactor) \(Self.notOnly.words)" }

    func apply(to terms: inout [ScoredTerm], in context: RuleContext) {
        let tokens = context.text.tokens
        var pendingCorrelative: String?
        var negators: [(index: Int, weight: Double, word: String)] = []
        // Words inside a matched phrase ("kein problem", "nicht schlecht") are already scored.
        var insidePhrase = Set<Int>()
        for term in terms where term.tokenCount > 1 { insidePhrase.formUnion(term.tokenIndex...term.lastTokenIndex) }
        for index in tokens.indices where tokens[index].kind == .word && !insidePhrase.contains(index) {
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
            if !negateForward(from: negator.index, before: limit, weight: negator.weight, word: negator.word, terms: &terms, context: context),
                context.language == .de {
                negateBackward(from: negator.index, weight: negator.weight, word: negator.word, terms: &terms, context: context)
            }
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
            if term.isEmoji { continue }
            negate(&terms[position], weight: weight, rule: "negation:" + word)
            negatedAny = true
        }
        return negatedAny
    }

    private func negateBackward(from index: Int, weight: Double, word: String, terms: inout [ScoredTerm], context: RuleContext) {
        guard let position = terms.lastIndex(where: { $0.lastTokenIndex < index }) else { return }
        let term = terms[position]
        guard !term.isEmoji, !context.clauseBoundary(between: term.lastTokenIndex, and: index),
            context.wordDistance(from: term.lastTokenIndex, to: index) <= Self.scope,
            !term.rules.contains(where: { $0.hasPrefix("negation") })
        else { return }
        negate(&terms[position], weight: weight, rule: "negation-backward:" + word)
    }

    private func negate(_ term: inout ScoredTerm, weight: Double, rule: String) {
        let factor = term.contribution < 0 ? weight * Self.negatedNegativeFactor : weight
        term.scale(by: factor, rule: rule)
    }
}
