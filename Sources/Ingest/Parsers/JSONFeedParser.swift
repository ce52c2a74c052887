import Foundation

/// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1): `items` with `content_html` /
/// `content_text`, `author` (1.0) or `authors` (1.1), `language` (1.1), `next_url`.
struct JSONFeedParser {
    func read(
        _ root: [String: Any], context: ParseContext, onFeed: (FeedFormat, FeedMetadata) -> Void,
        onEntry: (FetchedPost) -> Void
    ) -> ParseOutcome {
        let base = URLResolver.documentBase(context)
        let feed = FeedMetadata(
            title: JSONValue.string(root["title"]).map { HTMLText.collapsingWhitespace($0) },
            link: JSONValue.string(root["home_page_url"]).map { URLResolver.resolve($0, against: base) ?? $0 },
            language: JSONValue.string(root["language"]))
        onFeed(.jsonfeed, feed)
        let dating = PostDating(context: context)
        var threads = ThreadResolver()
        let items = JSONValue.array(root["items"]) ?? []
        var count = 0
        for case let item as [String: Any] in items {
            var post = FetchedPost()
            post.id = JSONValue.string(item["id"])
            post.title = JSONValue.string(item["title"]).map { HTMLText.singleLine(fromHTML: $0) }
            post.link = (JSONValue.string(item["url"]) ?? JSONValue.string(item["external_url"]))
                .map { URLResolver.resolve($0, against: base) ?? $0 }
            let authors = JSONValue.array(item["authors"]) ?? JSONValue.array(root["authors"]) ?? []
            let author = JSONValue.object(item["author"]) ?? JSONValue.object(authors.first)
                ?? JSONValue.object(root["author"])
            post.author = JSONValue.string(author?["name"])
            post.summary = JSONValue.string(item["summary"]).map { HTMLText.collapsingWhitespace($0) }
            if let html = JSONValue.string(item["content_html"]) {
                post.text = HTMLText.plainText(fromHTML: html)
            } else if let text = JSONValue.string(item["content_text"]) {
                post.text = Whitespace.trimmed(text)
            }
            post.language = JSONValue.string(item["language"]) ?? feed.language
            dating.apply(
                published: [JSONValue.string(item["date_published"])],
                updated: JSONValue.string(item["date_modified"]), to: &post)
            let resolved = threads.resolve(ThreadResolver.Signals(id: post.id, title: post.title))
            post.thread = resolved.thread
            post.threadTitle = resolved.threadTitle
            onEntry(post)
            count += 1
        }
        return ParseOutcome(format: .jsonfeed, nextPage: JSONValue.string(root["next_url"]), entryCount: count)
    }
}
