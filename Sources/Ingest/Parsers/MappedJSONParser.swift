import Foundation

/// Any JSON API, read through a configured `JSONMapping` of dot-separated paths.
struct MappedJSONParser {
    func read(
        _ root: Any, mapping: JSONMapping, context: ParseContext, onFeed: (FeedFormat, FeedMetadata) -> Void,
        onEntry: (FetchedPost) -> Void
    ) throws -> ParseOutcome {
        guard let items = JSONValue.array(JSONValue.value(at: mapping.items, in: root)) else {
            throw ParseError.invalidJSON("no array at `\(mapping.items)`; check the `items` path of the JSON mapping")
        }
        onFeed(.json, FeedMetadata())
        let base = URLResolver.documentBase(context)
        let dating = PostDating(context: context)
        var threads = ThreadResolver()
        var count = 0
        for item in items {
            func field(_ path: String?) -> Any? { path.flatMap { JSONValue.value(at: $0, in: item) } }
            var post = FetchedPost()
            post.id = JSONValue.string(field(mapping.id))
            post.title = JSONValue.string(field(mapping.title)).map { HTMLText.singleLine(fromHTML: $0) }
            post.author = JSONValue.string(field(mapping.author))
            post.link = JSONValue.string(field(mapping.link)).map { URLResolver.resolve($0, against: base) ?? $0 }
            if let html = JSONValue.string(field(mapping.html)) {
                post.text = HTMLText.plainText(fromHTML: html)
            } else if let text = JSONValue.string(field(mapping.text)) {
                post.text = Whitespace.trimmed(text)
            }
            let rawDate = field(mapping.date)
            if let number = rawDate as? NSNumber, !(rawDate is String) {
                // Epoch seconds, or milliseconds when the value is too large for seconds.
                let value = number.doubleValue
                dating.apply(
                    publishedDate: Date(timeIntervalSince1970: value > 1e11 ? value / 1_000 : value), rawPresent: true,
                    to: &post)
            } else {
                dating.apply(published: [JSONValue.string(rawDate)], updated: nil, to: &post)
            }
            let resolved = threads.resolve(ThreadResolver.Signals(
                id: post.id, title: post.title, threadCategory: JSONValue.string(field(mapping.thread)),
                inReplyTo: JSONValue.string(field(mapping.parent))))
            post.thread = resolved.thread
            post.parent = resolved.parent
            post.threadTitle = JSONValue.string(field(mapping.threadTitle)) ?? resolved.threadTitle
            onEntry(post)
            count += 1
        }
        return ParseOutcome(format: .json, entryCount: count)
    }
}
