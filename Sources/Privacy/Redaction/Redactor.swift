/// Replaces personal identifiers in post text with typed placeholders (`[EMAIL]`, `[PHONE]`, …)
/// and known authors' names with their pseudonyms, before anything is stored.
///
/// Pure and thread-safe: one `Redactor` can serve every worker. Each call makes one pass over
/// the post's UTF-8 bytes (see `PostScanner`); no regular expressions.
public struct Redactor: Sendable {
    let lexicon: RedactionLexicon
    /// Placeholder bytes per type, built once rather than per span.
    private let placeholders: [PIIType: [UInt8]]

    /// A redactor with the built-in lexicon.
    public init() {
        self.init(lexicon: .standard)
    }

    /// A redactor with a site-specific lexicon (see `RedactionLexicon.load(from:)`).
    public init(lexicon: RedactionLexicon) {
        self.lexicon = lexicon
        var placeholders: [PIIType: [UInt8]] = [:]
        for type in PIIType.allCases { placeholders[type] = Array(type.placeholder.utf8) }
        self.placeholders = placeholders
    }

    /// Redacts `text`. The author's own name becomes `[NAME]`, other thread participants'
    /// names become their pseudonyms; spans are in Unicode scalar offsets of `text`.
    public func redact(_ text: String, names: NameContext = NameContext()) -> Redaction {
        let utf8 = UTF8Text(text)
        let detections = PostScanner(text: utf8, lexicon: lexicon, names: KnownNames(names)).scan()
        guard !detections.isEmpty else { return Redaction(text: text, spans: []) }

        var output: [UInt8] = []
        output.reserveCapacity(utf8.count + 16 * detections.count)
        var spans: [RedactedSpan] = []
        spans.reserveCapacity(detections.count)
        var bytePosition = 0
        var scalarPosition = 0
        for detection in detections {
            let start = scalarPosition + utf8.scalarCount(bytePosition..<detection.start)
            let end = start + utf8.scalarCount(detection.start..<detection.end)
            spans.append(RedactedSpan(type: detection.type, start: start, end: end))
            output += utf8.bytes[bytePosition..<detection.start]
            if let replacement = detection.replacement {
                output += replacement.utf8
            } else {
                output += placeholders[detection.type] ?? []
            }
            bytePosition = detection.end
            scalarPosition = end
        }
        output += utf8.bytes[bytePosition...]
        return Redaction(text: String(decoding: output, as: UTF8.self), spans: spans)
    }
}
