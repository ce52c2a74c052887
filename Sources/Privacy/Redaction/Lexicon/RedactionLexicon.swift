import Foundation

/// The word lists behind the redactor's context rules, kept as editable text (format and the
/// reason for every section in `docs/PRIVACY.md`). `standard` is the built-in list; a site
/// can load its own copy with `load(from:)` and pass it to `Redactor(lexicon:)`.
///
/// Format: `[section]` lines, then one entry per line; `#` starts a comment. Entries are
/// compared ignoring ASCII case unless a section says otherwise.
///
/// A class so that each redaction shares it with one reference count instead of copying a
/// dozen tables into every scanner (it is immutable, hence `Sendable`).
public final class RedactionLexicon: Sendable {
    let triggers: TriggerTable
    /// Capitalised words that follow salutations but are not names ("Hallo Leute").
    let notNames: WordSet
    /// Endings of German street names ("straße", "str.", "weg").
    let streetSuffixes: [[UInt8]]
    /// Words with a street ending that are common nouns ("Parkplatz 3", "Supermarkt 2").
    let notStreets: WordSet
    /// Prepositions that open a street name without suffix ("Am Markt 3", "An der Alster 5").
    let streetPrepositions: [[[UInt8]]]
    /// Word prefixes naming non-personal numbers ("Bestellnummer", "Sendungs-Nr.").
    let numberLabels: [[UInt8]]
    /// Word parts that mark the following number as personal even after a label ("Telefon").
    let personalNumberCues: [[UInt8]]
    /// Words before a dotted number that make it a version, not an IPv4 address.
    let versionLabels: WordSet
    /// Word parts that make a bare "PLZ Ort" an address ("Anschrift", "wohne").
    let addressCues: [[UInt8]]
    /// Possessives between a sign-off and the name ("Viele Grüße, Ihr Max").
    let signOffPossessives: WordSet
    /// Words introducing a place between a sign-off and a name on the next line ("aus Köln").
    let signOffOrigins: WordSet

    init(triggers: TriggerTable, notNames: WordSet, streetSuffixes: [[UInt8]], notStreets: WordSet,
         streetPrepositions: [[[UInt8]]], numberLabels: [[UInt8]], personalNumberCues: [[UInt8]],
         versionLabels: WordSet, addressCues: [[UInt8]], signOffPossessives: WordSet,
         signOffOrigins: WordSet) {
        self.triggers = triggers
        self.notNames = notNames
        self.streetSuffixes = streetSuffixes
        self.notStreets = notStreets
        self.streetPrepositions = streetPrepositions
        self.numberLabels = numberLabels
        self.personalNumberCues = personalNumberCues
        self.versionLabels = versionLabels
        self.addressCues = addressCues
        self.signOffPossessives = signOffPossessives
        self.signOffOrigins = signOffOrigins
    }

    /// The built-in lexicon.
    public static let standard: RedactionLexicon = {
        do {
            return try parse(standardText)
        } catch {
            preconditionFailure("built-in redaction lexicon is malformed: \(error)")
        }
    }()

    /// Loads a lexicon file in the format of `standardText`.
    public static func load(from url: URL) throws -> RedactionLexicon {
        try parse(String(contentsOf: url, encoding: .utf8))
    }

    /// Parses lexicon text; unknown sections are an error so that a typo is not silently ignored.
    public static func parse(_ text: String) throws -> RedactionLexicon {
        var sections: [String: [String]] = [:]
        var current: String?
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                .first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if line.isEmpty { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                let name = String(line.dropFirst().dropLast())
                guard knownSections.contains(name) else {
                    throw PrivacyError.lexiconMalformed(line: index + 1, reason: "unknown section [\(name)]")
                }
                current = name
                continue
            }
            guard let section = current else {
                throw PrivacyError.lexiconMalformed(line: index + 1, reason: "entry before the first section")
            }
            sections[section, default: []].append(line)
        }
        func lowered(_ name: String) -> [[UInt8]] { (sections[name] ?? []).map(ASCII.bytes) }
        return RedactionLexicon(
            triggers: TriggerTable(salutations: sections["salutations"] ?? [], signOffs: sections["sign-offs"] ?? []),
            notNames: WordSet(lowered("not-names")),
            // Longest first, so "straße" wins over "e"-less shorter endings when both match.
            streetSuffixes: lowered("street-suffixes").sorted { $0.count > $1.count },
            notStreets: WordSet(lowered("not-streets")),
            // Two-word phrases first, so "an der" is tried before a shorter match.
            streetPrepositions: (sections["street-prepositions"] ?? []).map { phrase in
                phrase.split(separator: " ").map { ASCII.bytes(String($0)) }
            }.sorted { $0.count > $1.count },
            numberLabels: lowered("number-labels"),
            personalNumberCues: lowered("personal-number-cues"),
            versionLabels: WordSet(lowered("version-labels")),
            addressCues: lowered("address-cues"),
            signOffPossessives: WordSet(lowered("sign-off-possessives")),
            signOffOrigins: WordSet(lowered("sign-off-origins")))
    }

    static let knownSections: Set<String> = [
        "salutations", "sign-offs", "not-names", "street-suffixes", "not-streets", "street-prepositions",
        "number-labels", "personal-number-cues", "version-labels", "address-cues", "sign-off-possessives",
        "sign-off-origins",
    ]
}

extension Array where Element == [UInt8] {
    /// True when `word` starts with one of the entries.
    func containsPrefix(of word: [UInt8]) -> Bool {
        contains { entry in entry.count <= word.count && word.starts(with: entry) }
    }

    /// True when one of the entries occurs anywhere in `word`; an entry starting with "="
    /// must equal the whole word.
    ///
    /// Asked for every word before a number candidate (labels, address cues), so the search
    /// compares the entry's first byte before anything else and walks the arrays' buffers
    /// (the pointers do not escape the closures).
    func containsPart(of word: [UInt8]) -> Bool {
        word.withUnsafeBufferPointer { text in
            contains { entry in
                if entry.first == 0x3D { return entry.dropFirst().elementsEqual(text) }
                return entry.withUnsafeBufferPointer { Self.occurs($0, in: text) }
            }
        }
    }

    /// True when `needle` occurs in `text` (an empty needle occurs everywhere).
    private static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = needle.count
        guard count > 0 else { return true }
        guard count <= text.count else { return false }
        let first = needle[0]
        var start = 0
        while start <= text.count - count {
            if text[start] == first {
                var offset = 1
                while offset < count && text[start + offset] == needle[offset] { offset += 1 }
                if offset == count { return true }
            }
            start += 1
        }
        return false
    }
}
