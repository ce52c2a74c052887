import Foundation

/// Discourse's JSON API: `/posts.json` (`latest_posts`, each carrying its topic) and
/// `/t/{id}.json` (`post_stream.posts`, topic title and slug at the top level).
/// Post ids are `"{topic_id}/{post_number}"` so they are stable across both endpoints.
struct DiscourseParser {
    func read(
        _ root: [String: Any], context: ParseContext, onFeed: (FeedFormat, FeedMetadata) -> Void,
        onEntry: (FetchedPost) -> Void
    ) throws -> ParseOutcome {
        let topicPosts = JSONValue.array(JSONValue.value(at: "post_stream.posts", in: root))
        guard let posts = JSONValue.array(root["latest_posts"]) ?? topicPosts else {
            throw ParseError.invalidJSON("no `latest_posts` or `post_stream.posts` in the Discourse response")
        }
        let site = DiscourseParser.siteURL(context)
        let topicTitle = topicPosts != nil ? JSONValue.string(root["title"]) : nil
        let topicSlug = topicPosts != nil ? JSONValue.string(root["slug"]) : nil
        onFeed(.discourse, FeedMetadata(title: topicTitle, link: site, language: nil))
        let dating = PostDating(context: context)
        var count = 0
        var lowestID: Int?
        for case let item as [String: Any] in posts {
            guard let topic = JSONValue.string(item["topic_id"]) ?? JSONValue.string(root["id"]),
                let number = JSONValue.int(item["post_number"])
            else { continue }
            var post = FetchedPost()
            post.id = "\(topic)/\(number)"
            post.thread = topic
            if let replyTo = JSONValue.int(item["reply_to_post_number"]) {
                post.parent = "\(topic)/\(replyTo)"
            } else if number > 1 {
                post.parent = "\(topic)/1"  // a reply to the topic as a whole answers its first post
            }
            let title = (JSONValue.string(item["topic_title"]) ?? topicTitle).map { HTMLText.singleLine(fromHTML: $0) }
            post.threadTitle = title
            post.title = number == 1 ? title : nil
            let slug = JSONValue.string(item["topic_slug"]) ?? topicSlug ?? "-"
            if let site { post.link = "\(site)/t/\(slug)/\(topic)/\(number)" }
            post.author = JSONValue.string(item["username"]) ?? JSONValue.string(item["name"])
            post.text = JSONValue.string(item["cooked"]).map { HTMLText.plainText(fromHTML: $0) }
            post.isDeleted = JSONValue.isPresent(item["deleted_at"]) || JSONValue.bool(item["hidden"])
                || JSONValue.bool(item["user_deleted"])
            dating.apply(
                published: [JSONValue.string(item["created_at"])], updated: JSONValue.string(item["updated_at"]),
                to: &post)
            if let id = JSONValue.int(item["id"]) { lowestID = min(lowestID ?? id, id) }
            onEntry(post)
            count += 1
        }
        var nextPage: String?
        if topicPosts == nil, let lowestID, let site {
            nextPage = "\(site)/posts.json?before=\(lowestID)"  // Discourse's own pagination parameter
        }
        return ParseOutcome(format: .discourse, nextPage: nextPage, entryCount: count)
    }

    /// `siteURL`, else the scheme and host of the document URL; no trailing slash.
    static func siteURL(_ context: ParseContext) -> String? {
        if let site = context.siteURL?.absoluteString {
            return site.hasSuffix("/") ? String(site.dropLast()) : site
        }
        guard let document = context.documentURL, let scheme = document.scheme, let host = document.host,
            scheme == "http" || scheme == "https"
        else { return nil }
        let port = document.port.map { ":\($0)" } ?? ""
        return "\(scheme)://\(host)\(port)"
    }
}
