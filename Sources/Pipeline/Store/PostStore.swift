import Foundation

/// Per-source fetch state kept between nightly runs.
public struct SourceState: Sendable, Equatable {
    public var name: String
    public var etag: String?
    public var lastModified: String?
    public var lastSuccess: Date?
    public var lastFailure: Date?
    public var lastError: String?
    public var consecutiveFailures: Int
    /// Where the source's URL last redirected permanently (HTTP 301/308), so the run can say
    /// "moved to …" until the configuration is updated; nil when it did not.
    public var movedTo: String?

    public init(
        name: String, etag: String? = nil, lastModified: String? = nil, lastSuccess: Date? = nil,
        lastFailure: Date? = nil, lastError: String? = nil, consecutiveFailures: Int = 0, movedTo: String? = nil
    ) {
        self.name = name
        self.etag = etag
        self.lastModified = lastModified
        self.lastSuccess = lastSuccess
        self.lastFailure = lastFailure
        self.lastError = lastError
        self.consecutiveFailures = consecutiveFailures
        self.movedTo = movedTo
    }
}

public struct UpsertCounts: Sendable, Equatable {
    public var new = 0
    public var updated = 0
    public var unchanged = 0

    public init(new: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.new = new
        self.updated = updated
        self.unchanged = unchanged
    }
}

/// One stored post's entry in `cross_posts`; `textHash` nil removes the entry.
public struct CrossPostLink: Sendable, Equatable {
    public var postKey: String
    public var source: String
    public var textHash: String?

    public init(postKey: String, source: String, textHash: String?) {
        self.postKey = postKey
        self.source = source
        self.textHash = textHash
    }
}

/// What one run did, kept in the store (not in reports, which must not depend on run time).
public struct RunRecord: Sendable, Equatable {
    public var started: Date
    public var finished: Date
    public var reportDate: ReportDay
    public var sourcesOK: Int
    public var sourcesFailed: Int
    public var postsNew: Int
    public var postsUpdated: Int
    public var exitCode: Int32

    public init(
        started: Date, finished: Date, reportDate: ReportDay, sourcesOK: Int, sourcesFailed: Int,
        postsNew: Int, postsUpdated: Int, exitCode: Int32
    ) {
        self.started = started
        self.finished = finished
        self.reportDate = reportDate
        self.sourcesOK = sourcesOK
        self.sourcesFailed = sourcesFailed
        self.postsNew = postsNew
        self.postsUpdated = postsUpdated
        self.exitCode = exitCode
    }
}

/// The storage stage seam.
public protocol PostStore: AnyObject {
    func sourceState(named name: String) throws -> SourceState
    func save(_ state: SourceState) throws
    /// The subset of `keys` already stored: a fetched page whose posts are all known ends pagination.
    func existingKeys(among keys: [String]) throws -> Set<String>
    /// Inserts new posts, updates changed ones (same key, new content or classifier), in one transaction.
    func upsert(_ posts: [StoredPost], at now: Date) throws -> UpsertCounts
    /// Records the cross-post key (`CrossPostKey`) of each stored post, or drops it when the
    /// text became too short to link; returns how many posts got a new key that a post of
    /// another source already has.
    func linkCrossPosts(_ links: [CrossPostLink], at now: Date) throws -> Int
    /// Deletes posts the source marked deleted or hidden; returns how many existed.
    func deletePosts(keys: [String]) throws -> Int
    /// Posts published in `[from, to)`, ordered by publication time and key.
    func posts(publishedFrom from: Date, to: Date) throws -> [StoredPost]
    func postCount() throws -> Int
    func metadata(_ key: String) throws -> String?
    func setMetadata(_ key: String, _ value: String) throws
    func record(_ run: RunRecord) throws
}
