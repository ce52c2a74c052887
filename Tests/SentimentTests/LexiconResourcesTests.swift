import XCTest
@testable import Sentiment

final class LexiconResourcesTests: XCTestCase {
    func testMalformedValenceNamesFileLineAndFix() {
        var files = Fixtures.files()
        files["de/valence.tsv"] = "term\tvalence\ngut\t1.9\nschlecht\tsehr\n"
        XCTAssertThrowsError(try LexiconResources(files: files)) { error in
            XCTAssertEqual(error as? LexiconError, .malformedLine(
                file: "de/valence.tsv", line: 3, problem: "valence 'sehr' is not a number",
                fix: "write a decimal number with a dot, e.g. -1.5"))
        }
    }

    func testMissingTabIsReportedWithFix() {
        var files = Fixtures.files()
        files["en/valence.tsv"] = "term\tvalence\ngood 1.9\n"
        XCTAssertThrowsError(try LexiconResources(files: files)) { error in
            XCTAssertTrue("\(error)".contains("en/valence.tsv:2"), "\(error)")
            XCTAssertTrue("\(error)".contains("TAB"), "\(error)")
        }
    }

    func testValenceOutsideScaleAndUnknownModifierKindAreRejected() {
        var files = Fixtures.files()
        files["de/valence.tsv"] = "gut\t9\n"
        XCTAssertThrowsError(try LexiconResources(files: files))
        files = Fixtures.files()
        files["de/modifiers.tsv"] = "sehr\tbooster\t0.3\n"
        XCTAssertThrowsError(try LexiconResources(files: files)) { error in
            XCTAssertTrue("\(error)".contains("negator, intensifier"), "\(error)")
        }
    }

    func testCommentsBlankLinesAndHeaderAreSkipped() throws {
        var files = Fixtures.files()
        files["de/valence.tsv"] = "# Kommentar\n\nterm\tvalence\ngut\t1.9\r\n"
        let resources = try LexiconResources(files: files)
        XCTAssertEqual(resources.lexicon(for: .de)?.valence(for: TermHash.of("gut"))?.valence, 1.9)
    }

    func testOverrideDirectoryFallsBackToEmbeddedFilesAndRecordsOverrides() throws {
        let resources = try LexiconResources.load(directory: Fixtures.lexiconDirectory)
        XCTAssertEqual(resources.overriddenFiles, LexiconResources.knownFiles.sorted())
        XCTAssertEqual(resources.lexicon(for: .de)?.valence(for: TermHash.of("spitze"))?.valence, 2.5)
    }

    func testMissingOverrideDirectoryIsAnError() {
        XCTAssertThrowsError(try LexiconResources.load(directory: URL(fileURLWithPath: "/nonexistent/lexicons")))
    }

    func testVADERFormatAddsWordsAndEmoticonsWithoutOverridingOwnEntries() throws {
        let url = Fixtures.directory.appendingPathComponent("vader-sample.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let resources = try LexiconResources(files: Fixtures.files(), extras: [("vader", "vader-sample.txt", text)])
        let english = try XCTUnwrap(resources.lexicon(for: .en))
        XCTAssertEqual(english.valence(for: TermHash.of("excellent"))?.valence, 2.7)
        XCTAssertEqual(english.valence(for: TermHash.of("good"))?.valence, 1.9)
        XCTAssertEqual(resources.emoji.entry(for: EmojiLexicon.emoticonKey(Array(":-D".unicodeScalars)[...]))?.valence, 2.9)
    }

    func testSentiWSFormatAddsScaledWordsAndInflections() throws {
        let url = Fixtures.directory.appendingPathComponent("sentiws")
        let resources = try LexiconResources.load(directory: Fixtures.lexiconDirectory, extraSentiWS: url)
        let german = try XCTUnwrap(resources.lexicon(for: .de))
        XCTAssertEqual(german.valence(for: TermHash.of("hervorragend"))?.valence ?? 0, 2.8, accuracy: 1e-9)
        XCTAssertEqual(german.valence(for: TermHash.of("grauenhaften"))?.valence ?? 0, -2.4, accuracy: 1e-9)
    }

    func testVersionChangesWithLexiconContent() throws {
        var files = Fixtures.files()
        let before = Analyzer(resources: try LexiconResources(files: files), topics: Fixtures.topics).version
        XCTAssertEqual(before, Analyzer(resources: try LexiconResources(files: files), topics: Fixtures.topics).version)
        files["de/valence.tsv"]! += "prima\t2.0\n"
        XCTAssertNotEqual(before, Analyzer(resources: try LexiconResources(files: files), topics: Fixtures.topics).version)
    }

    func testEmbeddedLexiconsLoad() throws {
        let resources = try LexiconResources.embedded()
        XCTAssertEqual(resources.contentHash.count, 16)
        _ = try TopicSet.embeddedDefault()
    }
}
