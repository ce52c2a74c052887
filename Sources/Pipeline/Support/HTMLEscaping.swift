import Foundation

/// Escaping for text that post authors control: every such string passes through here
/// before it reaches report.html or an alert mail's HTML part, so `<script>` in a post shows
/// as text.
public enum HTMLEscaping {
    /// Escapes for element content and double- or single-quoted attribute values.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            // C0 controls other than tab/newline are invalid in HTML and can confuse parsers.
            case "\u{00}"..."\u{08}", "\u{0B}", "\u{0C}", "\u{0E}"..."\u{1F}", "\u{7F}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A link target only for http(s) URLs: a `javascript:` or `data:` URL from a feed must not
    /// become clickable. Returns the escaped attribute value, or nil.
    public static func safeHref(_ url: String?) -> String? {
        guard let url, let scheme = url.split(separator: ":", maxSplits: 1).first?.lowercased(),
            scheme == "http" || scheme == "https"
        else { return nil }
        return escape(url)
    }

    /// `<a href>` around escaped text when the URL is safe, else the escaped text alone.
    public static func link(_ text: String, url: String?) -> String {
        guard let href = safeHref(url) else { return escape(text) }
        return "<a href=\"\(href)\" rel=\"noopener noreferrer\">\(escape(text))</a>"
    }
}
