import Foundation

/// One thing the service team should hear about, in a digest mail. Codable because the ledger
/// keeps the whole item: a pending item is re-sent from the ledger even when a later day's
/// report no longer contains it.
public struct AlertItem: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        case escalation, spike, question, silence
    }

    /// Named severities, as routes name them (`alerts.routes[].min_severity`).
    public enum Severity: Int, Sendable, Comparable, CaseIterable {
        /// Overdue questions.
        case low = 1
        /// Threads to watch, spikes, silent sources.
        case medium = 2
        /// Escalating threads.
        case high = 3

        public var name: String { String(describing: self) }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var kind: Kind
    /// Stable across runs ("escalation:community:4711"): the cooldown ledger's key.
    public var key: String
    /// Higher is more severe (see `Severity`); an item is sent again within the cooldown only when this rises.
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
    /// The report date the item was found for; an item re-sent from the ledger keeps its own day.
    public var day: ReportDay?
    /// When the condition began (a question's SLA ran out); nil: on the report date. The first run
    /// on a new store alerts only items that began on the report date.
    public var since: Date?

    public init(
        kind: Kind, key: String, severity: Int, levelName: String, headline: String, reasons: [String],
        topics: [String], source: String, excerpt: String? = nil, threadTitle: String? = nil, threadURL: String? = nil,
        day: ReportDay? = nil, since: Date? = nil
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
        self.day = day
        self.since = since
    }

    enum CodingKeys: String, CodingKey {
        case kind, key, severity, headline, reasons, topics, source, excerpt, day, since
        case levelName = "level_name"
        case threadTitle = "thread_title"
        case threadURL = "thread_url"
    }
}

/// The alert delivery seam: SMTP in production, an outbox folder offline, a real test server in tests.
public protocol AlertSending: Sendable {
    /// Human-readable destination for the run summary ("smtp://mail.example.com", "outbox/").
    var destination: String { get }
    func send(_ message: MailMessage) throws
}
