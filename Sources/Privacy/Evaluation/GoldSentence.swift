import Foundation

/// One labelled sentence of a gold redaction file: the text and the identifiers a perfect
/// redactor would replace.
///
/// File format (`Tests/PrivacyTests/Fixtures/redaction-gold.tsv`): one sentence per line,
/// `text<TAB>spans`, where spans are `TYPE:start:end` separated by commas (Unicode scalar
/// offsets, end exclusive) or `-` for a sentence that must survive unchanged. `\n` and `\t` in
/// the text stand for a line break and a tab. Lines starting with `#` and empty lines are skipped.
public struct GoldSentence: Sendable, Equatable {
    public var text: String
    public var spans: [RedactedSpan]

    public init(text: String, spans: [RedactedSpan]) {
        self.text = text
        self.spans = spans
    }

    /// Loads a gold file; `path` in errors is the file's path.
    public static func load(from url: URL) throws -> [GoldSentence] {
        try parse(String(contentsOf: url, encoding: .utf8), path: url.path)
    }

    /// Parses gold file text, checking every span lies inside its sentence.
    public static func parse(_ content: String, path: String = "<gold>") throws -> [GoldSentence] {
        var sentences: [GoldSentence] = []
        for (index, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 2 else {
                throw PrivacyError.goldFileMalformed(path: path, line: lineNumber,
                                                     reason: "expected 2 tab-separated columns, found \(columns.count)")
            }
            let text = unescape(String(columns[0]))
            let scalarCount = text.unicodeScalars.count
            var spans: [RedactedSpan] = []
            if columns[1] != "-" {
                for field in columns[1].split(separator: ",") {
                    let parts = field.split(separator: ":")
                    guard parts.count == 3, let type = PIIType(rawValue: String(parts[0])),
                          let start = Int(parts[1]), let end = Int(parts[2]), 0 <= start, start < end,
                          end <= scalarCount
                    else {
                        throw PrivacyError.goldFileMalformed(path: path, line: lineNumber, reason: "bad span `\(field)`")
                    }
                    spans.append(RedactedSpan(type: type, start: start, end: end))
                }
            }
            sentences.append(GoldSentence(text: text, spans: spans))
        }
        return sentences
    }

    static func unescape(_ field: String) -> String {
        guard field.contains("\\") else { return field }
        return field.replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\t", with: "\t")
    }
}
