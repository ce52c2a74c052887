import Foundation

/// The encodings mail needs: RFC 2047 encoded words, quoted-printable (RFC 2045 §6.7),
/// header folding and the RFC 5322 date.
enum MIMEEncoding {
    /// Replaces CR, LF and other controls by spaces: post titles can never inject headers.
    static func singleLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
    }

    /// ASCII text stays as it is (quoted when it is a display name with specials); anything else
    /// becomes `=?UTF-8?B?…?=` words of at most 75 characters, split on character boundaries.
    static func encodedWord(_ text: String, phrase: Bool = false) -> String {
        let clean = singleLine(text)
        let isPlainASCII = clean.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 } && !clean.contains("=?")
        if isPlainASCII {
            let specials = CharacterSet(charactersIn: "()<>[]:;@\\,.\"")
            if phrase, clean.unicodeScalars.contains(where: specials.contains) {
                return "\"" + clean.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
            }
            return clean
        }
        var words: [String] = []
        var chunk = ""
        for character in clean {
            let candidate = chunk + String(character)
            // 48 base64 characters make a 60-character word: "Subject: " and one word fit in 78.
            if Data(candidate.utf8).base64EncodedString().count > 48, !chunk.isEmpty {
                words.append(chunk)
                chunk = String(character)
            } else {
                chunk = candidate
            }
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: " ")
    }

    /// Lines of at most 76 characters with soft breaks; CRLF line ends.
    static func quotedPrintable(_ text: String) -> String {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return normalised.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var output = ""
            var lineLength = 0
            let bytes = Array(line.utf8)
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                let token: String
                // "From " at a line start is mangled by mbox tools; encoding its F keeps the text intact.
                let isMboxFrom = index == 0 && byte == 0x46 && line.hasPrefix("From ")
                if !isMboxFrom, (byte >= 33 && byte <= 126 && byte != 61) || (byte == 32 && !isLast) || (byte == 9 && !isLast) {
                    token = String(UnicodeScalar(byte))
                } else {
                    token = String(format: "=%02X", byte)
                }
                if lineLength + token.count > 75 {
                    output += "=\r\n"
                    lineLength = 0
                }
                output += token
                lineLength += token.count
            }
            return output
        }.joined(separator: "\r\n")
    }

    /// Folds a header line at spaces so no line exceeds 78 characters where possible. The field
    /// name always keeps its first word on its line: some clients show an empty `Subject:`
    /// line followed by a continuation as an empty subject.
    static func foldedHeader(_ line: String) -> String {
        guard line.count > 78 else { return line }
        var result = ""
        var current = ""
        for (index, word) in line.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if index > 1, !current.isEmpty, current.count + 1 + word.count > 78 {
                result += current + "\r\n"
                current = " " + word
            } else {
                current += index == 0 ? String(word) : " " + word
            }
        }
        return result + current
    }

    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
