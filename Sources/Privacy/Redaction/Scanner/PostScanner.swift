/// One pass over one post's UTF-8 bytes. Ordinary bytes cost a comparison or two; detectors
/// run only at trigger positions:
/// - word starts: known author names, links (`h`ttp, `w`ww), IBAN shape, IPv6 with a hex
///   letter first, salutation and sign-off words (bit-filter lookup);
/// - number starts: IPv4/IPv6, card, tax id, phone (then order-number labels), street
///   address, postcode;
/// - `+` and `(`: phone numbers (`(0…`, `(+…` and North American `(425) …`); `(`, `[`, `{`:
///   obfuscated e-mail; `::`: IPv6;
/// - `@`: e-mail (looking back at the local part) or handle; `/`: scheme-less profile links.
///
/// The scanner itself is immutable and what it finds goes into an `inout Found`: a mutating
/// scanner made Swift retain and release the byte buffer around every word (measured: a fifth
/// of all instructions).
struct PostScanner {
    let text: UTF8Text
    let lexicon: RedactionLexicon
    let names: KnownNames

    /// Detections so far, non-overlapping and in text order.
    struct Found {
        var detections: [Detection] = []
        /// Bytes before this index belong to a link already classified.
        var examinedLinkEnd = 0

        /// Records `detection`; detectors that look backwards (e-mail, bare links, addresses)
        /// may start before earlier detections, and then the later, longer-context match wins.
        mutating func add(_ detection: Detection) {
            while let last = detections.last, last.end > detection.start { detections.removeLast() }
            detections.append(detection)
        }

        /// Adds `detection` if there is one and returns its end.
        mutating func accept(_ detection: Detection?) -> Int? {
            guard let detection else { return nil }
            add(detection)
            return detection.end
        }
    }

    func scan() -> [Detection] {
        var found = Found()
        // The loop reads the array's buffer directly (the pointer does not escape the closure):
        // every byte of every post passes here, and checked reads were half of its cost.
        text.bytes.withUnsafeBufferPointer { bytes in
            let count = bytes.count
            var i = 0
            while i < count {
                let b = bytes[i]
                if ASCII.isLetter(b) || b == ASCII.underscore || b >= 0xC0 {
                    if (i > 0 && bytes[i - 1] < 0x80) ? Self.isWordByte(bytes[i - 1]) : !text.isWordStart(i) {
                        i += 1
                    } else if b >= 0xC0 && !UTF8Text.isLetterLead(b) {
                        i += UTF8Text.scalarLength(lead: b)
                    } else {
                        let end = text.wordEnd(from: i)
                        // Most words can start nothing: decided here, without the call into `scanWord`.
                        i = names.isEmpty && isOrdinaryWord(bytes, start: i, end: end) ? end : scanWord(at: i, end: end, &found)
                    }
                } else if ASCII.isDigit(b) {
                    i = text.isWordStart(i) ? scanNumber(at: i, &found) : i + 1
                } else {
                    switch b {
                    case ASCII.at: i = scanAt(i, &found)
                    case ASCII.plus: i = scanPhone(at: i, &found)
                    case ASCII.openParen: i = scanBracket(at: i, mayBePhone: true, &found)
                    case ASCII.openBracket, ASCII.openBrace: i = scanBracket(at: i, mayBePhone: false, &found)
                    case ASCII.slash: i = scanSlash(at: i, &found)
                    case ASCII.colon: i = scanColon(at: i, &found)
                    default: i += 1
                    }
                }
            }
        }
        return found.detections
    }

    @inline(__always) private static func isWordByte(_ b: UInt8) -> Bool {
        ASCII.isAlnum(b) || b == ASCII.underscore
    }

    /// True when no word detector can start on the word `start..<end`: the same tests that
    /// open `scanWord` (short hex word before a colon, trigger filter, link prefix, IBAN shape),
    /// on bytes read once. Every read is inside the word (its length guarantees the bytes) or,
    /// for the colon, checks the index.
    @inline(__always) private func isOrdinaryWord(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        let length = end - start
        let first = bytes[start]
        if length <= 4 && end < bytes.count && bytes[end] == ASCII.colon && ASCII.isHexDigit(first) { return false }
        // Trigger words and every other pattern need at least two word bytes.
        guard length >= 2 else { return true }
        let second = bytes[start + 1]
        if lexicon.triggers.mayContain(first: first, second: second, length: length) { return false }
        // "htt…", "www…" and IBANs ("DE89…") need at least three and four word bytes.
        guard length >= 3 else { return true }
        let third = bytes[start + 2]
        let lowFirst = first | 0x20, lowSecond = second | 0x20, lowThird = third | 0x20
        if lowFirst == 0x68 && lowSecond == 0x74 && lowThird == 0x74 { return false }
        if lowFirst == 0x77 && lowSecond == 0x77 && lowThird == 0x77 { return false }
        return length < 4 || !(ASCII.isDigit(third) && ASCII.isDigit(bytes[start + 3])
                               && ASCII.isLetter(first) && ASCII.isLetter(second))
    }

    /// "http…" or "www.": two more bytes decide before the link detector is called.
    @inline(__always) private func mayBeLink(at start: Int) -> Bool {
        let first = text[start] | 0x20
        return (first == 0x68 && text[start + 1] | 0x20 == 0x74 && text[start + 2] | 0x20 == 0x74)
            || (first == 0x77 && text[start + 1] | 0x20 == 0x77 && text[start + 2] | 0x20 == 0x77)
    }

    /// Short hex word before a colon: "fe80:…", "2001:db8::1" start with letters or digits.
    @inline(__always) private func mayBeIPv6(word start: Int, end: Int) -> Bool {
        end - start <= 4 && text[end] == ASCII.colon && ASCII.isHexDigit(text[start])
    }

    private func scanWord(at start: Int, end: Int, _ found: inout Found) -> Int {
        if !names.isEmpty, let next = found.accept(names.match(text, at: start)) { return next }
        if mayBeLink(at: start), let link = ProfileLinkDetector.matchURL(text, at: start) {
            _ = found.accept(link.detection)
            found.examinedLinkEnd = link.tokenEnd
            return max(link.tokenEnd, end)
        }
        if IBANDetector.mayStart(text, at: start), let next = found.accept(IBANDetector.match(text, at: start)) { return next }
        if mayBeIPv6(word: start, end: end),
           let next = found.accept(IPAddressDetector.matchV6(text, at: start)) { return next }
        if lexicon.triggers.mayContain(text, start: start, end: end),
           let trigger = lexicon.triggers.lookup(text, start: start, end: end),
           let next = found.accept(NameDetector.match(text, trigger: trigger, wordEnd: end, lexicon: lexicon, names: names)) {
            return next
        }
        return end
    }

    private func scanNumber(at start: Int, _ found: inout Found) -> Int {
        if !names.isEmpty, let next = found.accept(names.match(text, at: start)) { return next }
        // Detectors first, context second: most numbers (prices, dates, times) match nothing,
        // and the backward look at label words is then never paid for.
        var candidate = IPAddressDetector.matchV4(text, at: start)
        if candidate != nil && NumberContext.isAfterVersionLabel(text, at: start, lexicon: lexicon) {
            return skipNumber(from: start)
        }
        candidate = candidate ?? IPAddressDetector.matchV6(text, at: start)
            ?? CardDetector.match(text, at: start)
            ?? TaxIDDetector.match(text, at: start)
            ?? (text.bytes[start] == ASCII.zero ? PhoneDetector.match(text, at: start)
                : text[start + 3] == ASCII.minus ? PhoneDetector.matchNorthAmerican(text, at: start) : nil)
        if let candidate {
            if NumberContext.isAfterNonPersonalLabel(text, at: start, lexicon: lexicon) { return skipNumber(from: start) }
            found.add(candidate)
            return candidate.end
        }
        if let next = found.accept(StreetAddressDetector.match(text, houseNumberAt: start, lexicon: lexicon)) { return next }
        if let next = found.accept(PostcodeDetector.match(text, at: start, lexicon: lexicon)) { return next }
        return skipNumber(from: start)
    }

    /// Past a number that is not an identifier, including its inner separators ("4711-2026-883",
    /// "23.11.2026", "0034 0434 1612"), so its later digit groups do not start new candidates.
    private func skipNumber(from start: Int) -> Int {
        var i = start
        while true {
            while ASCII.isDigit(text[i]) { i += 1 }
            let b = text[i]
            let isSeparator = b == ASCII.dot || b == ASCII.comma || b == ASCII.colon || b == ASCII.slash
                || b == ASCII.minus || b == ASCII.space
            guard isSeparator, ASCII.isDigit(text[i + 1]) else { break }
            i += 1
        }
        return max(text.wordEnd(from: i), start + 1)
    }

    private func scanAt(_ index: Int, _ found: inout Found) -> Int {
        if EmailDetector.isLocalByte(text[index - 1]) {
            return found.accept(EmailDetector.matchPlain(text, atIndex: index)) ?? index + 1
        }
        guard let handle = HandleDetector.match(text, atIndex: index) else { return index + 1 }
        if !names.isEmpty, let known = names.matchHandle(text, start: handle.nameRange.lowerBound,
                                                         end: handle.nameRange.upperBound) {
            found.add(known)
            return handle.detection.end
        }
        found.add(handle.detection)
        return handle.detection.end
    }

    private func scanPhone(at index: Int, _ found: inout Found) -> Int {
        guard ASCII.isDigit(text[index + 1]), !text.isWordScalar(endingBefore: index),
              let phone = PhoneDetector.match(text, at: index),
              !NumberContext.isAfterNonPersonalLabel(text, at: index, lexicon: lexicon) else { return index + 1 }
        found.add(phone)
        return phone.end
    }

    private func scanBracket(at index: Int, mayBePhone: Bool, _ found: inout Found) -> Int {
        if let next = found.accept(EmailDetector.matchObfuscated(text, openIndex: index)) { return next }
        let next = text[index + 1]
        guard mayBePhone, ASCII.isDigit(next) || next == ASCII.plus, !text.isWordScalar(endingBefore: index) else {
            return index + 1
        }
        let phone = next == ASCII.zero || next == ASCII.plus
            ? PhoneDetector.match(text, at: index) : PhoneDetector.matchNorthAmerican(text, at: index)
        if let phone, !NumberContext.isAfterNonPersonalLabel(text, at: index, lexicon: lexicon) {
            found.add(phone)
            return phone.end
        }
        return index + 1
    }

    /// "::1", "::ffff:192.0.2.128"; "std::vector" is not at a word start.
    private func scanColon(at index: Int, _ found: inout Found) -> Int {
        guard text[index + 1] == ASCII.colon, text[index - 1] != ASCII.colon,
              !text.isWordScalar(endingBefore: index) else { return index + 1 }
        return found.accept(IPAddressDetector.matchV6(text, at: index)) ?? index + 1
    }

    private func scanSlash(at index: Int, _ found: inout Found) -> Int {
        guard index >= found.examinedLinkEnd, text.isWordScalar(endingBefore: index) else { return index + 1 }
        let link = ProfileLinkDetector.matchBare(text, slashIndex: index)
        found.examinedLinkEnd = link.tokenEnd
        if let detection = link.detection {
            found.add(detection)
            return detection.end
        }
        return index + 1
    }
}
