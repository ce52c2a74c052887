import Foundation
import Pipeline
import Sentiment

struct AnalyzeCommand: Command {
    static let name = "analyze"
    static let summary = "classify one text or stdin lines and explain the result as JSON"
    static let help = """
        Usage: monitor analyze [TEXT] [--lang de|en] [--config PATH]

        Prints one JSON object per text: language with confidence, sentiment score (-1…1),
        label, confidence, the matched terms with their contributions and the rules that shaped
        them, topics, escalation markers and whether the text asks a question. Without TEXT,
        reads one text per line from standard input. --config uses that configuration's
        lexicons and topics; otherwise the compiled-in ones (or MONITOR_LEXICONS). Writes nothing.
        """

    let text: String?
    let languageHint: Language?
    let configPath: String?

    init(arguments: inout Arguments) throws {
        let hint = try arguments.option("--lang")
        guard hint == nil || hint == "de" || hint == "en" else { throw UsageError("analyze: --lang takes de or en") }
        languageHint = hint.flatMap(Language.init(rawValue:))
        configPath = try arguments.option("--config")
        text = try arguments.positionals(max: 1).first
    }

    func run() throws -> Int32 {
        let analyzer: Analyzer
        if let configPath {
            analyzer = try Workspace.load(configPath: configPath).analyzer()
        } else {
            let override = ProcessInfo.processInfo.environment["MONITOR_LEXICONS"].map { URL(fileURLWithPath: $0) }
            analyzer = try Workspace.analyzer(lexicons: LexiconSettings(directory: override), topics: nil)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let emit: (String) throws -> Void = { text in
            let explanation = AnalysisExplanation(text: text, analysis: analyzer.analyze(text, languageHint: languageHint))
            print(String(decoding: try encoder.encode(explanation), as: UTF8.self))
        }
        if let text {
            try emit(text)
        } else {
            while let line = readLine() {
                if !line.trimmingCharacters(in: .whitespaces).isEmpty { try emit(line) }
            }
        }
        return 0
    }
}

/// The JSON shape of `monitor analyze`.
struct AnalysisExplanation: Encodable {
    var text: String
    var language: String
    var languageConfidence: Double
    var score: Double
    var label: String
    var confidence: Double
    var terms: [TermContribution]
    var topics: [TopicMatch]
    var escalationMarkers: [String]
    var isQuestion: Bool

    init(text: String, analysis: TextAnalysis) {
        self.text = text
        language = analysis.language.language.rawValue
        languageConfidence = (analysis.language.confidence * 1000).rounded() / 1000
        score = (analysis.sentiment.score * 1000).rounded() / 1000
        label = analysis.sentiment.label.rawValue
        confidence = (analysis.sentiment.confidence * 1000).rounded() / 1000
        terms = analysis.sentiment.terms
        topics = analysis.topics
        escalationMarkers = analysis.escalationMarkers
        isQuestion = analysis.isQuestion
    }
}
