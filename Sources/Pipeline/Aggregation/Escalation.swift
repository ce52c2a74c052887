import Foundation

/// A thread with posts in the last 24 hours that scored `watch` or `escalate`.
/// Counts are customer posts; staff posts only matter as answers.
public struct Escalation: Sendable, Equatable, Codable {
    public enum Level: String, Sendable, Equatable, Codable, CaseIterable, Comparable {
        case watch, escalate

        public static func < (lhs: Level, rhs: Level) -> Bool {
            lhs == .watch && rhs == .escalate
        }
    }

    public var threadID: String
    public var threadTitle: String
    @ExplicitNull public var threadURL: String?
    public var source: String
    /// Union of the topics of the thread's posts in the last 24 h, sorted.
    public var topics: [String]
    public var level: Level
    /// See `EscalationScorer`; 0 without negativity or markers.
    public var score: Double
    /// Short, language-neutral reasons: "12 posts in 24 h", "mentions 'anwalt'".
    public var reasons: [String]
    public var postsLast24h: Int
    /// Customer posts in the 7 days before the last 24 h.
    public var postsBefore: Int
    public var distinctAuthors: Int
    public var negativePosts: Int
    /// negative / scored posts of the last 24 h (0 when none was scored).
    public var negativeShare: Double
    /// Distinct escalation markers of the last 24 h, sorted.
    public var markers: [String]
    /// Redacted text of the most negative post of the last 24 h, at most 280 characters.
    @ExplicitNull public var strongestNegativeExcerpt: String?
    @ExplicitNull public var strongestNegativeScore: Double?
    /// A staff account posted in the thread after its first customer post in the window.
    public var answeredByStaff: Bool
    /// Hours from the last staff post in the thread to the end of the report day.
    @ExplicitNull public var hoursSinceStaffAnswer: Double?
    /// Hours the oldest customer post after the last staff post has waited, at the day's end;
    /// nil when staff answered the latest customer post.
    @ExplicitNull public var hoursWithoutStaffAnswer: Double?
    public var ownedSource: Bool
    public var lastPostAt: Date

    enum CodingKeys: String, CodingKey {
        case threadID = "thread_id"
        case threadTitle = "thread_title"
        case threadURL = "thread_url"
        case source, topics, level, score, reasons, markers
        case postsLast24h = "posts_last_24h"
        case postsBefore = "posts_before"
        case distinctAuthors = "distinct_authors"
        case negativePosts = "negative_posts"
        case negativeShare = "negative_share"
        case strongestNegativeExcerpt = "strongest_negative_excerpt"
        case strongestNegativeScore = "strongest_negative_score"
        case answeredByStaff = "answered_by_staff"
        case hoursSinceStaffAnswer = "hours_since_staff_answer"
        case hoursWithoutStaffAnswer = "hours_without_staff_answer"
        case ownedSource = "owned_source"
        case lastPostAt = "last_post_at"
    }

    public init(
        threadID: String, threadTitle: String, threadURL: String?, source: String, topics: [String], level: Level,
        score: Double, reasons: [String], postsLast24h: Int, postsBefore: Int, distinctAuthors: Int,
        negativePosts: Int, negativeShare: Double, markers: [String], strongestNegativeExcerpt: String?,
        strongestNegativeScore: Double?, answeredByStaff: Bool, hoursSinceStaffAnswer: Double?,
        hoursWithoutStaffAnswer: Double?, ownedSource: Bool, lastPostAt: Date
    ) {
        self.threadID = threadID
        self.threadTitle = threadTitle
        self.threadURL = threadURL
        self.source = source
        self.topics = topics
        self.level = level
        self.score = score
        self.reasons = reasons
        self.postsLast24h = postsLast24h
        self.postsBefore = postsBefore
        self.distinctAuthors = distinctAuthors
        self.negativePosts = negativePosts
        self.negativeShare = negativeShare
        self.markers = markers
        self.strongestNegativeExcerpt = strongestNegativeExcerpt
        self.strongestNegativeScore = strongestNegativeScore
        self.answeredByStaff = answeredByStaff
        self.hoursSinceStaffAnswer = hoursSinceStaffAnswer
        self.hoursWithoutStaffAnswer = hoursWithoutStaffAnswer
        self.ownedSource = ownedSource
        self.lastPostAt = lastPostAt
    }
}
