/// The author names of one post's thread, matched as whole words anywhere in the text.
///
/// Names with a digit, underscore or other non-letter ("TechFan42", "max_m") are matched
/// ignoring ASCII case, because forum users retype nicknames in any case and such strings do
/// not occur as ordinary words. Plain-letter names ("Max", "Anna") match case-sensitively only,
/// so "max. 5 Stück" is not mistaken for user "Max".
struct KnownNames {
    struct Entry {
        let bytes: [UInt8]
        let lowered: [UInt8]
        let ignoresCase: Bool
        /// nil means `[NAME]` (the post author); otherwise the author's pseudonym.
        let replacement: String?
    }

    private(set) var entries: [Entry] = []
    /// First bytes (both cases) that can start a known name: rejects most words in one load.
    private var firstBytes: [Bool] = []

    var isEmpty: Bool { entries.isEmpty }

    init(_ context: NameContext) {
        // Most posts come without names; skip the tables rather than allocate them per post.
        guard context.authorName != nil || !context.knownAuthors.isEmpty else { return }
        firstBytes = [Bool](repeating: false, count: 256)
        var seen = Set<[UInt8]>()
        func add(_ name: String, replacement: String?) {
            let bytes = Array(name.trimmingWhitespace.utf8)
            // One-letter "names" would fire on every article; they cannot be matched safely.
            guard bytes.count >= 2, seen.insert(bytes).inserted else { return }
            let ignoresCase = name.unicodeScalars.contains { !$0.properties.isAlphabetic && $0 != " " }
            entries.append(Entry(bytes: bytes, lowered: bytes.map(ASCII.lower), ignoresCase: ignoresCase,
                                 replacement: replacement))
        }
        // The author first: if the author is also listed as a thread participant, `[NAME]` wins.
        if let author = context.authorName { add(author, replacement: nil) }
        for (name, pseudonym) in context.knownAuthors.sorted(by: { $0.key < $1.key }) {
            add(name, replacement: pseudonym)
        }
        // Longest first, so "Max Mustermann" wins over "Max".
        entries.sort { $0.bytes.count > $1.bytes.count }
        for entry in entries {
            firstBytes[Int(entry.bytes[0])] = true
            if entry.ignoresCase {
                firstBytes[Int(ASCII.lower(entry.bytes[0]))] = true
                firstBytes[Int(ASCII.upper(entry.bytes[0]))] = true
            }
        }
    }

    /// A known name starting at `start` and ending at a word boundary.
    func match(_ text: UTF8Text, at start: Int, type: PIIType = .name) -> Detection? {
        guard !entries.isEmpty, firstBytes[Int(text[start])] else { return nil }
        for entry in entries {
            let end = start + entry.bytes.count
            guard end <= text.count, !text.isWordScalar(at: end) else { continue }
            let equal = entry.ignoresCase
                ? text.matchesLowered(entry.lowered, at: start)
                : text.bytes[start..<end].elementsEqual(entry.bytes)
            if equal { return Detection(type, start, end, replacement: entry.replacement) }
        }
        return nil
    }

    /// A known name equal to the handle `start..<end` (after the `@`), ignoring case.
    func matchHandle(_ text: UTF8Text, start: Int, end: Int) -> Detection? {
        for entry in entries where entry.lowered.count == end - start && text.matchesLowered(entry.lowered, at: start) {
            return Detection(.name, start, end, replacement: entry.replacement)
        }
        return nil
    }
}

extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
