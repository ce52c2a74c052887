/// Replaces personal identifiers in post text with typed placeholders (`[EMAIL]`, `[PHONE]`, …)
/// and known authors' names with their pseudonyms, before anything is stored.
///
/// Pure and thread-safe: one `Redactor` can serve every worker. Each call makes one pass over
/// the post's UTF-8 bytes (see `PostScanner`); no regular expressions.
public struct Redactor: Sendable {
    let lexicon: RedactionLexicon
    /// Placeholder text per type, built once rather than per span.
    private let placeholders: [PIIType: String]

    /// A redactor with the built-in lexicon.
    public init() {
        self.init(lexicon: .standard)
    }

    /// A redactor with a site-specific lexicon (see `RedactionLexicon.load(from:)`).
    public init(lexicon: RedactionLexicon) {
        self.lexicon = lexicon
        var placeholders: [PIIType: String] = [:]
        for type in PIIType.allCases { placeholders[type] = type.placeholder }
        self.placeholders = placeholders
    }

    /// Redacts `text`. The author's own name becomes `[NAME]`, other thread participants'
    /// names become their pseudonyms; spans are in Unicode scalar offsets of `text`.
    public func redact(_ text: String, names: NameContext = NameContext()) -> Redaction {
        let utf8 = UTF8Text(text)
        let detections = PostScanner(text: utf8, lexicon: lexicon, names: KnownNames(names)).scan()
        guard !detections.isEmpty else { return Redaction(text: text, spans: []) }

        // The output is assembled from slices of `text` (already valid UTF-8, so appending
        // them copies without the validation that decoding a byte array would repeat) and the
        // replacements. Detections start and end on scalar boundaries, and UTF-8 offsets of a
        // native string become indices in constant time.
        var output = ""
        output.reserveCapacity(utf8.count + 16 * detections.count)
        var spans: [RedactedSpan] = []
        spans.reserveCapacity(detections.count)
        let view = text.utf8
        var bytePosition = 0
        var scalarPosition = 0
        for detection in detections {
            let start = scalarPosition + utf8.scalarCount(bytePosition..<detection.start)
            let end = start + utf8.scalarCount(detection.start..<detection.end)
            spans.append(RedactedSpan(type: detection.type, start: start, end: end))
            output.append(contentsOf: text[view.index(view.startIndex, offsetBy: bytePosition)..<view.index(view.startIndex, offsetBy: detection.start)])
            output.append(detection.replacement ?? placeholders[detection.type] ?? detection.type.placeholder)
            bytePosition = detection.end
            scalarPosition = end
        }
        output.append(contentsOf: text[view.index(view.startIndex, offsetBy: bytePosition)...])
        return Redaction(text: output, spans: spans)
    }
}
