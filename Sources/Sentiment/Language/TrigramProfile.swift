import Foundation

/// Character-trigram log probabilities of one language, built at load time from the
/// language's lexicon words and stopwords (no development data: the profile changes only when
/// the lexicons do). Words are padded with a space so prefixes and suffixes count ("sch", "en ").
struct TrigramProfile: Sendable {
    private(set) var logProbability: [UInt64: Float] = [:]
    /// Log probability of a trigram the profile never saw (add-one smoothing).
    private(set) var unseen: Float = -12

    /// Stopwords are far more frequent in running text than any lexicon word; weighting them
    /// approximates text frequencies without shipping a corpus.
    static let stopwordWeight = 8.0

    init() {}

    init(words: [String], stopwords: [String]) {
        var counts: [UInt64: Double] = [:]
        var total = 0.0
        func count(_ word: String, weight: Double) {
            Self.forEachTrigram(Array(word.unicodeScalars)[...]) { key in
                counts[key, default: 0] += weight
                total += weight
            }
        }
        for word in words { count(word, weight: 1) }
        for word in stopwords { count(word, weight: Self.stopwordWeight) }
        // Vocabulary estimate for smoothing: seen trigrams plus room for as many unseen ones.
        let vocabulary = Double(max(counts.count, 1)) * 2
        let denominator = total + vocabulary
        for (key, value) in counts { logProbability[key] = Float(log((value + 1) / denominator)) }
        unseen = Float(log(1 / denominator))
    }

    @inline(__always)
    func score(_ key: UInt64) -> Float { logProbability[key] ?? unseen }

    /// Packed trigram keys are not well mixed; tables keyed by them use this (Fibonacci hashing).
    @inline(__always)
    static func mixed(_ key: UInt64) -> UInt64 { key &* 0x9E37_79B9_7F4A_7C15 }

    var isEmpty: Bool { logProbability.isEmpty }

    /// Calls `body` with the key of every trigram of " word ", skipping digits and apostrophes.
    @inline(__always)
    static func forEachTrigram(_ word: ArraySlice<Unicode.Scalar>, _ body: (UInt64) -> Void) {
        var first: UInt64 = 0x20
        var second: UInt64 = 0x20
        var seen = 0
        for scalar in word where ScalarText.isLetter(scalar) {
            let third = UInt64(ScalarText.lowercased(scalar).value)
            if seen >= 1 { body(first << 42 | second << 21 | third) }
            first = second
            second = third
            seen += 1
        }
        if seen >= 1 { body(first << 42 | second << 21 | 0x20) }
    }
}
