/// A word that changes the valence of other words (modifiers.tsv: `term\tkind\tweight`).
struct Modifier: Sendable, Equatable {
    enum Kind: String, Sendable, CaseIterable {
        /// Multiplies the valence of words in its scope (weight ≈ −0.75).
        case negator
        /// Adds a fraction of the valence of the next valenced word (weight > 0).
        case intensifier
        /// Removes a fraction of the valence of the next valenced word (stored as a negative weight).
        case diminisher
        /// Weight of the clause after it; the clause before gets `2 − weight` (aber, but).
        case contrast
        /// Weight of the clause it introduces (obwohl, although).
        case concession
        /// Ends a bad event ("beendet", "behoben", "resolved"): reverses negative words near it.
        /// An addition to the documented kinds; the weight is not used.
        case resolution
    }

    var term: String
    var kind: Kind
    var weight: Double
}
