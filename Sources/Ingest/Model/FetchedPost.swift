import Foundation

/// One post as a source delivered it, before pseudonymisation: the common output of every parser.
/// `author` is the raw display name; it must never be stored or logged (see `Privacy`).
public struct FetchedPost: Sendable, Equatable, Codable {
    /// The source's own id (RSS guid, Atom id, Discourse `topic_id/post_number`); nil when absent.
    public var id: String?
    /// Id of the thread this post belongs to (its own id for a thread starter).
    public var thread: String?
    public var threadTitle: String?
    /// Link to the thread as a whole (Discourse topic URL, RSS `comments`), when the format gives one.
    public var threadLink: String?
    /// Id of the post this one replies to.
    public var parent: String?
    public var title: String?
    public var link: String?
    public var author: String?
    public var published: Date?
    public var updated: Date?
    /// Plain-text summary (HTML removed, entities decoded) when the format has one apart from content.
    public var summary: String?
    /// Plain-text body: HTML removed, entities decoded, paragraph breaks kept.
    public var text: String?
    /// Language declared by the document (xml:lang, `language` field), not guessed.
    public var language: String?
    /// The source marks the post deleted or hidden (Discourse `deleted_at`, `hidden`, `user_deleted`).
    public var isDeleted: Bool
    /// Set when the date was missing, unparseable or in the future; the post is kept and flagged.
    public var dateIssue: DateIssue?

    public init(
        id: String? = nil, thread: String? = nil, threadTitle: String? = nil, threadLink: String? = nil,
        parent: String? = nil,
        title: String? = nil, link: String? = nil, author: String? = nil,
        published: Date? = nil, updated: Date? = nil, summary: String? = nil, text: String? = nil,
        language: String? = nil, isDeleted: Bool = false, dateIssue: DateIssue? = nil
    ) {
        self.id = id
        self.thread = thread
        self.threadTitle = threadTitle
        self.threadLink = threadLink
        self.parent = parent
        self.title = title
        self.link = link
        self.author = author
        self.published = published
        self.updated = updated
        self.summary = summary
        self.text = text
        self.language = language
        self.isDeleted = isDeleted
        self.dateIssue = dateIssue
    }
}

/// Why a post's date could not be trusted.
public enum DateIssue: String, Sendable, Equatable, Codable {
    case missing
    case unparseable
    case inFuture = "in_future"
}
