import Foundation

/// The topics posts are tagged with, each a list of terms per language. Terms may use `*` at
/// the start or end to reach into compounds (`liefer*` matches "Lieferchaos", `*versand`
/// matches "Expressversand") and may span several words ("deutsche bahn"). German terms also
/// match their umlaut-free spelling.
public struct TopicSet: Sendable {
    /// Topic names, sorted; pattern payloads index this array.
    public let names: [String]
    let definitions: [String: [Language: [String]]]
    private let indexes: [Language: PatternIndex]
    /// Stable text of the definitions for the analyser version.
    let fingerprint: String

    /// - Throws: `LexiconError.invalidTopics` for an empty name or a malformed term.
    public init(definitions: [String: [Language: [String]]]) throws {
        self.definitions = definitions
        names = definitions.keys.sorted()
        var indexes: [Language: PatternIndex] = [:]
        var fingerprint = ""
        for (topicIndex, name) in names.enumerated() {
            guard !name.trimmingSpaces().isEmpty else {
                throw LexiconError.invalidTopics(file: "topics", problem: "a topic has an empty name", fix: "give every topic a name")
            }
            let perLanguage = definitions[name] ?? [:]
            for language in Language.allCases {
                guard let terms = perLanguage[language] else { continue }
                fingerprint += "\(name)|\(language.rawValue)|\(terms.joined(separator: ","))\n"
                for term in terms {
                    let cleaned = term.trimmingSpaces().lowercased().replacingApostrophes()
                    var spellings = [cleaned]
                    if language == .de, GermanSpelling.transliterated(cleaned) != cleaned {
                        spellings.append(GermanSpelling.transliterated(cleaned))
                    }
                    for spelling in spellings where !indexes[language, default: PatternIndex()].insert(spelling, payload: topicIndex) {
                        throw LexiconError.invalidTopics(
                            file: "topics", problem: "topic '\(name)' (\(language.rawValue)): term '\(term)' is empty or has `*` inside a word",
                            fix: "use `*` only at the start or end of a word, e.g. liefer* or *versand")
                    }
                }
            }
        }
        self.indexes = indexes
        self.fingerprint = fingerprint
    }

    /// Parses the JSON layout of topics.default.json: `{"topic": {"de": [terms], "en": [terms]}}`.
    public init(json: String, file: String = "topics.json") throws {
        let raw: [String: [String: [String]]]
        do {
            raw = try JSONDecoder().decode([String: [String: [String]]].self, from: Data(json.utf8))
        } catch {
            throw LexiconError.invalidTopics(
                file: file, problem: "not valid topic JSON (\(error.localizedDescription))",
                fix: #"write {"topic": {"de": ["term", "prefix*"], "en": ["term"]}}"#)
        }
        var definitions: [String: [Language: [String]]] = [:]
        for (name, languages) in raw {
            for (code, terms) in languages {
                guard let language = Language(rawValue: code), language != .other else {
                    throw LexiconError.invalidTopics(
                        file: file, problem: "topic '\(name)' uses language '\(code)'", fix: "use \"de\" or \"en\" as keys")
                }
                definitions[name, default: [:]][language] = terms
            }
        }
        do {
            try self.init(definitions: definitions)
        } catch let LexiconError.invalidTopics(_, problem, fix) {
            throw LexiconError.invalidTopics(file: file, problem: problem, fix: fix)
        }
    }

    /// The topics shipped in lexicons/topics.default.json (compiled into the binary).
    public static func embeddedDefault() throws -> TopicSet {
        guard let json = EmbeddedLexicons.files["topics.default.json"] else { return try TopicSet(definitions: [:]) }
        return try TopicSet(json: json, file: "topics.default.json")
    }

    /// Topics of a text in `language`; for `other` the terms of every language are tried. A
    /// topic's score is the number of words matching any of its terms.
    func matches(in text: TokenizedText, language: Language) -> [TopicMatch] {
        guard !names.isEmpty else { return [] }
        var scores: [Int: Double] = [:]
        var terms: [Int: Set<String>] = [:]
        // Several terms of one topic may match the same word ("liefer*", "*lieferung"): it counts once.
        var counted = Set<Int>()
        let languages: [Language] = language == .other ? [.de, .en] : [language]
        for language in languages {
            guard let index = indexes[language] else { continue }
            for position in text.tokens.indices {
                index.forEachMatch(at: position, in: text) { entry, count in
                    guard counted.insert(entry.payload &* 1_000_003 &+ position).inserted else { return }
                    scores[entry.payload, default: 0] += 1
                    let words = (position..<(position + count)).map { text.text(of: $0) }
                    terms[entry.payload, default: []].insert(words.joined(separator: " "))
                }
            }
        }
        return scores.keys.sorted().map { topic in
            TopicMatch(topic: names[topic], score: scores[topic] ?? 0, terms: (terms[topic] ?? []).sorted())
        }
    }
}
