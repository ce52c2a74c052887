import Foundation

/// What one source's part of a run did: counts over every page fetched, and the notices the
/// run summary repeats until the user acts (page limit, cool-down, a permanent move).
public struct SourceOutcome: Sendable, Equatable {
    public var name: String
    /// nil when the source worked.
    public var error: String?
    public var entries: Int
    public var new: Int
    public var updated: Int
    public var deleted: Int
    /// Posts by suppressed (forgotten) authors that were skipped, not stored.
    public var suppressed: Int
    public var notModified: Bool
    public var warnings: [String]
    /// Pages fetched in this run (0 when the source was skipped).
    public var pages: Int
    /// The last page fetched still held unseen posts and named a next page, but `max_pages`
    /// was reached: older posts may be missing.
    public var stoppedAtPageLimit: Bool
    /// Set when the source was not fetched because it is cooling down; it is tried again
    /// from this moment on (or now with `monitor run --retry-failed`).
    public var coolingDownUntil: Date?
    /// Where the configured URL redirects permanently, while the configuration still names
    /// the old URL.
    public var movedTo: String?
    /// Posts stored in this run whose text (normalised, redacted) is also held by a post of
    /// another source (`cross_posts`).
    public var crossPosted: Int
    /// Lines for the run summary, each something the user may want to act on.
    public var notices: [String]

    public init(
        name: String, error: String? = nil, entries: Int = 0, new: Int = 0, updated: Int = 0, deleted: Int = 0,
        suppressed: Int = 0, notModified: Bool = false, warnings: [String] = [], pages: Int = 0,
        stoppedAtPageLimit: Bool = false, coolingDownUntil: Date? = nil, movedTo: String? = nil,
        crossPosted: Int = 0, notices: [String] = []
    ) {
        self.name = name
        self.error = error
        self.entries = entries
        self.new = new
        self.updated = updated
        self.deleted = deleted
        self.suppressed = suppressed
        self.notModified = notModified
        self.warnings = warnings
        self.pages = pages
        self.stoppedAtPageLimit = stoppedAtPageLimit
        self.coolingDownUntil = coolingDownUntil
        self.movedTo = movedTo
        self.crossPosted = crossPosted
        self.notices = notices
    }
}
