/// A redacted post: the text with placeholders or pseudonyms, and what was replaced.
public struct Redaction: Sendable, Equatable {
    /// The input with every identifier replaced.
    public var text: String
    /// The replaced identifiers in input order, non-overlapping.
    public var spans: [RedactedSpan]

    public init(text: String, spans: [RedactedSpan]) {
        self.text = text
        self.spans = spans
    }
}
