/// One token of a lexicon pattern: a literal, or a literal with `*` at its start and/or end
/// (`liefer*`, `*versand`, `*bahn*`), as used in escalation.tsv and topic definitions.
struct TermPattern: Sendable, Equatable {
    enum Kind: Sendable { case exact, prefix, suffix, infix }

    var kind: Kind
    /// The literal without `*`, lowercased.
    var scalars: [Unicode.Scalar]
    /// Hash of `scalars`; for `suffix` the hash of the reversed literal.
    var key: UInt64

    init?(_ text: Substring) {
        var literal = Substring(text)
        let leading = literal.hasPrefix("*")
        if leading { literal = literal.dropFirst() }
        let trailing = literal.hasSuffix("*")
        if trailing { literal = literal.dropLast() }
        guard !literal.isEmpty, !literal.contains("*") else { return nil }
        scalars = Array(literal.lowercased().unicodeScalars)
        switch (leading, trailing) {
        case (false, false): kind = .exact
        case (false, true): kind = .prefix
        case (true, false): kind = .suffix
        case (true, true): kind = .infix
        }
        key = kind == .suffix ? TermHash.of(scalars.reversed()) : TermHash.of(scalars)
    }

    /// Direct comparison, used to verify the second and later tokens of multiword patterns.
    func matches(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
        switch kind {
        case .exact: return token.elementsEqual(scalars)
        case .prefix: return token.count >= scalars.count && token.prefix(scalars.count).elementsEqual(scalars)
        case .suffix: return token.count >= scalars.count && token.suffix(scalars.count).elementsEqual(scalars)
        case .infix: return Self.contains(token, scalars)
        }
    }

    static func contains(_ haystack: ArraySlice<Unicode.Scalar>, _ needle: [Unicode.Scalar]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        var start = haystack.startIndex
        while start + needle.count <= haystack.endIndex {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
            start += 1
        }
        return false
    }
}
