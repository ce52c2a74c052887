/// Gives every post a thread: the reference the document provides, so that replies and their
/// starter share `thread`, else the post itself. Remembers the threads of earlier posts so a
/// reply to a reply (Atom `thr:in-reply-to` pointing at a comment) joins the starter's thread,
/// and thread titles so replies titled "Re: …" report the starter's title.
struct ThreadResolver {
    private var threadOfPost: [String: String] = [:]
    private var titleOfThread: [String: String] = [:]
    /// Bounds the memory of a huge feed; later posts still resolve through their own references.
    private static let maxRemembered = 200_000

    /// Thread signals of one post, strongest first.
    struct Signals {
        var id: String?
        var title: String?
        /// RSS `<category domain="thread">`: forum software naming the thread outright.
        var threadCategory: String?
        /// Atom Threading Extension (RFC 4685) `thr:in-reply-to/@ref`.
        var inReplyTo: String?
        /// RSS `comments` / `wfw:commentRss`: per-thread URLs shared by a starter and its replies.
        var commentsURL: String?
        /// True when `threadCategory` is the starter's post id (forum RSS), so replies without an
        /// explicit parent answer it; false for opaque thread ids (HTML pages, JSON APIs).
        var threadIsStarterID = false
    }

    mutating func resolve(_ signals: Signals) -> (thread: String?, parent: String?, threadTitle: String?) {
        let thread: String?
        if let category = signals.threadCategory {
            thread = category
        } else if let parent = signals.inReplyTo {
            thread = threadOfPost[parent] ?? parent
        } else if let comments = signals.commentsURL {
            thread = comments
        } else {
            thread = signals.id
        }
        let isReply = signals.inReplyTo != nil || ThreadResolver.looksLikeReply(signals.title)
        var threadTitle: String?
        if let thread, let known = titleOfThread[thread] {
            threadTitle = known
        } else if let title = signals.title, !title.isEmpty {
            threadTitle = isReply ? ThreadResolver.strippingReplyPrefix(title) : title
            if let thread, !isReply, titleOfThread.count < ThreadResolver.maxRemembered { titleOfThread[thread] = title }
        }
        if let id = signals.id, let thread, threadOfPost.count < ThreadResolver.maxRemembered {
            threadOfPost[id] = thread
        }
        // A named thread without an explicit parent: a reply answers the starter, as
        // Discourse replies without `reply_to_post_number` do.
        var parent = signals.inReplyTo
        if parent == nil, signals.threadIsStarterID, let category = signals.threadCategory, let id = signals.id,
            category != id
        {
            parent = category
        }
        return (thread, parent, threadTitle)
    }

    /// Reply prefixes of English and German forum and mail software ("Re:", "AW:", "Antw:").
    private static let replyPrefixes: [[UInt8]] = ["re:", "aw:", "antw:", "antwort:", "re :", "wg:", "fw:", "fwd:"]
        .map { Array($0.utf8) }

    static func looksLikeReply(_ title: String?) -> Bool {
        // Every prefix starts with r, a, w or f: most titles are ruled out by their first byte.
        guard let first = title?.utf8.first, [0x72, 0x61, 0x77, 0x66].contains(first | 0x20) else { return false }
        return replyPrefixLength(Array(title!.utf8.prefix(12))) != nil
    }

    /// Bytes taken by a leading reply prefix ("Re:", "AW:", "Re[2]:"), compared without case.
    private static func replyPrefixLength(_ head: [UInt8]) -> Int? {
        let lower = head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        if let prefix = replyPrefixes.first(where: { lower.starts(with: $0) }) { return prefix.count }
        if lower.starts(with: Array("re[".utf8)), let close = lower.firstIndex(of: UInt8(ascii: ":")) { return close + 1 }
        return nil
    }

    static func strippingReplyPrefix(_ title: String) -> String {
        var rest = Substring(title)
        while let length = replyPrefixLength(Array(rest.utf8.prefix(12))) {
            rest = Substring(rest.utf8.dropFirst(length))
            rest = rest.drop(while: { $0 == " " })
        }
        return String(rest)
    }
}
