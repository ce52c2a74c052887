/// "gut" before a quantity means "a little more than", not "good": "wir standen gut 15 Minuten",
/// "gut eine Stunde Verspätung", "a good 20 minutes", "a good two hours". Such a "gut" is
/// removed before any other rule sees it. In the German development half, "gut" occurs in 47
/// texts labelled neutral against 5 positive ones, and the quantity reading is one of the
/// recurring readings that are no praise at all (the others are politeness, handled by phrases).
struct ApproximationRule: SentimentRule {
    let name = "approximation"

    /// The word that reads "approximately" before a quantity, per language.
    static let markers: [Language: WordSet] = [.de: ["gut"], .en: ["good"]]
    /// English needs the article before it ("a good 20 minutes"; "good 20 minutes" is rare).
    private static let markersByLanguage = PerLanguage(markers)
    private static let numeralsByLanguage = PerLanguage(numerals)
    static let englishArticle: WordSet = ["a"]
    /// Numerals written as words (numbers in digits are tokens of their own kind).
    static let numerals: [Language: WordSet] = [
        .de: [
            "ein", "eine", "einen", "einer", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
            "elf", "zwölf", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "hundert", "tausend", "halbe",
            "halben", "anderthalb", "eineinhalb", "zweieinhalb", "doppelt", "dutzend",
        ],
        .en: [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen",
            "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "half", "couple", "few", "dozen",
        ],
    ]

    var settings: String {
        "approximation " + Self.markers.keys.sorted { $0.rawValue < $1.rawValue }
            .map { "\(Self.markers[$0]!.words) \(Self.numerals[$0]!.words)" }.joined(separator: " ")
    }

    func apply(to terms: inout [ScoredTerm], in context: RuleContext) {
        guard let markers = Self.markersByLanguage[context.language], let numerals = Self.numeralsByLanguage[context.language]
        else { return }
        let tokens = context.text.tokens
        terms.removeAll { term in
            let index = term.tokenIndex
            guard term.tokenCount == 1, context.isWord(index, oneOf: markers), index + 1 < tokens.count else { return false }
            if context.language == .en && !context.isWord(index - 1, oneOf: Self.englishArticle) { return false }
            return tokens[index + 1].kind == .number || context.isWord(index + 1, oneOf: numerals)
        }
    }
}
