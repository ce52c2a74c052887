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
    /// One per scored language, as plain properties: a `[Language: TermExtractor]` lookup
    /// hashed the language with SipHash on every text.
    private let germanExtractor: TermExtractor
    private let englishExtractor: TermExtractor
    private let combiner = ScoreCombiner()
    private let escalation = EscalationDetector()
    private let questions = QuestionDetector()

    /// The rules in the order they run. Negation sees raw lexicon values; emphasis comes after
    /// intensifiers so "SEHR gut!!!" stacks as in VADER; irony looks at the context after
    /// negation; clause weights (contrast, question) apply last, to the finished terms.
    /// Approximation and travel class first: "gut 15 Minuten" and "1. Klasse" are no terms at all.
    static let rules: [any SentimentRule] = [
        ApproximationRule(), TravelClassRule(), NegationRule(), IntensifierRule(), ExcessiveDegreeRule(), ResolutionRule(), EmphasisRule(), IronyRule(), ContrastRule(),
        QuestionRule(),
    ]

    /// Builds every table once (trigram profiles, per-language lookups); afterwards
    /// `analyze` only reads. Cheap enough to call once per run, not once per post.
    public init(resources: LexiconResources, topics: TopicSet) {
        self.resources = resources
        self.topics = topics
        tokenizer = Tokenizer(emoji: resources.emoji)
        identifier = LanguageIdentifier(german: resources.german, english: resources.english)
        germanExtractor = TermExtractor(lookup: ValenceLookup(lexicon: resources.german))
        englishExtractor = TermExtractor(lookup: ValenceLookup(lexicon: resources.english))
        var hash = ContentHash()
        hash.add(resources.contentHash)
        hash.add(topics.fingerprint)
        for rule in Self.rules { hash.add(rule.settings) }
        hash.add(combiner.settings)
        hash.add(Self.morphologySettings)
        hash.add(LanguageIdentifier.settings)
        hash.add(QuestionDetector.settings)
        version = "rules1-" + hash.hex
    }

    /// Classifies one text; `languageHint` (the source's configured language) only tips
    /// unclear cases. Texts in another language come back `unscored`, with topics still matched.
    public func analyze(_ text: String, languageHint: Language?) -> TextAnalysis {
        var memo = WordMemo(capacity: 0)
        return analyze(text, languageHint: languageHint, memo: &memo)
    }

    /// The same result as `analyze(_:languageHint:)`; word-level results are taken from and
    /// added to `memo`, which the caller keeps for a batch of texts (see `WordMemo`).
    public func analyze(_ text: String, languageHint: Language?, memo: inout WordMemo) -> TextAnalysis {
        memo.prepareForText(owner: germanExtractor.lookup)
        let tokens = tokenizer.tokenize(text)
        let language = identifier.identify(tokens, hint: languageHint)
        let topicMatches = topics.matches(in: tokens, language: language.language)
        guard let lexicon = resources.lexicon(for: language.language), let extractor = extractor(for: language.language) else {
            return TextAnalysis(
                language: language, sentiment: combiner.combine([], language: language), topics: topicMatches,
                escalationMarkers: [], isQuestion: tokens.sentences.contains { $0.endsWithQuestionMark })
        }
        let context = RuleContext(text: tokens, lexicon: lexicon, emoji: resources.emoji, memo: &memo)
        return TextAnalysis(
            language: language, sentiment: sentiment(in: context, extractor: extractor, language: language, memo: &memo),
            topics: topicMatches, escalationMarkers: escalation.markers(in: tokens, lexicon: lexicon),
            isQuestion: questions.isQuestion(tokens, lexicon: lexicon))
    }

    /// Language and sentiment only: the same `language` and `sentiment` as `analyze`, without
    /// topics, escalation markers and question detection. `monitor eval` measures this
    /// (tokenising, language identification, scoring and labelling).
    public func classify(_ text: String, languageHint: Language?) -> (language: LanguageGuess, sentiment: SentimentScore) {
        var memo = WordMemo(capacity: 0)
        return classify(text, languageHint: languageHint, memo: &memo)
    }

    /// The same result as `classify(_:languageHint:)`, with word-level results shared across
    /// a batch through `memo` (see `WordMemo`). `explained` false leaves out the matched terms
    /// (`sentiment.terms` is empty; language, score, label and confidence are the same, see
    /// ExplanationFreePathTests): what `monitor eval` measures, which needs labels only.
    public func classify(
        _ text: String, languageHint: Language?, memo: inout WordMemo, explained: Bool = true
    ) -> (language: LanguageGuess, sentiment: SentimentScore) {
        memo.prepareForText(owner: germanExtractor.lookup)
        let tokens = tokenizer.tokenize(text)
        let language = identifier.identify(tokens, hint: languageHint)
        guard let lexicon = resources.lexicon(for: language.language), let extractor = extractor(for: language.language) else {
            return (language, combiner.combine([], language: language))
        }
        let context = RuleContext(text: tokens, lexicon: lexicon, emoji: resources.emoji, memo: &memo)
        return (language, sentiment(in: context, extractor: extractor, language: language, memo: &memo, explained: explained))
    }

    private func sentiment(
        in context: RuleContext, extractor: TermExtractor, language: LanguageGuess, memo: inout WordMemo, explained: Bool = true
    ) -> SentimentScore {
        var terms = extractor.terms(in: context, memo: &memo)
        // The rules are called in place: `for rule in Self.rules` copied each existential (an
        // outlined copy and destroy per rule and text, about 900 instructions per text).
        Self.rules.withUnsafeBufferPointer { rules in
            for index in rules.indices where !terms.isEmpty || rules[index].createsTerms {
                rules[index].apply(to: &terms, in: context)
            }
        }
        return combiner.combine(terms, language: language, words: context.text.wordCount, explained: explained)
    }

    private func extractor(for language: Language) -> TermExtractor? {
        switch language {
        case .de: germanExtractor
        case .en: englishExtractor
        case .other: nil
        }
    }

    private static let morphologySettings = ValenceLookup.settings
}
