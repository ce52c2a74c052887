/// What the words just before a number say about it. Only consulted when a detector already
/// has a candidate, so the backward walk costs nothing on ordinary text.
enum NumberContext {
    /// Up to `limit` words before `index`, nearest first, lowercased (ASCII). Words may contain
    /// `-` and `.` ("Bestell-Nr."); the walk stops at a line break, `!`, `?`, `;`, `,` or a
    /// sentence-ending dot (see `endsSentence`), since a label never reaches across a clause.
    static func previousWords(_ text: UTF8Text, before index: Int, limit: Int) -> [[UInt8]] {
        var words: [[UInt8]] = []
        words.reserveCapacity(limit)
        var i = index - 1
        while words.count < limit && i >= 0 {
            let b = text[i]
            if ASCII.isLineBreak(b) || b == 0x21 || b == 0x3F || b == 0x3B || b == ASCII.comma { break }
            if isLabelByte(b) {
                let end = i + 1
                while i >= 0 && isLabelByte(text[i]) { i -= 1 }
                var word = text.lowered((i + 1)..<end)
                let endsWithDot = word.last == ASCII.dot
                while word.last == ASCII.dot || word.last == ASCII.minus { word.removeLast() }
                if endsWithDot && endsSentence(word) { break }
                if !word.isEmpty { words.append(word) }
            } else {
                i -= 1
            }
        }
        return words
    }

    /// A word followed by a dot ends the previous sentence unless it is an abbreviation: short
    /// ("Nr.", "Kd.", "Tel."), hyphenated or dotted ("Bestell-Nr.", "z.B."), or ending in "nr"
    /// ("Kundennr."). Without this, "…mein Paket. 0171 1234567 ist meine Nummer" read "Paket" as
    /// a parcel label and kept the phone number.
    static func endsSentence(_ word: [UInt8]) -> Bool {
        guard word.count > 4, !word.contains(ASCII.minus), !word.contains(ASCII.dot) else { return false }
        return !(word[word.count - 2] == 0x6E && word[word.count - 1] == 0x72)
    }

    @inline(__always) static func isLabelByte(_ b: UInt8) -> Bool {
        ASCII.isLetter(b) || b >= 0x80 || b == ASCII.minus || b == ASCII.dot
    }

    /// True when the number at `index` follows an order, parcel, customer or ticket label
    /// within three words ("Bestellnummer 4711", "order number 123", "Ticket #0815"), and no
    /// word in between says it is a phone, tax or bank number or an address
    /// ("Rechnungsadresse Bahnhofstraße 44" is an address, not an invoice number).
    static func isAfterNonPersonalLabel(_ text: UTF8Text, at index: Int, lexicon: RedactionLexicon) -> Bool {
        if text[index - 1] == ASCII.hash { return true }
        for word in previousWords(text, before: index, limit: 3) {
            let isPersonal = lexicon.personalNumberCues.containsPart(of: word) || lexicon.addressCues.containsPart(of: word)
            if isPersonal { return false }
            if lexicon.numberLabels.containsPrefix(of: word) { return true }
        }
        return false
    }

    /// True when the word right before `index` names a software version ("Version 1.2.3.4").
    static func isAfterVersionLabel(_ text: UTF8Text, at index: Int, lexicon: RedactionLexicon) -> Bool {
        guard let word = previousWords(text, before: index, limit: 1).first else { return false }
        return lexicon.versionLabels.contains(word)
    }

    /// True when one of the four words before `index` says an address follows ("Anschrift:").
    static func isInAddressContext(_ text: UTF8Text, at index: Int, lexicon: RedactionLexicon) -> Bool {
        previousWords(text, before: index, limit: 4).contains { lexicon.addressCues.containsPart(of: $0) }
    }
}
