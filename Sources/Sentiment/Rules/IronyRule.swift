/// The ironic uses of praise that rules can see:
/// - "na toll", "na super": praise opened by "na" is always sarcastic in German;
/// - praise formulas ("toll gemacht", "super gemacht", "great job", "well done") and thanks
///   ("danke", "thanks") in a text whose other terms are clearly negative ("Danke für
///   2 Stunden Verspätung", "Great job, another cancelled train");
/// - an eye-roll emoji 🙄 in the sentence, or an irony hashtag (#ironie, #sarcasm), flips
///   the positive terms it comments on.
/// Fixed formulas ("danke für nichts") belong in phrases.tsv and are matched before this.
struct IronyRule: SentimentRule {
    let name = "irony"

    /// Sarcasm keeps most of the praise's strength, reversed.
    static let flipFactor = -0.8
    /// The rest of the text must sum to at most this for thanks and praise to read as irony.
    static let negativeContext = -1.5
    static let openers: [Language: WordSet] = [.de: ["na"], .en: []]
    /// Words after a positive word that make it a praise formula.
    static let praiseFollowers: [Language: WordSet] = [
        .de: ["gemacht", "hingekriegt", "gelöst"], .en: ["job", "done", "work"],
    ]
    static let gratitude: [Language: WordSet] = [
        .de: ["danke", "dank", "dankeschön", "vielen"], .en: ["thanks", "thank", "thx"],
    ]
    private static let openersByLanguage = PerLanguage(openers)
    private static let praiseFollowersByLanguage = PerLanguage(praiseFollowers)
    private static let gratitudeByLanguage = PerLanguage(gratitude)
    static let ironyHashtags: WordSet = ["ironie", "sarkasmus", "irony", "sarcasm", "not"]
    /// U+1F644 FACE WITH ROLLING EYES.
    static let eyeRoll: Unicode.Scalar = "\u{1F644}"

    /// Part of the classifier version, so it must not depend on dictionary or set order
    /// (Swift seeds hashing per process).
    var settings: String {
        func listed(_ table: [Language: WordSet]) -> String {
            table.keys.sorted { $0.rawValue < $1.rawValue }.map { "\($0.rawValue)=\(table[$0]!.words.sorted())" }.joined(separator: ";")
        }
        return "irony \(Self.flipFactor) \(Self.negativeContext) \(listed(Self.openers)) \(listed(Self.praiseFollowers)) \(listed(Self.gratitude)) \(Self.ironyHashtags.words.sorted())"
    }

    func apply(to terms: inout [ScoredTerm], in context: RuleContext) {
        // Only praise is flipped.
        guard terms.contains(where: { $0.contribution > 0 && !$0.isEmoji }) else { return }
        let text = context.text
        let openers = Self.openersByLanguage[context.language] ?? []
        let followers = Self.praiseFollowersByLanguage[context.language] ?? []
        let gratitude = Self.gratitudeByLanguage[context.language] ?? []
        let ironyTagged = text.tokens.indices.contains {
            text.tokens[$0].flags.contains(.hashtag) && context.isWord($0, oneOf: Self.ironyHashtags)
        }
        // Sentences with an eye roll; almost always none, so an array, not a hashed set.
        var eyeRollSentences: [Int] = []
        for index in text.tokens.indices
        where text.tokens[index].kind == .emoji && text.scalars(of: text.tokens[index]).first == Self.eyeRoll {
            eyeRollSentences.append(sentenceIndex(of: index, in: text))
        }
        let total = terms.reduce(0) { $0 + $1.contribution }

        for position in terms.indices where terms[position].contribution > 0 && !terms[position].isEmoji {
            let term = terms[position]
            let rest = total - term.contribution
            let sentence = sentenceIndex(of: term.tokenIndex, in: text)
            var reason: String?
            if context.isWord(term.tokenIndex - 1, oneOf: openers) {
                reason = "irony:" + text.text(of: term.tokenIndex - 1)
            } else if ironyTagged {
                reason = "irony:hashtag"
            } else if eyeRollSentences.contains(sentence) || eyeRollSentences.contains(sentence + 1) && endsSentence(term, in: text) {
                reason = "irony:🙄"
            } else if rest <= Self.negativeContext,
                context.isWord(term.lastTokenIndex + 1, oneOf: followers)
                    || context.isWord(term.tokenIndex, oneOf: gratitude) || term.term.hasPrefix("danke") {
                reason = "irony:negative-context"
            }
            if let reason { terms[position].scale(by: Self.flipFactor, rule: reason) }
        }
    }

    private func sentenceIndex(of tokenIndex: Int, in text: TokenizedText) -> Int {
        Int(text.tokens[tokenIndex].sentence)
    }

    /// A 🙄 standing alone after the sentence ("Super Service. 🙄") comments on that sentence.
    private func endsSentence(_ term: ScoredTerm, in text: TokenizedText) -> Bool {
        let sentence = text.tokens[term.tokenIndex].sentence
        guard let eye = text.tokens.firstIndex(where: { $0.sentence == sentence + 1 }) else { return false }
        return text.tokens[eye].kind == .emoji
    }
}
