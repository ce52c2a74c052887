import Foundation
import Sentiment

/// Volume, sentiment and share of voice of the watched names (`watch` groups) among customer
/// posts, on the report day and over the 7 days ending with it. Title and text are searched.
struct ShareOfVoice: Sendable {
    /// Days of the longer window, ending with the report day.
    static let windowDays = 7

    /// `posts`: customer posts with their day offset (0 = report day).
    func rows(_ posts: [(post: StoredPost, offset: Int)], groups: [WatchGroup]) -> [WatchRow] {
        let matcher = WatchTermMatcher(groups: groups)
        guard !matcher.isEmpty else { return [] }
        let groupNames = Array(Set(matcher.terms.map(\.group))).sorted()
        var termToday = Array(repeating: SentimentCounts(), count: matcher.terms.count)
        var termWeek = termToday
        var groupToday: [String: SentimentCounts] = [:]
        var groupWeek: [String: SentimentCounts] = [:]
        for (post, offset) in posts where offset > -Self.windowDays && offset <= 0 {
            let found = matcher.matches(in: [post.title, post.text].compactMap { $0 }.joined(separator: "\n"))
            guard !found.isEmpty else { continue }
            let label = post.label
            for index in found {
                termWeek[index].add(label)
                if offset == 0 { termToday[index].add(label) }
            }
            for group in Set(found.map { matcher.terms[$0].group }) {
                groupWeek[group, default: SentimentCounts()].add(label)
                if offset == 0 { groupToday[group, default: SentimentCounts()].add(label) }
            }
        }
        func share(_ part: Int, of total: Int) -> Double? {
            total > 0 ? ReportRounding.round4(Double(part) / Double(total)) as Double : nil
        }
        let groupTotalToday = groupToday.values.reduce(0) { $0 + $1.volume }
        let groupTotalWeek = groupWeek.values.reduce(0) { $0 + $1.volume }
        let termTotalToday = termToday.reduce(0) { $0 + $1.volume }
        let termTotalWeek = termWeek.reduce(0) { $0 + $1.volume }
        func row(
            group: String, term: String, today: SentimentCounts, week: SentimentCounts, totalToday: Int, totalWeek: Int
        ) -> WatchRow {
            WatchRow(
                group: group, term: term, volume: today.volume, positive: today.positive, neutral: today.neutral,
                negative: today.negative, unscored: today.unscored, netSentiment: today.netSentiment,
                shareOfVoice: share(today.volume, of: totalToday), volume7d: week.volume,
                netSentiment7d: week.netSentiment, shareOfVoice7d: share(week.volume, of: totalWeek))
        }
        var rows: [WatchRow] = []
        for group in groupNames {
            rows.append(
                row(group: group, term: TrendRow.all, today: groupToday[group] ?? SentimentCounts(),
                    week: groupWeek[group] ?? SentimentCounts(), totalToday: groupTotalToday, totalWeek: groupTotalWeek))
            for (index, term) in matcher.terms.enumerated() where term.group == group {
                rows.append(
                    row(group: group, term: term.term, today: termToday[index], week: termWeek[index],
                        totalToday: termTotalToday, totalWeek: termTotalWeek))
            }
        }
        return rows
    }
}
