import Foundation

/// Chooses the parser: the configured `SourceKind`, or for `.auto` the bytes themselves
/// (JSON keys, an HTML doctype or root, otherwise XML whose root element decides later).
enum FormatSniffer {
    enum Route {
        case xml
        case html
        /// Parsed JSON and which JSON format it is (`.jsonfeed`, `.discourse` or `.json`).
        case json(Any, FeedFormat)
    }

    static func route(_ body: Data, context: ParseContext) throws -> Route {
        switch context.kind {
        case .rss, .atom: return .xml
        case .html: return .html
        case .jsonfeed: return .json(try JSONValue.parse(body), .jsonfeed)
        case .discourse: return .json(try JSONValue.parse(body), .discourse)
        case .json: return .json(try JSONValue.parse(body), .json)
        case .auto: break
        }
        let head = lowercasedHead(body)
        if head.hasPrefix("{") || head.hasPrefix("[") {
            let root = try JSONValue.parse(body)
            return .json(root, try jsonFormat(root, context: context))
        }
        if looksLikeHTML(head) { return .html }
        if !head.hasPrefix("<"), context.htmlSelectors != nil { return .html }
        return .xml
    }

    private static func jsonFormat(_ root: Any, context: ParseContext) throws -> FeedFormat {
        if let object = root as? [String: Any] {
            if let version = object["version"] as? String, version.contains("jsonfeed.org") { return .jsonfeed }
            if object["latest_posts"] != nil || JSONValue.value(at: "post_stream.posts", in: object) != nil {
                return .discourse
            }
            if context.jsonMapping != nil { return .json }
            let keys = object.keys.sorted().prefix(6).joined(separator: ", ")
            throw ParseError.unrecognisedFormat(hint: "JSON object with keys \(keys)")
        }
        if context.jsonMapping != nil { return .json }
        throw ParseError.unrecognisedFormat(hint: "JSON array without a configured mapping")
    }

    /// The first 2 KB after a UTF-8 BOM and whitespace, lowercased ASCII.
    private static func lowercasedHead(_ body: Data) -> String {
        var bytes = body.prefix(2_048)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let text = String(decoding: bytes, as: UTF8.self)
        return String(text.drop(while: { $0.isWhitespace })).lowercased()
    }

    /// An `<html>` root, or an HTML doctype not followed by a feed root (XHTML doctypes appear
    /// in front of RSS produced by page templates).
    private static func looksLikeHTML(_ head: String) -> Bool {
        var rest = Substring(head)
        var sawHTMLDoctype = false
        while true {
            rest = rest.drop(while: { $0.isWhitespace })
            if rest.hasPrefix("<html") { return true }
            if rest.hasPrefix("<!doctype html") { sawHTMLDoctype = true }
            if rest.hasPrefix("<?") || rest.hasPrefix("<!") {
                let terminator = rest.hasPrefix("<!--") ? "-->" : ">"
                guard let end = rest.range(of: terminator) else { return sawHTMLDoctype }
                rest = rest[end.upperBound...]
            } else {
                let feedRoots = ["<rss", "<feed", "<rdf:rdf", "<rdf"]
                return sawHTMLDoctype && !feedRoots.contains { rest.hasPrefix($0) }
            }
        }
    }
}
