/// Person names in the two places people reliably write them: after a salutation or title
/// ("Hallo Max", "Sehr geehrte Frau Dr. Schmidt", "Dear Mr Smith") and after a sign-off
/// ("Viele Grüße, Anna", "LG\nTom Becker", "Cheers, Sam").
///
/// A name is one or two capitalised tokens that are not in the lexicon's `not-names`
/// ("Hallo Leute", "Dear Sir"). A bare name without such a cue is not found (documented limit):
/// every capitalised German noun would otherwise be a candidate.
enum NameDetector {
    /// "Sehr geehrte Frau Prof. Dr. Schmidt": at most this many salutation words in a row.
    static let maxChain = 4

    /// The name introduced by the trigger word ending at `wordEnd`, or nil.
    static func match(_ text: UTF8Text, trigger: TriggerTable.Entry, wordEnd: Int,
                      lexicon: RedactionLexicon, names: KnownNames) -> Detection? {
        var entry = trigger
        var position = wordEnd
        for _ in 0..<maxChain {
            // "Hr.", "Dr.", "Mr."
            if text[position] == ASCII.dot && entry.kind == .salutation { position += 1 }
            // "Hallo, Anna, …": after a comma the name must be closed by punctuation too, or
            // "Hallo, Kann mir jemand helfen" would yield "Kann".
            let commaAfterSalutation = entry.kind == .salutation && text[position] == ASCII.comma
            if commaAfterSalutation { position += 1 }
            var sawBreak = true
            let nameStart: Int
            if entry.kind == .salutation {
                guard let start = salutationNameStart(text, after: position) else { return nil }
                nameStart = start
            } else {
                guard let start = signOffNameStart(text, after: position, lexicon: lexicon) else { return nil }
                (nameStart, sawBreak) = start
            }
            let nextWordEnd = text.wordEnd(from: nameStart)
            guard nextWordEnd > nameStart else { return nil }
            if let next = lexicon.triggers.lookup(text, start: nameStart, end: nextWordEnd), next.kind == .salutation,
               entry.kind == .salutation {
                // "Frau Dr. Schmidt", "geehrter Herr Meier": keep walking the title chain.
                entry = next
                position = nextWordEnd
                continue
            }
            if let known = names.match(text, at: nameStart) { return known }
            guard let first = nameTokenEnd(text, at: nameStart, lexicon: lexicon) else { return nil }
            var end = first
            if text[first] == ASCII.space, let second = secondTokenEnd(text, at: first + 1, lexicon: lexicon) {
                end = second
            }
            if entry.kind == .signOff && !endsSignature(text, at: end) { return nil }
            // "Thanks, Max" and "Danke\nMax" sign; on the same line without a comma only an
            // exclamation or the end of the post does ("Danke Olli!", but not "Best Buy").
            if entry.needsBreak && !sawBreak && !(text[end] == 0x21 || text.skipBlanks(from: end) >= text.count) {
                return nil
            }
            if commaAfterSalutation && !(text[end] == ASCII.comma || text[end] == 0x21 || text[end] == ASCII.dot) {
                return nil
            }
            return Detection(.name, nameStart, end)
        }
        return nil
    }

    /// After a salutation: one or more spaces on the same line.
    static func salutationNameStart(_ text: UTF8Text, after index: Int) -> Int? {
        guard ASCII.isBlank(text[index]) else { return nil }
        return text.skipBlanks(from: index)
    }

    /// After a sign-off: optional punctuation, then spaces or one line break, optional dash,
    /// optional possessive ("Ihr"), then the name.
    static func signOffNameStart(_ text: UTF8Text, after index: Int,
                                 lexicon: RedactionLexicon) -> (start: Int, sawBreak: Bool)? {
        var i = text.skipBlanks(from: index)
        var sawBreak = false
        // "Viele Grüße aus Köln\nUte": skip the origin when a line break follows it.
        if let afterOrigin = originEnd(text, at: i, lexicon: lexicon) { i = afterOrigin }
        if text[i] == ASCII.comma || text[i] == 0x21 || text[i] == ASCII.dot || text[i] == ASCII.colon {
            sawBreak = text[i] == ASCII.comma
            i = text.skipBlanks(from: i + 1)
        }
        if text[i] == ASCII.carriageReturn { i += 1 }
        if text[i] == ASCII.newline {
            sawBreak = true
            i = text.skipBlanks(from: i + 1)
        }
        guard i > index else { return nil }
        // "-- Max", "— Max", "– Max"
        if text[i] == ASCII.minus {
            while text[i] == ASCII.minus { i += 1 }
            i = text.skipBlanks(from: i)
        } else if text[i] == 0xE2 && text[i + 1] == 0x80 && (text[i + 2] == 0x93 || text[i + 2] == 0x94) {
            i = text.skipBlanks(from: i + 3)
        }
        let wordEnd = text.wordEnd(from: i)
        if wordEnd > i, ASCII.isBlank(text[wordEnd]), lexicon.signOffPossessives.contains(text, i..<wordEnd) {
            i = text.skipBlanks(from: wordEnd)
        }
        return (i, sawBreak)
    }

    /// After "aus Köln" / "from Hamburg" (capitalised words up to the line end): the index of
    /// the line break, or nil.
    static func originEnd(_ text: UTF8Text, at start: Int, lexicon: RedactionLexicon) -> Int? {
        let wordEnd = text.wordEnd(from: start)
        guard wordEnd > start, ASCII.isBlank(text[wordEnd]),
              lexicon.signOffOrigins.contains(text, start..<wordEnd) else { return nil }
        var i = text.skipBlanks(from: wordEnd)
        var words = 0
        while words < 3, text.isUppercaseLetter(at: i) {
            i = text.skipBlanks(from: text.wordEnd(from: i))
            words += 1
            while text[i] == ASCII.minus && text.isUppercaseLetter(at: i + 1) { i = text.wordEnd(from: i + 1) }
        }
        if text[i] == ASCII.comma || text[i] == 0x21 || text[i] == ASCII.dot { i = text.skipBlanks(from: i + 1) }
        guard words > 0, ASCII.isLineBreak(text[i]) else { return nil }
        return i
    }

    /// End of a name token at `start`: capitalised, then lowercase letters, with inner hyphens
    /// or apostrophes ("Hans-Peter", "O'Brien"). Acronyms ("DHL", "IT") and lexicon words are not names.
    static func nameTokenEnd(_ text: UTF8Text, at start: Int, lexicon: RedactionLexicon) -> Int? {
        guard text.isUppercaseLetter(at: start) else { return nil }
        var end = text.wordEnd(from: start)
        while (text[end] == ASCII.minus || text[end] == ASCII.apostrophe) && text.isUppercaseLetter(at: end + 1)
            || (text[end] == ASCII.apostrophe && ASCII.isLetter(text[end + 1])) {
            end = text.wordEnd(from: end + 1)
        }
        let firstLength = UTF8Text.scalarLength(lead: text[start])
        guard end - start >= 2, end > start + firstLength,
              !text.isUppercaseLetter(at: start + firstLength),
              !text.bytes[start..<end].contains(where: ASCII.isDigit),
              !lexicon.notNames.contains(text, start..<end),
              lexicon.triggers.lookup(text, start: start, end: text.wordEnd(from: start)) == nil
        else { return nil }
        // "Max.Mustermann@…" or "Max_" are not names in running text.
        if text[end] == ASCII.at || text[end] == ASCII.underscore { return nil }
        return end
    }

    /// A surname or an initial ("M.") right after the first token.
    static func secondTokenEnd(_ text: UTF8Text, at start: Int, lexicon: RedactionLexicon) -> Int? {
        if ASCII.isUpper(text[start]) && text[start + 1] == ASCII.dot && !text.isWordScalar(at: start + 2) {
            return start + 2
        }
        return nameTokenEnd(text, at: start, lexicon: lexicon)
    }

    /// A signature name stands alone: end of text, end of line, or closing punctuation.
    static func endsSignature(_ text: UTF8Text, at index: Int) -> Bool {
        let i = text.skipBlanks(from: index)
        let b = text[i]
        // Line end, text end, or an emoji after the name ("Danke, Max 🙂").
        if i >= text.count || ASCII.isLineBreak(b) || b == 0xF0 { return true }
        guard i == index else { return false }
        return [ASCII.dot, ASCII.comma, 0x21, 0x3F, 0x3B, ASCII.colon, ASCII.closeParen].contains(b)
    }
}
