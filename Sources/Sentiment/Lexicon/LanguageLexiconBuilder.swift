import Foundation

/// Parses the files of one language into tables; `LanguageLexicon` freezes the result.
/// Third-party lexicons are added to a builder before it is frozen.
struct LanguageLexiconBuilder {
    typealias ValenceEntry = LanguageLexicon.ValenceEntry

    let language: Language
    private(set) var valence = TermTable<ValenceEntry>()
    private(set) var phrases = PhraseTable()
    private(set) var escalation = PatternIndex()
    private(set) var escalationTerms: [(term: String, weight: Double)] = []
    private(set) var stopwords = TermTable<Bool>()
    private(set) var questionCues = PatternIndex()
    /// Words used to build the trigram profile of the language identifier.
    private(set) var profileWords: [String] = []
    private(set) var profileStopwords: [String] = []
    /// Every spelling stored in `valence`, as scalars, for the morphology filters that
    /// `ValenceLookup` derives from the final table.
    private(set) var valenceSpellings: [[Unicode.Scalar]] = []

    init(language: Language) { self.language = language }

    private(set) var modifierList: [Modifier] = []
    private(set) var stemPrefixes = TermTable<Bool>()
    private(set) var modifierIDs = TermTable<Int32>()

    /// Parses the files of `language` from `files` (keyed "de/valence.tsv"); missing files
    /// leave their table empty.
    init(language: Language, files: [String: String]) throws {
        self.language = language
        let prefix = language.rawValue + "/"
        if let text = files[prefix + "valence.tsv"] { try loadValence(text, file: prefix + "valence.tsv") }
        if let text = files[prefix + "phrases.tsv"] { try loadPhrases(text, file: prefix + "phrases.tsv") }
        if let text = files[prefix + "modifiers.tsv"] { try loadModifiers(text, file: prefix + "modifiers.tsv") }
        if let text = files[prefix + "escalation.tsv"] { try loadEscalation(text, file: prefix + "escalation.tsv") }
        if let text = files[prefix + "stopwords.txt"] {
            for word in LexiconFileParser(file: prefix + "stopwords.txt").entries(of: text) {
                for variant in spellings(of: word) { stopwords[TermHash.of(variant)] = true }
                profileStopwords.append(word)
            }
        }
        // Everyday words without valence (profile.txt): the trigram profile would otherwise know
        // only evaluative words and function words, and German headlines made of plain nouns
        // ("Bahn sperrt Radweg") fit it so poorly that they were called `other`.
        if let text = files[prefix + "profile.txt"] {
            profileWords.append(contentsOf: LexiconFileParser(file: prefix + "profile.txt").entries(of: text))
        }
        if let text = files[prefix + "questions.txt"] {
            for cue in LexiconFileParser(file: prefix + "questions.txt").entries(of: text) {
                for variant in spellings(of: cue) { questionCues.insert(variant, payload: 0) }
            }
        }
    }

    // MARK: Loading

    /// Adds one valence entry unless the word is already known (`overwrite` for own lexicons).
    mutating func addValence(_ term: String, _ value: Double, overwrite: Bool) {
        for variant in spellings(of: term) {
            let key = TermHash.of(variant)
            if valence[key] == nil { valenceSpellings.append(Array(variant.unicodeScalars)) }
            if overwrite || valence[key] == nil { valence[key] = ValenceEntry(lemma: term, valence: value) }
            stemPrefixes[LanguageLexicon.prefixKey(variant.unicodeScalars)] = true
        }
        profileWords.append(term)
    }

    private mutating func loadValence(_ text: String, file: String) throws {
        let parser = LexiconFileParser(file: file)
        for row in try parser.rows(of: text, headerFirstColumn: "term", minimumColumns: 2) {
            let term = try parser.term(row.columns[0], line: row.line)
            let value = try parser.number(row.columns[1], line: row.line, name: "valence", range: -4...4)
            addValence(term, value, overwrite: true)
        }
    }

    private mutating func loadPhrases(_ text: String, file: String) throws {
        let parser = LexiconFileParser(file: file)
        for row in try parser.rows(of: text, headerFirstColumn: "phrase", minimumColumns: 2) {
            let phrase = try parser.term(row.columns[0], line: row.line)
            let value = try parser.number(row.columns[1], line: row.line, name: "valence", range: -4...4)
            let normalised = phrase.split(separator: " ").joined(separator: " ").replacingApostrophes()
            for variant in spellings(of: normalised) { phrases.add(variant, valence: value) }
        }
    }

    private mutating func loadModifiers(_ text: String, file: String) throws {
        let parser = LexiconFileParser(file: file)
        for row in try parser.rows(of: text, headerFirstColumn: "term", minimumColumns: 3, numericColumn: 2) {
            let term = try parser.term(row.columns[0], line: row.line).replacingApostrophes()
            let kindName = row.columns[1].trimmingSpaces().lowercased()
            guard let kind = Modifier.Kind(rawValue: kindName) else {
                throw LexiconError.malformedLine(
                    file: file, line: row.line, problem: "unknown modifier kind '\(kindName)'",
                    fix: "use one of " + Modifier.Kind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            var weight = try parser.number(row.columns[2], line: row.line, name: "weight", range: -4...4)
            // Diminishers may be written as 0.3 or −0.3; both mean "remove 30 %".
            if kind == .diminisher { weight = -abs(weight) }
            if kind == .intensifier { weight = abs(weight) }
            modifierList.append(Modifier(term: term, kind: kind, weight: weight))
            for variant in spellings(of: term) { stemPrefixes[LanguageLexicon.prefixKey(variant.unicodeScalars)] = true }
            for variant in spellings(of: term) { modifierIDs[TermHash.of(variant)] = Int32(modifierList.count - 1) }
        }
    }

    private mutating func loadEscalation(_ text: String, file: String) throws {
        let parser = LexiconFileParser(file: file)
        for row in try parser.rows(of: text, headerFirstColumn: "term", minimumColumns: 2) {
            let term = try parser.term(row.columns[0], line: row.line)
            let weight = try parser.number(row.columns[1], line: row.line, name: "weight", range: 0...100)
            let payload = escalationTerms.count
            escalationTerms.append((term, weight))
            for variant in spellings(of: term) where !escalation.insert(variant, payload: payload) {
                throw LexiconError.malformedLine(
                    file: file, line: row.line, problem: "'\(term)' has a `*` inside a word",
                    fix: "use `*` only at the start or end of a word (liefer*, *versand)")
            }
        }
    }

    /// German entries are also stored in the spelling without umlauts and ß ("enttaeuscht",
    /// "spass"), which keyboards and older systems still produce.
    private func spellings(of term: String) -> [String] {
        guard language == .de else { return [term] }
        let transliterated = GermanSpelling.transliterated(term)
        return transliterated == term ? [term] : [term, transliterated]
    }
}

extension String {
    /// Typographic apostrophes become ASCII ones, as the tokeniser does.
    func replacingApostrophes() -> String {
        contains("\u{2019}") ? replacingOccurrences(of: "\u{2019}", with: "'") : self
    }
}
