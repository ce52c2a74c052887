import Foundation

/// A customer question in an owned source that got no staff reply in its thread within
/// the source's SLA. Listed for the 14 days ending with the report day.
public struct UnansweredQuestion: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Equatable, Codable, CaseIterable {
        /// No staff reply yet and the SLA has passed.
        case overdue
        /// No staff reply yet, still within the SLA.
        case open
        /// A staff reply came, but after the SLA.
        case answeredLate = "answered_late"
    }

    public var threadID: String
    public var threadTitle: String
    @ExplicitNull public var threadURL: String?
    public var source: String
    public var postKey: String
    @ExplicitNull public var link: String?
    public var published: Date
    /// Hours from publication to the end of the report day.
    public var ageHours: Double
    public var slaHours: Double
    public var status: Status
    /// Hours until the first staff reply, for `answered_late`.
    @ExplicitNull public var answeredAfterHours: Double?
    public var topics: [String]
    /// Redacted text, at most 280 characters.
    public var excerpt: String

    enum CodingKeys: String, CodingKey {
        case threadID = "thread_id"
        case threadTitle = "thread_title"
        case threadURL = "thread_url"
        case source
        case postKey = "post_key"
        case link, published, status, topics, excerpt
        case ageHours = "age_hours"
        case slaHours = "sla_hours"
        case answeredAfterHours = "answered_after_hours"
    }

    public init(
        threadID: String, threadTitle: String, threadURL: String?, source: String, postKey: String, link: String?,
        published: Date, ageHours: Double, slaHours: Double, status: Status, answeredAfterHours: Double?,
        topics: [String], excerpt: String
    ) {
        self.threadID = threadID
        self.threadTitle = threadTitle
        self.threadURL = threadURL
        self.source = source
        self.postKey = postKey
        self.link = link
        self.published = published
        self.ageHours = ageHours
        self.slaHours = slaHours
        self.status = status
        self.answeredAfterHours = answeredAfterHours
        self.topics = topics
        self.excerpt = excerpt
    }
}
