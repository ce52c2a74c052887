/// "20095 Hamburg", "60311 Frankfurt am Main", "06108 Halle (Saale)": a five-digit German
/// postcode and a capitalised place name.
enum PostcodePlace {
    static let postcodeDigits = 5
    static let placeLinkWords: [[UInt8]] = ["am", "an der", "im", "ob der", "in", "bei", "a.", "i."].map(ASCII.bytes)

    /// End of "PLZ Ort" starting at `start`, or nil.
    static func end(_ text: UTF8Text, at start: Int) -> Int? {
        var i = start
        while ASCII.isDigit(text[i]) { i += 1 }
        guard i - start == postcodeDigits, !text.isWordScalar(endingBefore: start) || start == 0,
              text[i] == ASCII.space, let placeEnd = capitalisedWordEnd(text, at: i + 1) else { return nil }
        var end = placeEnd
        // "Frankfurt am Main", "Rothenburg ob der Tauber", "Freiburg i. Br."
        if text[end] == ASCII.space {
            for link in placeLinkWords where text.matchesLowered(link, at: end + 1) {
                let afterLink = end + 1 + link.count
                if text[afterLink] == ASCII.space, let linkedEnd = capitalisedWordEnd(text, at: afterLink + 1) {
                    end = linkedEnd
                    if text[linkedEnd] == ASCII.dot && link.last == ASCII.dot { end += 1 }
                    break
                }
            }
        }
        // "Halle (Saale)"
        if text[end] == ASCII.space && text[end + 1] == ASCII.openParen,
           let inner = capitalisedWordEnd(text, at: end + 2), text[inner] == ASCII.closeParen {
            end = inner + 1
        }
        return end
    }

    /// End of a capitalised word with optional inner hyphens ("Castrop-Rauxel").
    static func capitalisedWordEnd(_ text: UTF8Text, at start: Int) -> Int? {
        guard text.isUppercaseLetter(at: start) else { return nil }
        var end = text.wordEnd(from: start)
        while text[end] == ASCII.minus && text.isUppercaseLetter(at: end + 1) { end = text.wordEnd(from: end + 1) }
        guard end - start >= 2 else { return nil }
        return end
    }
}
