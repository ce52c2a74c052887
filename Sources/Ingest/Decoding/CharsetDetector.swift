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
    }

    /// Whether the document is XML (declaration) or HTML (`<meta charset>`).
    enum Markup {
        case xml, html
    }

    static func detect(_ bytes: UnsafeRawBufferPointer, contentType: String?, markup: Markup) -> Detection {
        if let bom = byteOrderMark(bytes) { return bom }
        if markup == .xml, let unmarked = unmarkedWideEncoding(bytes) {
            if unmarked == ebcdicProbe { return Detection(encoding: ebcdicEncoding(bytes), bomLength: 0) }
            return Detection(encoding: unmarked, bomLength: 0)
        }
        var cachedValidity: UTF8Validation?
        func utf8() -> UTF8Validation {
            if let cachedValidity { return cachedValidity }
            let validity = UTF8Validation.validate(bytes)
            cachedValidity = validity
            return validity
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
                if utf8() != .invalid { return Detection(encoding: .utf8, bomLength: 0) }
            case .windows1252 where utf8() == .multibyte:
                return Detection(encoding: .utf8, bomLength: 0)
            case .ascii:
                if utf8() != .invalid { return Detection(encoding: .utf8, bomLength: 0) }
                return Detection(encoding: .windows1252, bomLength: 0)
            case .utf16LE, .utf16BE, .utf32LE, .utf32BE:
                // Readable as ASCII, so the declaration is wrong about the byte width.
                continue
            default:
                return Detection(encoding: encoding, bomLength: 0)
            }
        }
        if utf8() != .invalid { return Detection(encoding: .utf8, bomLength: 0) }
        return Detection(encoding: .windows1252, bomLength: 0)
    }

    private static func byteOrderMark(_ bytes: UnsafeRawBufferPointer) -> Detection? {
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
            let rest = UnsafeRawBufferPointer(rebasing: bytes.dropFirst(3))
            return UTF8Validation.validate(rest) != .invalid
                ? Detection(encoding: .utf8, bomLength: 3)
                : Detection(encoding: .windows1252, bomLength: 3)
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

    /// One pass, 8 bytes at a time while the text is ASCII (most feed markup is).
    static func validate(_ bytes: UnsafeRawBufferPointer) -> UTF8Validation {
        let count = bytes.count
        var index = 0
        var sawMultibyte = false
        while index < count {
            if index + 8 <= count, bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var minSecond: UInt8 = 0x80, maxSecond: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; minSecond = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; maxSecond = 0x9F  // no surrogates
            case 0xF0: length = 4; minSecond = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; maxSecond = 0x8F
            default: return .invalid
            }
            guard index + length <= count else { return .invalid }
            let second = bytes[index + 1]
            guard second >= minSecond, second <= maxSecond else { return .invalid }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return .invalid }
            sawMultibyte = true
            index += length
        }
        return sawMultibyte ? .multibyte : .ascii
    }
}
