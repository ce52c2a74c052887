import Foundation

/// German / English / other from stopword hits and character trigrams.
///
/// Stopwords decide mixed posts: a German tweet full of English loanwords ("das Update ist
/// mega nice") still has German function words, while trigrams decide short posts without
/// any. The source's configured language is a weak prior that only tips unclear cases.
struct LanguageIdentifier: Sendable {
    let german: LanguageLexicon
    let english: LanguageLexicon
    /// Log probabilities of each trigram under the German (x) and English (y) profiles, in one
    /// table so a trigram costs one lookup.
    private let trigrams: TermTable<SIMD2<Float>>
    private let unseen: SIMD2<Float>
    /// Bit 1: a German stopword, bit 2: an English one (`LanguageLexicon.isStopword` of each),
    /// so that a word costs one lookup instead of two.
    private let stopwordLanguages: TermTable<UInt8>

    /// Log-odds per stopword hit. Function words are the strongest cue a short post has.
    static let stopwordEvidence = 1.2
    /// Log-odds per unit of summed trigram log-probability difference.
    static let trigramEvidence = 0.25
    /// Log-odds added for the hinted language: enough to settle a one-word post, not to
    /// overrule one clear function word.
    static let hintEvidence = 0.8
    /// Words looked at; beyond this the answer does not change in practice.
    static let maximumWords = 60
    /// "other": at least this many words, no more than this share of them stopwords of
    /// either language, and a poor trigram fit per trigram.
    static let otherMinimumWords = 5
    static let otherMaximumStopwordShare = 0.12
    static let otherMaximumTrigramFit: Float = -7.6
    /// German headlines often lack function words but their trigrams lean clearly German
    /// (≈ +1 per trigram); French, Spanish, Italian, Dutch or Turkish lean English or neither.
    static let otherMaximumGermanLean: Float = 0.5
    /// English posts without function words ("Bad mood bad mood") lean clearly English.
    static let otherMinimumGermanLean: Float = -0.9

    init(german: LanguageLexicon, english: LanguageLexicon) {
        self.german = german
        self.english = english
        let germanProfile = TrigramProfile(words: german.profileWords, stopwords: german.profileStopwords)
        let englishProfile = TrigramProfile(words: english.profileWords, stopwords: english.profileStopwords)
        var table = TermTable<SIMD2<Float>>(
            minimumCapacity: germanProfile.logProbability.count + englishProfile.logProbability.count)
        for key in Set(germanProfile.logProbability.keys).union(englishProfile.logProbability.keys) {
            table[TrigramProfile.mixed(key)] = SIMD2(germanProfile.score(key), englishProfile.score(key))
        }
        trigrams = table
        var stopwords = TermTable<UInt8>(minimumCapacity: german.stopwordKeys.count + english.stopwordKeys.count)
        for key in german.stopwordKeys { stopwords[key] = 1 }
        for key in english.stopwordKeys { stopwords[key] = (stopwords[key] ?? 0) | 2 }
        stopwordLanguages = stopwords
        unseen = SIMD2(germanProfile.unseen, englishProfile.unseen)
    }

    /// Every constant, for the analyser version.
    static var settings: String {
        "language \([stopwordEvidence, trigramEvidence, hintEvidence, otherMaximumStopwordShare]) "
            + "\([otherMaximumTrigramFit, otherMaximumGermanLean, otherMinimumGermanLean]) "
            + "\([maximumWords, otherMinimumWords, decisiveStopwordLead]) \(TrigramProfile.stopwordWeight)"
    }

    /// Stopword lead at which trigrams cannot change the answer any more.
    static let decisiveStopwordLead = 3

    func identify(_ text: TokenizedText, hint: Language?) -> LanguageGuess {
        var germanHits = 0, englishHits = 0, words = 0
        var trigramDifference: Float = 0, bestFit: Float = 0, trigrams = 0
        var latin = 0, nonLatin = 0
        for token in text.tokens where token.kind == .word {
            words += 1
            if words > Self.maximumWords { break }
            let languages = stopwordLanguages[token.key] ?? 0
            let germanStop = languages & 1 != 0, englishStop = languages & 2 != 0
            if germanStop != englishStop {
                if germanStop { germanHits += 1 } else { englishHits += 1 }
            }
            // The first scalar read from the array directly: a slice per word retained the array.
            if token.end > token.start, !ScalarText.isLatinLetter(text.scalars[Int(token.start)]) { nonLatin += 1 } else { latin += 1 }
        }
        let lead = abs(germanHits - englishHits)
        let share = Double(max(germanHits, englishHits)) / Double(max(1, min(words, Self.maximumWords)))
        if lead < Self.decisiveStopwordLead || share <= Self.otherMaximumStopwordShare {
            var counted = 0
            for token in text.tokens where token.kind == .word {
                counted += 1
                if counted > Self.maximumWords { break }
                TrigramProfile.forEachTrigram(text.scalars(of: token)) { key in
                    let scores = self.trigrams[TrigramProfile.mixed(key)] ?? unseen
                    trigramDifference += scores.x - scores.y
                    bestFit += max(scores.x, scores.y)
                    trigrams += 1
                }
            }
        }
        if nonLatin > latin { return LanguageGuess(language: .other, confidence: Double(nonLatin) / Double(nonLatin + latin)) }
        if words == 0 {
            // Emoji, numbers and links only: nothing to go on but the source's language.
            return LanguageGuess(language: hint ?? .other, confidence: 0)
        }
        let stopwordShare = Double(max(germanHits, englishHits)) / Double(min(words, Self.maximumWords))
        let fit = trigrams > 0 ? bestFit / Float(trigrams) : Self.otherMaximumTrigramFit - 1
        let germanLeanPerTrigram = trigrams > 0 ? trigramDifference / Float(trigrams) : 0
        if words >= Self.otherMinimumWords && stopwordShare <= Self.otherMaximumStopwordShare
            && fit < Self.otherMaximumTrigramFit && germanLeanPerTrigram < Self.otherMaximumGermanLean
            && germanLeanPerTrigram > Self.otherMinimumGermanLean {
            let confidence = min(1, Double(Self.otherMaximumTrigramFit - fit) / 2 + 0.5)
            return LanguageGuess(language: .other, confidence: confidence)
        }
        var evidence = Self.stopwordEvidence * Double(germanHits - englishHits)
            + Self.trigramEvidence * Double(trigramDifference)
        if hint == .de { evidence += Self.hintEvidence }
        if hint == .en { evidence -= Self.hintEvidence }
        let germanProbability = 1 / (1 + exp(-evidence))
        return germanProbability >= 0.5
            ? LanguageGuess(language: .de, confidence: germanProbability)
            : LanguageGuess(language: .en, confidence: 1 - germanProbability)
    }
}
