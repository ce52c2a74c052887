import Foundation

/// The pipeline's date policy: every post gets a `published` date. When the source has none
/// or an unreadable one, the fetch time stands in and `dateIssue` says so; dates more than a
/// day ahead of the fetch (wrong zone, wrong year, scheduled posts) are kept but flagged.
struct PostDating {
    let parser: DateParser
    let fetchedAt: Date
    let formatHint: String?
    /// A day of slack: zone mistakes put honest posts up to 14 hours ahead.
    static let futureTolerance: TimeInterval = 86_400

    init(context: ParseContext, formatHint: String? = nil) {
        parser = DateParser(timeZone: context.timeZone, now: context.fetchedAt)
        fetchedAt = context.fetchedAt
        self.formatHint = formatHint
    }

    /// Sets `published`, `updated` and `dateIssue` from the raw strings (first non-empty wins).
    func apply(published candidates: [String?], updated rawUpdated: String?, to post: inout FetchedPost) {
        let updated = rawUpdated.flatMap { nonEmpty($0) }.flatMap { parser.parse($0, formatHint: formatHint) }
        post.updated = updated
        let raw = candidates.lazy.compactMap { $0.flatMap(nonEmpty) }.first
        if let raw, let date = parser.parse(raw, formatHint: formatHint) {
            post.published = date
        } else if raw == nil, let updated {
            post.published = updated  // Atom requires only `updated`; it is the best we have.
        } else {
            post.published = fetchedAt
            post.dateIssue = raw == nil ? .missing : .unparseable
            return
        }
        if let published = post.published, published.timeIntervalSince(fetchedAt) > PostDating.futureTolerance {
            post.dateIssue = .inFuture
        }
    }

    /// Same policy for sources that give dates as instants already (JSON numbers).
    func apply(publishedDate: Date?, rawPresent: Bool, to post: inout FetchedPost) {
        if let publishedDate {
            post.published = publishedDate
            if publishedDate.timeIntervalSince(fetchedAt) > PostDating.futureTolerance { post.dateIssue = .inFuture }
        } else {
            post.published = fetchedAt
            post.dateIssue = rawPresent ? .unparseable : .missing
        }
    }

    private func nonEmpty(_ text: String) -> String? {
        let trimmed = Whitespace.trimmed(text)
        return trimmed.isEmpty ? nil : trimmed
    }
}
