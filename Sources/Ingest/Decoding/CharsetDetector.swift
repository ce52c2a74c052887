/// Decides the character encoding of a fetched document, in the order feeds need
/// (RFC 7303 §3 for XML media types, adapted to what servers really send):
/// 1. a byte order mark; 2. the HTTP `charset`; 3. the XML declaration (or HTML `<meta>`);
/// 4. "valid UTF-8 is UTF-8"; 5. windows-1252.
/// A declared single-byte Latin charset loses against bytes that are valid UTF-8 with
/// multi-byte sequences: Apache's `AddDefaultCharset ISO-8859-1` and CMS templates declare
/// Latin-1 over UTF-8 content far more often than Latin-1 text happens to be valid UTF-8.
struct CharsetDetector {
    /// How the bytes are encoded and how many leading bytes are a BOM to skip.
    struct Detection: Equatable {
        var encoding: SourceEncoding
        var bomLength: Int
        /// Whether the bytes after the BOM hold a character XML 1.0 forbids, when detection
        /// read them all as valid UTF-8 (it always does for UTF-8); nil when it did not.
        var holdsCharacterIllegalInXML: Bool? = nil
    }

    /// Whether the document is XML (declaration) or HTML (`<meta charset>`).
    enum Markup {
        case xml, html
    }

    /// - Parameter assumedScan: what to take the UTF-8 pass as having found instead of making
    ///   it: a provisional answer in no time, confirmed later by a call without it.
    static func detect(
        _ bytes: UnsafeRawBufferPointer, contentType: String?, markup: Markup, assumedScan: UTF8Validation.Scan? = nil
    ) -> Detection {
        if let bom = byteOrderMark(bytes, assumedScan: assumedScan) { return bom }
        if markup == .xml, let unmarked = unmarkedWideEncoding(bytes) {
            if unmarked == ebcdicProbe { return Detection(encoding: ebcdicEncoding(bytes), bomLength: 0) }
            return Detection(encoding: unmarked, bomLength: 0)
        }
        var cachedScan = assumedScan
        func utf8() -> UTF8Validation {
            if let cachedScan { return cachedScan.validity }
            let scan = UTF8Validation.scan(bytes)
            cachedScan = scan
            return scan.validity
        }
        /// The detection, with what the UTF-8 scan (if there was one) found about XML characters.
        func detected(_ encoding: SourceEncoding) -> Detection {
            Detection(
                encoding: encoding, bomLength: 0,
                holdsCharacterIllegalInXML: cachedScan.flatMap { $0.validity == .invalid ? nil : $0.holdsCharacterIllegalInXML })
        }
        let head = UnsafeRawBufferPointer(rebasing: bytes.prefix(1024))
        let declared = [
            contentType.flatMap(ContentTypeCharset.charset(in:)),
            markup == .xml ? DeclaredCharset.xmlEncoding(in: head) : DeclaredCharset.htmlMetaCharset(in: head),
        ]
        for case let label? in declared {
            guard let encoding = SourceEncoding(label: label) else { continue }
            switch encoding {
            case .utf8:
                if utf8() != .invalid { return detected(.utf8) }
            case .windows1252 where utf8() == .multibyte:
                return detected(.utf8)
            case .ascii:
                if utf8() != .invalid { return detected(.utf8) }
                return detected(.windows1252)
            case .utf16LE, .utf16BE, .utf32LE, .utf32BE:
                // Readable as ASCII, so the declaration is wrong about the byte width.
                continue
            default:
                return detected(encoding)
            }
        }
        if utf8() != .invalid { return detected(.utf8) }
        return detected(.windows1252)
    }

    private static func byteOrderMark(_ bytes: UnsafeRawBufferPointer, assumedScan: UTF8Validation.Scan?) -> Detection? {
        let b = Array(bytes.prefix(4))
        if b.count >= 4, b[0] == 0x00, b[1] == 0x00, b[2] == 0xFE, b[3] == 0xFF {
            return Detection(encoding: .utf32BE, bomLength: 4)
        }
        if b.count >= 4, b[0] == 0xFF, b[1] == 0xFE, b[2] == 0x00, b[3] == 0x00 {
            return Detection(encoding: .utf32LE, bomLength: 4)
        }
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF {
            // A UTF-8 BOM over bytes that are not UTF-8 is a lie we have seen from
            // misconfigured exporters; fall through to the other signals.
            let scan = assumedScan ?? UTF8Validation.scan(UnsafeRawBufferPointer(rebasing: bytes.dropFirst(3)))
            return Detection(
                encoding: scan.validity != .invalid ? .utf8 : .windows1252, bomLength: 3,
                holdsCharacterIllegalInXML: scan.validity == .invalid ? nil : scan.holdsCharacterIllegalInXML)
        }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return Detection(encoding: .utf16BE, bomLength: 2) }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return Detection(encoding: .utf16LE, bomLength: 2) }
        return nil
    }

    /// EBCDIC code pages agree on letters, digits and `<?="'`, so IBM037 reads the XML
    /// declaration of any of them; the declared page then decodes the rest (IBM500 and
    /// EBCDIC-CP-CH differ from IBM037 in `!`, `[`, `]`, which comments and CDATA need).
    private static let ebcdicProbe = SourceEncoding.iconv("IBM037")

    private static func ebcdicEncoding(_ bytes: UnsafeRawBufferPointer) -> SourceEncoding {
        guard let probe = IconvConverter(from: "IBM037") else { return ebcdicProbe }
        var head: [UInt8] = []
        probe.convert(UnsafeRawBufferPointer(rebasing: bytes.prefix(200)), isLast: true, into: &head)
        let declared = head.withUnsafeBytes { DeclaredCharset.xmlEncoding(in: $0) }
        if let declared, case .iconv(let name)? = SourceEncoding(label: declared) { return .iconv(name) }
        return ebcdicProbe
    }

    /// XML 1.0 Appendix F: `<?xml` in UTF-16/32 without a BOM shows as interleaved zero bytes.
    private static func unmarkedWideEncoding(_ bytes: UnsafeRawBufferPointer) -> SourceEncoding? {
        let b = Array(bytes.prefix(4))
        guard b.count == 4 else { return nil }
        switch (b[0], b[1], b[2], b[3]) {
        case (0x00, 0x00, 0x00, 0x3C): return .utf32BE
        case (0x3C, 0x00, 0x00, 0x00): return .utf32LE
        case (0x00, 0x3C, 0x00, _): return .utf16BE
        case (0x3C, 0x00, _, 0x00): return .utf16LE
        case (0x4C, 0x6F, 0xA7, 0x94): return .iconv("IBM037")  // "<?xm" in EBCDIC
        default: return nil
        }
    }
}

/// How valid a byte sequence is as UTF-8.
enum UTF8Validation: Equatable {
    case ascii, multibyte, invalid

    /// What one pass over UTF-8 bytes found.
    struct Scan: Equatable {
        var validity: UTF8Validation
        /// A C0 control other than tab, line feed and carriage return, or U+FFFE/U+FFFF, up
        /// to the first invalid sequence: what `XMLSanitizer` would remove.
        var holdsCharacterIllegalInXML: Bool
    }

    /// Validates, and notes characters XML forbids on the way: the two questions a feed's
    /// bytes are asked first, in one pass, 8 bytes at a time while the text is ASCII (most
    /// feed markup is).
    static func scan(_ bytes: UnsafeRawBufferPointer) -> Scan {
        let count = bytes.count
        let typed = UnsafeBufferPointer(start: bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), count: count)
        var index = 0
        var sawMultibyte = false
        var illegal = false
        while index < count {
            // Sixteen ASCII bytes without a control character, the usual case, in one step.
            if index + 16 <= count {
                let first = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let second = bytes.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
                let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                let controls = ((first &- ones &* 0x20) & ~first) | ((second &- ones &* 0x20) & ~second)
                if (first | second | controls) & highs == 0 {
                    index += 16
                    continue
                }
            }
            if index + 8 <= count {
                let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    if !illegal, WordTest.hasBelow(word, 0x20), holdsIllegalControl(word) { illegal = true }
                    index += 8
                    continue
                }
            }
            let lead = bytes[index]
            if lead < 0x80 {
                if lead < 0x20, lead != 0x09, lead != 0x0A, lead != 0x0D { illegal = true }
                index += 1
                continue
            }
            guard let length = UTF8Sequence.length(at: index, in: typed) else {
                return Scan(validity: .invalid, holdsCharacterIllegalInXML: illegal)
            }
            if lead == 0xEF, typed[index + 1] == 0xBF, typed[index + 2] >= 0xBE { illegal = true }  // U+FFFE, U+FFFF
            sawMultibyte = true
            index += length
        }
        return Scan(validity: sawMultibyte ? .multibyte : .ascii, holdsCharacterIllegalInXML: illegal)
    }

    /// True when an ASCII word holds a control character other than tab, line feed and
    /// carriage return; exact per byte, so the line feeds of indented XML cost no byte loop.
    @inline(__always)
    private static func holdsIllegalControl(_ word: UInt64) -> Bool {
        // An ASCII byte plus 0x60 reaches bit 7 exactly when it is at least 0x20.
        let controls = ~(word &+ 0x6060_6060_6060_6060) & 0x8080_8080_8080_8080
        let allowed = WordTest.exactlyMarked(word, 0x09) | WordTest.exactlyMarked(word, 0x0A) | WordTest.exactlyMarked(word, 0x0D)
        return controls & ~allowed != 0
    }
}
