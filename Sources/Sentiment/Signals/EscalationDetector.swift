/// Finds escalation markers (escalation.tsv: threats to cancel, lawyers, press, authorities;
/// `*` for prefixes, multiword allowed). Reported as written in the lexicon, sorted, each once.
struct EscalationDetector: Sendable {
    func markers(in text: TokenizedText, lexicon: LanguageLexicon) -> [String] {
        guard !lexicon.escalation.isEmpty else { return [] }
        var found = Set<String>()
        for index in text.tokens.indices {
            lexicon.escalation.forEachMatch(at: index, in: text) { entry, _ in
                found.insert(lexicon.escalationTerms[entry.payload].term)
            }
        }
        return found.sorted()
    }

    /// Sum of the weights of the markers found (for callers ranking escalations).
    func weight(of markers: [String], lexicon: LanguageLexicon) -> Double {
        let wanted = Set(markers)
        return lexicon.escalationTerms.filter { wanted.contains($0.term) }.reduce(0) { $0 + $1.weight }
    }
}
