import Foundation

/// A trend row that failed one of the anomaly tests, in a form the HTML page and the
/// alert digest can show directly.
public struct Spike: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        /// More posts than the baseline explains.
        case volume
        /// A larger negative share than the baseline.
        case sentiment
    }

    public var kind: Kind
    public var scope: TrendRow.Scope
    public var source: String
    public var topic: String
    public var language: String
    /// Posts (volume) or negative posts (sentiment) on the report day.
    public var observed: Int
    /// Expected posts (volume) or expected negative posts: scored × baseline share (sentiment).
    public var expected: Double
    /// Upper-tail probability of the test; smaller is more surprising.
    public var probability: Double
    /// One line for people: "34 posts vs 6.2 expected".
    public var summary: String

    enum CodingKeys: String, CodingKey {
        case kind, scope, source, topic, language, observed, expected, probability, summary
    }

    public init(
        kind: Kind, scope: TrendRow.Scope, source: String, topic: String, language: String, observed: Int,
        expected: Double, probability: Double, summary: String
    ) {
        self.kind = kind
        self.scope = scope
        self.source = source
        self.topic = topic
        self.language = language
        self.observed = observed
        self.expected = expected
        self.probability = probability
        self.summary = summary
    }
}
