import Foundation

/// One CSV field. Numbers and text are kept apart because they are escaped differently:
/// text is neutralised against formula injection, numbers (negative ones too) must stay numbers.
enum CSVCell: Sendable, Equatable {
    case text(String)
    case integer(Int)
    /// Written with at most 4 decimals, never in exponent notation.
    case decimal(Double)
    case empty

    static func optional(_ value: Double?) -> CSVCell { value.map { .decimal($0) } ?? .empty }
    static func optional(_ value: String?) -> CSVCell { value.map { .text($0) } ?? .empty }
    static func flag(_ value: Bool) -> CSVCell { .text(value ? "true" : "false") }

    /// Characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection);
    /// tab and CR too, since some importers strip them and then see the formula.
    private static let formulaStarters: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    func encoded(_ format: CSVFormat) -> String {
        let raw: String
        switch self {
        case .empty: return ""
        case .integer(let value): raw = String(value)
        case .decimal(let value): raw = Self.decimalText(value, separator: format.decimalSeparator)
        case .text(let value):
            raw = value.first.map { Self.formulaStarters.contains($0) } == true ? "'" + value : value
        }
        return Self.quotedIfNeeded(raw, delimiter: format.delimiter)
    }

    /// RFC 4180: quote fields holding the delimiter, a quote or a line break; double inner quotes.
    /// With a decimal comma and `,` delimiter a number gets quoted too, which spreadsheets accept.
    private static func quotedIfNeeded(_ text: String, delimiter: CSVFormat.Delimiter) -> String {
        let delimiterScalar = delimiter.rawValue.unicodeScalars.first!
        let needsQuotes = text.unicodeScalars.contains { $0 == delimiterScalar || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Fixed 4 decimals, then trailing zeros trimmed: locale-independent and byte-stable.
    static func decimalText(_ value: Double, separator: CSVFormat.DecimalSeparator) -> String {
        guard value.isFinite else { return "" }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        if text == "-0" { text = "0" }
        return separator == .point ? text : text.replacingOccurrences(of: ".", with: separator.rawValue)
    }
}
