/// HTML fragment to plain text on UTF-8 bytes (no DOM, no regular expressions): drops script,
/// style and comments, keeps paragraph and line breaks, decodes entities, collapses whitespace.
/// Feed bodies are fragments, often broken ("<p>unclosed", stray "<"), so every construct
/// degrades to text rather than failing.
public enum HTMLText {
    /// Plain text of an HTML fragment, keeping paragraph (`\n\n`) and line (`\n`) breaks.
    public static func plainText(fromHTML html: String) -> String {
        plainText(fromHTML: Array(html.utf8), keepsBreaks: true)
    }

    /// One line of text (titles, names): like `plainText(fromHTML:)` with breaks as spaces.
    /// Entities are decoded up to twice, because feeds escape titles twice (`&amp;amp;`).
    public static func singleLine(fromHTML html: String) -> String {
        if isFinished(html, isHTML: true) { return html }
        return singleLine(fromHTML: Array(html.utf8))
    }

    static func singleLine(fromHTML bytes: [UInt8]) -> String {
        // Most titles are plain text already: one check instead of a conversion and a copy.
        if bytes.withUnsafeBufferPointer({ isFinished($0, isHTML: true) }) { return String(decoding: bytes, as: UTF8.self) }
        var once = plainText(fromHTML: bytes, keepsBreaks: false)
        guard once.withUTF8({ ByteSearch.contains(UInt8(ascii: "&"), in: $0, from: 0, to: $0.count) }) else { return once }
        return plainText(fromHTML: Array(once.utf8), keepsBreaks: false)
    }

    /// Plain text of text that is not HTML (Atom `type="text"`): only whitespace is collapsed.
    public static func collapsingWhitespace(_ text: String, keepsBreaks: Bool = false) -> String {
        if isFinished(text, isHTML: false) { return text }
        return collapsingWhitespace(bytes: Array(text.utf8), keepsBreaks: keepsBreaks)
    }

    /// True when converting `text` would give it back unchanged, so it is returned as it is (no
    /// copy, no new string; most author names): single spaces between visible bytes, nothing
    /// below a space, no 0xC2 (lead byte of NBSP and SHY), and for HTML no `<` or `&`.
    static func isFinished(_ text: String, isHTML: Bool) -> Bool {
        var text = text
        return text.withUTF8 { isFinished($0, isHTML: isHTML) }
    }

    /// The same for UTF-8 bytes (whose invalid sequences either way become U+FFFD in the
    /// `String` made of them).
    static func isFinished(_ bytes: UnsafeBufferPointer<UInt8>, isHTML: Bool) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        if first == 0x20 || last == 0x20 { return false }
        var previousIsSpace = false
        // Eight bytes at a time: any byte below a space, 0xC2, `<` or `&`, or two spaces in a
        // row (inside the word, or the last byte before it and its first) end the check.
        var index = 0
        while index + 8 <= bytes.count {
            let word = WordTest.load(bytes, at: index)
            var stops = WordTest.markedBelow(word, 0x20) | WordTest.marked(word, 0xC2)
            if isHTML { stops |= WordTest.marked(word, lt) | WordTest.marked(word, amp) }
            let spaces = WordTest.exactlyMarked(word, 0x20)
            if stops != 0 || spaces & (spaces << 8) != 0 || (previousIsSpace && spaces & 0x80 != 0) { return false }
            previousIsSpace = spaces >> 63 != 0
            index += 8
        }
        for byte in UnsafeBufferPointer(rebasing: bytes[index...]) {
            if byte <= 0x20 {
                if byte != 0x20 || previousIsSpace { return false }
                previousIsSpace = true
                continue
            }
            previousIsSpace = false
            if byte == 0xC2 || (isHTML && (byte == lt || byte == amp)) { return false }
        }
        return true
    }

    static func collapsingWhitespace(bytes: [UInt8], keepsBreaks: Bool) -> String {
        if bytes.withUnsafeBufferPointer({ isFinished($0, isHTML: false) }) { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: collapsingWhitespaceBytes(bytes, keepsBreaks: keepsBreaks), as: UTF8.self)
    }

    static func plainText(fromHTML bytes: [UInt8], keepsBreaks: Bool) -> String {
        String(decoding: plainTextBytes(fromHTML: bytes, keepsBreaks: keepsBreaks), as: UTF8.self)
    }

    /// `collapsingWhitespace` as UTF-8 bytes (no `String` made).
    static func collapsingWhitespaceBytes(_ bytes: [UInt8], keepsBreaks: Bool) -> [UInt8] {
        var builder = HTMLTextBuilder(keepsBreaks: keepsBreaks, capacity: bytes.count)
        bytes.withUnsafeBufferPointer { builder.appendDecodedText($0) }
        return builder.finishBytes()
    }

    /// `plainText` as UTF-8 bytes (no `String` made).
    static func plainTextBytes(fromHTML bytes: [UInt8], keepsBreaks: Bool) -> [UInt8] {
        var builder = HTMLTextBuilder(keepsBreaks: keepsBreaks, capacity: bytes.count)
        bytes.withUnsafeBufferPointer { convert($0, into: &builder) }
        return builder.finishBytes()
    }

    private static let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), amp = UInt8(ascii: "&")

    static func convert(_ input: UnsafeBufferPointer<UInt8>, into builder: inout HTMLTextBuilder) {
        let count = input.count
        var index = 0
        var textStart = 0
        func flushText(upTo end: Int) {
            if end > textStart {
                builder.appendDecodedText(UnsafeBufferPointer(rebasing: input[textStart..<end]))
            }
        }
        // Positions of the next "&" and "<" (memchr), found again only once passed.
        var nextAmp = -1, nextLt = -1
        while index < count {
            if nextAmp < index { nextAmp = ByteSearch.first(amp, in: input, from: index, to: count) }
            if nextLt < index { nextLt = ByteSearch.first(lt, in: input, from: index, to: count) }
            index = min(nextAmp, nextLt)
            guard index < count else { break }
            if input[index] == amp {
                flushText(upTo: index)
                if let (value, length) = EntityReference.decode(input, at: index) {
                    builder.appendScalar(value)
                    index += length
                } else {
                    builder.appendScalar(UInt32(amp))
                    index += 1
                }
                textStart = index
            } else {  // "<": text before the tag goes out first: the tag may set a pending break.
                flushText(upTo: index)
                textStart = index
                if let next = markupEnd(input, at: index, builder: &builder) {
                    index = next
                    textStart = index
                } else {
                    index += 1
                }
            }
        }
        flushText(upTo: count)
    }

    /// Handles markup starting at `start` (a `<`); returns the index after it, or nil when the
    /// `<` is literal text ("a < b", or a tag never closed).
    private static func markupEnd(
        _ input: UnsafeBufferPointer<UInt8>, at start: Int, builder: inout HTMLTextBuilder
    ) -> Int? {
        let count = input.count
        guard start + 1 < count else { return nil }
        let next = input[start + 1]
        if next == UInt8(ascii: "!") {
            if hasPrefix(input, at: start, "<!--") {
                return find(input, "-->", from: start + 4).map { $0 + 3 } ?? count
            }
            if hasPrefix(input, at: start, "<![CDATA[") {
                let end = find(input, "]]>", from: start + 9) ?? count
                builder.appendDecodedText(UnsafeBufferPointer(rebasing: input[(start + 9)..<end]))
                return min(count, end + 3)
            }
            // An unclosed declaration ("<!DOCTYPE" cut off) is text, like an unclosed tag.
            return find(input, ">", from: start).map { $0 + 1 }
        }
        if next == UInt8(ascii: "?") {
            return find(input, ">", from: start).map { $0 + 1 }
        }
        let isEnd = next == UInt8(ascii: "/")
        let nameStart = isEnd ? start + 2 : start + 1
        guard nameStart < count, isASCIILetter(input[nameStart]) else { return nil }
        var nameEnd = nameStart
        var key = HTMLTextBuilder.TagKey()
        while nameEnd < count, isNameByte(input[nameEnd]) {
            key.append(input[nameEnd], at: nameEnd - nameStart)
            nameEnd += 1
        }
        guard let close = tagClose(input, from: nameEnd) else { return nil }
        let name = UnsafeBufferPointer(rebasing: input[nameStart..<nameEnd])
        let role = HTMLTextBuilder.role(of: key, length: name.count)
        let selfClosing = close > start && input[close - 1] == UInt8(ascii: "/")
        if role == .hidden, !isEnd, !selfClosing, isRawText(name) {
            // script/style content is raw text up to the matching end tag (HTML 4.01 §B.3.2).
            return rawTextEnd(input, name: name, from: close + 1)
        }
        if isEnd, name.count == 2, (name[0] | 0x20) == UInt8(ascii: "b"), (name[1] | 0x20) == UInt8(ascii: "r") {
            return close + 1  // `</br>` is not a second break
        }
        builder.tag(role, isEnd: isEnd, selfClosing: selfClosing)
        return close + 1
    }

    /// Index of the `>` ending a tag, skipping quoted attribute values.
    private static func tagClose(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        var quote: UInt8 = 0
        while index < input.count {
            let byte = input[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == gt {
                return index
            } else if byte == lt {
                return nil  // "<b <i>": the first is not a tag
            }
            index += 1
        }
        return nil
    }

    private static func isRawText(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        let lower = String(decoding: name, as: UTF8.self).lowercased()
        return lower == "script" || lower == "style" || lower == "textarea" || lower == "title"
            || lower == "noscript" || lower == "template"
    }

    private static func rawTextEnd(
        _ input: UnsafeBufferPointer<UInt8>, name: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> Int {
        var index = start
        while let candidate = find(input, "</", from: index) {
            var matches = candidate + 2 + name.count <= input.count
            var offset = 0
            while matches, offset < name.count {
                matches = (input[candidate + 2 + offset] | 0x20) == (name[offset] | 0x20)
                offset += 1
            }
            if matches {
                return tagClose(input, from: candidate + 2 + name.count).map { $0 + 1 } ?? input.count
            }
            index = candidate + 2
        }
        return input.count  // unclosed script: everything after it is script
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_")
    }

    static func hasPrefix(_ input: UnsafeBufferPointer<UInt8>, at start: Int, _ prefix: StaticString) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard start + length <= input.count else { return false }
        let bytes = prefix.utf8Start
        for offset in 0..<length where input[start + offset] != bytes[offset] { return false }
        return true
    }

    static func find(_ input: UnsafeBufferPointer<UInt8>, _ needle: StaticString, from start: Int) -> Int? {
        let length = needle.utf8CodeUnitCount
        let first = needle.utf8Start[0]
        let last = input.count - length  // the last index where the needle fits
        var index = start
        while index <= last {
            index = ByteSearch.first(first, in: input, from: index, to: last + 1)
            guard index <= last else { return nil }
            if hasPrefix(input, at: index, needle) { return index }
            index += 1
        }
        return nil
    }
}
