import Foundation
import Ingest
import Privacy

/// The suppression check of the nightly fetch: after `monitor forget`, the source still serves
/// that person's old posts, and other people still quote their name. Their posts are skipped
/// (counted as "suppressed") and their name in other posts of the thread becomes `[NAME]`, the
/// same text the erasure left in the posts already stored.
extension PostPreparer {
    /// Neither by a suppressed author nor past retention.
    func isStored(_ entry: FetchedPost, source: String) -> Bool {
        if let retainedFrom, let published = entry.published ?? entry.updated, published < retainedFrom { return false }
        return !isSuppressed(entry, source: source)
    }

    func isSuppressed(_ entry: FetchedPost, source: String) -> Bool {
        guard !suppressedAuthors.isEmpty, let author = entry.author else { return false }
        return suppressedAuthors.contains(pseudonymizer.pseudonym(forAuthor: author, source: source))
    }

    /// How a thread participant's name is written in other posts: their pseudonym, so "who
    /// answered whom" survives, or `[NAME]` for someone who was forgotten.
    func mention(of author: String, source: String) -> String {
        let pseudonym = pseudonymizer.pseudonym(forAuthor: author, source: source)
        return suppressedAuthors.contains(pseudonym) ? PIIType.name.placeholder : pseudonym
    }

    /// How many of `entries` are by suppressed authors and will not be stored.
    public func suppressedCount(in entries: [FetchedPost], from source: String) -> Int {
        suppressedAuthors.isEmpty ? 0 : entries.filter { isSuppressed($0, source: source) }.count
    }
}
