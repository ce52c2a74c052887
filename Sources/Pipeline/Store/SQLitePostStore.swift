import Foundation
import Sentiment

/// The store in one SQLite file: WAL journal, foreign keys on, every write in a transaction,
/// statements prepared once per store.
public final class SQLitePostStore: PostStore {
    public let url: URL
    let database: SQLiteDatabase
    private static let postColumns = """
        key, source, native_id, thread_id, thread_title, thread_url, parent_id, link, author, is_staff,
        is_owned_source, published, date_flagged, title, text, content_hash, language, score, label,
        confidence, topics, markers, is_question, classifier_version
        """

    /// Opens (and creates or migrates) the store at `url`; the folder must exist.
    public init(url: URL) throws {
        self.url = url
        database = try SQLiteDatabase(path: url.path)
        try database.execute("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;", context: "configuring \(url.path)")
        try migrate()
    }

    public static var schemaVersion: Int { StoreSchema.migrations.count }

    private func migrate() throws {
        let current = try database.userVersion
        guard current <= StoreSchema.migrations.count else {
            throw SQLiteError(
                code: 0, message: "the store has schema version \(current), this monitor knows up to \(StoreSchema.migrations.count); use a newer monitor",
                context: "opening \(url.path)")
        }
        for (index, migration) in StoreSchema.migrations.enumerated() where index >= current {
            try database.transaction {
                try database.execute(migration, context: "migrating \(url.path) to schema version \(index + 1)")
                try database.execute("PRAGMA user_version = \(index + 1)")
            }
        }
    }

    public func sourceState(named name: String) throws -> SourceState {
        let rows = try database.prepare(
            "SELECT etag, last_modified, last_success, last_failure, last_error, consecutive_failures, moved_to FROM sources WHERE name = ?1"
        ).query([.text(name)])
        guard let row = rows.first else { return SourceState(name: name) }
        return SourceState(
            name: name, etag: row.string(0), lastModified: row.string(1),
            lastSuccess: row.int(2).map { Date(timeIntervalSince1970: Double($0)) },
            lastFailure: row.int(3).map { Date(timeIntervalSince1970: Double($0)) },
            lastError: row.string(4), consecutiveFailures: row.int(5) ?? 0, movedTo: row.string(6))
    }

    public func save(_ state: SourceState) throws {
        try database.prepare(
            """
            INSERT INTO sources (name, etag, last_modified, last_success, last_failure, last_error, consecutive_failures, moved_to)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            ON CONFLICT(name) DO UPDATE SET etag = ?2, last_modified = ?3, last_success = ?4,
                last_failure = ?5, last_error = ?6, consecutive_failures = ?7, moved_to = ?8
            """
        ).run([
            .text(state.name), SQLiteValue(state.etag), SQLiteValue(state.lastModified),
            SQLiteValue(state.lastSuccess.map { Int($0.timeIntervalSince1970) }),
            SQLiteValue(state.lastFailure.map { Int($0.timeIntervalSince1970) }),
            SQLiteValue(state.lastError), .integer(Int64(state.consecutiveFailures)), SQLiteValue(state.movedTo),
        ])
    }

    public func existingKeys(among keys: [String]) throws -> Set<String> {
        let select = try database.prepare("SELECT 1 FROM posts WHERE key = ?1")
        var existing = Set<String>()
        for key in keys where try !select.query([.text(key)]).isEmpty { existing.insert(key) }
        return existing
    }

    public func linkCrossPosts(_ links: [CrossPostLink], at now: Date) throws -> Int {
        let current = try database.prepare("SELECT text_hash FROM cross_posts WHERE post_key = ?1")
        let remove = try database.prepare("DELETE FROM cross_posts WHERE post_key = ?1")
        let link = try database.prepare(
            """
            INSERT INTO cross_posts (post_key, source, text_hash, first_seen) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT(post_key) DO UPDATE SET source = ?2, text_hash = ?3, first_seen = ?4
            """)
        // Uses the index on text_hash: one lookup per post, never a comparison between posts.
        let elsewhere = try database.prepare("SELECT 1 FROM cross_posts WHERE text_hash = ?1 AND source <> ?2 LIMIT 1")
        let timestamp = SQLiteValue.integer(Int64(now.timeIntervalSince1970))
        return try database.transaction {
            var crossPosted = 0
            for entry in links {
                let known = try current.query([.text(entry.postKey)]).first?.string(0)
                guard let hash = entry.textHash else {
                    if known != nil { try remove.run([.text(entry.postKey)]) }
                    continue
                }
                if known == hash { continue }
                try link.run([.text(entry.postKey), .text(entry.source), .text(hash), timestamp])
                if try !elsewhere.query([.text(hash), .text(entry.source)]).isEmpty { crossPosted += 1 }
            }
            return crossPosted
        }
    }

    public func upsert(_ posts: [StoredPost], at now: Date) throws -> UpsertCounts {
        let insert = try database.prepare(
            """
            INSERT INTO posts (\(Self.postColumns), first_seen, last_changed)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
                    ?21, ?22, ?23, ?24, ?25, ?25)
            ON CONFLICT(key) DO UPDATE SET source = ?2, native_id = ?3, thread_id = ?4, thread_title = ?5,
                thread_url = ?6, parent_id = ?7, link = ?8, author = ?9, is_staff = ?10, is_owned_source = ?11,
                published = ?12, date_flagged = ?13, title = ?14, text = ?15, content_hash = ?16,
                language = ?17, score = ?18, label = ?19, confidence = ?20, topics = ?21, markers = ?22,
                is_question = ?23, classifier_version = ?24, last_changed = ?25
            """)
        let select = try database.prepare("SELECT content_hash, classifier_version FROM posts WHERE key = ?1")
        let timestamp = SQLiteValue.integer(Int64(now.timeIntervalSince1970))
        return try database.transaction {
            var counts = UpsertCounts()
            for post in posts {
                let existing = try select.query([.text(post.key)]).first
                if let existing, existing.string(0) == post.contentHash, existing.string(1) == post.classifierVersion {
                    counts.unchanged += 1
                    continue
                }
                try insert.run(Self.values(of: post) + [timestamp])
                if existing == nil { counts.new += 1 } else { counts.updated += 1 }
            }
            return counts
        }
    }

    public func deletePosts(keys: [String]) throws -> Int {
        let delete = try database.prepare("DELETE FROM posts WHERE key = ?1")
        return try database.transaction {
            var removed = 0
            for key in keys {
                try delete.run([.text(key)])
                removed += database.changes
            }
            return removed
        }
    }

    public func posts(publishedFrom from: Date, to: Date) throws -> [StoredPost] {
        let rows = try database.prepare(
            "SELECT \(Self.postColumns) FROM posts WHERE published >= ?1 AND published < ?2 ORDER BY published, key"
        ).query([.integer(Int64(from.timeIntervalSince1970.rounded(.down))), .integer(Int64(to.timeIntervalSince1970.rounded(.up)))])
        return rows.compactMap(Self.post(from:)).filter { $0.published >= from && $0.published < to }
    }

    public func postCount() throws -> Int {
        try database.prepare("SELECT COUNT(*) FROM posts").query().first?.int(0) ?? 0
    }

    public func metadata(_ key: String) throws -> String? {
        try database.prepare("SELECT value FROM metadata WHERE key = ?1").query([.text(key)]).first?.string(0)
    }

    public func setMetadata(_ key: String, _ value: String) throws {
        try database.prepare("INSERT INTO metadata (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2")
            .run([.text(key), .text(value)])
    }

    public func record(_ run: RunRecord) throws {
        try database.prepare(
            """
            INSERT INTO runs (started, finished, report_date, sources_ok, sources_failed, posts_new, posts_updated, exit_code)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            """
        ).run([
            .integer(Int64(run.started.timeIntervalSince1970)), .integer(Int64(run.finished.timeIntervalSince1970)),
            .text(run.reportDate.description), SQLiteValue(run.sourcesOK), SQLiteValue(run.sourcesFailed),
            SQLiteValue(run.postsNew), SQLiteValue(run.postsUpdated), SQLiteValue(Int(run.exitCode)),
        ])
    }

    /// Moves the WAL into the main file, so a copy of the `.sqlite` file alone is complete.
    public func checkpoint() throws {
        try database.execute("PRAGMA wal_checkpoint(TRUNCATE)", context: "checkpointing \(url.path)")
    }

    private static func values(of post: StoredPost) -> [SQLiteValue] {
        [
            .text(post.key), .text(post.source), .text(post.nativeID), .text(post.threadID),
            SQLiteValue(post.threadTitle), SQLiteValue(post.threadURL), SQLiteValue(post.parentID),
            SQLiteValue(post.link), .text(post.author), SQLiteValue(post.isStaff), SQLiteValue(post.isOwnedSource),
            .integer(Int64(post.published.timeIntervalSince1970.rounded())), SQLiteValue(post.dateFlagged),
            SQLiteValue(post.title), .text(post.text), .text(post.contentHash), .text(post.language.rawValue),
            .real(post.score), .text(post.label.rawValue), .real(post.confidence),
            .text(post.topics.joined(separator: "\n")), .text(post.escalationMarkers.joined(separator: "\n")),
            SQLiteValue(post.isQuestion), .text(post.classifierVersion),
        ]
    }

    private static func post(from row: SQLiteRow) -> StoredPost? {
        guard let key = row.string(0), let source = row.string(1), let nativeID = row.string(2),
            let threadID = row.string(3), let author = row.string(8), let published = row.int(11),
            let text = row.string(14), let contentHash = row.string(15)
        else { return nil }
        func list(_ index: Int) -> [String] {
            (row.string(index) ?? "").split(separator: "\n").map(String.init)
        }
        return StoredPost(
            key: key, source: source, nativeID: nativeID, threadID: threadID, threadTitle: row.string(4),
            threadURL: row.string(5), parentID: row.string(6), link: row.string(7), author: author,
            isStaff: row.int(9) == 1, isOwnedSource: row.int(10) == 1,
            published: Date(timeIntervalSince1970: Double(published)), dateFlagged: row.int(12) == 1,
            title: row.string(13), text: text, contentHash: contentHash,
            language: Language(rawValue: row.string(16) ?? "") ?? .other, score: row.double(17) ?? 0,
            label: SentimentLabel(rawValue: row.string(18) ?? "") ?? .unscored, confidence: row.double(19) ?? 0,
            topics: list(20), escalationMarkers: list(21), isQuestion: row.int(22) == 1,
            classifierVersion: row.string(23) ?? "")
    }
}
