import Foundation

/// Daily customer volume and sentiment of one topic over the 28 days ending with the
/// report day (oldest first): what the HTML charts draw. Topic `(all)` counts each post once.
public struct TopicSeries: Sendable, Equatable, Codable {
    public struct Point: Sendable, Equatable, Codable {
        public var day: ReportDay
        public var volume: Int
        public var positive: Int
        public var negative: Int
        /// (positive − negative) / volume; nil on a day without posts.
        @ExplicitNull public var netSentiment: Double?

        enum CodingKeys: String, CodingKey {
            case day, volume, positive, negative
            case netSentiment = "net_sentiment"
        }

        public init(day: ReportDay, volume: Int, positive: Int, negative: Int, netSentiment: Double?) {
            self.day = day
            self.volume = volume
            self.positive = positive
            self.negative = negative
            self.netSentiment = netSentiment
        }
    }

    public var topic: String
    public var points: [Point]

    public init(topic: String, points: [Point]) {
        self.topic = topic
        self.points = points
    }
}
