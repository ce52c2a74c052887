/// Collects the lexicon hits of a text, phrases first: at every token the longest phrase
/// from phrases.tsv wins, and its words are not scored again ("danke für nichts" is one
/// negative term, not a positive "danke" plus a negator).
struct TermExtractor: Sendable {
    let lookup: ValenceLookup

    func terms(in context: RuleContext) -> [ScoredTerm] {
        var memo = WordMemo(capacity: 0)
        return terms(in: context, memo: &memo)
    }

    /// Word readings come from `memo` when it has them (see `RuleContext.memoEntry(at:)`).
    func terms(in context: RuleContext, memo: inout WordMemo) -> [ScoredTerm] {
        let text = context.text
        var terms: [ScoredTerm] = []
        terms.reserveCapacity(8)
        var index = 0
        while index < text.tokens.count {
            let token = text.tokens[index]
            switch token.kind {
            case .word, .emoji:
                if let phrase = context.lexicon.phrases.longestMatch(at: index, in: text) {
                    terms.append(ScoredTerm(
                        tokenIndex: index, tokenCount: phrase.tokenKeys.count, term: phrase.text,
                        valence: phrase.valence, contribution: phrase.valence, rules: ["phrase"]))
                    index += phrase.tokenKeys.count
                    continue
                }
                if token.kind == .emoji {
                    if let entry = context.emoji.entry(forEmoji: text.scalars(of: token), key: token.key) {
                        terms.append(ScoredTerm(
                            tokenIndex: index, term: entry.symbol, valence: entry.valence,
                            contribution: entry.valence, isEmoji: true))
                    }
                } else if let term = wordTerm(at: index, in: context, memo: &memo) {
                    terms.append(term)
                }
            case .emoticon:
                if let entry = context.emoji.entry(for: token.key) {
                    terms.append(ScoredTerm(
                        tokenIndex: index, term: entry.symbol, valence: entry.valence,
                        contribution: entry.valence, isEmoji: true))
                }
            case .number, .url, .handle, .punctuation:
                break
            }
            index += 1
        }
        return terms
    }

    private func wordTerm(at index: Int, in context: RuleContext, memo: inout WordMemo) -> ScoredTerm? {
        let text = context.text
        let token = text.tokens[index]
        // Modifiers shape other words; a word listed as both ("mega") only counts by itself
        // when nothing follows it in the clause ("Der Service war mega").
        if context.modifier(at: index) != nil {
            guard text.nextWord(after: index) == nil,
                let entry = context.lexicon.valence(for: token.key) else { return nil }
            return ScoredTerm(tokenIndex: index, term: text.text(of: token), valence: entry.valence, contribution: entry.valence)
        }
        // Capitalised inside a sentence: a German noun, so no adjective readings ("Lage" ≠ "lag").
        let nounLike = token.flags.contains(.capitalized) && !token.flags.contains(.allCaps)
            && index > 0 && text.tokens[index - 1].kind == .word && text.tokens[index - 1].sentence == token.sentence
        let reading: WordMemo.Reading?
        // A reading depends on the word form, its noun reading and the language; hyphenated and
        // elongated words (rare) also on their raw spelling, so they are not memoised.
        let entry = context.memoEntry(at: index)
        if entry >= 0 && token.hyphenOffset <= 0 && !token.flags.contains(.elongated) {
            if let stored = memo.reading(entry, language: context.language, nounLike: nounLike) {
                reading = stored
            } else {
                reading = wordReading(token, nounLike: nounLike, in: context)
                memo.setReading(reading, entry, language: context.language, nounLike: nounLike)
            }
        } else {
            reading = wordReading(token, nounLike: nounLike, in: context)
        }
        guard let reading else { return nil }
        var term = ScoredTerm(
            tokenIndex: index, term: text.text(of: token), valence: reading.hit.valence, contribution: reading.hit.valence)
        if let label = reading.ruleLabel { term.rules.append(label) }
        return term
    }

    /// The valence reading of a word that is no modifier; nil when it has none or a valence
    /// of 0 (a known neutral word).
    private func wordReading(_ token: Token, nounLike: Bool, in context: RuleContext) -> WordMemo.Reading? {
        let scalars = context.text.scalars(of: token)
        var hit: ValenceLookup.Hit?
        if context.lexicon.isStopword(token.key) {
            // Stopwords are never inflected or compounded; only an exact entry counts.
            if let entry = context.lexicon.valence(for: token.key) {
                hit = .init(valence: entry.valence, lemma: entry.lemma, rule: nil)
            }
        } else {
            hit = lookup.hit(scalars, key: token.key, hyphenOffset: Int(token.hyphenOffset), nounLike: nounLike)
            if hit == nil, token.flags.contains(.elongated) { hit = deElongatedHit(scalars) }
        }
        // A valence of 0 marks a word as known and neutral: it stops inflection and compound
        // readings ("Passagiere" is not "passa" + "Gier") and is no term.
        guard let hit, hit.valence != 0 else { return nil }
        return WordMemo.Reading(hit: hit, ruleLabel: hit.rule.map { $0 + ":" + hit.lemma })
    }

    /// "suuuper" was kept as "suuper"; try it with every doubled letter single ("super").
    private func deElongatedHit(_ scalars: ArraySlice<Unicode.Scalar>) -> ValenceLookup.Hit? {
        var shortened: [Unicode.Scalar] = []
        for scalar in scalars where shortened.last != scalar { shortened.append(scalar) }
        guard shortened.count < scalars.count else { return nil }
        return lookup.hit(shortened[...], key: TermHash.of(shortened))
    }
}
