/// The rule-based classifier: tokenise, identify the language, collect lexicon terms
/// (phrases first, German morphology and compounds), run the named rules in order, combine
/// into a score; topics, escalation markers and questions are found on the same tokens.
/// Pure and thread-safe: all tables are built in `init` and only read afterwards.
public struct Analyzer: TextAnalyzing {
    public let version: String
    /// The names of the configured topics, sorted.
    public var topicNames: [String] { topics.names }
    private let resources: LexiconResources
    private let topics: TopicSet
    private let tokenizer: Tokenizer
    private let identifier: LanguageIdentifier
    private let extractors: [Language: TermExtractor]
    private let combiner = ScoreCombiner()
    private let escalation = EscalationDetector()
    private let questions = QuestionDetector()

    /// The rules in the order they run. Negation sees raw lexicon values; emphasis comes after
    /// intensifiers so "SEHR gut!!!" stacks as in VADER; irony looks at the context after
    /// negation; clause weights (contrast, question) apply last, to the finished terms.
    static let rules: [any SentimentRule] = [
        NegationRule(), IntensifierRule(), ExcessiveDegreeRule(), EmphasisRule(), IronyRule(), ContrastRule(), QuestionRule(),
    ]

    public init(resources: LexiconResources, topics: TopicSet) {
        self.resources = resources
        self.topics = topics
        tokenizer = Tokenizer(emoji: resources.emoji)
        identifier = LanguageIdentifier(german: resources.german, english: resources.english)
        extractors = [
            .de: TermExtractor(lookup: ValenceLookup(lexicon: resources.german)),
            .en: TermExtractor(lookup: ValenceLookup(lexicon: resources.english)),
        ]
        var hash = ContentHash()
        hash.add(resources.contentHash)
        hash.add(topics.fingerprint)
        for rule in Self.rules { hash.add(rule.settings) }
        hash.add(combiner.settings)
        hash.add(Self.morphologySettings)
        version = "rules1-" + hash.hex
    }

    public func analyze(_ text: String, languageHint: Language?) -> TextAnalysis {
        let tokens = tokenizer.tokenize(text)
        let language = identifier.identify(tokens, hint: languageHint)
        let topicMatches = topics.matches(in: tokens, language: language.language)
        guard let lexicon = resources.lexicon(for: language.language), let extractor = extractors[language.language] else {
            return TextAnalysis(
                language: language, sentiment: combiner.combine([], language: language), topics: topicMatches,
                escalationMarkers: [], isQuestion: tokens.sentences.contains { $0.endsWithQuestionMark })
        }
        let context = RuleContext(text: tokens, lexicon: lexicon, emoji: resources.emoji)
        return TextAnalysis(
            language: language, sentiment: sentiment(in: context, extractor: extractor, language: language),
            topics: topicMatches, escalationMarkers: escalation.markers(in: tokens, lexicon: lexicon),
            isQuestion: questions.isQuestion(tokens, lexicon: lexicon))
    }

    private func sentiment(in context: RuleContext, extractor: TermExtractor, language: LanguageGuess) -> SentimentScore {
        var terms = extractor.terms(in: context)
        for rule in Self.rules where !terms.isEmpty || rule is ExcessiveDegreeRule {
            rule.apply(to: &terms, in: context)
        }
        return combiner.combine(terms, language: language)
    }

    private static let morphologySettings =
        "morphology \(ValenceLookup.minimumCompoundLength) \(ValenceLookup.minimumHead) \(ValenceLookup.minimumModifier) "
        + "\(ValenceLookup.modifierShare) \(ValenceLookup.modifierOnlyShare) \(ValenceLookup.modifierOnlyMinimumValence) "
        + "\(ValenceLookup.affixScale) \(Inflection.germanSuffixes.count) \(Inflection.englishSuffixes.count)"
}
