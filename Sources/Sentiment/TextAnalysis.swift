import Foundation

/// Languages the classifier scores; everything else is `other` and stays unscored.
public enum Language: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case de, en, other
}

public enum SentimentLabel: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case positive, neutral, negative
    /// The post is in a language the classifier does not score; never forced into neutral.
    case unscored
}

public struct LanguageGuess: Sendable, Equatable, Codable {
    public var language: Language
    /// 0…1: how sure the identifier is.
    public var confidence: Double

    public init(language: Language, confidence: Double) {
        self.language = language
        self.confidence = confidence
    }
}

/// One lexicon hit and what it added to the score, with the rules that shaped it.
public struct TermContribution: Sendable, Equatable, Codable {
    public var term: String
    /// Valence from the lexicon, before rules.
    public var valence: Double
    /// Valence after rules (negation, intensifiers, contrast, …).
    public var contribution: Double
    /// Names of the rules that changed this term ("negation", "intensifier:sehr", "contrast").
    public var rules: [String]

    public init(term: String, valence: Double, contribution: Double, rules: [String] = []) {
        self.term = term
        self.valence = valence
        self.contribution = contribution
        self.rules = rules
    }
}

public struct SentimentScore: Sendable, Equatable, Codable {
    /// −1 … 1.
    public var score: Double
    public var label: SentimentLabel
    /// 0 … 1.
    public var confidence: Double
    public var terms: [TermContribution]

    public init(score: Double, label: SentimentLabel, confidence: Double, terms: [TermContribution]) {
        self.score = score
        self.label = label
        self.confidence = confidence
        self.terms = terms
    }
}

public struct TopicMatch: Sendable, Equatable, Codable {
    public var topic: String
    public var score: Double
    public var terms: [String]

    public init(topic: String, score: Double, terms: [String]) {
        self.topic = topic
        self.score = score
        self.terms = terms
    }
}

/// Everything the classifiers say about one text.
public struct TextAnalysis: Sendable, Equatable, Codable {
    public var language: LanguageGuess
    public var sentiment: SentimentScore
    /// Sorted by topic name; empty when no topic matched.
    public var topics: [TopicMatch]
    /// Escalation markers found (lexicon terms as written in the lexicon), sorted.
    public var escalationMarkers: [String]
    /// The writer expects an answer.
    public var isQuestion: Bool

    public init(
        language: LanguageGuess, sentiment: SentimentScore, topics: [TopicMatch],
        escalationMarkers: [String], isQuestion: Bool
    ) {
        self.language = language
        self.sentiment = sentiment
        self.topics = topics
        self.escalationMarkers = escalationMarkers
        self.isQuestion = isQuestion
    }
}

/// The classification stage seam: pure, thread-safe, deterministic.
public protocol TextAnalyzing: Sendable {
    /// A hash of lexicons, topics and rule settings; stored with every score.
    var version: String { get }
    /// `languageHint` is the source's configured language; the identifier may overrule it
    /// when the text clearly is in another language.
    func analyze(_ text: String, languageHint: Language?) -> TextAnalysis
    /// The same result, with word-level results shared through `memo` by the texts of a batch.
    func analyze(_ text: String, languageHint: Language?, memo: inout WordMemo) -> TextAnalysis
}

extension TextAnalyzing {
    /// Analysers without word-level results to share ignore the memo.
    public func analyze(_ text: String, languageHint: Language?, memo: inout WordMemo) -> TextAnalysis {
        analyze(text, languageHint: languageHint)
    }
}
