/// Finds the lexicon valence of one word token: exact form, then inflection rules, then
/// negating affixes (un-, -los, -frei, -less, -free), then compounds split into head and
/// modifier. The returned hit names the rule that resolved it, for explanations.
/// A final class, not a struct: the lookup is captured by closures and copied into every
/// extractor, and a struct copy retained each of its tables.
final class ValenceLookup: Sendable {
    struct Hit: Sendable, Equatable {
        var valence: Double
        var lemma: String
        /// "inflection", "compound", "compound-modifier", "affix:un", "affix:los", … or nil for an exact hit.
        var rule: String?
    }

    let lexicon: LanguageLexicon
    /// Candidate filters built from the valence table, so that words without a possible lemma
    /// skip candidate generation. Each is a superset test: it may let a word through that then
    /// finds nothing, never the reverse, so results equal those of the unfiltered lookup.
    private let filters: Filters
    /// false: every filter passes (tests compare both paths).
    let isFiltered: Bool

    private struct Filters: Sendable {
        /// Keys of every valence spelling with a lemma ending (German "", "en", "n", "e";
        /// English "", "y", "e") removed: each inflection candidate is such a stem plus an
        /// ending, and the stem is a prefix of the word.
        var lemmaStems = TermFilter()
        /// Keys of the last three scalars of those stems, for spellings strong enough to head
        /// a compound: a compound head ends where the word (less a nominal suffix) ends.
        var headEnds = TermFilter()
        /// Keys of the first four scalars of spellings strong enough to carry a compound as
        /// its modifier alone ("spitzenservice").
        var strongStarts = TermFilter()
        /// Keys of the first three scalars of the stems in `headEnds`: a head starts there.
        var headStarts = TermFilter()
        /// Keys of particle + "ge" + the first two scalars of the rest, for every spelling that
        /// starts with a separable particle (or none): the start of every participle whose
        /// lemma the lexicon knows ("ge|ärg|ert", "aus|ge|fa|llen").
        var participleStarts = TermFilter()
        /// Bit n: some key in `participleStarts` is n scalars long.
        var participleLengths: UInt64 = 0
        /// Keys of the first two scalars of every key in `participleStarts` ("ge", "ab", "au",
        /// …): most words are rejected here before the prefixes are hashed one by one.
        var participleFirstTwo = TermFilter()
        /// `headPairKey` of the first and the last three scalars of every stem a compound head
        /// can be read as (a spelling strong enough for a head, or known-neutral, bare or less
        /// its final "e", as `headEntry` rebuilds it). `headStarts` and `headEnds` test the two ends apart;
        /// most splits pass both through different lemmas, and then cost a full `headEntry`.
        var headPairs = TermFilter()
        /// Bits of `Inflection.germanSuffixes` (as in `germanSuffixMask`) that are nominal
        /// suffixes of one and of two scalars, the only ones `headEntry` removes from a head;
        /// `headPairs` is used only while no nominal suffix is longer.
        var nominalOfOne: UInt64 = 0
        var nominalOfTwo: UInt64 = 0
        var headPairsUsable = true
    }

    init(lexicon: LanguageLexicon, filtered: Bool = true) {
        self.lexicon = lexicon
        isFiltered = filtered
        var filters = Filters()
        for (position, suffix) in Inflection.germanSuffixes.enumerated() where Inflection.germanSuffixClasses[position].contains(.nominal) {
            switch suffix.count {
            case 1: filters.nominalOfOne |= 1 << UInt64(position)
            case 2: filters.nominalOfTwo |= 1 << UInt64(position)
            default: filters.headPairsUsable = false
            }
        }
        let endings: [[Unicode.Scalar]] = lexicon.language == .de ? Inflection.germanLemmaEndings : [[], ["y"], ["e"]]
        for spelling in lexicon.valenceSpellings {
            guard let entry = lexicon.valence(for: TermHash.of(spelling[...])) else { continue }
            let word = spelling[...]
            for ending in endings where word.count > ending.count && word.hasSuffix(ending) {
                let stem = word.dropLast(ending.count)
                filters.lemmaStems.insert(TermHash.of(stem))
                // Known-neutral entries (0.0) head compounds too: they stop shorter heads.
                if (abs(entry.valence) >= Self.minimumHeadValence || entry.valence == 0) && stem.count >= 3 {
                    filters.headEnds.insert(TermHash.of(stem.suffix(3)))
                    filters.headStarts.insert(TermHash.of(stem.prefix(3)))
                }
            }
            // Known-neutral entries (0.0) head compounds too, as in `headStarts` above.
            if lexicon.language == .de && (abs(entry.valence) >= Self.minimumHeadValence || entry.valence == 0) {
                for ending in Self.headLemmaEndings where word.count >= ending.count + 3 && word.hasSuffix(ending) {
                    let stem = word.dropLast(ending.count)
                    filters.headPairs.insert(Self.headPairKey(start: TermHash.of(stem.prefix(3)), end: TermHash.of(stem.suffix(3))))
                }
            }
            // "teuer" is also reached from "teurer", "teure" (Inflection's e-elision): register "teur".
            if lexicon.language == .de, word.count >= 4, let last = word.last, last == "l" || last == "r",
                word[word.endIndex - 2] == "e" {
                filters.lemmaStems.insert(TermHash.of(Array(word.dropLast(2)) + [last]))
            }
            if lexicon.language == .de {
                for particle in [[]] + Inflection.germanParticles where word.count >= particle.count + 2 && word.starts(with: particle) {
                    let start = particle + ["g", "e"] + word.dropFirst(particle.count).prefix(2)
                    filters.participleStarts.insert(TermHash.of(start))
                    filters.participleFirstTwo.insert(TermHash.of(start.prefix(2)))
                    filters.participleLengths |= 1 << UInt64(min(63, start.count))
                }
            }
            if abs(entry.valence) >= Self.modifierOnlyMinimumValence && word.count >= Self.minimumModifier {
                filters.strongStarts.insert(TermHash.of(word.prefix(Self.minimumModifier)))
            }
        }
        self.filters = filters
    }

    /// Whether some prefix of `word` that an inflection rule can leave (at least `shortest`
    /// scalars, at most five fewer than the word) is a lemma stem.
    @inline(__always)
    private func mayInflect(_ word: ArraySlice<Unicode.Scalar>, shortest: Int) -> Bool {
        guard isFiltered else { return true }
        let count = word.count
        let low = max(shortest, count - 5)
        guard low < count else { return false }
        var hash = TermHash()
        var position = word.startIndex
        var length = 0
        while length < count - 1 {
            hash.add(word[position])
            position += 1
            length += 1
            if length >= low && filters.lemmaStems.mayContain(hash.value) { return true }
        }
        return false
    }

    /// Strong verbs with a vowel change ("fährt" → "fahren") are probed from a changed stem,
    /// which the prefix filter cannot see: such words always take the full path.
    @inline(__always)
    private static func mayBeStrongVerb(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard word.last == "t" else { return false }
        for scalar in word where scalar == "ä" || scalar == "ö" || scalar == "ü" { return true }
        return false
    }

    /// Whether some valenced lemma (strong enough for a head) could end the word, less a
    /// nominal suffix of up to two scalars.
    @inline(__always)
    private func mayHaveHead(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard isFiltered else { return true }
        for trim in 0...2 {
            let end = word.endIndex - trim
            guard end - 3 >= word.startIndex else { break }
            var hash = TermHash()
            hash.add(word[end - 3])
            hash.add(word[end - 2])
            hash.add(word[end - 1])
            if filters.headEnds.mayContain(hash.value) { return true }
        }
        return false
    }

    /// Whether a participle rule could find a lemma: the word must start with a particle,
    /// "ge" and two scalars that begin a known lemma after that particle.
    @inline(__always)
    private func mayBeParticiple(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard isFiltered else { return true }
        if word.count >= 2 {
            var firstTwo = TermHash()
            firstTwo.add(word[word.startIndex])
            firstTwo.add(word[word.startIndex + 1])
            guard filters.participleFirstTwo.mayContain(firstTwo.value) else { return false }
        }
        var hash = TermHash()
        var length = 0
        for scalar in word {
            hash.add(scalar)
            length += 1
            if length >= 63 { return true }
            if filters.participleLengths & (1 << UInt64(length)) != 0 && filters.participleStarts.mayContain(hash.value) { return true }
            if filters.participleLengths >> UInt64(length + 1) == 0 { return false }
        }
        return false
    }

    /// The privative suffixes (German -los/-frei with an adjective ending, English -less/-free)
    /// and the prefix un-: without one of them `negatingAffix` finds nothing.
    @inline(__always)
    private func mayHaveNegatingAffix(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard isFiltered else { return true }
        if word.count >= 6 && word.starts(with: ["u", "n"]) { return true }
        let end = word.endIndex
        for trim in 0...2 {
            if end - trim - 3 >= word.startIndex && word[end - trim - 3] == "l" && word[end - trim - 2] == "o" && word[end - trim - 1] == "s" {
                return true
            }
            if end - trim - 4 >= word.startIndex && word[end - trim - 1] == "i" && word[end - trim - 2] == "e" && word[end - trim - 3] == "r"
                && word[end - trim - 4] == "f" {
                return true
            }
        }
        if word.count >= 4 {
            if word[end - 1] == "s" && word[end - 2] == "s" && word[end - 3] == "e" && word[end - 4] == "l" { return true }
            if word[end - 1] == "e" && word[end - 2] == "e" && word[end - 3] == "r" && word[end - 4] == "f" { return true }
        }
        return false
    }

    /// Whether a head strong enough to count, or a known-neutral one, can start at `start`
    /// (three scalars needed) and end as the word does: its stem (the head less no suffix, or
    /// less one of the suffixes in `trims`, bit n for a suffix of n scalars) must start and end
    /// like such a lemma's stem.
    /// `ends[n]`: the key of the three scalars before the last n.
    @inline(__always)
    private func mayStartHead(_ word: ArraySlice<Unicode.Scalar>, at start: Int, trims: UInt8, ends: (UInt64, UInt64, UInt64)) -> Bool {
        guard isFiltered else { return true }
        guard start + 3 <= word.endIndex else { return false }
        var hash = TermHash()
        hash.add(word[start])
        hash.add(word[start + 1])
        hash.add(word[start + 2])
        guard filters.headStarts.mayContain(hash.value) else { return false }
        guard filters.headPairsUsable else { return true }
        let length = word.endIndex - start
        if trims & 1 != 0 && filters.headPairs.mayContain(Self.headPairKey(start: hash.value, end: ends.0)) { return true }
        if trims & 2 != 0 && length - 1 >= 3 && filters.headPairs.mayContain(Self.headPairKey(start: hash.value, end: ends.1)) { return true }
        if trims & 4 != 0 && length - 2 >= 3 && filters.headPairs.mayContain(Self.headPairKey(start: hash.value, end: ends.2)) { return true }
        return false
    }

    /// The lemma endings `headEntry` rebuilds a head with (never "n"/"en": a head is a noun).
    private static let headLemmaEndings: [[Unicode.Scalar]] = Inflection.germanLemmaEndings.filter { $0.last != "n" }

    @inline(__always)
    private static func headPairKey(start: UInt64, end: UInt64) -> UInt64 {
        (start &* 0x9E37_79B9_7F4A_7C15) ^ end
    }

    /// For `mayStartHead`: bit n set when a head ending the word may be read with a nominal
    /// suffix of n scalars removed (bit 0: as it is), and the keys of the three scalars before
    /// the last n.
    @inline(__always)
    private func headTrims(_ word: ArraySlice<Unicode.Scalar>, suffixes: UInt64) -> (trims: UInt8, ends: (UInt64, UInt64, UInt64)) {
        var trims: UInt8 = 1
        if suffixes & filters.nominalOfOne != 0 { trims |= 2 }
        if suffixes & filters.nominalOfTwo != 0 { trims |= 4 }
        func endKey(_ trim: Int) -> UInt64 {
            let end = word.endIndex - trim
            guard end - 3 >= word.startIndex else { return 0 }
            var hash = TermHash()
            hash.add(word[end - 3])
            hash.add(word[end - 2])
            hash.add(word[end - 1])
            return hash.value
        }
        return (trims, (endKey(0), endKey(1), endKey(2)))
    }

    @inline(__always)
    private func mayHaveStrongModifier(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard isFiltered else { return true }
        guard word.count >= Self.minimumModifier else { return false }
        var hash = TermHash()
        for position in word.startIndex..<(word.startIndex + Self.minimumModifier) { hash.add(word[position]) }
        return filters.strongStarts.mayContain(hash.value)
    }

    /// Every constant of the morphology, for the analyser version.
    static var settings: String {
        let numbers: [Double] = [
            Double(minimumInflectedLength), Double(minimumCompoundLength), Double(minimumHead), Double(minimumFiveLetterHead),
            minimumFourLetterHeadValence, minimumHeadValence, Double(minimumModifier), modifierShare, modifierOnlyShare,
            modifierOnlyMinimumValence, Double(modifierOnlyMinimumLength), Double(modifierOnlyMinimumLengthWithoutLinking),
            affixScale, Double(Inflection.minimumStem), Double(Inflection.minimumLemmaForAnySuffix),
        ]
        let suffixes = [Inflection.germanSuffixes, Inflection.englishSuffixes].map { $0.map { ScalarText.string($0) }.joined(separator: ",") }
        return "morphology \(numbers) \(suffixes) \(Inflection.nominalEndings.map { ScalarText.string($0) }.sorted())"
    }

    /// Words shorter than this are only looked up exactly ("la", "ok" via the lexicon).
    static let minimumInflectedLength = 4
    /// German compounds are only split when this long; shorter words are mostly simplex.
    static let minimumCompoundLength = 7
    /// Shortest head and modifier of an unhyphenated compound. Short pieces match inside
    /// unrelated words far too often ("all|gemeinen", "kon|trolle", "passa|giere"), so a
    /// four-letter head must be strongly valenced ("bahn|hass", "riesen|mist") and every head
    /// must carry at least `minimumHeadValence`.
    static let minimumHead = 4
    static let minimumFiveLetterHead = 5
    static let minimumFourLetterHeadValence = 2.5
    static let minimumHeadValence = 1.0
    static let minimumModifier = 4
    /// A valenced modifier adds this share of its valence to a head of the same sign
    /// ("horrorfahrt": "fahrt" neutral, but "horrorchaos" is worse than "chaos").
    static let modifierShare = 0.3
    /// Only the modifier is valenced ("spitzenservice", "störungsmeldung"): it carries this
    /// share, and only when it is strong, and either joined by a linking element ("spitze-n-")
    /// or long ("horror"), so that "gutschein", "supermarkt" and "güterzug" stay neutral.
    static let modifierOnlyShare = 0.8
    static let modifierOnlyMinimumValence = 2.5
    static let modifierOnlyMinimumLength = 5
    static let modifierOnlyMinimumLengthWithoutLinking = 6
    /// A negating affix turns the base into its opposite, slightly weaker ("hoffnungslos",
    /// "problemlos", "unfreundlich", "useless").
    static let affixScale = -0.8

    /// - Parameter nounLike: the word is capitalised inside a sentence (a German noun).
    func hit(_ word: ArraySlice<Unicode.Scalar>, key: UInt64, hyphenOffset: Int = -1, nounLike: Bool = false) -> Hit? {
        if let entry = lexicon.valence(for: key) { return Hit(valence: entry.valence, lemma: entry.lemma, rule: nil) }
        guard word.count >= Self.minimumInflectedLength else { return nil }
        if let hit = inflected(word, nounLike: nounLike) { return Hit(valence: hit.valence, lemma: hit.lemma, rule: "inflection") }
        if mayHaveNegatingAffix(word), let hit = negatingAffix(word) { return hit }
        if hyphenOffset > 0 {
            let split = word.startIndex + hyphenOffset
            return compound(modifier: word[..<split], head: word[split...])
        }
        guard lexicon.language == .de, word.count >= Self.minimumCompoundLength else { return nil }
        return germanCompound(word)
    }

    /// Exact or inflected form.
    func inflected(_ word: ArraySlice<Unicode.Scalar>, nounLike: Bool = true) -> LanguageLexicon.ValenceEntry? {
        var found: LanguageLexicon.ValenceEntry?
        // A local function passed only as a non-escaping argument: `found` stays on the stack
        // (a closure stored in a constant boxed it on the heap, with a runtime exclusivity
        // check on every probe).
        func probe(_ key: UInt64) -> Bool {
            found = lexicon.valence(for: key)
            return found != nil
        }
        let mayMatch = lexicon.mayStartEntry(word)
        switch lexicon.language {
        case .de:
            // Without a possible lemma stem, `germanLemma` finds exactly what the participle
            // rules find (they are tried first or last there, and nothing else can match).
            if mayMatch && (mayInflect(word, shortest: Inflection.minimumStem) || Self.mayBeStrongVerb(word)) {
                _ = Inflection.germanLemma(word, nounLike: nounLike, probe: probe)
            } else {
                if mayBeParticiple(word) { _ = Inflection.germanParticiple(word, probe: probe) }  // the lemma starts after "ge"
            }
        case .en: if mayMatch && mayInflect(word, shortest: Inflection.minimumStem - 1) { _ = Inflection.englishLemma(word, probe: probe) }
        case .other: break
        }
        return found
    }

    func lookup(_ word: ArraySlice<Unicode.Scalar>) -> LanguageLexicon.ValenceEntry? {
        if let entry = lexicon.valence(for: TermHash.of(word)) { return entry }
        return word.count >= Self.minimumInflectedLength ? inflected(word) : nil
    }

    // MARK: Affixes

    private static let germanPrivativeSuffixes: [(suffix: [Unicode.Scalar], onlyNegativeBase: Bool)] = [
        (Array("los".unicodeScalars), false), (Array("lose".unicodeScalars), false),
        (Array("losen".unicodeScalars), false), (Array("loser".unicodeScalars), false),
        (Array("loses".unicodeScalars), false), (Array("losem".unicodeScalars), false),
        // "-frei" only helps with negative bases: "störungsfrei" yes, "alkoholfrei" is no praise.
        (Array("frei".unicodeScalars), true), (Array("freie".unicodeScalars), true), (Array("freien".unicodeScalars), true),
    ]
    private static let englishPrivativeSuffixes: [(suffix: [Unicode.Scalar], onlyNegativeBase: Bool)] = [
        (Array("less".unicodeScalars), false), (Array("free".unicodeScalars), true),
    ]
    private static let germanLinkingElements: [[Unicode.Scalar]] = [[], ["s"], ["e", "s"], ["n"], ["e", "n"]]

    func negatingAffix(_ word: ArraySlice<Unicode.Scalar>) -> Hit? {
        let suffixes = lexicon.language == .de ? Self.germanPrivativeSuffixes : Self.englishPrivativeSuffixes
        for (suffix, onlyNegative) in suffixes where word.count - suffix.count >= 4 && word.hasSuffix(suffix) {
            let base = word.dropLast(suffix.count)
            let linkings = lexicon.language == .de ? Self.germanLinkingElements : [[]]
            for linking in linkings where base.count - linking.count >= 3 && base.hasSuffix(linking) {
                if let entry = lookup(base.dropLast(linking.count)), !onlyNegative || entry.valence < 0 {
                    let name = ScalarText.string(suffix)
                    return Hit(valence: entry.valence * Self.affixScale, lemma: entry.lemma, rule: "affix:-\(name)")
                }
            }
        }
        // un- reverses adjectives in both languages: "unfreundlich", "unhelpful".
        if word.count >= 6, word.starts(with: ["u", "n"]), let entry = lookup(word.dropFirst(2)), entry.valence > 0 {
            return Hit(valence: entry.valence * Self.affixScale, lemma: entry.lemma, rule: "affix:un-")
        }
        return nil
    }

    // MARK: Compounds

    /// Splits at every position, longest known head first (German compounds are right-headed).
    func germanCompound(_ word: ArraySlice<Unicode.Scalar>) -> Hit? {
        // Every head shares the word's ending, so the inflection suffixes that can apply are
        // found once, not at every split.
        let lastSplit = word.endIndex - Self.minimumHead
        var split = word.startIndex + Self.minimumModifier
        if !mayHaveHead(word) { split = lastSplit + 1 }
        // bit i: germanSuffixes[i] ends the word; only needed when some head may follow.
        let suffixes = split <= lastSplit ? Inflection.germanSuffixMask(word) : 0
        let (trims, ends) = split <= lastSplit ? headTrims(word, suffixes: suffixes) : (0, (0, 0, 0))
        while split <= lastSplit {
            if mayStartHead(word, at: split, trims: trims, ends: ends), let head = headEntry(word[split...], suffixes: suffixes) {
                if abs(head.valence) >= Self.minimumHeadValence,
                    word.endIndex - split >= Self.minimumFiveLetterHead || abs(head.valence) >= Self.minimumFourLetterHeadValence {
                    return combine(head: head, modifier: modifierEntry(word[..<split], inflect: true))
                }
                // A known-neutral head (valence 0.0) of five letters or more is the word's head
                // ("Fahrkarten|kontrolle", "Geschäfts|absprachen", "Militär|marsch"): no shorter
                // piece inside it ("troll", "rache", "arsch") is read instead.
                if head.valence == 0 && word.endIndex - split >= Self.minimumFiveLetterHead { break }
            }
            split += 1
        }
        // No valenced head: a strong modifier may carry the word ("spitzenservice").
        guard lexicon.mayStartEntry(word), mayHaveStrongModifier(word) else { return nil }
        split = lastSplit + 1
        while split > word.startIndex + Self.modifierOnlyMinimumLength {
            split -= 1
            if let modifier = modifierEntry(word[..<split]), abs(modifier.valence) >= Self.modifierOnlyMinimumValence,
                modifier.lemma.count >= Self.modifierOnlyMinimumLength,
                modifier.lemma.count >= Self.modifierOnlyMinimumLengthWithoutLinking || modifier.lemma.count < split - word.startIndex {
                return Hit(valence: modifier.valence * Self.modifierOnlyShare, lemma: modifier.lemma, rule: "compound-modifier")
            }
        }
        return nil
    }

    private func headEntry(_ head: ArraySlice<Unicode.Scalar>, suffixes: UInt64) -> LanguageLexicon.ValenceEntry? {
        guard lexicon.mayStartEntry(head) else { return nil }
        if let entry = lexicon.valence(for: TermHash.of(head)) { return entry }
        for (position, suffix) in Inflection.germanSuffixes.enumerated()
        where suffixes & (1 << UInt64(position)) != 0 && head.count - suffix.count >= Inflection.minimumStem {
            if !Inflection.germanSuffixClasses[position].contains(.nominal) { continue }
            let stem = head.dropLast(suffix.count)
            // Heads are nouns: no three-letter lemmas ("s-bahn" must not find "bah"), and never
            // a rebuilt infinitive ("zigarette" is not "ziga" + "retten", "Fahrpreise" not "preisen").
            for ending in Inflection.germanLemmaEndings
            where ending.last != "n" && stem.count + ending.count >= Inflection.minimumLemmaForAnySuffix {
                if let entry = lexicon.valence(for: Inflection.hash([], stem, ending)) { return entry }
            }
        }
        return nil
    }

    /// A hyphenated compound: the part after the last hyphen is the head ("mega-ärger").
    func compound(modifier: ArraySlice<Unicode.Scalar>, head: ArraySlice<Unicode.Scalar>) -> Hit? {
        let modifierHit = modifierEntry(modifier, inflect: true)
        if let headEntry = lookup(head) { return combine(head: headEntry, modifier: modifierHit) }
        if let modifierHit, abs(modifierHit.valence) >= Self.modifierOnlyMinimumValence {
            return Hit(valence: modifierHit.valence * Self.modifierOnlyShare, lemma: modifierHit.lemma, rule: "compound-modifier")
        }
        return nil
    }

    /// The modifier part, allowing linking elements ("störung-s-", "spitze-n-") and, for
    /// intensifying prefixes listed in modifiers.tsv ("mega", "riesen"), their weight.
    private func modifierEntry(_ part: ArraySlice<Unicode.Scalar>, inflect: Bool = false) -> LanguageLexicon.ValenceEntry? {
        let linkings = lexicon.language == .de ? Self.germanLinkingElements : [[]]
        for linking in linkings where part.count - linking.count >= Self.minimumModifier && part.hasSuffix(linking) {
            // Removing a linking element must leave a real word: "bahn-" is not "bah" + "n".
            if !linking.isEmpty && part.count - linking.count < Inflection.minimumLemmaForAnySuffix { continue }
            let stem = part.dropLast(linking.count)
            let key = TermHash.of(stem)
            if let entry = lexicon.valence(for: key) { return entry }
            // Through the filtered id lookup: almost no modifier part is a modifier, and the
            // unfiltered table probe (plus a copy of the modifier) was made for every one.
            if let id = lexicon.modifierID(for: key), case let modifier = lexicon.modifierList[Int(id)], modifier.kind == .intensifier {
                // Marked with valence 0: `combine` reads intensifiers from the modifier table.
                return LanguageLexicon.ValenceEntry(lemma: modifier.term, valence: 0)
            }
            if inflect, linking.isEmpty, stem.count >= 5, let entry = inflected(stem), entry.lemma.count >= 4 { return entry }
        }
        return nil
    }

    private func combine(head: LanguageLexicon.ValenceEntry, modifier: LanguageLexicon.ValenceEntry?) -> Hit {
        var valence = head.valence
        var lemma = head.lemma
        if let modifier {
            if modifier.valence == 0, let intensity = lexicon.modifier(for: TermHash.of(modifier.lemma)) {
                valence *= 1 + intensity.weight
                lemma = modifier.lemma + "+" + head.lemma
            } else if modifier.valence * head.valence > 0 {
                valence += modifier.valence * Self.modifierShare
                lemma = modifier.lemma + "+" + head.lemma
            } else if head.valence == 0 {
                valence = modifier.valence * Self.modifierOnlyShare
            }
        }
        return Hit(valence: min(4, max(-4, valence)), lemma: lemma, rule: "compound")
    }
}
