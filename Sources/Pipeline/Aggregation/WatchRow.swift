import Foundation

/// One line of watch.csv: customer posts mentioning one watched term, or any term of one
/// group (`term` = `(all)`), on the report day and over the 7 days ending with it.
public struct WatchRow: Sendable, Equatable, Codable {
    public var group: String
    /// The configured term, or `(all)` for the group's row.
    public var term: String
    public var volume: Int
    public var positive: Int
    public var neutral: Int
    public var negative: Int
    public var unscored: Int
    /// (positive − negative) / volume; nil without posts.
    @ExplicitNull public var netSentiment: Double?
    /// Group rows: volume / sum of all groups' volumes; term rows: volume / sum of all terms'
    /// volumes. nil when nothing watched was mentioned.
    @ExplicitNull public var shareOfVoice: Double?
    /// The same for the 7 days ending with the report day (day−6 … day).
    public var volume7d: Int
    @ExplicitNull public var netSentiment7d: Double?
    @ExplicitNull public var shareOfVoice7d: Double?

    enum CodingKeys: String, CodingKey {
        case group, term, volume, positive, neutral, negative, unscored
        case netSentiment = "net_sentiment"
        case shareOfVoice = "share_of_voice"
        case volume7d = "volume_7d"
        case netSentiment7d = "net_sentiment_7d"
        case shareOfVoice7d = "share_of_voice_7d"
    }
}
