/// Splits text into words, numbers, emoji, emoticons, URLs, handles and boundary punctuation,
/// working on `Unicode.Scalar`s with one forward pass (no regular expressions, no
/// `String.Index` arithmetic). Words are lowercased into a shared scalar buffer; letters
/// repeated three or more times are cut to two ("suuuper" → "suuper"; the lexicon lookup
/// tries one as well), hyphens inside compounds are removed and their position remembered.
struct Tokenizer: Sendable {
    /// Emoticons come from emoji.tsv, so the tokeniser knows which ASCII runs are faces.
    let emoticons: EmoticonMatcher

    init(emoji: EmojiLexicon) {
        emoticons = EmoticonMatcher(emoji)
    }

    /// Letters repeated at least this often count as elongation ("sooo"): German and English
    /// spell no word with a letter three times in a row (compounds like "Schifffahrt" aside,
    /// which still resolve because two letters are kept).
    static let elongationRun = 3

    func tokenize(_ text: String) -> TokenizedText {
        var text = text
        var result = TokenizedText()
        // The decoded source, the normalised text and the tokens live in one temporary
        // allocation while tokenising and are written through pointers: the normalised text is
        // never longer than the source (words are lowercased scalar for scalar, elongations and
        // hyphens dropped, URLs and handles keep nothing), and every token consumes at least
        // one source scalar (so there are at most as many tokens as UTF-8 bytes). The result's
        // arrays are then filled in one copy each: `[T](unsafeUninitializedCapacity:)` went
        // through the unspecialised allocator, a generic-metadata lookup per array and text
        // (about 800 instructions each), where `reserveCapacity` and `append(contentsOf:)` are
        // specialised.
        let byteCount = max(1, text.utf8.count)
        let tokenBytes = (byteCount + 1) * MemoryLayout<Token>.stride
        let scalarBytes = 2 * byteCount * MemoryLayout<Unicode.Scalar>.stride
        withUnsafeTemporaryAllocation(byteCount: tokenBytes + scalarBytes, alignment: MemoryLayout<Token>.alignment) { raw in
            // Tokens first: their stride is a multiple of their alignment, which is at least a
            // scalar's, so the scalars that follow are aligned as well.
            let tokens = UnsafeMutableBufferPointer(
                start: raw.baseAddress!.bindMemory(to: Token.self, capacity: byteCount + 1), count: byteCount + 1)
            let scalars = UnsafeMutableBufferPointer(
                start: (raw.baseAddress! + tokenBytes).bindMemory(to: Unicode.Scalar.self, capacity: 2 * byteCount),
                count: 2 * byteCount)
            let decoded = UnsafeMutableBufferPointer(rebasing: scalars[..<byteCount])
            let output = UnsafeMutableBufferPointer(rebasing: scalars[byteCount...])
            let count = text.withUTF8 { Self.decode($0, into: decoded) }
            let input = UnsafeBufferPointer(rebasing: decoded[..<count])
            var builder = Builder(source: input, output: output, tokens: tokens, emoticons: emoticons)
            builder.run()
            builder.finishSentences()
            result.scalars.reserveCapacity(builder.written)
            result.scalars.append(contentsOf: UnsafeBufferPointer(rebasing: output[..<builder.written]))
            result.tokens.reserveCapacity(builder.tokenCount)
            result.tokens.append(contentsOf: UnsafeBufferPointer(rebasing: tokens[..<builder.tokenCount]))
            result.sentences = builder.sentences
            result.hasLowercase = builder.hasLowercase
        }
        return result
    }

    /// The text's scalars, decoded straight from its UTF-8 storage (native strings are
    /// valid UTF-8 and contiguous); the scalar view's iterator costs several times more.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
                initialized = decode(bytes, into: buffer)
            }
        }
    }

    /// Decodes valid UTF-8 into `buffer` (at least one scalar per byte of room); returns the
    /// number of scalars written.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<Unicode.Scalar>) -> Int {
        let count = bytes.count
        var read = 0, written = 0
        let base = UnsafeRawPointer(bytes.baseAddress)
        while read < count {
            // ASCII runs (most of German and English text): eight bytes per test while no high
            // bit is set, then one byte per scalar.
            if let base {
                while read + 8 <= count {
                    let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: read, as: UInt64.self))
                    guard word & 0x8080_8080_8080_8080 == 0 else { break }
                    for shift in stride(from: 0, to: 64, by: 8) {
                        buffer[written] = Unicode.Scalar(UInt8(truncatingIfNeeded: word >> UInt64(shift)))
                        written &+= 1
                    }
                    read &+= 8
                }
            }
            while read < count && bytes[read] < 0x80 {
                buffer[written] = Unicode.Scalar(bytes[read])
                read += 1
                written += 1
            }
            guard read < count else { break }
            let lead = UInt32(bytes[read])
            var value: UInt32
            if lead < 0xE0 {
                value = (lead & 0x1F) << 6 | UInt32(bytes[read + 1] & 0x3F)
                read += 2
            } else if lead < 0xF0 {
                value = (lead & 0x0F) << 12 | UInt32(bytes[read + 1] & 0x3F) << 6 | UInt32(bytes[read + 2] & 0x3F)
                read += 3
            } else {
                value = (lead & 0x07) << 18 | UInt32(bytes[read + 1] & 0x3F) << 12
                    | UInt32(bytes[read + 2] & 0x3F) << 6 | UInt32(bytes[read + 3] & 0x3F)
                read += 4
            }
            // A native string holds valid UTF-8, so `value` is a valid scalar.
            buffer[written] = unsafeBitCast(value, to: Unicode.Scalar.self)
            written += 1
        }
        return written
    }

    /// Mutable state of one tokenisation.
    private struct Builder {
        /// Valid for the duration of `tokenize`.
        let source: UnsafeBufferPointer<Unicode.Scalar>
        /// The normalised scalars: `written` of them are initialised.
        let output: UnsafeMutableBufferPointer<Unicode.Scalar>
        var written = 0
        /// The tokens: `tokenCount` of them are initialised (`Token` is a trivial type).
        let tokens: UnsafeMutableBufferPointer<Token>
        var tokenCount = 0
        /// The emoticon table, asked only for runs that start with one of `emoticonStarts`
        /// (copied out of it, so that the per-scalar test reads no object).
        let emoticons: EmoticonMatcher
        let emoticonStarts: ASCIIScalarSet
        var sentences: [TokenizedText.Sentence] = []
        var hasLowercase = false
        var index = 0
        var sentence: Int32 = 0
        var clause: Int32 = 0

        init(
            source: UnsafeBufferPointer<Unicode.Scalar>, output: UnsafeMutableBufferPointer<Unicode.Scalar>,
            tokens: UnsafeMutableBufferPointer<Token>, emoticons: EmoticonMatcher
        ) {
            self.source = source
            self.output = output
            self.tokens = tokens
            self.emoticons = emoticons
            emoticonStarts = emoticons.starts
        }

        @inline(__always)
        var lastToken: Token? { tokenCount > 0 ? tokens[tokenCount - 1] : nil }

        @inline(__always) mutating func write(_ scalar: Unicode.Scalar) {
            output[written] = scalar
            written += 1
        }

        @inline(__always) func at(_ position: Int) -> Unicode.Scalar? {
            position < source.count ? source[position] : nil
        }

        mutating func run() {
            while index < source.count {
                let scalar = source[index]
                if ScalarText.isWhitespace(scalar) {
                    if scalar == "\n" { endSentence(at: index, exclamations: 0, questionMarks: 0) }
                    index += 1
                } else if scalar == "h" || scalar == "w" || scalar == "H" || scalar == "W", let end = urlEnd() {
                    emitOpaque(.url, until: end)
                } else if scalar == "@", let next = at(index + 1), isHandleScalar(next) {
                    var end = index + 1
                    while let s = at(end), isHandleScalar(s) { end += 1 }
                    emitOpaque(.handle, until: end)
                } else if scalar == "#", let next = at(index + 1), ScalarText.isLetter(next) {
                    readHashtag()
                } else if emoticonStarts.contains(scalar), atTokenStart(), let length = emoticonLength() {
                    emitCopied(.emoticon, from: index, count: length)
                    index += length
                } else if ScalarText.isLetter(scalar) {
                    readWord(flags: [])
                } else if ScalarText.isDigit(scalar) {
                    readNumber()
                } else if ScalarText.isEmojiStart(scalar) {
                    readEmoji()
                } else {
                    readPunctuation(scalar)
                }
            }
        }

        // MARK: Words

        mutating func readWord(flags extra: Token.Flags, stopAtCamelCase: Bool = false) {
            // The loop works on local copies of the positions (written back at the end), so
            // they stay in registers instead of being reloaded through `self` per scalar.
            let source = self.source, output = self.output, count = source.count
            let begin = index
            let start = written
            var position = index, end = written
            var hash = TermHash()
            var upper = 0, lower = 0
            var flags = extra
            var hyphenOffset: Int16 = -1
            var previous: Unicode.Scalar = " "
            var run = 0
            while position < count {
                // ASCII letters and digits, most of every word, in a loop of their own.
                if source[position].value < 0x80 {
                    var state = ASCIIRun(
                        hash: hash.value, upper: upper, lower: lower, previous: previous.value, run: run, elongated: false)
                    Self.readASCIIRun(source, position: &position, output, end: &end, stopAtUppercase: stopAtCamelCase, &state)
                    hash = TermHash(continuing: state.hash)
                    upper = state.upper
                    lower = state.lower
                    previous = unsafeBitCast(state.previous, to: Unicode.Scalar.self)  // a scalar it was given or read
                    run = state.run
                    if state.elongated { flags.insert(.elongated) }
                    guard position < count else { break }
                }
                let scalar = source[position]
                let isLetter = ScalarText.isLetter(scalar)
                if isLetter || ScalarText.isDigit(scalar) {
                    let isUpper = isLetter && ScalarText.isUppercase(scalar)
                    if stopAtCamelCase, isUpper, position > begin, ScalarText.isLetter(source[position - 1]),
                        !ScalarText.isUppercase(source[position - 1]) { break }
                    if isUpper { upper += 1 } else if isLetter { lower += 1 }
                    let lowered = ScalarText.lowercased(scalar)
                    run = lowered == previous ? run + 1 : 1
                    previous = lowered
                    if run >= Tokenizer.elongationRun && ScalarText.isLetter(lowered) {
                        flags.insert(.elongated)
                    } else {
                        output[end] = lowered
                        end += 1
                        hash.add(lowered)
                    }
                    position += 1
                } else if (scalar == "'" || scalar == "\u{2019}"), position + 1 < count, ScalarText.isLetter(source[position + 1]),
                    !stopAtCamelCase {
                    output[end] = "'"
                    end += 1
                    hash.add("'")
                    previous = "'"
                    position += 1
                } else if (scalar == "-" || scalar == "\u{2010}"), position + 1 < count, ScalarText.isLetter(source[position + 1]),
                    !stopAtCamelCase {
                    hyphenOffset = Int16(clamping: end - start)
                    previous = "-"
                    position += 1
                } else {
                    break
                }
            }
            index = position
            written = end
            if upper >= 2 && lower == 0 { flags.insert(.allCaps) }
            if ScalarText.isUppercase(source[begin]) { flags.insert(.capitalized) }
            if lower > 0 { hasLowercase = true }
            // "xD" and "XD" read as words first; the emoticon table decides.
            if !stopAtCamelCase, !source[begin].isASCII || emoticonStarts.contains(source[begin]),
                emoticons.mayContinue(begin + 1 < index ? source[begin + 1] : nil), emoticons.isEmoticon(source[begin..<index]) {
                written = start
                emitCopied(.emoticon, from: begin, count: index - begin)
                return
            }
            var token = Token(kind: .word, start: Int32(start), end: Int32(written), key: hash.value, flags: flags)
            token.hyphenOffset = hyphenOffset
            append(token)
        }

        /// What `readWord` tracks while reading a word, for `readASCIIRun`.
        struct ASCIIRun {
            var hash: UInt64
            var upper: Int
            var lower: Int
            var previous: UInt32
            var run: Int
            var elongated: Bool
        }

        /// Takes ASCII letters and digits from `position` on, exactly as `readWord`'s general
        /// branch does (lowercased, hashed, letters beyond `Tokenizer.elongationRun` dropped),
        /// and stops at the first other scalar, or at an uppercase letter when `stopAtUppercase`
        /// (hashtags split there; `readWord` decides). A function of its own so that its few
        /// variables stay in registers: inside `readWord` the loop cost about three times as
        /// many instructions per letter.
        @inline(never)
        static func readASCIIRun(
            _ source: UnsafeBufferPointer<Unicode.Scalar>, position: inout Int,
            _ output: UnsafeMutableBufferPointer<Unicode.Scalar>, end: inout Int, stopAtUppercase: Bool, _ state: inout ASCIIRun
        ) {
            var read = position, written = end
            var hash = state.hash, upper = state.upper, lower = state.lower
            var previous = state.previous, run = state.run, elongated = state.elongated
            let count = source.count
            while read < count {
                let value = source[read].value
                // Lowercase letters first: most scalars of a word take only this test.
                // Wrapping additions: the counts are bounded by the text length, and the overflow
                // checks were a tenth of the loop.
                let lowered: UInt32
                let isLetter: Bool
                if value &- 0x61 < 26 {
                    lower &+= 1
                    lowered = value
                    isLetter = true
                } else if value &- 0x41 < 26 {
                    if stopAtUppercase { break }
                    upper &+= 1
                    lowered = value | 0x20
                    isLetter = true
                } else if value &- 0x30 < 10 {
                    lowered = value
                    isLetter = false
                } else {
                    break  // any other scalar, ASCII or not
                }
                run = lowered == previous ? run &+ 1 : 1
                previous = lowered
                if run >= Tokenizer.elongationRun && isLetter {
                    elongated = true
                } else {
                    output[written] = Unicode.Scalar(UInt8(truncatingIfNeeded: lowered))
                    written &+= 1
                    hash = (hash ^ UInt64(lowered)) &* TermHash.prime
                }
                read &+= 1
            }
            position = read
            end = written
            state = ASCIIRun(hash: hash, upper: upper, lower: lower, previous: previous, run: run, elongated: elongated)
        }

        /// "#BahnChaos" → "bahn", "chaos": camel case and underscores separate the words.
        mutating func readHashtag() {
            index += 1
            while let scalar = at(index), ScalarText.isLetter(scalar) || ScalarText.isDigit(scalar) || scalar == "_" {
                if scalar == "_" { index += 1; continue }
                readWord(flags: .hashtag, stopAtCamelCase: true)
            }
        }

        // MARK: Numbers, emoji, opaque tokens

        mutating func readNumber() {
            let begin = index
            while let scalar = at(index) {
                if ScalarText.isDigit(scalar) {
                    index += 1
                } else if scalar == "." || scalar == "," || scalar == ":", let next = at(index + 1), ScalarText.isDigit(next) {
                    index += 1
                } else {
                    break
                }
            }
            // "5x", "10min": letters glued to a number belong to it.
            while let scalar = at(index), ScalarText.isLetter(scalar) { index += 1 }
            emitCopied(.number, from: begin, count: index - begin)
        }

        /// One emoji cluster: base, optional VS16/skin tone, ZWJ-joined followers, flag pairs.
        /// Modifiers are dropped from the buffer so "👍🏽" looks up "👍".
        mutating func readEmoji() {
            let start = written
            var hash = TermHash()
            func take(_ scalar: Unicode.Scalar) { write(scalar); hash.add(scalar) }
            let first = source[index]
            take(first)
            index += 1
            let isFlag = first.value >= 0x1F1E6 && first.value <= 0x1F1FF
            if isFlag, let next = at(index), next.value >= 0x1F1E6 && next.value <= 0x1F1FF {
                take(next)
                index += 1
            }
            while let scalar = at(index) {
                if ScalarText.isEmojiModifier(scalar) || scalar.value == 0x20E3 || (scalar.value >= 0xE0020 && scalar.value <= 0xE007F) {
                    index += 1
                } else if scalar == ScalarText.zeroWidthJoiner, let next = at(index + 1),
                    ScalarText.isEmojiStart(next) || next.value == 0x2640 || next.value == 0x2642 {
                    take(scalar)
                    take(next)
                    index += 2
                } else {
                    break
                }
            }
            append(Token(kind: .emoji, start: Int32(start), end: Int32(written), key: hash.value))
        }

        mutating func emitCopied(_ kind: Token.Kind, from begin: Int, count: Int) {
            let start = written
            var hash = TermHash()
            for scalar in source[begin..<(begin + count)] {
                write(scalar)
                hash.add(scalar)
            }
            // Emoticons are keyed case-insensitively (":D" is listed as ":d").
            let key = kind == .emoticon ? EmojiLexicon.emoticonKey(output[start..<written]) : hash.value
            append(Token(kind: kind, start: Int32(start), end: Int32(written), key: key))
        }

        /// URLs and handles keep no scalars: they carry no sentiment and no language.
        mutating func emitOpaque(_ kind: Token.Kind, until end: Int) {
            let position = Int32(written)
            append(Token(kind: kind, start: position, end: position, key: 0))
            index = end
        }

        /// `.,!?;`: punctuation that may directly follow an emoticon.
        @inline(__always)
        static func isEmoticonFollower(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case ".", ",", "!", "?", ";": return true
            default: return false
            }
        }

        @inline(__always)
        static func isExclamationOrQuestion(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case "!", "?", "\u{203C}", "\u{2049}", "\u{FF01}", "\u{FF1F}": return true
            default: return false
            }
        }

        func isHandleScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "_" || ScalarText.isDigit(scalar) || (scalar.isASCII && ScalarText.isLetter(scalar))
        }

        func atTokenStart() -> Bool {
            index == 0 || ScalarText.isWhitespace(source[index - 1]) || source[index - 1] == "(" || source[index - 1] == "\""
        }

        func emoticonLength() -> Int? {
            guard emoticons.mayContinue(at(index + 1)) else { return nil }
            for length in emoticons.lengths where index + length <= source.count {
                let end = index + length
                // An emoticon must stand alone: followed by space, end, or sentence punctuation.
                if let after = at(end), !(ScalarText.isWhitespace(after) || Self.isEmoticonFollower(after)) {
                    continue
                }
                if emoticons.isEmoticon(source[index..<end]) { return length }
            }
            return nil
        }

        // MARK: Boundaries

        /// `!`/`?` runs end sentences and count toward emphasis; `.` ends a sentence only before
        /// whitespace or the end ("z.B." and "3.5" stay inside); `,;:()` and dashes end clauses.
        mutating func readPunctuation(_ scalar: Unicode.Scalar) {
            switch scalar {
            case "!", "?", "\u{203C}", "\u{2049}", "\u{FF01}", "\u{FF1F}":
                var exclamations = 0, questionMarks = 0
                while let next = at(index) {
                    switch next {
                    case "!", "\u{FF01}": exclamations += 1
                    case "?", "\u{FF1F}": questionMarks += 1
                    case "\u{203C}": exclamations += 2
                    case "\u{2049}": exclamations += 1; questionMarks += 1
                    case "1" where exclamations > 0: exclamations += 1  // "!!!111"
                    default: break
                    }
                    guard Self.isExclamationOrQuestion(next) || (next == "1" && exclamations > 0) else { break }
                    index += 1
                }
                endSentence(at: index, exclamations: exclamations, questionMarks: questionMarks)
            case ".", "\u{2026}", "\u{3002}":
                var end = index
                while let next = at(end), next == "." || next == "\u{2026}" { end += 1 }
                let after = at(end)
                let isEllipsis = end - index > 1 || scalar != "."
                index = end
                // "z.B. ", "d.h. ": a dot after a single letter is an abbreviation.
                if !isEllipsis, let last = lastToken, last.kind == .word, last.length <= 1 { return }
                if after == nil || ScalarText.isWhitespace(after!) || after == "\"" || after == ")" || isEllipsis {
                    endSentence(at: index, exclamations: 0, questionMarks: 0)
                }
            case ",", ";", ":", "(", ")", "[", "]", "\u{2013}", "\u{2014}", "/", "|":
                index += 1
                endClause()
            case "-" where index + 1 < source.count && ScalarText.isWhitespace(source[index + 1]):
                index += 1
                endClause()
            default:
                index += 1
            }
        }

        mutating func endSentence(at position: Int, exclamations: Int, questionMarks: Int) {
            // Consecutive boundaries ("?!" then a line break) merge into the first.
            if let last = lastToken, last.flags.contains(.sentenceEnd) {
                tokens[tokenCount - 1].exclamations &+= UInt8(clamping: exclamations)
                tokens[tokenCount - 1].questionMarks &+= UInt8(clamping: questionMarks)
                return
            }
            guard tokenCount > 0 else { return }
            let here = Int32(written)
            var token = Token(kind: .punctuation, start: here, end: here, key: 0, flags: [.sentenceEnd, .clauseEnd])
            token.exclamations = UInt8(clamping: exclamations)
            token.questionMarks = UInt8(clamping: questionMarks)
            append(token)
            sentence += 1
            clause += 1
        }

        mutating func endClause() {
            guard let last = lastToken, !last.flags.contains(.clauseEnd) else { return }
            let here = Int32(written)
            append(Token(kind: .punctuation, start: here, end: here, key: 0, flags: .clauseEnd))
            clause += 1
        }

        mutating func append(_ token: Token) {
            var token = token
            token.sentence = sentence
            token.clause = clause
            precondition(tokenCount < tokens.count, "more tokens than source scalars")
            tokens[tokenCount] = token
            tokenCount += 1
        }

        mutating func finishSentences() {
            let tokens = UnsafeBufferPointer(rebasing: self.tokens[..<tokenCount])
            var ends = 1
            for token in tokens where token.flags.contains(.sentenceEnd) { ends += 1 }
            sentences.reserveCapacity(ends)
            var first = 0
            for (position, token) in tokens.enumerated() where token.flags.contains(.sentenceEnd) {
                sentences.append(.init(
                    firstToken: first, endToken: position + 1, exclamations: Int(token.exclamations),
                    endsWithQuestionMark: token.questionMarks > 0))
                first = position + 1
            }
            if first < tokens.count {
                sentences.append(.init(
                    firstToken: first, endToken: tokens.count, exclamations: 0, endsWithQuestionMark: false))
            }
        }

        static let http: [Unicode.Scalar] = Array("http://".unicodeScalars)
        static let https: [Unicode.Scalar] = Array("https://".unicodeScalars)
        static let www: [Unicode.Scalar] = Array("www.".unicodeScalars)

        /// `http://`, `https://` or `www.` up to the next whitespace.
        func urlEnd() -> Int? {
            func matches(_ literal: [Unicode.Scalar]) -> Bool {
                var position = index
                for expected in literal {
                    guard let scalar = at(position), ScalarText.lowercased(scalar) == expected else { return false }
                    position += 1
                }
                return true
            }
            // Most words starting with h or w are not links: the second scalar decides cheaply.
            guard let second = at(index + 1).map(ScalarText.lowercased), second == "t" || second == "w" else { return nil }
            guard matches(Self.http) || matches(Self.https) || matches(Self.www) else { return nil }
            var end = index
            while let scalar = at(end), !ScalarText.isWhitespace(scalar) { end += 1 }
            return end
        }
    }
}
