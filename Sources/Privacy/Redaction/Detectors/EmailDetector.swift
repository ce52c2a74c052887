/// E-mail addresses, plain (`max@example.de`) and obfuscated with bracketed words
/// (`max (at) example (dot) de`, `max[at]example.de`, `max{ät}example[punkt]de`).
///
/// Unbracketed "max at example dot de" is deliberately not matched: " at " and " dot " are
/// ordinary English words, and the bracket is what people use to defeat spam harvesters.
enum EmailDetector {
    /// RFC 5322 "atext" minus the rarely used characters that also end sentences.
    @inline(__always) static func isLocalByte(_ b: UInt8) -> Bool {
        ASCII.isAlnum(b) || b == ASCII.dot || b == ASCII.underscore || b == ASCII.minus
            || b == ASCII.plus || b == 0x25 /* % */
    }

    /// Domain labels: ASCII letters, digits, hyphens, and non-ASCII bytes for IDNs ("müller.de").
    @inline(__always) static func isDomainByte(_ b: UInt8) -> Bool {
        ASCII.isAlnum(b) || b == ASCII.minus || b >= 0x80
    }

    /// The address around the `@` at `atIndex`, whose previous byte is a local-part byte.
    static func matchPlain(_ text: UTF8Text, atIndex: Int) -> Detection? {
        guard let start = localPartStart(text, endingAt: atIndex),
              let end = domainEnd(text, from: atIndex + 1, allowBracketedDots: false)
        else { return nil }
        return Detection(.email, start, end)
    }

    /// An obfuscated address whose bracketed "at" opens at `openIndex` (`(`, `[` or `{`).
    static func matchObfuscated(_ text: UTF8Text, openIndex: Int) -> Detection? {
        guard let afterAt = bracketedWord(text, at: openIndex, words: atWords) else { return nil }
        let localEnd = text[openIndex - 1] == ASCII.space ? openIndex - 1 : openIndex
        guard let start = localPartStart(text, endingAt: localEnd) else { return nil }
        let domainStart = text[afterAt] == ASCII.space ? afterAt + 1 : afterAt
        guard let end = domainEnd(text, from: domainStart, allowBracketedDots: true) else { return nil }
        return Detection(.email, start, end)
    }

    static let atWords: [[UInt8]] = [ASCII.bytes("at"), Array("ät".utf8), [ASCII.at]]
    static let dotWords: [[UInt8]] = [ASCII.bytes("dot"), ASCII.bytes("punkt"), [ASCII.dot]]

    /// Start of the local part that ends at `end` (exclusive), or nil if there is none.
    static func localPartStart(_ text: UTF8Text, endingAt end: Int) -> Int? {
        var start = end
        while start > 0 {
            let b = text[start - 1]
            if isLocalByte(b) {
                start -= 1
            } else if b >= 0x80, UTF8Text.isLetterLead(text[text.scalarStart(containing: start - 1)]) {
                // RFC 6531 allows UTF-8 local parts ("jürgen@…"), and German users write them.
                start = text.scalarStart(containing: start - 1)
            } else {
                break
            }
        }
        // A local part neither starts nor ends with a dot (RFC 5322 dot-atom).
        while start < end && text[start] == ASCII.dot { start += 1 }
        guard start < end, text[end - 1] != ASCII.dot else { return nil }
        return start
    }

    /// End of a domain of at least two labels starting at `start` whose last label (the TLD)
    /// has two or more letters; a sentence-final dot is not part of it.
    static func domainEnd(_ text: UTF8Text, from start: Int, allowBracketedDots: Bool) -> Int? {
        var i = start
        var labels = 0
        var lastLabel = start..<start
        while true {
            let labelStart = i
            while isDomainByte(text[i]) { i += 1 }
            guard i > labelStart, text[labelStart] != ASCII.minus, text[i - 1] != ASCII.minus else { break }
            labels += 1
            lastLabel = labelStart..<i
            if text[i] == ASCII.dot && isDomainByte(text[i + 1]) && text[i + 1] != ASCII.minus {
                i += 1
            } else if allowBracketedDots, let next = bracketedDotEnd(text, at: i) {
                i = next
            } else {
                break
            }
        }
        guard labels >= 2, lastLabel.count >= 2,
              lastLabel.allSatisfy({ ASCII.isLetter(text[$0]) }) else { return nil }
        return lastLabel.upperBound
    }

    /// After a label: an optional space, a bracketed "dot"/"punkt", an optional space, and the
    /// start of the next label. Returns that start.
    static func bracketedDotEnd(_ text: UTF8Text, at index: Int) -> Int? {
        let open = text[index] == ASCII.space ? index + 1 : index
        guard let after = bracketedWord(text, at: open, words: dotWords) else { return nil }
        let next = text[after] == ASCII.space ? after + 1 : after
        return ASCII.isAlnum(text[next]) ? next : nil
    }

    /// `(word)`, `[word]` or `{word}` with optional inner spaces at `index`; returns the index
    /// after the closing bracket.
    static func bracketedWord(_ text: UTF8Text, at index: Int, words: [[UInt8]]) -> Int? {
        let close: UInt8
        switch text[index] {
        case ASCII.openParen: close = ASCII.closeParen
        case ASCII.openBracket: close = ASCII.closeBracket
        case ASCII.openBrace: close = ASCII.closeBrace
        default: return nil
        }
        let wordStart = text.skipBlanks(from: index + 1)
        for word in words where text.matchesLowered(word, at: wordStart) {
            let closeIndex = text.skipBlanks(from: wordStart + word.count)
            if text[closeIndex] == close { return closeIndex + 1 }
        }
        return nil
    }
}
