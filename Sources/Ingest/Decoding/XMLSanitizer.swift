/// Repairs UTF-8 XML chunk by chunk before libxml2 sees it:
/// - the XML declaration is rewritten to say UTF-8 (we transcoded; the old label would make
///   libxml2 decode twice) and leading whitespace or junk before the first `<` is dropped
///   (XML 1.0 §2.8 allows nothing before the declaration; PHP warnings end up there);
/// - characters illegal in XML 1.0 (§2.2: C0 controls other than TAB/LF/CR, U+FFFE, U+FFFF) are removed;
/// - named references become numeric ones outside CDATA: HTML entities (`&hellip;`) are
///   undefined in XML and libxml2 2.9.14 drops them in recover mode, and after any recovered
///   error it drops even `&amp;`; numeric references survive both;
/// - a bare `&` ("AT&T", unescaped query strings) becomes `&#38;` instead of a fatal error;
/// - `&#128;`–`&#159;` become the windows-1252 characters their authors meant.
/// Carries a short tail between chunks so no construct is split.
///
/// For `FastXMLScanner`, which decodes XML's five predefined entities itself and never runs
/// in recover mode, those stay as they are (`keepsPredefinedEntities`): escaped HTML content
/// is full of `&lt;` and `&gt;`, and rewriting each was a third of the sanitizer's time.
struct XMLSanitizer {
    private enum State {
        case start, text, cdata, comment
    }

    /// Leaves `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` as they are instead of making them numeric.
    let keepsPredefinedEntities: Bool

    init(keepsPredefinedEntities: Bool = false) {
        self.keepsPredefinedEntities = keepsPredefinedEntities
    }

    private var state = State.start
    private var carry: [UInt8] = []
    /// True once something malformed (not merely HTML entities) had to be repaired.
    private(set) var repairedMalformedInput = false
    /// Longest construct we need to see whole: `&thetasym;`, `&#x10FFFF;`, `<![CDATA[`.
    private static let lookahead = 16

    private static let amp = UInt8(ascii: "&"), lt = UInt8(ascii: "<")

    /// Bytes that never start anything the sanitizer rewrites or tracks: not a control
    /// character, `&`, `<`, `]`, `-`, nor the lead byte of U+FFFE/U+FFFF.
    private static let ordinaryBytes: [Bool] = (0...255).map { value in
        value >= 0x20 && value != Int(amp) && value != Int(lt) && value != 0xEF
            && value != Int(UInt8(ascii: "]")) && value != Int(UInt8(ascii: "-"))
    }

    /// Appends the repaired form of `input` to `output`.
    mutating func process(_ input: UnsafeRawBufferPointer, isLast: Bool, into output: inout [UInt8]) {
        if carry.isEmpty {
            let typed = UnsafeBufferPointer(start: input.baseAddress?.assumingMemoryBound(to: UInt8.self), count: input.count)
            run(typed, isLast: isLast, into: &output)
        } else {
            var joined = carry
            joined.append(contentsOf: input)
            carry.removeAll(keepingCapacity: true)
            joined.withUnsafeBufferPointer { run($0, isLast: isLast, into: &output) }
        }
    }

    private mutating func run(_ input: UnsafeBufferPointer<UInt8>, isLast: Bool, into output: inout [UInt8]) {
        let count = input.count
        let limit = isLast ? count : max(0, count - XMLSanitizer.lookahead)
        var index = 0
        output.reserveCapacity(output.count + count + count / 16)
        if state == .start {
            guard let afterPrologue = startOfDocument(input, isLast: isLast, into: &output) else {
                if !isLast { carry.append(contentsOf: input) }
                return
            }
            index = afterPrologue
            state = .text
        }
        let ordinary = XMLSanitizer.ordinaryBytes
        var runStart = index
        func flushRun(_ end: Int) {
            if end > runStart { output.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<end])) }
        }
        while index < limit {
            let byte = input[index]
            // Fast path: ordinary bytes are copied in runs (one table load per byte).
            if ordinary[Int(byte)] {
                index += 1
                continue
            }
            if byte < 0x20 {
                if byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    index += 1
                    continue
                }
                flushRun(index)
                repairedMalformedInput = true
                index += 1
                runStart = index
                continue
            }
            if byte == 0xEF, index + 2 < count, input[index + 1] == 0xBF, input[index + 2] == 0xBE || input[index + 2] == 0xBF {
                flushRun(index)  // U+FFFE / U+FFFF
                repairedMalformedInput = true
                index += 3
                runStart = index
                continue
            }
            switch state {
            case .text:
                if byte == XMLSanitizer.amp {
                    if keepsPredefinedEntities, let length = XMLSanitizer.predefinedEntityLength(input, at: index) {
                        index += length  // stays in the run being copied
                        continue
                    }
                    flushRun(index)
                    index += rewriteReference(input, at: index, into: &output)
                    runStart = index
                } else if byte == XMLSanitizer.lt {
                    if HTMLText.hasPrefix(input, at: index, "<![CDATA[") {
                        state = .cdata
                        index += 9
                    } else if HTMLText.hasPrefix(input, at: index, "<!--") {
                        state = .comment
                        index += 4
                    } else {
                        index += 1
                    }
                } else {
                    index += 1
                }
            case .cdata:
                if byte == UInt8(ascii: "]"), HTMLText.hasPrefix(input, at: index, "]]>") {
                    state = .text
                    index += 3
                } else {
                    index += 1
                }
            case .comment:
                if byte == UInt8(ascii: "-"), HTMLText.hasPrefix(input, at: index, "-->") {
                    state = .text
                    index += 3
                } else {
                    index += 1
                }
            case .start:
                index += 1
            }
        }
        flushRun(min(index, count))
        if index < count { carry.append(contentsOf: input[index..<count]) }
    }

    /// Drops what precedes the first `<` and rewrites the XML declaration. Returns the index
    /// where normal processing continues, or nil when more input is needed.
    private mutating func startOfDocument(
        _ input: UnsafeBufferPointer<UInt8>, isLast: Bool, into output: inout [UInt8]
    ) -> Int? {
        guard let first = input.firstIndex(of: XMLSanitizer.lt) else {
            return isLast ? input.count : nil
        }
        if input[..<first].contains(where: { $0 > 0x20 }) { repairedMalformedInput = true }
        let declaration = UnsafeBufferPointer(rebasing: input[first...])
        guard HTMLText.hasPrefix(declaration, at: 0, "<?xml"), declaration.count > 5,
            [0x20, 0x09, 0x0A, 0x0D].contains(declaration[5])
        else { return first }
        guard let end = HTMLText.find(declaration, "?>", from: 5), end < 512 else {
            return isLast ? first : (input.count < 512 ? nil : first)
        }
        output.append(contentsOf: Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".utf8))
        return first + end + 2
    }

    /// True when the sanitizer would change nothing but references, which `FastXMLScanner`
    /// decodes itself: the document starts (after whitespace) with `<`, and holds no character
    /// illegal in XML (C0 controls other than TAB/LF/CR, U+FFFE, U+FFFF). One pass, eight
    /// bytes at a time where none is a control character or 0xEF.
    /// `holdsCharacterIllegalInXML`, when known (`CharsetDetector` learns it while validating
    /// UTF-8), saves the pass over the characters.
    static func needsNoRepair(_ body: UnsafeRawBufferPointer, holdsCharacterIllegalInXML: Bool? = nil) -> Bool {
        let bytes = body.bindMemory(to: UInt8.self)
        let count = bytes.count
        if let first = bytes.firstIndex(where: { !Whitespace.isSpace($0) }), bytes[first] != lt { return false }
        if let holdsCharacterIllegalInXML { return !holdsCharacterIllegalInXML }
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = WordTest.load(bytes, at: index)
                if !WordTest.hasBelow(word, 0x20), !WordTest.has(word, 0xEF) {
                    index += 8
                    continue
                }
            }
            let end = min(index + 8, count)
            while index < end {
                let byte = bytes[index]
                if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return false }
                if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return false }
                index += 1
            }
        }
        return true
    }

    /// Length of `&lt;`, `&gt;`, `&amp;`, `&quot;` or `&apos;` at `start` (which holds `&`), else nil.
    @inline(__always)
    static func predefinedEntityLength(_ input: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        let count = input.count
        guard start + 3 < count else { return nil }
        let first = input[start + 1], second = input[start + 2], third = input[start + 3]
        if second == UInt8(ascii: "t"), third == UInt8(ascii: ";"), first == UInt8(ascii: "l") || first == UInt8(ascii: "g") {
            return 4
        }
        guard start + 4 < count else { return nil }
        let fourth = input[start + 4]
        if first == UInt8(ascii: "a"), second == UInt8(ascii: "m"), third == UInt8(ascii: "p"), fourth == UInt8(ascii: ";") {
            return 5
        }
        guard start + 5 < count, input[start + 5] == UInt8(ascii: ";") else { return nil }
        if first == UInt8(ascii: "q"), second == UInt8(ascii: "u"), third == UInt8(ascii: "o"), fourth == UInt8(ascii: "t") {
            return 6
        }
        if first == UInt8(ascii: "a"), second == UInt8(ascii: "p"), third == UInt8(ascii: "o"), fourth == UInt8(ascii: "s") {
            return 6
        }
        return nil
    }

    /// The character `&lt;` … `&apos;` stand for, by the length and second byte of the reference.
    @inline(__always)
    static func predefinedEntityValue(_ input: UnsafeBufferPointer<UInt8>, at start: Int, length: Int) -> UInt8 {
        switch (length, input[start + 1]) {
        case (4, UInt8(ascii: "l")): return UInt8(ascii: "<")
        case (4, _): return UInt8(ascii: ">")
        case (5, _): return UInt8(ascii: "&")
        case (6, UInt8(ascii: "q")): return UInt8(ascii: "\"")
        default: return UInt8(ascii: "'")
        }
    }

    /// Writes the replacement for the `&` at `start` and returns how many input bytes it consumed.
    private mutating func rewriteReference(
        _ input: UnsafeBufferPointer<UInt8>, at start: Int, into output: inout [UInt8]
    ) -> Int {
        let count = input.count
        var index = start + 1
        if index < count, input[index] == UInt8(ascii: "#") {
            guard let (value, length) = EntityReference.decode(input, at: start),
                input[start + length - 1] == UInt8(ascii: ";")
            else {
                return escapedAmpersand(into: &output)
            }
            if XMLSanitizer.isLegalXMLChar(value) {
                appendNumericReference(value, into: &output)
            } else {
                repairedMalformedInput = true
            }
            return length
        }
        let nameStart = index
        while index < count, index - nameStart <= 32, XMLSanitizer.isNameByte(input[index]) { index += 1 }
        guard index > nameStart, index < count, input[index] == UInt8(ascii: ";") else {
            return escapedAmpersand(into: &output)
        }
        let name = UnsafeBufferPointer(rebasing: input[nameStart..<index])
        if let value = HTMLEntities.codePoint(forName: name) {
            appendNumericReference(value, into: &output)
        } else {
            // Possibly declared in the internal DTD subset: libxml2 resolves it (or drops it).
            output.append(contentsOf: UnsafeBufferPointer(rebasing: input[start...index]))
        }
        return index + 1 - start
    }

    private mutating func escapedAmpersand(into output: inout [UInt8]) -> Int {
        repairedMalformedInput = true
        output.append(contentsOf: [0x26, 0x23, 0x33, 0x38, 0x3B])  // "&#38;"
        return 1
    }

    private func appendNumericReference(_ value: UInt32, into output: inout [UInt8]) {
        output.append(0x26)
        output.append(0x23)
        var divisor: UInt32 = 1
        while divisor * 10 <= value { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            output.append(UInt8(48 + rest / divisor))
            rest %= divisor
            divisor /= 10
        }
        output.append(0x3B)
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        EntityReference.isAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    /// XML 1.0 §2.2 `Char` production.
    static func isLegalXMLChar(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
