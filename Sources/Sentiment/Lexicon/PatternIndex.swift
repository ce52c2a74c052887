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
    /// Hot: runs for every token of every text (topics, escalation markers, question cues), so
    /// the filter hashes are computed by index, not through generic `prefix`/`reversed`.
    @inline(__always)
    func forEachMatch(at index: Int, in text: TokenizedText, _ body: (Entry, Int) -> Void) {
        let token = text.tokens[index]
        guard token.kind == .word || token.kind == .emoji else { return }
        if let ids = exact[token.key] { report(ids, from: index, in: text, body) }
        let start = Int(token.start), end = Int(token.end)
        let count = end - start
        guard count > 0 else { return }
        let canFilter = filterUsable && count >= Self.filterLength
        if prefixLengths != 0 {
            text.scalars.withUnsafeBufferPointer { scalars in
                var hash = TermHash()
                var passes = !canFilter
                if canFilter {
                    for position in start..<(start + Self.filterLength) { hash.add(scalars[position]) }
                    passes = prefixStarts.contains(hash.value)
                }
                guard passes else { return }
                hash = TermHash()
                var length = 0
                var position = start
                while position < end {
                    hash.add(scalars[position])
                    position += 1
                    length += 1
                    if length > longestPrefix { break }
                    if length < 64 && prefixLengths & (1 << UInt64(length)) != 0, let ids = prefixes[hash.value] {
                        report(ids, from: index, in: text, body)
                    }
                }
            }
        }
        if suffixLengths != 0 {
            text.scalars.withUnsafeBufferPointer { scalars in
                var hash = TermHash()
                var passes = !canFilter
                if canFilter {
                    var position = end
                    while position > end - Self.filterLength {
                        position -= 1
                        hash.add(scalars[position])
                    }
                    passes = suffixEnds.contains(hash.value)
                }
                guard passes else { return }
                hash = TermHash()
                var length = 0
                var position = end
                while position > start {
                    position -= 1
                    hash.add(scalars[position])
                    length += 1
                    if length > longestSuffix { break }
                    if length < 64 && suffixLengths & (1 << UInt64(length)) != 0, let ids = suffixes[hash.value] {
                        report(ids, from: index, in: text, body)
                    }
                }
            }
        }
        if !infixes.isEmpty {
            let scalars = text.scalars(of: token)
            for id in infixes where entries[id].tokens[0].matches(scalars) {
                let entry = entries[id]
                if let count = matchRest(entry, from: index, in: text) { body(entry, count) }
            }
        }
    }

    @inline(__always)
    private func report(_ ids: [Int], from index: Int, in text: TokenizedText, _ body: (Entry, Int) -> Void) {
        for id in ids {
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
