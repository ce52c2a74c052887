import Foundation

/// Headline numbers of the report day (customer posts unless named otherwise).
public struct ReportTotals: Sendable, Equatable, Codable {
    public var customerPosts: Int
    public var staffPosts: Int
    public var positive: Int
    public var neutral: Int
    public var negative: Int
    public var unscored: Int
    /// (positive − negative) / customer posts; nil without posts.
    @ExplicitNull public var netSentiment: Double?
    public var distinctAuthors: Int
    /// Threads with a customer post on the report day.
    public var activeThreads: Int
    /// Configured sources without a single post on the report day (a broken feed shows here).
    public var silentSources: [String]
    public var volumeSpikes: Int
    public var sentimentDrops: Int
    public var escalations: Int
    public var watches: Int
    public var unansweredQuestions: Int
    public var overdueQuestions: Int

    enum CodingKeys: String, CodingKey {
        case customerPosts = "customer_posts"
        case staffPosts = "staff_posts"
        case positive, neutral, negative, unscored, escalations, watches
        case netSentiment = "net_sentiment"
        case distinctAuthors = "distinct_authors"
        case activeThreads = "active_threads"
        case silentSources = "silent_sources"
        case volumeSpikes = "volume_spikes"
        case sentimentDrops = "sentiment_drops"
        case unansweredQuestions = "unanswered_questions"
        case overdueQuestions = "overdue_questions"
    }

    public init(
        customerPosts: Int, staffPosts: Int, positive: Int, neutral: Int, negative: Int, unscored: Int,
        netSentiment: Double?, distinctAuthors: Int, activeThreads: Int, silentSources: [String], volumeSpikes: Int,
        sentimentDrops: Int, escalations: Int, watches: Int, unansweredQuestions: Int, overdueQuestions: Int
    ) {
        self.customerPosts = customerPosts
        self.staffPosts = staffPosts
        self.positive = positive
        self.neutral = neutral
        self.negative = negative
        self.unscored = unscored
        self.netSentiment = netSentiment
        self.distinctAuthors = distinctAuthors
        self.activeThreads = activeThreads
        self.silentSources = silentSources
        self.volumeSpikes = volumeSpikes
        self.sentimentDrops = sentimentDrops
        self.escalations = escalations
        self.watches = watches
        self.unansweredQuestions = unansweredQuestions
        self.overdueQuestions = overdueQuestions
    }
}
