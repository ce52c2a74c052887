import Foundation

/// A character encoding we can turn into UTF-8.
enum SourceEncoding: Equatable {
    case utf8
    /// Declared US-ASCII: resolved by the detector to UTF-8 or windows-1252.
    case ascii
    case windows1252
    case utf16LE, utf16BE, utf32LE, utf32BE
    /// Anything else glibc's iconv knows (KOI8-R, Shift_JIS, GB18030, IBM037, …).
    case iconv(String)
    /// A Mac code page iconv lacks, decoded from a table.
    case singleByte(SingleByteCodePage)

    /// Maps a charset label (HTTP, XML declaration, HTML meta) to an encoding; nil when unknown.
    /// Latin-1 labels mean windows-1252 (WHATWG Encoding Standard §4.2): text declared as
    /// ISO-8859-1 routinely carries cp1252's curly quotes and euro sign in 0x80–0x9F.
    init?(label raw: String) {
        let label = raw.trimmingCharacters(in: .whitespaces).lowercased()
        switch label {
        case "": return nil
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": self = .utf8
        case "us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us", "us": self = .ascii
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso_8859-1", "cp1252", "windows-1252",
            "x-cp1252", "cp819", "ibm819", "iso-ir-100", "csisolatin1":
            self = .windows1252
        case "utf-16le": self = .utf16LE
        case "utf-16be", "utf-16", "utf16", "csunicode", "ucs-2", "iso-10646-ucs-2": self = .utf16BE
        case "utf-32le": self = .utf32LE
        case "utf-32be", "utf-32", "utf32", "ucs-4", "iso-10646-ucs-4": self = .utf32BE
        case "gb2312", "gbk", "x-gbk", "csgb2312", "chinese": self = .iconv("GB18030")
        // Python's names for the Mac code pages glibc spells differently.
        case "maciceland", "mac-iceland", "mac_iceland": self = .iconv("MAC-IS")
        case "maclatin2", "mac-latin2", "maccentraleurope", "mac_latin2": self = .iconv("MAC-CENTRALEUROPE")
        case "macroman", "mac-roman", "mac_roman", "macintosh": self = .iconv("MACINTOSH")
        case "macgreek", "mac-greek", "mac_greek", "x-mac-greek": self = .singleByte(.macGreek)
        case "macturkish", "mac-turkish", "mac_turkish", "x-mac-turkish": self = .singleByte(.macTurkish)
        default:
            // Python-style and IANA alias spellings glibc lacks: "windows_1251", "csibm861", "maccyrillic".
            let candidates = [
                label, label.replacingOccurrences(of: "_", with: "-"),
                label.hasPrefix("cs") ? String(label.dropFirst(2)) : label,
                label.hasPrefix("mac") && !label.hasPrefix("mac-") ? "mac-" + label.dropFirst(3) : label,
            ]
            guard let supported = candidates.first(where: IconvConverter.isSupported) else { return nil }
            self = .iconv(supported)
        }
    }
}

/// The `charset` parameter of an HTTP `Content-Type` (RFC 9110 §8.3.1), quotes removed.
enum ContentTypeCharset {
    static func charset(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2,
                parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset"
            else { continue }
            let value = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
            return value.isEmpty ? nil : value
        }
        return nil
    }
}

/// Charsets declared inside the document's first bytes (read as ASCII).
enum DeclaredCharset {
    /// `encoding` of the XML declaration `<?xml version="1.0" encoding="…"?>`.
    static func xmlEncoding(in head: UnsafeRawBufferPointer) -> String? {
        let text = String(decoding: head.prefix(200), as: UTF8.self)
        guard let start = text.range(of: "<?xml"), let end = text.range(of: "?>", range: start.upperBound..<text.endIndex)
        else { return nil }
        return attribute("encoding", in: text[start.upperBound..<end.lowerBound])
    }

    /// `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`.
    static func htmlMetaCharset(in head: UnsafeRawBufferPointer) -> String? {
        let text = String(decoding: head, as: UTF8.self).lowercased()
        var searchStart = text.startIndex
        while let meta = text.range(of: "<meta", range: searchStart..<text.endIndex) {
            let tagEnd = text.range(of: ">", range: meta.upperBound..<text.endIndex)?.lowerBound ?? text.endIndex
            let tag = text[meta.upperBound..<tagEnd]
            if let charset = attribute("charset", in: tag) { return charset }
            if let content = attribute("content", in: tag), let charset = ContentTypeCharset.charset(in: content) {
                return charset
            }
            searchStart = tagEnd
        }
        return nil
    }

    private static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let nameRange = tag.range(of: name + "=") ?? tag.range(of: name + " =") else { return nil }
        var rest = tag[nameRange.upperBound...].drop(while: { $0 == " " })
        guard let quote = rest.first else { return nil }
        if quote == "\"" || quote == "'" {
            rest = rest.dropFirst()
            return String(rest.prefix(while: { $0 != quote }))
        }
        return String(rest.prefix(while: { $0 != " " && $0 != ">" && $0 != "/" && $0 != ";" }))
    }
}
