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
    /// `indexes[.de]` and `indexes[.en]`, read without hashing a dictionary key per text.
    private let german: PatternIndex?
    private let english: PatternIndex?
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
        german = indexes[.de]
        english = indexes[.en]
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
        // (topic, first token, token count) in match order; most texts have none, so nothing
        // is allocated until the first match. Several terms of one topic may match the same
        // word ("liefer*", "*lieferung"): the first counts, once.
        var found: [(topic: Int, position: Int, count: Int)] = []
        func collect(_ index: PatternIndex?) {
            guard let index else { return }
            for position in text.tokens.indices {
                index.forEachMatch(at: position, in: text) { entry, count in
                    for earlier in found where earlier.topic == entry.payload && earlier.position == position { return }
                    found.append((entry.payload, position, count))
                }
            }
        }
        switch language {
        case .de: collect(german)
        case .en: collect(english)
        case .other:
            collect(german)
            collect(english)
        }
        guard !found.isEmpty else { return [] }
        found.sort { ($0.topic, $0.position) < ($1.topic, $1.position) }
        var result: [TopicMatch] = []
        var first = 0
        while first < found.count {
            let topic = found[first].topic
            var end = first
            var terms: [String] = []
            while end < found.count && found[end].topic == topic {
                let match = found[end]
                let words = (match.position..<(match.position + match.count)).map { text.text(of: $0) }
                terms.append(words.count == 1 ? words[0] : words.joined(separator: " "))
                end += 1
            }
            terms.sort()
            var unique: [String] = []
            for term in terms where unique.last != term { unique.append(term) }
            result.append(TopicMatch(topic: names[topic], score: Double(end - first), terms: unique))
            first = end
        }
        return result
    }
}
