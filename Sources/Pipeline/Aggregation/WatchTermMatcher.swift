import Foundation

/// Finds watched terms in a post: case-insensitive, on word boundaries (a letter or digit
/// before or after a match means no match), whitespace runs read as one space, and at each
/// position the longest term wins, so "Nordlicht Mobil" is not also counted as "Nordlicht".
/// Works on Unicode scalars of the lowercased text, not on `String` indices.
struct WatchTermMatcher: Sendable {
    struct Term: Sendable, Equatable {
        var group: String
        var term: String
        var scalars: [Unicode.Scalar]
    }

    /// Sorted by group, then term: the order rows are written in.
    let terms: [Term]
    /// Term indices by first scalar, longest term first.
    private let byFirstScalar: [Unicode.Scalar: [Int]]

    init(groups: [WatchGroup]) {
        var terms: [Term] = []
        for group in groups {
            for term in group.terms {
                let scalars = Self.normalized(term)
                guard !scalars.isEmpty, !terms.contains(where: { $0.group == group.name && $0.scalars == scalars })
                else { continue }
                terms.append(Term(group: group.name, term: term, scalars: scalars))
            }
        }
        terms.sort { $0.group != $1.group ? $0.group < $1.group : $0.term < $1.term }
        var index: [Unicode.Scalar: [Int]] = [:]
        for (position, term) in terms.enumerated() { index[term.scalars[0], default: []].append(position) }
        for key in index.keys {
            index[key]!.sort { terms[$0].scalars.count != terms[$1].scalars.count
                ? terms[$0].scalars.count > terms[$1].scalars.count : $0 < $1 }
        }
        self.terms = terms
        byFirstScalar = index
    }

    var isEmpty: Bool { terms.isEmpty }

    /// Indices into `terms` of every term found in `text` (each once).
    func matches(in text: String) -> Set<Int> {
        let scalars = Self.normalized(text)
        var found: Set<Int> = []
        var position = 0
        while position < scalars.count {
            guard position == 0 || !Self.isWordScalar(scalars[position - 1]),
                let candidates = byFirstScalar[scalars[position]]
            else {
                position += 1
                continue
            }
            var matchedLength = 0
            for candidate in candidates where matches(terms[candidate].scalars, in: scalars, at: position) {
                // Two groups may list the same term: all terms of the longest length count.
                if matchedLength != 0, terms[candidate].scalars.count < matchedLength { break }
                found.insert(candidate)
                matchedLength = terms[candidate].scalars.count
            }
            position += max(1, matchedLength)
        }
        return found
    }

    private func matches(_ term: [Unicode.Scalar], in text: [Unicode.Scalar], at start: Int) -> Bool {
        let end = start + term.count
        guard end <= text.count else { return false }
        for offset in 0..<term.count where text[start + offset] != term[offset] { return false }
        return end == text.count || !Self.isWordScalar(text[end])
    }

    /// Lowercased scalars with every whitespace run turned into one space and trimmed.
    static func normalized(_ text: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(scalar)
        }
        return result
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_"
    }
}
