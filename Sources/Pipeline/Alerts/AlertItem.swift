import Foundation

/// One thing the service team should hear about, in a digest mail.
public struct AlertItem: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case escalation, spike, question, silence
    }

    public var kind: Kind
    /// Stable across runs ("escalation:community:4711"): the cooldown ledger's key.
    public var key: String
    /// Higher is more severe; an item is sent again within the cooldown only when this rises.
    public var severity: Int
    public var levelName: String
    public var headline: String
    public var reasons: [String]
    public var topics: [String]
    public var source: String
    /// Redacted text; never raw personal data.
    public var excerpt: String?
    public var threadTitle: String?
    public var threadURL: String?

    public init(
        kind: Kind, key: String, severity: Int, levelName: String, headline: String, reasons: [String],
        topics: [String], source: String, excerpt: String? = nil, threadTitle: String? = nil, threadURL: String? = nil
    ) {
        self.kind = kind
        self.key = key
        self.severity = severity
        self.levelName = levelName
        self.headline = headline
        self.reasons = reasons
        self.topics = topics
        self.source = source
        self.excerpt = excerpt
        self.threadTitle = threadTitle
        self.threadURL = threadURL
    }
}

/// The alert delivery seam: SMTP in production, an outbox folder offline, a real test server in tests.
public protocol AlertSending: Sendable {
    /// Human-readable destination for the run summary ("smtp://mail.example.com", "outbox/").
    var destination: String { get }
    func send(_ message: MailMessage) throws
}
