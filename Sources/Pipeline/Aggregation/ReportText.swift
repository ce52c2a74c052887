import Foundation

/// Text helpers shared by the aggregation steps: excerpts and thread identity.
enum ReportText {
    /// Longest excerpt any report shows: a tweet's worth, enough to judge tone at a glance.
    static let maximumExcerptCharacters = 280

    /// Collapses whitespace (line breaks would break CSV rows in naive readers and table
    /// layout in HTML) and cuts at a word boundary with "…" when longer than `limit`.
    static func excerpt(_ text: String, limit: Int = maximumExcerptCharacters) -> String {
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard collapsed.count > limit else { return collapsed }
        let hard = collapsed.prefix(limit - 1)
        // Prefer the last space in the final 40 characters; a mid-word cut reads like a typo.
        if let space = hard.lastIndex(of: " "), hard.distance(from: space, to: hard.endIndex) <= 40 {
            return String(hard[..<space]) + "…"
        }
        return String(hard) + "…"
    }

    /// Thread title from the earliest post that carries one, else the earliest post's
    /// title, else the thread id, so no row is left without a label.
    static func threadTitle(_ postsByTime: [StoredPost], threadID: String) -> String {
        if let title = postsByTime.lazy.compactMap({ $0.threadTitle }).first(where: { !$0.isEmpty }) { return title }
        if let title = postsByTime.lazy.compactMap({ $0.title }).first(where: { !$0.isEmpty }) { return title }
        return threadID
    }

    static func threadURL(_ postsByTime: [StoredPost]) -> String? {
        postsByTime.lazy.compactMap { $0.threadURL }.first ?? postsByTime.lazy.compactMap { $0.link }.first
    }

    /// Chronological order with the key as tie-breaker, so equal timestamps never reorder output.
    static func chronological(_ a: StoredPost, _ b: StoredPost) -> Bool {
        a.published != b.published ? a.published < b.published : a.key < b.key
    }

    /// Whole hours for reasons ("31 h"): analysts read hours, not fractions.
    static func wholeHours(_ hours: Double) -> Int {
        Int(max(0, hours).rounded(.down))
    }
}
