import Foundation

/// Turns RSS/Atom `EntryDraft`s into `FetchedPost`s: plain text from HTML, dates with the
/// pipeline's policy, thread structure, and identity.
struct PostAssembler {
    private let dating: PostDating
    private var threads = ThreadResolver()

    init(context: ParseContext) {
        dating = PostDating(context: context)
    }

    /// The post with summary and text as strings: what the pipeline receives.
    mutating func post(from draft: EntryDraft, feed: FeedMetadata) -> FetchedPost {
        var post = fields(of: draft, feed: feed)
        post.summary = draft.summary.map(PostAssembler.plainText)
        post.text = draft.content.map(PostAssembler.plainText) ?? post.summary
        return post
    }

    /// The post with summary and text still UTF-8 bytes (`AssembledPost`); `materialized()`
    /// of it is `post(from:feed:)`.
    mutating func assemble(_ draft: EntryDraft, feed: FeedMetadata) -> AssembledPost {
        let post = fields(of: draft, feed: feed)
        let summary = draft.summary.map(PostAssembler.plainTextBytes)
        let text = draft.content.map(PostAssembler.plainTextBytes)
        // Without content, the text is the summary (an RSS item with only a description).
        return AssembledPost(post, texts: AssembledPost.Texts(summary: summary, text: text, textIsSummary: text == nil))
    }

    /// Everything but summary and text.
    private mutating func fields(of draft: EntryDraft, feed: FeedMetadata) -> FetchedPost {
        var post = FetchedPost()
        post.id = draft.identity
        post.title = draft.title.map(PostAssembler.singleLine)
        post.link = draft.link ?? (draft.guidIsPermaLink ? draft.guid.flatMap(PostAssembler.absoluteURL) : nil)
        post.author = PostAssembler.displayName(draft.author) ?? draft.creator.map { HTMLText.collapsingWhitespace($0) }
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

    static func plainTextBytes(_ marked: MarkedText) -> [UInt8] {
        switch marked.kind {
        case .html: return HTMLText.plainTextBytes(fromHTML: marked.bytes, keepsBreaks: true)
        case .text: return HTMLText.collapsingWhitespaceBytes(marked.bytes, keepsBreaks: true)
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

/// A post as a parser hands it on. RSS and Atom posts keep their summary and text as the
/// UTF-8 bytes `HTMLText` produced: `monitor parse` writes them to JSON as they are, and only
/// the pipeline needs strings (`materialized()`). Making a `String` checks every byte again
/// (about eight instructions a byte of non-ASCII text); on the 5,000-entry bench feeds that was
/// a seventh of the assembly thread's work.
struct AssembledPost {
    /// Summary and text as bytes; `text` nil with `textIsSummary` false means no text.
    struct Texts {
        var summary: [UInt8]?
        var text: [UInt8]?
        /// The text is the summary (nil when the summary is).
        var textIsSummary: Bool
    }

    /// Everything else; also summary and text when `texts` is nil (posts of JSON and HTML
    /// sources arrive with strings).
    var post: FetchedPost
    var texts: Texts?

    init(_ post: FetchedPost, texts: Texts? = nil) {
        self.post = post
        self.texts = texts
    }

    /// The post with summary and text as strings (invalid UTF-8 repaired with U+FFFD).
    func materialized() -> FetchedPost {
        guard let texts else { return post }
        var post = post
        post.summary = texts.summary.map { String(decoding: $0, as: UTF8.self) }
        post.text = texts.textIsSummary ? post.summary : texts.text.map { String(decoding: $0, as: UTF8.self) }
        return post
    }
}
