/// Finds lexicon patterns (`term`, `prefix*`, `*suffix`, `*infix*`, multiword `a b*`) at a
/// token position. The first pattern token is found through hash tables (prefix and reversed
/// suffix hashes are computed incrementally), later tokens are compared directly.
struct PatternIndex: Sendable {
    struct Entry: Sendable, Equatable {
        var tokens: [TermPattern]
        /// Index into the owner's array of payloads (topic, escalation weight, …).
        var payload: Int
    }

    private(set) var entries: [Entry] = []
    private var exact = TermTable<[Int]>()
    private var prefixes = TermTable<[Int]>()
    /// Bit n set: some prefix pattern is n scalars long (patterns are far shorter than 64).
    private var prefixLengths: UInt64 = 0
    private var suffixes = TermTable<[Int]>()
    private var suffixLengths: UInt64 = 0
    private var longestPrefix = 0
    private var longestSuffix = 0
    /// Hashes of the first (for prefix patterns) and last, reversed (for suffix patterns)
    /// `filterLength` scalars: a token whose start or end is not here skips the per-length
    /// lookups, which is nearly every token. Disabled when a pattern is shorter.
    private var prefixStarts = TermTable<Bool>()
    private var suffixEnds = TermTable<Bool>()
    private var filterUsable = true
    private static let filterLength = 3
    private var infixes: [Int] = []

    var isEmpty: Bool { entries.isEmpty }

    /// Adds a pattern written as in the lexicon; returns false if a token is empty or has `*` inside.
    @discardableResult
    mutating func insert(_ pattern: String, payload: Int) -> Bool {
        let parts = pattern.lowercased().split(separator: " ")
        var tokens: [TermPattern] = []
        for part in parts {
            guard let token = TermPattern(part) else { return false }
            tokens.append(token)
        }
        guard let first = tokens.first else { return false }
        let id = entries.count
        entries.append(Entry(tokens: tokens, payload: payload))
        let lengthBit: UInt64 = 1 << UInt64(min(first.scalars.count, 63))
        switch first.kind {
        case .exact: exact[first.key] = (exact[first.key] ?? []) + [id]
        case .prefix:
            prefixes[first.key] = (prefixes[first.key] ?? []) + [id]
            prefixStarts[TermHash.of(first.scalars.prefix(Self.filterLength))] = true
            if first.scalars.count < Self.filterLength { filterUsable = false }
            prefixLengths |= lengthBit
            longestPrefix = max(longestPrefix, first.scalars.count)
        case .suffix:
            suffixes[first.key] = (suffixes[first.key] ?? []) + [id]
            suffixEnds[TermHash.of(first.scalars.reversed().prefix(Self.filterLength))] = true
            if first.scalars.count < Self.filterLength { filterUsable = false }
            suffixLengths |= lengthBit
            longestSuffix = max(longestSuffix, first.scalars.count)
        case .infix: infixes.append(id)
        }
        return true
    }

    /// Calls `body(entry, tokenCount)` for every entry that matches starting at token `index`.
    func forEachMatch(at index: Int, in text: TokenizedText, _ body: (Entry, Int) -> Void) {
        let token = text.tokens[index]
        guard token.kind == .word || token.kind == .emoji else { return }
        let scalars = text.scalars(of: token)
        func report(_ ids: [Int]?) {
            guard let ids else { return }
            for id in ids {
                let entry = entries[id]
                if let count = matchRest(entry, from: index, in: text) { body(entry, count) }
            }
        }
        report(exact[token.key])
        let canFilter = filterUsable && scalars.count >= Self.filterLength
        if prefixLengths != 0 && (!canFilter || prefixStarts.contains(TermHash.of(scalars.prefix(Self.filterLength)))) {
            var hash = TermHash()
            var length = 0
            for scalar in scalars {
                hash.add(scalar)
                length += 1
                if length > longestPrefix { break }
                if length < 64 && prefixLengths & (1 << UInt64(length)) != 0 { report(prefixes[hash.value]) }
            }
        }
        if suffixLengths != 0 && (!canFilter || suffixEnds.contains(TermHash.of(scalars.reversed().prefix(Self.filterLength)))) {
            var hash = TermHash()
            var length = 0
            for scalar in scalars.reversed() {
                hash.add(scalar)
                length += 1
                if length > longestSuffix { break }
                if length < 64 && suffixLengths & (1 << UInt64(length)) != 0 { report(suffixes[hash.value]) }
            }
        }
        for id in infixes where entries[id].tokens[0].matches(scalars) {
            let entry = entries[id]
            if let count = matchRest(entry, from: index, in: text) { body(entry, count) }
        }
    }

    /// Number of tokens covered if the second and later pattern tokens follow `index`.
    private func matchRest(_ entry: Entry, from index: Int, in text: TokenizedText) -> Int? {
        var position = index
        for pattern in entry.tokens.dropFirst() {
            position += 1
            guard position < text.tokens.count, text.tokens[position].kind == .word,
                pattern.matches(text.scalars(of: text.tokens[position]))
            else { return nil }
        }
        return entry.tokens.count
    }
}
