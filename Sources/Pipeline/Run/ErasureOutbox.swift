import Foundation

/// Reading outbox mails (`.eml`) the way a person would: bodies are quoted-printable and the
/// subject may be RFC 2047 base64 words, so a search on the raw bytes would miss text that a
/// soft line break split or that was encoded.
enum OutboxMailText {
    /// The raw text followed by its decoded form.
    static func readable(_ data: Data) -> String {
        let raw = String(decoding: data, as: UTF8.self)
        return raw + "\n" + decodedEncodedWords(String(decoding: quotedPrintableDecoded(Array(data)), as: UTF8.self))
    }

    /// RFC 2045 §6.7: `=` at a line end is a soft break, `=XX` a byte. Applied to the whole
    /// message; headers and already plain parts pass through (they contain no `=XX`).
    static func quotedPrintableDecoded(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "=") else {
                output.append(byte)
                index += 1
                continue
            }
            if index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                index += 2
            } else if index + 2 < bytes.count, bytes[index + 1] == 0x0D, bytes[index + 2] == 0x0A {
                index += 3
            } else if index + 2 < bytes.count, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(byte)
                index += 1
            }
        }
        return output
    }

    /// `=?UTF-8?B?…?=` words (RFC 2047) decoded in place.
    static func decodedEncodedWords(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "=?UTF-8?B?", options: .caseInsensitive) {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].range(of: "?="),
                let decoded = Data(base64Encoded: String(rest[start.upperBound..<end.lowerBound]))
            else {
                result += rest[start]
                rest = rest[start.upperBound...]
                continue
            }
            result += String(decoding: decoded, as: UTF8.self)
            rest = rest[end.upperBound...]
        }
        return result + rest
    }

    /// The first `YYYY-MM-DD` in an outbox file name (`monitor-digest-2026-11-22-….eml`).
    static func reportDay(inFileName name: String) -> ReportDay? {
        let characters = Array(name)
        guard characters.count >= 10 else { return nil }
        for start in 0...(characters.count - 10) {
            let candidate = String(characters[start..<(start + 10)])
            if candidate.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }), let day = ReportDay(candidate) { return day }
        }
        return nil
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}
