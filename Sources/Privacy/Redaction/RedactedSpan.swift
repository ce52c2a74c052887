/// Where one identifier was in the input, in Unicode scalar offsets of the *input* text
/// (`start` inclusive, `end` exclusive), so reviewers can check a redaction against the raw post
/// in any language that indexes code points (Python `str`, Swift `unicodeScalars`).
public struct RedactedSpan: Sendable, Equatable, Hashable, Codable {
    public var type: PIIType
    public var start: Int
    public var end: Int

    public init(type: PIIType, start: Int, end: Int) {
        self.type = type
        self.start = start
        self.end = end
    }
}
