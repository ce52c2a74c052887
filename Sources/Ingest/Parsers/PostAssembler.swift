import Foundation

/// Turns RSS/Atom `EntryDraft`s into `FetchedPost`s: plain text from HTML, dates with the
/// pipeline's policy, thread structure, and identity.
struct PostAssembler {
    private let dating: PostDating
    private var threads = ThreadResolver()

    init(context: ParseContext) {
        dating = PostDating(context: context)
    }

    mutating func post(from draft: EntryDraft, feed: FeedMetadata) -> FetchedPost {
        var post = FetchedPost()
        post.id = draft.identity
        post.title = draft.title.map(PostAssembler.singleLine)
        post.link = draft.link ?? (draft.guidIsPermaLink ? draft.guid.flatMap(PostAssembler.absoluteURL) : nil)
        post.author = PostAssembler.displayName(draft.author) ?? draft.creator.map { HTMLText.collapsingWhitespace($0) }
        post.summary = draft.summary.map(PostAssembler.plainText)
        post.text = draft.content.map(PostAssembler.plainText) ?? post.summary
        post.language = draft.textLanguage(feedLanguage: feed.language)
        dating.apply(published: [draft.published, draft.dcDate], updated: draft.updated, to: &post)
        let resolved = threads.resolve(ThreadResolver.Signals(
            id: post.id, title: post.title, threadCategory: draft.threadCategory,
            inReplyTo: draft.inReplyTo, commentsURL: draft.comments ?? draft.commentFeed, threadIsStarterID: true))
        post.thread = resolved.thread
        post.parent = resolved.parent
        post.threadTitle = resolved.threadTitle
        return post
    }

    static func plainText(_ marked: MarkedText) -> String {
        switch marked.kind {
        case .html: return HTMLText.plainText(fromHTML: marked.bytes, keepsBreaks: true)
        case .text: return HTMLText.collapsingWhitespace(bytes: marked.bytes, keepsBreaks: true)
        }
    }

    static func singleLine(_ marked: MarkedText) -> String {
        switch marked.kind {
        case .html: return HTMLText.singleLine(fromHTML: marked.bytes)
        case .text: return HTMLText.collapsingWhitespace(bytes: marked.bytes, keepsBreaks: false)
        }
    }

    /// RSS 2.0 `author` is "email (Name)" by spec; the name is what we keep.
    static func displayName(_ raw: String?) -> String? {
        guard let raw else { return nil }
        var text = HTMLText.singleLine(fromHTML: raw)
        let hasAt = text.withUTF8 { ByteSearch.contains(UInt8(ascii: "@"), in: $0, from: 0, to: $0.count) }
        if hasAt, let open = text.firstIndex(of: "("), text.hasSuffix(")") {
            let name = text[text.index(after: open)..<text.index(before: text.endIndex)]
            if !name.isEmpty { return String(name).trimmingCharacters(in: .whitespaces) }
        }
        return text
    }

    private static func absoluteURL(_ guid: String) -> String? {
        guid.hasPrefix("http://") || guid.hasPrefix("https://") ? guid : nil
    }
}
