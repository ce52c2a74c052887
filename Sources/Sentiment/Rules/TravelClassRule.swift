/// "Klasse" after an ordinal is a travel or school class, not praise: "1. Klasse", "2.Klasse",
/// "erste Klasse", "#ersteKlasse". In the German development half, "klasse" occurs in 20 texts,
/// 16 of them as "1./2./erste Klasse"; read as praise (+2.5) it tipped neutral texts positive.
/// German only: English "first-class service" is praise.
struct TravelClassRule: SentimentRule {
    let name = "travel-class"

    static let nouns: WordSet = ["klasse"]
    static let ordinals: WordSet = [
        "erste", "ersten", "erster", "zweite", "zweiten", "zweiter", "dritte", "dritten", "dritter",
    ]

    var settings: String { "travel-class \(Self.nouns.words) \(Self.ordinals.words)" }

    func apply(to terms: inout [ScoredTerm], in context: RuleContext) {
        guard context.language == .de else { return }
        let text = context.text
        terms.removeAll { term in
            let index = term.tokenIndex
            guard term.tokenCount == 1, context.isWord(index, oneOf: Self.nouns), index > 0 else { return false }
            if context.isWord(index - 1, oneOf: Self.ordinals) || text.tokens[index - 1].kind == .number { return true }
            // "1. Klasse": the number, then the full stop (an empty sentence-end token without ! or ?).
            guard index > 1, text.tokens[index - 2].kind == .number else { return false }
            let stop = text.tokens[index - 1]
            return stop.kind == .punctuation && stop.flags.contains(.sentenceEnd) && stop.exclamations == 0
                && stop.questionMarks == 0
        }
    }
}
