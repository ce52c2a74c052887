import Foundation

/// Reads sentiment lexicons in two published formats so users can add them from a path in the
/// configuration. Entries only fill gaps: the project's own lexicon, tuned together with the
/// rules, wins where both know a word.
enum ThirdPartyLexiconLoader {
    /// VADER (`vader_lexicon.txt`): `token\tmean\tsd\t[ratings]`, mean in −4…4. Entries without
    /// letters (":-)", "<3") are emoticons and go to the emoji table.
    static func loadVADER(_ text: String, file: String, into lexicon: inout LanguageLexiconBuilder, emoji: inout EmojiLexicon) throws {
        let parser = LexiconFileParser(file: file)
        for row in try parser.rows(of: text, headerFirstColumn: "token", minimumColumns: 2) {
            let raw = row.columns[0].trimmingSpaces()
            guard !raw.isEmpty else {
                throw LexiconError.malformedLine(
                    file: file, line: row.line, problem: "the token column is empty",
                    fix: "VADER format is token<TAB>mean<TAB>sd<TAB>ratings")
            }
            let mean = try parser.number(row.columns[1], line: row.line, name: "mean valence", range: -4...4)
            if raw.unicodeScalars.contains(where: ScalarText.isLetter) && !raw.contains(where: { $0 == ":" || $0 == ";" }) {
                lexicon.addValence(raw.lowercased().replacingApostrophes(), mean, overwrite: false)
            } else if emoji.entry(for: EmojiLexicon.emoticonKey(Array(raw.unicodeScalars)[...])) == nil {
                emoji.add(symbol: raw, valence: mean, name: "vader")
            }
        }
    }

    /// SentiWS (Remus et al. 2010): `Wort|POS\tweight\tInflection1,Inflection2,…`, weight in
    /// −1…1. Weights are scaled to the ±4 valence scale and every listed inflection is added,
    /// so SentiWS words bypass the suffix rules.
    static func loadSentiWS(_ text: String, file: String, into lexicon: inout LanguageLexiconBuilder) throws {
        let parser = LexiconFileParser(file: file)
        for row in try parser.rows(of: text, headerFirstColumn: nil, minimumColumns: 2) {
            let head = row.columns[0].split(separator: "|", maxSplits: 1)
            guard let word = head.first, !word.isEmpty else {
                throw LexiconError.malformedLine(
                    file: file, line: row.line, problem: "the word column is empty",
                    fix: "SentiWS format is Word|POS<TAB>weight<TAB>inflections,comma,separated")
            }
            let weight = try parser.number(row.columns[1], line: row.line, name: "weight", range: -1...1)
            let valence = weight * sentiWSScale
            lexicon.addValence(word.lowercased(), valence, overwrite: false)
            if row.columns.count > 2 {
                for form in row.columns[2].split(separator: ",") {
                    let trimmed = form.trimmingSpaces().lowercased()
                    if !trimmed.isEmpty { lexicon.addValence(trimmed, valence, overwrite: false) }
                }
            }
        }
    }

    /// SentiWS weights rarely exceed ±0.7 while strong words in our lexicon sit near ±3, so a
    /// plain ×4 keeps the scales comparable at the strong end.
    static let sentiWSScale = 4.0

    /// A SentiWS path may be one file or a directory holding the Positive and Negative files.
    static func sentiWSFiles(at url: URL) throws -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw LexiconError.unreadable(file: url.path, reason: "no such file or directory")
        }
        guard isDirectory.boolValue else { return [url] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".tsv") }.sorted()
            .map { url.appendingPathComponent($0) }
    }
}
