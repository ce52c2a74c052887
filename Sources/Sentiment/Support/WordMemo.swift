/// Word-level results remembered across the texts of one batch: for each normalised word form
/// (its scalars, compared exactly, not only its hash), the modifier it stands for and its
/// valence reading (exact, inflected, affixed, compound), per language. Most of a word's cost
/// is German morphology, and running text repeats its words, so a batch computes each form
/// once; spaCy's `Vocab` keeps lexeme attributes the same way.
///
/// Every memoised value is a pure function of the word form and the analyser's tables, so
/// results are identical with and without a memo (tests compare both). The caller owns the
/// memo and decides its lifetime: one per batch or run, never shared between threads.
/// `monitor eval` starts every timed pass with an empty memo, so its figure gains only from
/// words repeated within the set, as a nightly run over new posts would.
///
/// Bounded: when `capacity` word forms are stored, the memo is emptied before the next text.
public struct WordMemo {
    /// Word forms kept before the memo starts over (about 100 bytes each with their scalars and
    /// table slots, so the default stays within a few hundred kilobytes). Small on purpose:
    /// every word token probes the memo, and with 65,536 forms its tables grew to several
    /// megabytes; that run executed fewer instructions but was not faster on the clock
    /// (docs/SENTIMENT.md), while frequent words come back into a small memo at once.
    public static let defaultCapacity = 1 << 12

    /// "Not computed yet" for the per-language slots of an entry.
    static let unknown: Int32 = .min

    struct Entry: Sendable {
        var key: UInt64
        var start: Int32
        var count: Int32
        /// Per language (de, en): `RuleContext`'s modifier id, or `unknown`.
        var modifierDE: Int32 = WordMemo.unknown
        var modifierEN: Int32 = WordMemo.unknown
        /// Per language and noun reading: index into `hits`, −1 for no reading, or `unknown`.
        var hitDE: Int32 = WordMemo.unknown
        var hitDENoun: Int32 = WordMemo.unknown
        var hitEN: Int32 = WordMemo.unknown
        var hitENNoun: Int32 = WordMemo.unknown
    }

    /// A memoised valence reading with the rule label `TermExtractor` attaches ("inflection:gut").
    struct Reading: Sendable {
        var hit: ValenceLookup.Hit
        var ruleLabel: String?
    }

    public let capacity: Int
    private var table: [Int32]
    private var mask: Int
    private var entries: [Entry] = []
    private var scalars: [Unicode.Scalar] = []
    private var readings: [Reading] = []

    /// `capacity` 0 memoises nothing (every lookup is computed), without allocating.
    public init(capacity: Int = WordMemo.defaultCapacity) {
        self.capacity = max(0, capacity)
        guard capacity > 0 else {
            table = []
            mask = 0
            return
        }
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        table = Array(repeating: -1, count: size)
        mask = size - 1
    }

    var isEnabled: Bool { capacity > 0 }

    /// The tables the stored results came from (the analyser's German lookup), held so that
    /// another analyser allocated at the same address later is never mistaken for it.
    private var owner: AnyObject?

    /// Called before each text: a full memo, or one filled by another analyser, starts over
    /// (entries of the previous text are no longer referenced).
    mutating func prepareForText(owner: AnyObject) {
        guard isEnabled else { return }
        if entries.count >= capacity || self.owner !== owner {
            self = WordMemo(capacity: capacity)
            self.owner = owner
        }
    }

    /// The entry of a word form, added if new; −1 when the memo is off or full.
    @inline(__always)
    mutating func entry(key: UInt64, scalars word: ArraySlice<Unicode.Scalar>) -> Int32 {
        guard isEnabled else { return -1 }
        var position = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let index = table[position]
            if index < 0 { break }
            let entry = entries[Int(index)]
            if entry.key == key && Int(entry.count) == word.count && matches(entry, word) { return index }
            position = (position + 1) & mask
        }
        guard entries.count < capacity else { return -1 }
        let index = Int32(entries.count)
        entries.append(Entry(key: key, start: Int32(scalars.count), count: Int32(word.count)))
        scalars.append(contentsOf: word)
        table[position] = index
        return index
    }

    @inline(__always)
    private func matches(_ entry: Entry, _ word: ArraySlice<Unicode.Scalar>) -> Bool {
        var stored = Int(entry.start)
        for scalar in word {
            if scalars[stored] != scalar { return false }
            stored += 1
        }
        return true
    }

    // MARK: Per-language values

    @inline(__always)
    func modifierID(_ entry: Int32, language: Language) -> Int32 {
        language == .de ? entries[Int(entry)].modifierDE : entries[Int(entry)].modifierEN
    }

    @inline(__always)
    mutating func setModifierID(_ id: Int32, _ entry: Int32, language: Language) {
        if language == .de { entries[Int(entry)].modifierDE = id } else { entries[Int(entry)].modifierEN = id }
    }

    /// The stored reading: `.some(nil)` for "no reading", nil for "not computed yet".
    @inline(__always)
    func reading(_ entry: Int32, language: Language, nounLike: Bool) -> Reading?? {
        let e = entries[Int(entry)]
        let index = language == .de ? (nounLike ? e.hitDENoun : e.hitDE) : (nounLike ? e.hitENNoun : e.hitEN)
        if index == Self.unknown { return nil }
        return .some(index < 0 ? nil : readings[Int(index)])
    }

    mutating func setReading(_ reading: Reading?, _ entry: Int32, language: Language, nounLike: Bool) {
        var index: Int32 = -1
        if let reading {
            index = Int32(readings.count)
            readings.append(reading)
        }
        switch (language == .de, nounLike) {
        case (true, false): entries[Int(entry)].hitDE = index
        case (true, true): entries[Int(entry)].hitDENoun = index
        case (false, false): entries[Int(entry)].hitEN = index
        case (false, true): entries[Int(entry)].hitENNoun = index
        }
    }
}
