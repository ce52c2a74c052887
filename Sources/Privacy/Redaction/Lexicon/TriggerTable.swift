/// Salutation and sign-off words, looked up at every word start of every post, so the lookup
/// must cost next to nothing for ordinary words: a 32 768-bit filter keyed by (first byte,
/// second byte, length) rejects almost every word with one load; only hits compare bytes.
///
/// A final class with immutable storage: reading it from the shared lexicon then costs no
/// copy or reference counting per word.
final class TriggerTable: Sendable {
    enum Kind: Sendable { case salutation, signOff }

    struct Entry: Sendable {
        let lowered: [UInt8]
        let kind: Kind
        /// Entry written capitalised in the lexicon ("Liebe", "Best"): the word in the text must
        /// be capitalised too, so "ich hätte lieber Kaffee" does not start a name.
        let needsCapital: Bool
        /// Entry written with a trailing comma ("best,"): a name is only taken after a comma or
        /// line break, so "Thanks Max" stays a name but "Best Buy" is not a sign-off.
        let needsBreak: Bool
    }

    static let maxLength = 31
    /// Bit per filter key; a set bit means "some entry may have this key".
    private let filter: [UInt64]
    private let buckets: [[Entry]]

    /// 5 bits each of the lowered first and second byte and the length. Non-letters fold onto
    /// letters, which only costs an occasional byte comparison.
    @inline(__always) static func filterKey(first: UInt8, second: UInt8, length: Int) -> Int {
        Int(first & 0x1F) << 10 | Int(second & 0x1F) << 5 | (length & 0x1F)
    }

    init(salutations: [String], signOffs: [String]) {
        var filter = [UInt64](repeating: 0, count: 512)
        var buckets: [[Entry]] = Array(repeating: [], count: 256 * 32)
        for (words, kind) in [(salutations, Kind.salutation), (signOffs, .signOff)] {
            for written in words {
                let needsBreak = written.hasSuffix(",")
                let word = needsBreak ? String(written.dropLast()) : written
                let lowered = ASCII.bytes(word)
                guard let first = lowered.first, lowered.count <= Self.maxLength else { continue }
                let needsCapital = word.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
                // One-letter entries would need the byte after the word; none exist, and the
                // filter treats the second byte of a one-letter word as whatever follows.
                guard lowered.count >= 2 else { continue }
                let key = Self.filterKey(first: first, second: lowered[1], length: lowered.count)
                filter[key >> 6] |= 1 << UInt64(key & 63)
                buckets[Int(first) * 32 + lowered.count].append(
                    Entry(lowered: lowered, kind: kind, needsCapital: needsCapital, needsBreak: needsBreak))
            }
        }
        self.filter = filter
        self.buckets = buckets
    }

    /// False when no entry can be the word `start..<end`: the per-word test of the scanner,
    /// kept separate from `lookup` so that the common "no" costs a handful of instructions.
    @inline(__always) func mayContain(_ text: UTF8Text, start: Int, end: Int) -> Bool {
        let length = end - start
        guard length <= Self.maxLength else { return false }
        let key = Self.filterKey(first: text[start] | 0x20, second: text[start + 1] | 0x20, length: length)
        return filter[key >> 6] & (1 << UInt64(key & 63)) != 0
    }

    /// `mayContain` for a word whose first two bytes the caller has read already.
    @inline(__always) func mayContain(first: UInt8, second: UInt8, length: Int) -> Bool {
        guard length <= Self.maxLength else { return false }
        let key = Self.filterKey(first: first | 0x20, second: second | 0x20, length: length)
        // The key has 15 bits, so `key >> 6` is always inside the 512 words of the filter.
        return filter.withUnsafeBufferPointer { $0[key >> 6] } & (1 << UInt64(key & 63)) != 0
    }

    /// The entry for the word `start..<end` of `text`, if any.
    func lookup(_ text: UTF8Text, start: Int, end: Int) -> Entry? {
        guard mayContain(text, start: start, end: end) else { return nil }
        let firstByte = ASCII.lower(text.bytes[start])
        let length = end - start
        for entry in buckets[Int(firstByte) * 32 + length] where text.matchesLowered(entry.lowered, at: start) {
            if entry.needsCapital && !text.isUppercaseLetter(at: start) { continue }
            return entry
        }
        return nil
    }
}
