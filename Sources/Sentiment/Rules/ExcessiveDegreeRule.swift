/// "zu" / "too" before an adjective says something exceeds what the writer wanted: "zu spät",
/// "zu teuer", "zu voll", "too slow". A negative adjective gets stronger; a neutral or
/// unknown one becomes mildly negative; a positive one ("zu schnell", "too clever") turns
/// negative at reduced strength, since too much of a good thing is a complaint.
struct ExcessiveDegreeRule: SentimentRule {
    let name = "excessive-degree"
    let createsTerms = true

    /// Degree words, per language. Grammar rather than vocabulary, so they live here.
    static let markers: [Language: WordSet] = [.de: ["zu", "allzu", "zuviel", "zuwenig"], .en: ["too", "overly"]]
    private static let markersByLanguage = PerLanguage(markers)
    /// Strengthening of an already negative adjective ("zu langsam").
    static let negativeBoost = 1.3
    /// Valence for an adjective the lexicon does not know ("zu voll").
    static let unknownValence = -1.2
    /// Factor for a positive adjective ("zu schnell" → −0.5 × its valence).
    static let positiveFlip = -0.5

    var settings: String {
        "excessive-degree \(Self.negativeBoost) \(Self.unknownValence) \(Self.positiveFlip) "
            + "\(Self.markers.keys.sorted { $0.rawValue < $1.rawValue }.map { Self.markers[$0]!.words }) \(Self.germanNumerals.words)"
    }

    func apply(to terms: inout [ScoredTerm], in context: RuleContext) {
        guard let markers = Self.markersByLanguage[context.language] else { return }
        let text = context.text
        for index in text.tokens.indices where context.isWord(index, oneOf: markers) {
            // "zu" directly followed by the adjective: "zu Hause", "zu fahren" are excluded below.
            let next = index + 1
            guard next < text.tokens.count, text.tokens[next].kind == .word, !isInfinitiveOrNumeral(next, in: context) else { continue }
            if let position = terms.firstIndex(where: { $0.tokenIndex == next }) {
                if terms[position].contribution < 0 {
                    terms[position].scale(by: Self.negativeBoost, rule: name)
                } else {
                    terms[position].scale(by: Self.positiveFlip, rule: name)
                }
            } else if looksLikeAdjective(next, in: context) {
                let position = terms.firstIndex(where: { $0.tokenIndex > next }) ?? terms.endIndex
                terms.insert(ScoredTerm(
                    tokenIndex: next, term: text.text(of: next), valence: 0,
                    contribution: Self.unknownValence, rules: [name], isSynthetic: true), at: position)
            }
        }
    }

    /// "zu erreichen", "zu zweit": an infinitive or a numeral after "zu" is no degree.
    private func isInfinitiveOrNumeral(_ index: Int, in context: RuleContext) -> Bool {
        guard context.language == .de else { return false }
        let scalars = context.text.scalars(of: context.text.tokens[index])
        return scalars.hasSuffix(["e", "n"]) || scalars.hasSuffix(["e", "r", "n"]) || scalars.hasSuffix(["e", "l", "n"])
            || context.isWord(index, oneOf: Self.germanNumerals)
    }

    static let germanNumerals: WordSet = ["zweit", "dritt", "viert", "fünft", "zweien", "dreien", "zweiter", "dritter"]

    /// Without part-of-speech tags: not a stopword or modifier ("zu viel" is handled by the
    /// lexicon), lowercase in German (nouns are capitalised: "zu Hause"), and not an
    /// infinitive ("zu fahren", "zu ändern").
    private func looksLikeAdjective(_ index: Int, in context: RuleContext) -> Bool {
        let token = context.text.tokens[index]
        let scalars = context.text.scalars(of: token)
        guard scalars.count >= 3, !context.lexicon.isStopword(token.key), context.modifier(at: index) == nil else {
            return false
        }
        if context.language == .de {
            if token.flags.contains(.capitalized) { return false }
            if scalars.hasSuffix(["e", "n"]) || scalars.hasSuffix(["e", "r", "n"]) || scalars.hasSuffix(["e", "l", "n"]) {
                return false
            }
        }
        return true
    }
}
