/// Splits the text of a lexicon file into data rows, keeping line numbers for error messages.
///
/// Rules shared by every lexicon file (see lexicons/README.md): UTF-8, one entry per line,
/// tab-separated columns, blank lines and `#` comment lines ignored, an optional header line
/// whose first column equals the expected first column name, entries lowercased on load.
struct LexiconFileParser {
    struct Row {
        var line: Int
        var columns: [Substring]
    }

    let file: String

    /// - Parameter headerFirstColumn: the header's first column name (`term`, `phrase`, …); a
    ///   first data line starting with it is skipped.
    /// - Parameter numericColumn: a column that holds a number in every data line; a first
    ///   line where it does not is the header.
    func rows(of text: String, headerFirstColumn: String?, minimumColumns: Int, numericColumn: Int = 1) throws -> [Row] {
        var rows: [Row] = []
        var lineNumber = 0
        var sawData = false
        // `isNewline` also splits "\r\n", which Swift reads as one Character.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || Self.isComment(line) { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            // The header is the first line, recognised by its first column name or by a
            // second column that is not a number ("term<TAB>valence", "word<TAB>score").
            if !sawData, let header = headerFirstColumn,
                columns[0].trimmingSpaces().lowercased() == header
                    || columns.count > numericColumn && Double(columns[numericColumn].trimmingSpaces()) == nil {
                sawData = true
                continue
            }
            sawData = true
            guard columns.count >= minimumColumns else {
                throw LexiconError.malformedLine(
                    file: file, line: lineNumber,
                    problem: "expected \(minimumColumns) tab-separated columns, found \(columns.count)",
                    fix: "separate the columns with a single TAB character (not spaces)")
            }
            rows.append(Row(line: lineNumber, columns: columns))
        }
        return rows
    }

    /// One entry per line, no columns (stopwords, question cues).
    func entries(of text: String) -> [String] {
        var entries: [String] = []
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingSpaces()
            if line.isEmpty || Self.isComment(line) { continue }
            entries.append(line.lowercased())
        }
        return entries
    }

    func number(_ column: Substring, line: Int, name: String, range: ClosedRange<Double>) throws -> Double {
        guard let value = Double(column.trimmingSpaces()), value.isFinite else {
            throw LexiconError.malformedLine(
                file: file, line: line, problem: "\(name) '\(column)' is not a number",
                fix: "write a decimal number with a dot, e.g. -1.5")
        }
        guard range.contains(value) else {
            throw LexiconError.malformedLine(
                file: file, line: line, problem: "\(name) \(value) is outside \(range.lowerBound)…\(range.upperBound)",
                fix: "use a value within \(range.lowerBound)…\(range.upperBound)")
        }
        return value
    }

    func term(_ column: Substring, line: Int) throws -> String {
        let term = column.trimmingSpaces().lowercased()
        guard !term.isEmpty else {
            throw LexiconError.malformedLine(
                file: file, line: line, problem: "the first column is empty",
                fix: "write the term before the first TAB")
        }
        return term
    }

    /// `#` starts a comment only when followed by a space, another `#` or nothing, so that
    /// emoticons and hashtags such as `#-)` or `#fail` stay usable as entries.
    static func isComment<S: StringProtocol>(_ line: S) -> Bool {
        guard line.first == "#" else { return false }
        let rest = line.dropFirst()
        return rest.isEmpty || rest.first == " " || rest.first == "#"
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var view = Substring(self)
        while let first = view.first, first == " " || first == "\t" || first == "\u{FEFF}" { view = view.dropFirst() }
        while let last = view.last, last == " " || last == "\t" || last == "\r" { view = view.dropLast() }
        return String(view)
    }
}
