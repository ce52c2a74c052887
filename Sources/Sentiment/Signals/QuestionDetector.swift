/// Decides whether the writer expects an answer: a sentence ending in "?", a question cue
/// from questions.txt opening a sentence ("wie kann ich", "does anyone"), or, in German, a
/// verb-first sentence addressed to someone ("Kann mir jemand helfen", "Hat jemand …",
/// "Gibt es …") even without a question mark, as forum posts often are written.
struct QuestionDetector: Sendable {
    /// Second words that make a sentence-initial finite verb a question: pronouns and
    /// indefinites. Grammar, not vocabulary, hence here and not in a lexicon.
    static let germanAddressees: WordSet = [
        "mir", "mich", "jemand", "jemandem", "jemanden", "man", "ihr", "du", "sie", "es", "einer", "eine",
        "uns", "euch", "ich", "wir", "das", "der", "die", "dir",
    ]
    /// Finite verbs that open German yes/no questions.
    static let germanModalVerbs: WordSet = [
        "kann", "könnt", "könnte", "könnten", "hat", "habt", "hast", "habe", "gibt", "gab", "ist", "sind", "war",
        "weiß", "weiss", "wisst", "muss", "müssen", "soll", "sollte", "darf", "dürfen", "wird", "werden", "würde",
        "würden", "kennt", "kennst", "hatte", "hattet", "funktioniert", "geht", "fährt", "fahren", "kommt",
    ]

    static var settings: String { "question-detector \(germanAddressees.words) \(germanModalVerbs.words)" }

    func isQuestion(_ text: TokenizedText, lexicon: LanguageLexicon) -> Bool {
        for sentence in text.sentences {
            if sentence.endsWithQuestionMark { return true }
            guard let first = (sentence.firstToken..<sentence.endToken).first(where: { text.tokens[$0].kind == .word })
            else { continue }
            var cue = false
            lexicon.questionCues.forEachMatch(at: first, in: text) { _, _ in cue = true }
            if cue { return true }
            if lexicon.language == .de && isVerbFirst(at: first, in: text) && sentence.exclamations == 0 { return true }
        }
        return false
    }

    private func isVerbFirst(at index: Int, in text: TokenizedText) -> Bool {
        guard Self.germanModalVerbs.contains(text.tokens[index].key),
            index + 1 < text.tokens.count, text.tokens[index + 1].kind == .word
        else { return false }
        return Self.germanAddressees.contains(text.tokens[index + 1].key)
    }
}
