/// Contrast and concession reweight clauses, as VADER does for "but":
/// - after a contrast word (aber, jedoch, allerdings, trotzdem, sondern, but, however) the
///   writer states what counts: the rest of the sentence gets the lexicon weight (≈ 1.5),
///   the part before it `2 − weight` (≈ 0.5). A contrast word opening a sentence ("Aber …")
///   turns against the previous sentence.
/// - a concession (obwohl, although) introduces what does not count: its clause gets the
///   lexicon weight (≈ 0.5).
struct ContrastRule: SentimentRule {
    let name = "contrast"

    /// Used when modifiers.tsv gives 0.
    static let defaultContrastWeight = 1.5
    static let defaultConcessionWeight = 0.5

    var settings: String { "contrast \(Self.defaultContrastWeight) \(Self.defaultConcessionWeight)" }

    func apply(to terms: inout [ScoredTerm], in context: RuleContext) {
        guard context.contains(.contrast) || context.contains(.concession) else { return }
        let text = context.text
        for index in text.tokens.indices where text.tokens[index].kind == .word {
            guard let modifier = context.modifier(at: index) else { continue }
            switch modifier.kind {
            case .contrast:
                let weight = modifier.weight > 0 ? modifier.weight : Self.defaultContrastWeight
                let sentence = text.tokens[index].sentence
                let opensSentence = !text.tokens[..<index].contains { $0.sentence == sentence && $0.kind == .word }
                let firstSentence = opensSentence ? sentence - 1 : sentence
                for position in terms.indices {
                    let termSentence = text.tokens[terms[position].tokenIndex].sentence
                    if terms[position].tokenIndex < index && termSentence >= firstSentence {
                        terms[position].scale(by: max(0, 2 - weight), rule: "contrast-before:" + modifier.term)
                    } else if terms[position].tokenIndex > index && termSentence == sentence {
                        terms[position].scale(by: weight, rule: "contrast-after:" + modifier.term)
                    }
                }
            case .concession:
                let weight = modifier.weight > 0 ? modifier.weight : Self.defaultConcessionWeight
                let clause = text.tokens[index].clause
                for position in terms.indices
                where terms[position].tokenIndex > index && text.tokens[terms[position].tokenIndex].clause == clause {
                    terms[position].scale(by: weight, rule: "concession:" + modifier.term)
                }
            case .negator, .intensifier, .diminisher, .resolution:
                continue
            }
        }
    }
}
