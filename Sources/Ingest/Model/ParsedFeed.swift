import Foundation

/// The document formats the parsers recognise; raw values appear in `monitor parse` output.
public enum FeedFormat: String, Sendable, Equatable, Codable, CaseIterable {
    case rss090, rss091, rss092, rss093, rss094
    case rss2
    case rdf  // RSS 1.0
    case atom10, atom03
    case jsonfeed
    case discourse
    case json  // generic JSON with a configured mapping
    case html  // forum page with configured XPath selectors
}

/// Feed-level metadata; every field is nil when absent and "" when present but empty.
public struct FeedMetadata: Sendable, Equatable, Codable {
    public var title: String?
    public var link: String?
    public var language: String?

    public init(title: String? = nil, link: String? = nil, language: String? = nil) {
        self.title = title
        self.link = link
        self.language = language
    }
}

/// A whole parsed document.
public struct ParsedFeed: Sendable, Equatable {
    public var format: FeedFormat
    /// True when libxml2 had to recover from malformed input; the entries may be incomplete.
    public var recovered: Bool
    public var feed: FeedMetadata
    public var entries: [FetchedPost]
    /// Link to the next page (RFC 5005 `rel="next"`, JSON Feed `next_url`, HTML next selector).
    public var nextPage: String?

    public init(
        format: FeedFormat, recovered: Bool = false, feed: FeedMetadata = FeedMetadata(),
        entries: [FetchedPost] = [], nextPage: String? = nil
    ) {
        self.format = format
        self.recovered = recovered
        self.feed = feed
        self.entries = entries
        self.nextPage = nextPage
    }
}
