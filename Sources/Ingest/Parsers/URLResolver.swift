import Foundation

/// Resolves relative references (RFC 3986 §5) against the base in effect: `xml:base`, the
/// document URL, or the configured site URL.
enum URLResolver {
    /// The absolute form of `reference`, or nil when it is empty or there is no usable base.
    /// Absolute references are returned as they are (not re-encoded).
    static func resolve(_ reference: String, against base: URL?) -> String? {
        let trimmed = Whitespace.trimmed(reference)
        guard !trimmed.isEmpty else { return nil }
        if hasScheme(trimmed) { return trimmed }
        guard let base else { return nil }
        if let resolved = URL(string: trimmed, relativeTo: base) { return resolved.absoluteString }
        // Spaces and other unencoded characters in hrefs are common in hand-written feeds.
        let encoded = trimmed.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed.union(.urlPathAllowed).union(CharacterSet(charactersIn: "?#%")))
        return encoded.flatMap { URL(string: $0, relativeTo: base)?.absoluteString }
    }

    /// The base for a document: its own URL unless that is a local file or an API endpoint
    /// for which the configuration names a public site URL.
    static func documentBase(_ context: ParseContext) -> URL? {
        if let document = context.documentURL, document.scheme == "http" || document.scheme == "https" {
            return document
        }
        return context.siteURL ?? context.documentURL
    }

    /// RFC 3986 §3.1 `scheme ":"`, checked on bytes (this runs for every link in a feed).
    private static func hasScheme(_ reference: String) -> Bool {
        var isFirst = true
        for byte in reference.utf8 {
            let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            if byte == UInt8(ascii: ":") { return !isFirst }
            if isFirst {
                guard isLetter else { return false }
                isFirst = false
                continue
            }
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            guard isLetter || isDigit || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            else { return false }
        }
        return false
    }
}
