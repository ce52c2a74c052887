/// Every word table of one language, read-only once built.
///
/// A class with constant tables, so that the analyser, its lookups and every per-text rule
/// context share one instance instead of retaining a dozen tables on each copy, and without
/// the dynamic exclusivity checks that `var` properties of a class would cost on each lookup.
final class LanguageLexicon: Sendable {
    struct ValenceEntry: Sendable, Equatable {
        /// The lexicon's spelling (a lemma for German).
        var lemma: String
        var valence: Double
    }

    let language: Language
    let phrases: PhraseTable
    let escalation: PatternIndex
    let escalationTerms: [EscalationTerm]
    let questionCues: PatternIndex
    /// Words used to build the trigram profile of the language identifier.
    let profileWords: [String]
    let profileStopwords: [String]
    /// Modifiers by id, for per-token tables (`RuleContext`).
    let modifierList: [Modifier]
    /// Some modifier is of kind `resolution` (`ResolutionRule` then uses the lexicon's list).
    let hasResolutionModifiers: Bool
    private let valence: TermTable<ValenceEntry>
    /// Most words and almost every inflection candidate are not in the valence table; this
    /// small filter answers those misses from the cache instead of probing the table.
    private let valenceKeys: TermFilter
    /// Every spelling in the valence table (scalars), for filters built from it.
    let valenceSpellings: [[Unicode.Scalar]]
    private let stopwords: TermTable<Bool>
    private let modifierIDs: TermTable<Int32>
    /// Every word is asked whether it is a modifier; almost none is (see `valenceKeys`).
    private let modifierKeys: TermFilter
    /// The first `prefixLength` scalars of every valence and modifier entry. Inflected forms
    /// and compound heads share their lemma's start, so a word or head whose start is not in
    /// this table cannot match and its candidate lemmas are never generated; that rejects most
    /// words without sentiment after one lookup.
    private let stemPrefixes: TermTable<Bool>
    static let prefixLength = 3

    struct EscalationTerm: Sendable, Equatable {
        var term: String
        var weight: Double
    }

    init(_ builder: LanguageLexiconBuilder) {
        language = builder.language
        phrases = builder.phrases
        escalation = builder.escalation
        escalationTerms = builder.escalationTerms.map { EscalationTerm(term: $0.term, weight: $0.weight) }
        questionCues = builder.questionCues
        profileWords = builder.profileWords
        profileStopwords = builder.profileStopwords
        modifierList = builder.modifierList
        hasResolutionModifiers = builder.modifierList.contains { $0.kind == .resolution }
        valence = builder.valence
        valenceKeys = builder.valence.keyFilter()
        valenceSpellings = builder.valenceSpellings
        stopwords = builder.stopwords
        modifierIDs = builder.modifierIDs
        modifierKeys = builder.modifierIDs.keyFilter()
        stemPrefixes = builder.stemPrefixes
    }

    static func prefixKey<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var hash = TermHash()
        for scalar in scalars.prefix(prefixLength) { hash.add(scalar) }
        return hash.value
    }

    /// Whether some entry starts like `word` (see `stemPrefixes`).
    @inline(__always)
    func mayStartEntry(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        stemPrefixes.contains(Self.prefixKey(word))
    }

    /// Parses the files of `language` from `files` (keyed "de/valence.tsv").
    convenience init(language: Language, files: [String: String]) throws {
        self.init(try LanguageLexiconBuilder(language: language, files: files))
    }

    @inline(__always) func valence(for key: UInt64) -> ValenceEntry? {
        valenceKeys.mayContain(TermTable<ValenceEntry>.slotKey(key)) ? valence[key] : nil
    }
    @inline(__always) func isStopword(_ key: UInt64) -> Bool { stopwords.contains(key) }
    /// The keys `isStopword` accepts (as `TermTable.slotKey` stores them).
    var stopwordKeys: [UInt64] { stopwords.storedKeys }
    @inline(__always) func modifierID(for key: UInt64) -> Int32? {
        modifierKeys.mayContain(TermTable<Int32>.slotKey(key)) ? modifierIDs[key] : nil
    }

    func modifier(for key: UInt64) -> Modifier? {
        guard let id = modifierIDs[key] else { return nil }
        return modifierList[Int(id)]
    }
}
