import Foundation

/// Most active and most positive customer authors per source over the 28 days ending with
/// the report day (day−27 … day). Staff accounts never appear.
struct TopVoiceFinder: Sendable {
    static let windowDays = 28
    /// Authors listed per source and ranking.
    var limit = 5
    /// One happy post is luck, not a voice: "most positive" needs this many posts.
    var minimumPostsForPositive = 3

    private struct Author {
        var posts = 0
        var positive = 0
        var negative = 0
        var threads: Set<String> = []

        var net: Double { Double(positive - negative) / Double(max(1, posts)) }
    }

    /// `posts`: customer posts with their day offset (0 = report day).
    func voices(_ posts: [(post: StoredPost, offset: Int)]) -> [TopVoice] {
        var bySource: [String: [String: Author]] = [:]
        for (post, offset) in posts where offset > -Self.windowDays && offset <= 0 && !post.isStaff {
            var author = bySource[post.source]?[post.author] ?? Author()
            author.posts += 1
            if post.label == .positive { author.positive += 1 }
            if post.label == .negative { author.negative += 1 }
            author.threads.insert(post.threadID)
            bySource[post.source, default: [:]][post.author] = author
        }
        var result: [TopVoice] = []
        for source in bySource.keys.sorted() {
            let authors = bySource[source]!.map { (name: $0.key, stats: $0.value) }
            let active = authors.sorted { a, b in
                if a.stats.posts != b.stats.posts { return a.stats.posts > b.stats.posts }
                if a.stats.threads.count != b.stats.threads.count { return a.stats.threads.count > b.stats.threads.count }
                return a.name < b.name
            }
            let positive = authors.filter { $0.stats.posts >= minimumPostsForPositive && $0.stats.positive > $0.stats.negative }
                .sorted { a, b in
                    if a.stats.net != b.stats.net { return a.stats.net > b.stats.net }
                    if a.stats.positive != b.stats.positive { return a.stats.positive > b.stats.positive }
                    return a.name < b.name
                }
            for (ranking, list) in [(TopVoice.Ranking.mostActive, active), (.mostPositive, positive)] {
                for (index, entry) in list.prefix(limit).enumerated() {
                    result.append(
                        TopVoice(
                            source: source, ranking: ranking, rank: index + 1, author: entry.name,
                            posts: entry.stats.posts, positive: entry.stats.positive, negative: entry.stats.negative,
                            netSentiment: ReportRounding.round4(entry.stats.net), threads: entry.stats.threads.count))
                }
            }
        }
        return result
    }
}
