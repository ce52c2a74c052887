import Foundation

/// Scores every thread with customer posts in the last 24 hours and keeps those at
/// `watch` or `escalate`.
///
/// score = concern × (1 + momentum), where
/// - concern = 4 × negativeShare × min(1, negativePosts / 3)
///             + (markers present ? 3 + min(2, distinct markers − 1) : 0)      (0…9)
/// - momentum = (velocity + authors + staffGap) / 3                              (0…7/3)
///   - velocity = min(3, log2(1 + postsLast24h / max(1, postsBefore / 7)))
///   - authors = min(2, (distinctAuthors − 1) / 2)
///   - staffGap (owned sources) = 2 when a customer waited ≥ 2 × SLA, 1 when ≥ SLA, else 0
///
/// Concern multiplies, so a fast thread without negativity or markers scores 0 and can
/// never be listed: busy is not the same as angry.
struct EscalationScorer: Sendable {
    /// One negative post with a marker (≈ 5.8) reaches watch; two negative posts alone (≈ 4.5) do not.
    var watchScore = 5.0
    /// Several angry authors with a marker, or a large angry thread.
    var escalateScore = 12.0
    /// Negative posts needed for the full negativity weight; one bad post is not a pattern.
    var negativePostsForFullWeight = 3.0
    /// How far back "postsBefore" reaches before the last 24 hours.
    var daysBefore = 7

    /// `posts`: every post (staff too) of the input window, up to the report day's end.
    func escalations(_ posts: [StoredPost], calendar: ReportCalendar, sources: [String: ReportSource]) -> [Escalation] {
        let last24hStart = calendar.last24hStart
        let end = calendar.reportEnd
        var threads: [ThreadKey: [StoredPost]] = [:]
        var active: Set<ThreadKey> = []
        for post in posts where post.published < end {
            let key = ThreadKey(post)
            threads[key, default: []].append(post)
            if !post.isStaff && post.published >= last24hStart { active.insert(key) }
        }
        var result: [Escalation] = []
        for key in active.sorted() {
            let thread = threads[key]!.sorted(by: ReportText.chronological)
            let owned = sources[key.source]?.owned ?? thread.contains { $0.isOwnedSource }
            let slaHours = sources[key.source]?.slaHours ?? 24
            if let escalation = assess(thread, key: key, owned: owned, slaHours: slaHours, calendar: calendar) {
                result.append(escalation)
            }
        }
        return result.sorted { a, b in
            if a.level != b.level { return a.level > b.level }
            if a.score != b.score { return a.score > b.score }
            return ThreadKey(source: a.source, threadID: a.threadID) < ThreadKey(source: b.source, threadID: b.threadID)
        }
    }

    /// nil when the thread stays below `watch`.
    func assess(
        _ thread: [StoredPost], key: ThreadKey, owned: Bool, slaHours: Double, calendar: ReportCalendar
    ) -> Escalation? {
        let last24hStart = calendar.last24hStart
        let beforeStart = last24hStart.addingTimeInterval(-Double(daysBefore) * 86_400)
        let customer = thread.filter { !$0.isStaff }
        let staff = thread.filter { $0.isStaff }
        let recent = customer.filter { $0.published >= last24hStart }
        let before = customer.filter { $0.published >= beforeStart && $0.published < last24hStart }.count
        let authors = Set(recent.map(\.author)).count
        let scored = recent.filter { $0.label != .unscored }.count
        let negativePosts = recent.filter { $0.label == .negative }
        let negativeShare = scored > 0 ? Double(negativePosts.count) / Double(scored) : 0
        let markers = Array(Set(recent.flatMap(\.escalationMarkers))).sorted()

        let lastStaff = staff.last?.published
        let waitingSince = customer.first { lastStaff == nil || $0.published > lastStaff! }?.published
        let waitingHours = waitingSince.map { calendar.hoursBeforeEnd($0) }
        let answered = customer.first.map { first in staff.contains { $0.published > first.published } } ?? false

        let concern =
            4 * negativeShare * min(1, Double(negativePosts.count) / negativePostsForFullWeight)
            + (markers.isEmpty ? 0 : 3 + min(2, Double(markers.count - 1)))
        let velocity = min(3, log2(1 + Double(recent.count) / max(1, Double(before) / Double(daysBefore))))
        let authorWeight = min(2, Double(authors - 1) / 2)
        var staffGap = 0.0
        if owned, let waitingHours {
            staffGap = waitingHours >= 2 * slaHours ? 2 : (waitingHours >= slaHours ? 1 : 0)
        }
        let score = ReportRounding.round4(concern * (1 + (velocity + authorWeight + staffGap) / 3))
        guard score >= watchScore else { return nil }

        let strongest = negativePosts.min { a, b in
            a.score != b.score ? a.score < b.score : ReportText.chronological(a, b)
        }
        var reasons = ["\(recent.count) post\(recent.count == 1 ? "" : "s") in 24 h" + (before > 0 ? " (\(before) in the \(daysBefore) days before)" : "")]
        if !negativePosts.isEmpty { reasons.append("\(negativePosts.count) negative") }
        if authors > 1 { reasons.append("\(authors) authors") }
        if !markers.isEmpty { reasons.append("mentions " + markers.map { "'\($0)'" }.joined(separator: ", ")) }
        if owned, let waitingHours {
            reasons.append("no answer from staff for \(ReportText.wholeHours(waitingHours)) h")
        } else if let lastStaff {
            reasons.append("staff answered \(ReportText.wholeHours(calendar.hoursBeforeEnd(lastStaff))) h ago")
        }

        return Escalation(
            threadID: key.threadID, threadTitle: ReportText.threadTitle(thread, threadID: key.threadID),
            threadURL: ReportText.threadURL(thread), source: key.source,
            topics: Array(Set(recent.flatMap(\.topics))).sorted(),
            level: score >= escalateScore ? .escalate : .watch, score: score, reasons: reasons,
            postsLast24h: recent.count, postsBefore: before, distinctAuthors: authors,
            negativePosts: negativePosts.count, negativeShare: ReportRounding.round4(negativeShare), markers: markers,
            strongestNegativeExcerpt: strongest.map { ReportText.excerpt($0.text) },
            strongestNegativeScore: ReportRounding.round4(strongest?.score), answeredByStaff: answered,
            hoursSinceStaffAnswer: lastStaff.map { calendar.hoursBeforeEnd($0) }, hoursWithoutStaffAnswer: waitingHours,
            ownedSource: owned, lastPostAt: recent.last!.published)
    }
}
