import Foundation
@testable import Sentiment

/// The tiny lexicons under Fixtures/lexicons (written for these tests, not real data), so the
/// rule tests do not change when the shipped lexicons are edited.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let lexiconDirectory = directory.appendingPathComponent("lexicons")

    static func files() -> [String: String] {
        var files: [String: String] = [:]
        for relative in LexiconResources.knownFiles {
            if let text = try? String(contentsOf: lexiconDirectory.appendingPathComponent(relative), encoding: .utf8) {
                files[relative] = text
            }
        }
        return files
    }

    static let resources: LexiconResources = {
        do { return try LexiconResources(files: files()) } catch { fatalError("fixture lexicons: \(error)") }
    }()

    static let topics: TopicSet = {
        do { return try TopicSet(json: files()["topics.default.json"] ?? "{}") } catch { fatalError("fixture topics: \(error)") }
    }()

    static let analyzer = Analyzer(resources: resources, topics: topics)

    static func lexicon(_ language: Language) -> LanguageLexicon { resources.lexicon(for: language)! }

    static func tokenize(_ text: String) -> TokenizedText { Tokenizer(emoji: resources.emoji).tokenize(text) }

    static func context(_ text: String, _ language: Language) -> RuleContext {
        RuleContext(text: tokenize(text), lexicon: lexicon(language), emoji: resources.emoji)
    }

    /// Terms of `text` after running exactly `rules`, in order.
    static func terms(_ text: String, _ language: Language, rules: [any SentimentRule] = []) -> [ScoredTerm] {
        let context = context(text, language)
        var terms = TermExtractor(lookup: ValenceLookup(lexicon: lexicon(language))).terms(in: context)
        for rule in rules { rule.apply(to: &terms, in: context) }
        return terms
    }

    static func term(_ word: String, in terms: [ScoredTerm]) -> ScoredTerm? { terms.first { $0.term == word } }

    static func words(_ text: String) -> [String] {
        let tokenized = tokenize(text)
        return tokenized.tokens.filter { $0.kind == .word }.map { tokenized.text(of: $0) }
    }
}
