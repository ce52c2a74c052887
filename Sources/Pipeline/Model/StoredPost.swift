import Foundation
import Sentiment

/// A post as the store keeps it: pseudonymised author, redacted text, classification.
/// Nothing in it identifies a person directly.
public struct StoredPost: Sendable, Equatable, Codable {
    /// Stable key: source name + the source's native id (else link, else content hash).
    public var key: String
    public var source: String
    public var nativeID: String
    public var threadID: String
    public var threadTitle: String?
    public var threadURL: String?
    public var parentID: String?
    public var link: String?
    /// Keyed pseudonym (`a_…`), never the raw name.
    public var author: String
    /// Written by one of the source's `staff` accounts.
    public var isStaff: Bool
    /// The source is our own community (answers expected).
    public var isOwnedSource: Bool
    public var published: Date
    public var dateFlagged: Bool
    /// Redacted title and text.
    public var title: String?
    public var text: String
    public var contentHash: String
    public var language: Language
    public var score: Double
    public var label: SentimentLabel
    public var confidence: Double
    /// Topic names, sorted.
    public var topics: [String]
    public var escalationMarkers: [String]
    public var isQuestion: Bool
    public var classifierVersion: String

    public init(
        key: String, source: String, nativeID: String, threadID: String, threadTitle: String?,
        threadURL: String?, parentID: String?, link: String?, author: String, isStaff: Bool,
        isOwnedSource: Bool, published: Date, dateFlagged: Bool, title: String?, text: String,
        contentHash: String, language: Language, score: Double, label: SentimentLabel, confidence: Double,
        topics: [String], escalationMarkers: [String], isQuestion: Bool, classifierVersion: String
    ) {
        self.key = key
        self.source = source
        self.nativeID = nativeID
        self.threadID = threadID
        self.threadTitle = threadTitle
        self.threadURL = threadURL
        self.parentID = parentID
        self.link = link
        self.author = author
        self.isStaff = isStaff
        self.isOwnedSource = isOwnedSource
        self.published = published
        self.dateFlagged = dateFlagged
        self.title = title
        self.text = text
        self.contentHash = contentHash
        self.language = language
        self.score = score
        self.label = label
        self.confidence = confidence
        self.topics = topics
        self.escalationMarkers = escalationMarkers
        self.isQuestion = isQuestion
        self.classifierVersion = classifierVersion
    }
}
