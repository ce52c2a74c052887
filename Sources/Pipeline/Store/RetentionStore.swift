import Foundation
import Privacy

/// The suppression list: keyed pseudonyms of people who asked to be forgotten (GDPR Art. 17).
/// Only the keyed hash is kept, never the name, so the list itself identifies nobody without
/// the key; the nightly fetch skips their posts.
public protocol SuppressionListing: AnyObject {
    func suppressedPseudonyms() throws -> Set<String>
}

/// What erasing one author removed from the store.
public struct AuthorErasure: Sendable, Equatable {
    /// The author's own posts, deleted.
    public var deletedPosts: [StoredPost] = []
    /// Other posts in which the author's pseudonym was replaced by `[NAME]`.
    public var rewrittenMentions = 0
    /// Replies in threads the author started whose copy of the starter's title was removed.
    public var clearedThreadTitles = 0
    /// Alert ledger entries whose stored item quoted one of the deleted posts or the pseudonym.
    public var deletedAlerts = 0
    /// false when the pseudonym was on the suppression list already.
    public var newlySuppressed = false
}

/// Retention and erasure on the store. Deleted rows are overwritten (`secure_delete`), and
/// `compact()` rebuilds the file and empties the WAL, so deleted text does not survive in free
/// pages or old WAL frames.
extension SQLitePostStore: SuppressionListing {
    public func suppressedPseudonyms() throws -> Set<String> {
        Set(try database.prepare("SELECT pseudonym FROM suppressions").query().compactMap { $0.string(0) })
    }

    /// The local days (in `zone`) that still have posts published before `cutoff`, oldest first.
    public func daysWithPosts(publishedBefore cutoff: Date, in zone: TimeZone) throws -> [ReportDay] {
        let rows = try database.prepare("SELECT DISTINCT published FROM posts WHERE published < ?1")
            .query([.integer(Int64(cutoff.timeIntervalSince1970))])
        let days = Set(rows.compactMap { $0.int(0) }.map {
            ReportDay(containing: Date(timeIntervalSince1970: Double($0)), in: zone)
        })
        return days.sorted()
    }

    /// Deletes every post published before `cutoff`; returns how many.
    public func deletePosts(publishedBefore cutoff: Date) throws -> Int {
        try database.execute("PRAGMA secure_delete = ON", context: "enabling secure_delete on \(url.path)")
        return try database.transaction {
            try database.prepare("DELETE FROM posts WHERE published < ?1").run([.integer(Int64(cutoff.timeIntervalSince1970))])
            return database.changes
        }
    }

    /// Deletes delivered or baseline alert ledger entries of report days before `day`: their
    /// cooldowns ran out long ago, and their stored items quote post excerpts. Pending items stay
    /// (they still have to go out).
    public func deleteAlerts(reportedBefore day: ReportDay) throws -> Int {
        try database.transaction {
            try database.prepare("DELETE FROM alerts WHERE status != 'pending' AND report_day != '' AND report_day < ?1")
                .run([.text(day.description)])
            return database.changes
        }
    }

    /// Every post by `pseudonym`, ordered by publication time.
    public func posts(byAuthor pseudonym: String) throws -> [StoredPost] {
        let keys = try database.prepare("SELECT key, published FROM posts WHERE author = ?1 ORDER BY published, key")
            .query([.text(pseudonym)])
        guard let first = keys.first?.int(1), let last = keys.last?.int(1) else { return [] }
        let wanted = Set(keys.compactMap { $0.string(0) })
        return try posts(publishedFrom: Date(timeIntervalSince1970: Double(first)), to: Date(timeIntervalSince1970: Double(last + 1)))
            .filter { wanted.contains($0.key) }
    }

    /// Erases one author: deletes their posts, replaces their pseudonym in every other post's
    /// title, thread title and text by `[NAME]` (new content hash, so a re-fetch is not taken
    /// for an edit), drops alert ledger entries that quote them, and adds the pseudonym to the
    /// suppression list. One transaction.
    public func erase(author pseudonym: String, source: String, at now: Date) throws -> AuthorErasure {
        try database.execute("PRAGMA secure_delete = ON", context: "enabling secure_delete on \(url.path)")
        var result = AuthorErasure()
        result.deletedPosts = try posts(byAuthor: pseudonym)
        let mentions = try database.prepare(
            """
            SELECT key, title, thread_title, text FROM posts
            WHERE author != ?1 AND (instr(text, ?1) > 0 OR instr(title, ?1) > 0 OR instr(thread_title, ?1) > 0)
            """
        ).query([.text(pseudonym)])
        let update = try database.prepare("UPDATE posts SET title = ?2, thread_title = ?3, text = ?4, content_hash = ?5 WHERE key = ?1")
        let alerts = try database.prepare("SELECT item_key, payload FROM alerts").query()
        let needles = Self.needles(pseudonym: pseudonym, posts: result.deletedPosts)
        try database.transaction {
            try database.prepare("DELETE FROM posts WHERE author = ?1").run([.text(pseudonym)])
            for row in mentions {
                guard let key = row.string(0), let text = row.string(3) else { continue }
                func scrub(_ value: String?) -> String? { value?.replacingOccurrences(of: pseudonym, with: PIIType.name.placeholder) }
                let title = scrub(row.string(1))
                let newText = scrub(text) ?? text
                try update.run([
                    .text(key), SQLiteValue(title), SQLiteValue(scrub(row.string(2))), .text(newText),
                    .text(ContentHash.of(title: title, text: newText)),
                ])
                result.rewrittenMentions += 1
            }
            // A thread they started keeps its replies, but not their title: it is their words.
            let clearTitles = try database.prepare(
                """
                UPDATE posts SET thread_title = CASE WHEN thread_title = ?3 THEN NULL ELSE thread_title END,
                    title = CASE WHEN title = ?3 OR title = 'Re: ' || ?3 THEN NULL ELSE title END
                WHERE source = ?1 AND thread_id = ?2
                """)
            for post in result.deletedPosts where post.parentID == nil {
                guard let title = post.title ?? post.threadTitle, !title.isEmpty else { continue }
                try clearTitles.run([.text(post.source), .text(post.threadID), .text(title)])
                result.clearedThreadTitles += database.changes
            }
            let deleteAlert = try database.prepare("DELETE FROM alerts WHERE item_key = ?1")
            for row in alerts {
                guard let key = row.string(0), let payload = row.string(1),
                    needles.contains(where: { payload.contains($0) }) || Self.jsonUnescaped(payload).map({ text in
                        needles.contains(where: { text.contains($0) })
                    }) == true
                else { continue }
                try deleteAlert.run([.text(key)])
                result.deletedAlerts += 1
            }
            try database.prepare("INSERT INTO suppressions (pseudonym, source, added) VALUES (?1, ?2, ?3) ON CONFLICT(pseudonym) DO NOTHING")
                .run([.text(pseudonym), .text(source), .integer(Int64(now.timeIntervalSince1970))])
            result.newlySuppressed = database.changes > 0
        }
        return result
    }

    /// Rebuilds the file without free pages (`VACUUM`) and empties the WAL, so deleted text is
    /// gone from every file of the store, not just unreachable.
    public func compact() throws {
        try database.execute("VACUUM", context: "vacuuming \(url.path)")
        try database.execute("PRAGMA wal_checkpoint(TRUNCATE)", context: "checkpointing \(url.path)")
    }

    /// Strings that betray a deleted post in a stored alert item or a report: the pseudonym,
    /// links, and the beginning of each title and text as an excerpt shows it.
    static func needles(pseudonym: String, posts: [StoredPost]) -> [String] {
        ErasureNeedles.of(pseudonym: pseudonym, posts: posts)
    }

    private static func jsonUnescaped(_ payload: String) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(payload.utf8)) else { return nil }
        return Self.flatten(object)
    }

    private static func flatten(_ value: Any) -> String {
        switch value {
        case let text as String: return text
        case let list as [Any]: return list.map(flatten).joined(separator: "\n")
        case let object as [String: Any]: return object.keys.sorted().map { flatten(object[$0]!) }.joined(separator: "\n")
        default: return ""
        }
    }
}
