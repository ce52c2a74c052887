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

    /// Reply prefixes of English and German forum and mail software ("Re:", "AW:", "Antw:"),
    /// lowercase.
    private static let replyPrefixes: [[UInt8]] = ["re:", "aw:", "antw:", "antwort:", "re :", "wg:", "fw:", "fwd:"]
        .map { Array($0.utf8) }

    static func looksLikeReply(_ title: String?) -> Bool {
        // Every prefix starts with r, a, w or f: most titles are ruled out by their first byte.
        guard var title, let first = title.utf8.first, [0x72, 0x61, 0x77, 0x66].contains(first | 0x20) else { return false }
        return title.withUTF8 { replyPrefixLength($0, from: 0) } != nil
    }

    /// Bytes taken by a reply prefix ("Re:", "AW:", "Re[2]:") at `start`, compared without
    /// case, within the next 12 bytes.
    private static func replyPrefixLength(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let end = min(bytes.count, start + 12)
        func lowered(_ index: Int) -> UInt8 {
            let byte = bytes[index]
            return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
        for prefix in replyPrefixes where prefix.count <= end - start {
            var offset = 0
            while offset < prefix.count, lowered(start + offset) == prefix[offset] { offset += 1 }
            if offset == prefix.count { return prefix.count }
        }
        if end - start >= 3, lowered(start) == UInt8(ascii: "r"), lowered(start + 1) == UInt8(ascii: "e"),
            bytes[start + 2] == UInt8(ascii: "[")
        {
            for index in (start + 3)..<end where bytes[index] == UInt8(ascii: ":") { return index - start + 1 }
        }
        return nil
    }

    /// The title without its reply prefixes ("Re: AW: Lieferung" is "Lieferung"), on bytes.
    static func strippingReplyPrefix(_ title: String) -> String {
        var title = title
        let start: Int? = title.withUTF8 { bytes in
            var start = 0
            while let length = replyPrefixLength(bytes, from: start) {
                start += length
                while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
            }
            // A space and a combining character after it are one Character, which the
            // Character-wise rule does not drop: such rare titles take that rule.
            if start > 0, start < bytes.count, bytes[start] >= 0x80, bytes[start - 1] == UInt8(ascii: " "),
                mayExtendACharacter(bytes, at: start)
            {
                return nil
            }
            return start
        }
        guard let start else { return strippingReplyPrefixByCharacters(title) }
        return start == 0 ? title : String(Substring(title.utf8.dropFirst(start)))
    }

    /// True when the scalar at `index` may belong to the Character before it (marks, format
    /// characters such as the zero-width joiner, emoji modifiers): erring towards true is safe.
    private static func mayExtendACharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var iterator = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return true }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: return true
        default: return properties.isGraphemeExtend || properties.isEmojiModifier
        }
    }

    private static func strippingReplyPrefixByCharacters(_ title: String) -> String {
        var rest = Substring(title)
        while let length = rest.utf8.withContiguousStorageIfAvailable({ replyPrefixLength($0, from: 0) }) ?? nil {
            rest = Substring(rest.utf8.dropFirst(length))
            rest = rest.drop(while: { $0 == " " })
        }
        return String(rest)
    }
}
