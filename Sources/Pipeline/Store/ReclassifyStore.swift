import Foundation
import Sentiment

/// What `monitor reclassify` reads of a stored post: enough to classify it again the way
/// `PostPreparer` did when it was fetched.
public struct PostToReclassify: Sendable, Equatable {
    public var key: String
    public var source: String
    public var title: String?
    public var text: String
    /// Nil when the post starts its thread (its title is then part of the analysed text).
    public var parentID: String?
}

/// The new classification of one stored post.
public struct Reclassification: Sendable, Equatable {
    public var key: String
    public var analysis: TextAnalysis
    public var version: String
}

extension SQLitePostStore {
    /// Up to `limit` posts whose stored classifier version is not `version`, in key order,
    /// optionally only those published at or after `since`. Rows already rescored no longer
    /// match, so calling this again after `saveReclassifications` returns the next batch.
    public func postsToReclassify(notVersion version: String, since: Date?, limit: Int) throws -> [PostToReclassify] {
        let rows = try database.prepare(
            """
            SELECT key, source, title, text, parent_id FROM posts
            WHERE classifier_version <> ?1 AND published >= ?2 ORDER BY key LIMIT ?3
            """
        ).query([.text(version), .integer(Int64((since?.timeIntervalSince1970 ?? -Double(Int32.max)).rounded(.down))), .integer(Int64(limit))])
        return rows.compactMap { row in
            guard let key = row.string(0), let source = row.string(1), let text = row.string(3) else { return nil }
            return PostToReclassify(key: key, source: source, title: row.string(2), text: text, parentID: row.string(4))
        }
    }

    /// How many posts `postsToReclassify` would go through in all.
    public func countToReclassify(notVersion version: String, since: Date?) throws -> Int {
        try database.prepare("SELECT COUNT(*) FROM posts WHERE classifier_version <> ?1 AND published >= ?2")
            .query([.text(version), .integer(Int64((since?.timeIntervalSince1970 ?? -Double(Int32.max)).rounded(.down)))])
            .first?.int(0) ?? 0
    }

    /// Writes new scores, labels, topics, markers and the classifier version in one transaction.
    /// Text, author and dates stay as they are; `last_changed` is set as an upsert would.
    @discardableResult
    public func saveReclassifications(_ updates: [Reclassification], at now: Date) throws -> Int {
        let update = try database.prepare(
            """
            UPDATE posts SET language = ?2, score = ?3, label = ?4, confidence = ?5, topics = ?6, markers = ?7,
                is_question = ?8, classifier_version = ?9, last_changed = ?10
            WHERE key = ?1
            """)
        let timestamp = SQLiteValue.integer(Int64(now.timeIntervalSince1970))
        return try database.transaction {
            var changed = 0
            for item in updates {
                let analysis = item.analysis
                try update.run([
                    .text(item.key), .text(analysis.language.language.rawValue), .real(analysis.sentiment.score),
                    .text(analysis.sentiment.label.rawValue), .real(analysis.sentiment.confidence),
                    .text(analysis.topics.map(\.topic).sorted().joined(separator: "\n")),
                    .text(PostPreparer.readable(analysis.escalationMarkers).joined(separator: "\n")),
                    SQLiteValue(analysis.isQuestion), .text(item.version), timestamp,
                ])
                changed += database.changes
            }
            return changed
        }
    }
}

/// Rescores stored posts after a lexicon, topic or rule change: every post whose stored
/// classifier version differs from the analyser's, in batches of `batchSize`, each batch
/// written in one transaction (an interrupted run keeps what it finished and resumes there).
public struct Reclassifier {
    public var analyzer: any TextAnalyzing
    /// Source name → configured language hint, as at fetch time.
    public var languageHints: [String: Language]
    public var batchSize: Int

    public init(analyzer: any TextAnalyzing, languageHints: [String: Language], batchSize: Int = 500) {
        self.analyzer = analyzer
        self.languageHints = languageHints
        self.batchSize = max(1, batchSize)
    }

    public struct Summary: Sendable, Equatable {
        public var rescored = 0
        /// Posts whose label changed (positive / neutral / negative / unscored).
        public var labelsChanged = 0
    }

    /// `progress` is called after each batch with (done, total).
    public func run(store: SQLitePostStore, since: Date?, now: Date, progress: (Int, Int) -> Void = { _, _ in }) throws -> Summary {
        let total = try store.countToReclassify(notVersion: analyzer.version, since: since)
        var summary = Summary()
        var memo = WordMemo()  // word-level results shared by the posts of the run
        while summary.rescored < total {
            let batch = try store.postsToReclassify(notVersion: analyzer.version, since: since, limit: batchSize)
            if batch.isEmpty { break }
            let previous = try labels(of: batch.map(\.key), in: store)
            let updates = batch.map { post in
                Reclassification(key: post.key, analysis: analyzer.analyze(Self.analysedText(of: post), languageHint: languageHints[post.source], memo: &memo),
                                 version: analyzer.version)
            }
            try store.saveReclassifications(updates, at: now)
            summary.rescored += updates.count
            summary.labelsChanged += updates.filter { previous[$0.key] != $0.analysis.sentiment.label.rawValue }.count
            progress(summary.rescored, total)
        }
        return summary
    }

    /// The text the post was classified on at fetch time: a thread starter's title (unless it
    /// is a "Re:" title) goes before its text, as in `PostPreparer`.
    static func analysedText(of post: PostToReclassify) -> String {
        guard post.parentID == nil, let title = post.title, !title.isEmpty, !title.lowercased().hasPrefix("re:") else { return post.text }
        return title + "\n" + post.text
    }

    private func labels(of keys: [String], in store: SQLitePostStore) throws -> [String: String] {
        let select = try store.database.prepare("SELECT label FROM posts WHERE key = ?1")
        var result: [String: String] = [:]
        for key in keys { result[key] = try select.query([.text(key)]).first?.string(0) }
        return result
    }
}
