/// Intensifiers and diminishers (modifiers.tsv) strengthen or weaken the next valenced word:
/// "sehr gut", "extrem langsam", "etwas teuer", "very good", "slightly late". They reach up to
/// two words ahead within the clause ("sehr, sehr gut" counts both), decaying with distance
/// as in VADER (the second word back counts 95 %).
struct IntensifierRule: SentimentRule {
    let name = "intensifier"

    static let reach = 2
    static let distanceDecay = 0.95
    /// VADER's B_INCR: used when an intensifier has no weight in the lexicon.
    static let defaultWeight = 0.293

    var settings: String { "intensifier \(Self.reach) \(Self.distanceDecay) \(Self.defaultWeight)" }

    func apply(to terms: inout [ScoredTerm], in context: RuleContext) {
        guard context.contains(.intensifier) || context.contains(.diminisher) else { return }
        let tokens = context.text.tokens
        for position in terms.indices {
            let start = terms[position].tokenIndex
            var index = start - 1
            var words = 0
            while index >= 0, words < Self.reach {
                let token = tokens[index]
                if token.flags.contains(.clauseEnd) { break }
                if token.kind == .word {
                    words += 1
                    if let modifier = context.modifier(at: index),
                        modifier.kind == .intensifier || modifier.kind == .diminisher {
                        let weight = modifier.weight == 0 ? Self.defaultWeight : modifier.weight
                        let decay = words == 1 ? 1 : Self.distanceDecay
                        let kind = modifier.kind == .intensifier ? "intensifier:" : "diminisher:"
                        terms[position].scale(by: max(0, 1 + weight * decay), rule: kind + modifier.term)
                    } else if terms.contains(where: { $0.tokenIndex == index }) {
                        break  // another valenced word sits in between
                    }
                }
                index -= 1
            }
        }
    }
}
