/// German street addresses, found from the house number backwards: `Musterstraße 12`,
/// `Hauptstr. 5a`, `Kaiser-Wilhelm-Straße 22`, `Berliner Allee 17-19`, `Am Markt 3`, each
/// optionally followed by `, 20095 Hamburg` (which joins the same span).
///
/// Starting at the house number keeps the scan cheap (digits are rare triggers) and anchors
/// the rule: a street word alone is not personal, a street word with a house number is.
enum StreetAddressDetector {
    /// House numbers above 9999 do not exist; four digits and more after "Am"/"Im" are years.
    static let maxHouseNumberDigits = 4

    static func match(_ text: UTF8Text, houseNumberAt start: Int, lexicon: RedactionLexicon) -> Detection? {
        guard text[start - 1] == ASCII.space, let numberEnd = houseNumberEnd(text, from: start) else { return nil }
        guard let streetWord = wordBefore(text, index: start), text.isUppercaseLetter(at: streetWord.lowerBound)
        else { return nil }
        let suffix = lexicon.streetSuffixes.first { suffix in
            suffix.count <= streetWord.count && text.matchesLowered(suffix, at: streetWord.upperBound - suffix.count)
        }
        var streetStart: Int?
        var needsBreakAfterNumber = false
        if let suffix, !lexicon.notStreets.contains(text, streetWord) {
            if streetWord.count > suffix.count {
                // "Musterstraße", "Kaiser-Wilhelm-Straße": name and suffix in one word; a
                // capitalised preposition in front belongs to the name ("Am Sandtorkai"), a
                // lowercase one to the sentence ("in der Musterstraße").
                streetStart = streetWord.lowerBound
                if let preposition = prepositionStart(text, before: streetWord.lowerBound, lexicon: lexicon),
                   text.isUppercaseLetter(at: preposition) {
                    streetStart = preposition
                }
            } else if let opener = openerBefore(text, word: streetWord, lexicon: lexicon) {
                // "Berliner Allee", "Alte Gasse", "Am Markt": the suffix is a word of its own.
                streetStart = opener
            }
        } else if suffix == nil, text[streetWord.upperBound - 1] != ASCII.dot,
                  let preposition = prepositionStart(text, before: streetWord.lowerBound, lexicon: lexicon),
                  !lexicon.notStreets.contains(text, streetWord),
                  !lexicon.notNames.contains(text, streetWord) {
            // "An der Alster 5": no suffix, so unless a capitalised preposition in mid-sentence
            // marks a proper name ("Bitte Zum Hafen 2 liefern"), demand that the number ends the
            // phrase, which rules out "Im Jahr 2026 haben" and "am Montag 5 Pakete".
            streetStart = preposition
            needsBreakAfterNumber = !text.isUppercaseLetter(at: preposition) || isSentenceStart(text, preposition)
        }
        guard let addressStart = streetStart else { return nil }
        if needsBreakAfterNumber {
            let next = text[numberEnd]
            let endsPhrase = next == 0 || ASCII.isLineBreak(next) || next == ASCII.comma || next == 0x3B
                || ((next == ASCII.dot || next == 0x21 || next == 0x3F || next == ASCII.closeParen)
                    && !ASCII.isAlnum(text[numberEnd + 1]))
            guard endsPhrase else { return nil }
        }
        var end = numberEnd
        var placeStart = numberEnd
        if text[placeStart] == ASCII.comma { placeStart += 1 }
        placeStart = text.skipBlanks(from: placeStart)
        if ASCII.isLineBreak(text[placeStart]) && placeStart > numberEnd - 1 {
            placeStart = text.skipBlanks(from: placeStart + (text[placeStart] == ASCII.carriageReturn ? 2 : 1))
        }
        if placeStart > numberEnd, let placeEnd = PostcodePlace.end(text, at: placeStart) { end = placeEnd }
        return Detection(.address, addressStart, end)
    }

    /// True when only spaces separate `index` from the start of the text, a line or a sentence.
    static func isSentenceStart(_ text: UTF8Text, _ index: Int) -> Bool {
        var i = index - 1
        while ASCII.isBlank(text[i]) { i -= 1 }
        let b = text[i]
        return i < 0 || ASCII.isLineBreak(b) || b == ASCII.dot || b == 0x21 || b == 0x3F
    }

    /// "12", "5a", "17-19", "3/4": returns the end, or nil if this is not a house number.
    static func houseNumberEnd(_ text: UTF8Text, from start: Int) -> Int? {
        guard text[start] != ASCII.zero else { return nil }
        var i = start
        while ASCII.isDigit(text[i]) { i += 1 }
        guard i - start <= maxHouseNumberDigits else { return nil }
        if ASCII.isLetter(text[i]) && !text.isWordScalar(at: i + 1) { i += 1 }
        if text[i] == ASCII.minus || text[i] == ASCII.slash, ASCII.isDigit(text[i + 1]) {
            var j = i + 1
            while ASCII.isDigit(text[j]) { j += 1 }
            if j - i - 1 <= maxHouseNumberDigits { i = j }
            if ASCII.isLetter(text[i]) && !text.isWordScalar(at: i + 1) { i += 1 }
        }
        if text.isWordScalar(at: i) { return nil }
        // "Hauptstraße 12,50 €" or "Weg 3.5 km" continue as numbers.
        if (text[i] == ASCII.comma || text[i] == ASCII.dot || text[i] == ASCII.colon) && ASCII.isDigit(text[i + 1]) {
            return nil
        }
        return i
    }

    /// The word (letters, inner hyphens, a final abbreviation dot) ending before the spaces
    /// in front of `index`.
    static func wordBefore(_ text: UTF8Text, index: Int) -> Range<Int>? {
        var end = index
        while ASCII.isBlank(text[end - 1]) { end -= 1 }
        guard end < index else { return nil }
        var start = end
        while start > 0 {
            let b = text[start - 1]
            if ASCII.isLetter(b) || b >= 0x80 || b == ASCII.minus || (b == ASCII.dot && start == end) {
                start -= 1
            } else {
                break
            }
        }
        while start < end && text[start] == ASCII.minus { start += 1 }
        return start < end ? start..<end : nil
    }

    /// Start of a capitalised adjective ("Berliner", "Alte") or a street preposition ("Am")
    /// right before `word`.
    static func openerBefore(_ text: UTF8Text, word: Range<Int>, lexicon: RedactionLexicon) -> Int? {
        if let preposition = prepositionStart(text, before: word.lowerBound, lexicon: lexicon) { return preposition }
        guard let previous = wordBefore(text, index: word.lowerBound),
              text.isUppercaseLetter(at: previous.lowerBound) else { return nil }
        let last = ASCII.lower(text[previous.upperBound - 1])
        guard !lexicon.notNames.contains(text, previous), last == 0x72 /* r */ || last == 0x65 /* e */
              || last == 0x73 /* s */ else { return nil }
        return previous.lowerBound
    }

    /// Start of a street preposition phrase ("am", "an der") ending right before `index`.
    /// Runs for every number after a capitalised word, so it compares in place, allocation-free.
    static func prepositionStart(_ text: UTF8Text, before index: Int, lexicon: RedactionLexicon) -> Int? {
        guard let last = wordBefore(text, index: index), last.count <= 6 else { return nil }
        for phrase in lexicon.streetPrepositions {
            var range = last
            var matched = true
            for (offset, word) in phrase.reversed().enumerated() {
                if offset > 0 {
                    guard let previous = wordBefore(text, index: range.lowerBound) else {
                        matched = false
                        break
                    }
                    range = previous
                }
                guard range.count == word.count, text.matchesLowered(word, at: range.lowerBound) else {
                    matched = false
                    break
                }
            }
            if matched && !text.isWordScalar(endingBefore: range.lowerBound) { return range.lowerBound }
        }
        return nil
    }
}
