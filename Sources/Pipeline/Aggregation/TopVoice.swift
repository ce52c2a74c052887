import Foundation

/// One line of top-voices.csv: a pseudonymous customer author who stood out in one source
/// over the 28 days ending with the report day. Pseudonyms only; never a name.
public struct TopVoice: Sendable, Equatable, Codable {
    public enum Ranking: String, Sendable, Equatable, Codable, CaseIterable {
        /// Most customer posts.
        case mostActive = "most_active"
        /// Highest net sentiment among authors with enough posts (candidates for a community programme).
        case mostPositive = "most_positive"
    }

    public var source: String
    public var ranking: Ranking
    /// 1 = first.
    public var rank: Int
    /// The author's pseudonym (`a_…`).
    public var author: String
    public var posts: Int
    public var positive: Int
    public var negative: Int
    /// (positive − negative) / posts.
    public var netSentiment: Double
    /// Distinct threads the author posted in.
    public var threads: Int

    enum CodingKeys: String, CodingKey {
        case source, ranking, rank, author, posts, positive, negative, threads
        case netSentiment = "net_sentiment"
    }

    public init(
        source: String, ranking: Ranking, rank: Int, author: String, posts: Int, positive: Int, negative: Int,
        netSentiment: Double, threads: Int
    ) {
        self.source = source
        self.ranking = ranking
        self.rank = rank
        self.author = author
        self.posts = posts
        self.positive = positive
        self.negative = negative
        self.netSentiment = netSentiment
        self.threads = threads
    }
}
