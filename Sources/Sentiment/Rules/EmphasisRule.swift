/// Typographic emphasis: an ALL-CAPS word in a text that is not all caps, a stretched word
/// ("suuuper", "nooo"), and exclamation marks at the end of a sentence. The amounts are
/// VADER's empirically derived increments on the ±4 scale.
struct EmphasisRule: SentimentRule {
    let name = "emphasis"

    /// VADER's C_INCR: ALL-CAPS adds 0.733 to the word's magnitude.
    static let capsIncrement = 0.733
    /// One booster step (VADER's B_INCR) for a stretched word.
    static let elongationIncrement = 0.293
    /// VADER adds 0.292 per "!" up to four, to the sentence's strongest term here.
    static let exclamationIncrement = 0.292
    static let maximumExclamations = 4

    var settings: String {
        "emphasis \(Self.capsIncrement) \(Self.elongationIncrement) \(Self.exclamationIncrement) \(Self.maximumExclamations)"
    }

    func apply(to terms: inout [ScoredTerm], in context: RuleContext) {
        let text = context.text
        for position in terms.indices {
            let token = text.tokens[terms[position].tokenIndex]
            if token.flags.contains(.allCaps) && text.hasLowercase {
                terms[position].emphasise(by: Self.capsIncrement, rule: "caps")
            }
            if token.flags.contains(.elongated) {
                terms[position].emphasise(by: Self.elongationIncrement, rule: "elongation")
            }
        }
        for sentence in text.sentences where sentence.exclamations > 0 {
            var strongest: Int?
            for position in terms.indices
            where terms[position].tokenIndex >= sentence.firstToken && terms[position].tokenIndex < sentence.endToken {
                if strongest == nil || abs(terms[position].contribution) > abs(terms[strongest!].contribution) {
                    strongest = position
                }
            }
            if let strongest {
                let count = min(sentence.exclamations, Self.maximumExclamations)
                terms[strongest].emphasise(by: Double(count) * Self.exclamationIncrement, rule: "exclamation")
            }
        }
    }
}
