/// Why a document could not be parsed at all (malformed-but-readable input is recovered
/// instead and reported through `ParseOutcome.recovered`).
public enum ParseError: Error, Equatable, CustomStringConvertible {
    /// Neither XML nor JSON nor HTML we have selectors for; `hint` names what we saw.
    case unrecognisedFormat(hint: String)
    /// The configured kind expects XML but the body holds no element at all.
    case notXML
    /// JSON that does not parse, or lacks the structure its kind needs.
    case invalidJSON(String)
    /// An HTML source without `HTMLSelectors` (or a JSON source without a `JSONMapping`).
    case missingSelectors
    /// A selector that is not valid XPath 1.0.
    case invalidXPath(field: String, expression: String)
    /// The body is empty.
    case emptyDocument

    public var description: String {
        switch self {
        case .unrecognisedFormat(let hint):
            return "unrecognised document format (\(hint)); set the source's kind explicitly or check the URL returns a feed"
        case .notXML:
            return "the document is not XML; check the source URL or set its kind (json, discourse, html)"
        case .invalidJSON(let detail):
            return "invalid JSON: \(detail); check the source URL returns the JSON API, not an HTML page"
        case .missingSelectors:
            return "no selectors configured; add `html` selectors (XPath) or a `json` mapping for this source"
        case .invalidXPath(let field, let expression):
            return "selector `\(field)` is not valid XPath: \(expression); fix it in the source configuration"
        case .emptyDocument:
            return "the document is empty; the server returned no body"
        }
    }
}

/// The result of streaming parse: everything but the entries and feed metadata.
public struct ParseOutcome: Sendable, Equatable {
    public var format: FeedFormat
    /// True when the input was malformed and had to be recovered; entries may be incomplete.
    public var recovered: Bool
    /// Link to the next page (RFC 5005 `rel="next"`, JSON Feed `next_url`, HTML next selector).
    public var nextPage: String?
    /// How many entries were delivered.
    public var entryCount: Int

    public init(format: FeedFormat, recovered: Bool = false, nextPage: String? = nil, entryCount: Int = 0) {
        self.format = format
        self.recovered = recovered
        self.nextPage = nextPage
        self.entryCount = entryCount
    }
}
