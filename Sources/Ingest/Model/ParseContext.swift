import Foundation

/// Everything a parser needs besides the bytes: where they came from and how to read them.
public struct ParseContext: Sendable {
    /// The kind configured for the source; `.auto` detects the format.
    public var kind: SourceKind
    /// URL the document was fetched from (after redirects): the base for relative links.
    public var documentURL: URL?
    /// Public base URL for links when the document URL is `file://` or an API (Discourse).
    public var siteURL: URL?
    /// HTTP `Content-Type` header, for its charset.
    public var contentType: String?
    /// Time zone for dates that carry none ("23.11.2026 14:05", "gestern um 09:12").
    public var timeZone: TimeZone
    /// When the document was fetched: the fallback date (flagged) and "now" for relative dates.
    public var fetchedAt: Date
    public var htmlSelectors: HTMLSelectors?
    public var jsonMapping: JSONMapping?

    public init(
        kind: SourceKind = .auto, documentURL: URL? = nil, siteURL: URL? = nil,
        contentType: String? = nil, timeZone: TimeZone = TimeZone(identifier: "Europe/Berlin")!,
        fetchedAt: Date = Date(), htmlSelectors: HTMLSelectors? = nil, jsonMapping: JSONMapping? = nil
    ) {
        self.kind = kind
        self.documentURL = documentURL
        self.siteURL = siteURL
        self.contentType = contentType
        self.timeZone = timeZone
        self.fetchedAt = fetchedAt
        self.htmlSelectors = htmlSelectors
        self.jsonMapping = jsonMapping
    }
}

/// XPath selectors for an HTML forum page. `item` is absolute; the others are evaluated
/// relative to each item node and may select elements (their text) or attributes.
public struct HTMLSelectors: Sendable, Equatable, Codable {
    public var item: String
    public var id: String?
    public var thread: String?
    public var threadTitle: String?
    public var title: String?
    public var author: String?
    public var date: String?
    public var text: String?
    public var link: String?
    public var parent: String?
    /// Selects the link to the next page (absolute XPath).
    public var next: String?
    /// Hint for dates in a fixed local form, e.g. "dd.MM.yyyy HH:mm".
    public var dateFormat: String?

    public init(
        item: String, id: String? = nil, thread: String? = nil, threadTitle: String? = nil,
        title: String? = nil, author: String? = nil, date: String? = nil, text: String? = nil,
        link: String? = nil, parent: String? = nil, next: String? = nil, dateFormat: String? = nil
    ) {
        self.item = item
        self.id = id
        self.thread = thread
        self.threadTitle = threadTitle
        self.title = title
        self.author = author
        self.date = date
        self.text = text
        self.link = link
        self.parent = parent
        self.next = next
        self.dateFormat = dateFormat
    }
}

/// Field paths for a generic JSON source. Paths are dot-separated keys (`data.items`);
/// the item fields are relative to each item.
public struct JSONMapping: Sendable, Equatable, Codable {
    public var items: String
    public var id: String?
    public var text: String?
    public var html: String?
    public var title: String?
    public var author: String?
    public var date: String?
    public var thread: String?
    public var threadTitle: String?
    public var parent: String?
    public var link: String?

    public init(
        items: String, id: String? = nil, text: String? = nil, html: String? = nil,
        title: String? = nil, author: String? = nil, date: String? = nil, thread: String? = nil,
        threadTitle: String? = nil, parent: String? = nil, link: String? = nil
    ) {
        self.items = items
        self.id = id
        self.text = text
        self.html = html
        self.title = title
        self.author = author
        self.date = date
        self.thread = thread
        self.threadTitle = threadTitle
        self.parent = parent
        self.link = link
    }
}
