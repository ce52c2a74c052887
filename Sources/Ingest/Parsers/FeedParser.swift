import Foundation

/// Parses any supported document (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed, Discourse JSON,
/// mapped JSON, HTML with selectors) into `FetchedPost`s. Stateless and `Sendable`: one
/// instance can serve every source.
public struct FeedParser: Sendable {
    public init() {}

    /// Whole document into memory-light values; used by the pipeline.
    /// - Parameter libXMLOnly: read XML with libxml2 alone instead of `FastXMLScanner` first
    ///   (the result must be the same; for checking exactly that).
    public func parse(_ body: Data, context: ParseContext, libXMLOnly: Bool = false) throws -> ParsedFeed {
        var entries: [FetchedPost] = []
        var feed = FeedMetadata()
        let (outcome, finalFeed) = try stream(
            body, context: context, libXMLOnly: libXMLOnly, onFeed: { _, metadata in feed = metadata }
        ) {
            entries.append($0.materialized())
        }
        return ParsedFeed(
            format: outcome.format, recovered: outcome.recovered, feed: finalFeed ?? feed, entries: entries,
            nextPage: outcome.nextPage)
    }

    /// Streaming: calls `feed` once (as soon as the feed metadata is known, at the latest
    /// before the first entry or at the end) and `entry` for each entry in document order.
    /// Memory stays flat on huge XML feeds. For large XML documents the calls come from a
    /// second thread (`AssemblyLine`): one at a time, in order, and all before this returns,
    /// so the closures need no locking, but they must not rely on running on the caller's
    /// thread (an actor's executor, thread-local state).
    public func parse(
        _ body: Data, context: ParseContext, feed: (FeedMetadata) -> Void, entry: (FetchedPost) -> Void
    ) throws -> ParseOutcome {
        try withoutActuallyEscaping(feed) { feed in
            try withoutActuallyEscaping(entry) { entry in
                try stream(body, context: context, onFeed: { feed($1) }, onEntry: { entry($0.materialized()) }).outcome
            }
        }
    }

    /// The streaming core; `onFeed` also receives the format (the JSON writer starts with it),
    /// and entries come as `AssembledPost`s (RSS and Atom texts still bytes, which the JSON
    /// writer takes as they are). Returns the feed metadata as complete at the end of the
    /// document when it can differ from what `onFeed` saw (RSS channel elements after the items).
    func stream(
        _ body: Data, context: ParseContext, libXMLOnly: Bool = false, onFeed: @escaping (FeedFormat, FeedMetadata) -> Void,
        onEntry assembledEntry: @escaping (AssembledPost) -> Void
    ) throws -> (outcome: ParseOutcome, feed: FeedMetadata?) {
        let onEntry: (FetchedPost) -> Void = { assembledEntry(AssembledPost($0)) }
        guard !body.isEmpty else { throw ParseError.emptyDocument }
        switch try FormatSniffer.route(body, context: context) {
        case .xml:
            var final: FeedMetadata?
            let outcome = try XMLFeedReader(usesFastScanner: !libXMLOnly).read(
                body, context: context, onFeed: onFeed, onEntry: assembledEntry
            ) {
                final = $0
            }
            return (outcome, final)
        case .html:
            guard let selectors = context.htmlSelectors else { throw ParseError.missingSelectors }
            return (try HTMLPageParser().read(body, selectors: selectors, context: context, onFeed: onFeed, onEntry: onEntry), nil)
        case .json(let root, let kind):
            switch kind {
            case .jsonfeed:
                guard let object = JSONValue.object(root) else { throw ParseError.invalidJSON("a JSON Feed must be an object") }
                return (JSONFeedParser().read(object, context: context, onFeed: onFeed, onEntry: onEntry), nil)
            case .discourse:
                guard let object = JSONValue.object(root) else { throw ParseError.invalidJSON("a Discourse response must be an object") }
                return (try DiscourseParser().read(object, context: context, onFeed: onFeed, onEntry: onEntry), nil)
            default:
                guard let mapping = context.jsonMapping else { throw ParseError.missingSelectors }
                return (try MappedJSONParser().read(root, mapping: mapping, context: context, onFeed: onFeed, onEntry: onEntry), nil)
            }
        }
    }
}
