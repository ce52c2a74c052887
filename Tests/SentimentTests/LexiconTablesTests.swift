import XCTest
@testable import Sentiment

/// The lookup structures under the lexicons.
final class LexiconTablesTests: XCTestCase {
    func testTermTableFindsInsertedKeysAcrossGrowth() {
        var table = TermTable<Int>()
        for number in 0..<1000 { table[TermHash.of("w\(number)")] = number }
        XCTAssertEqual(table.count, 1000)
        XCTAssertEqual(table[TermHash.of("w737")], 737)
        XCTAssertNil(table[TermHash.of("w1000")])
    }

    func testTermHashIsIncrementalOverPrefixes() {
        var hash = TermHash()
        for scalar in "lief".unicodeScalars { hash.add(scalar) }
        XCTAssertEqual(hash.value, TermHash.of("lief"))
    }

    func testPatternIndexMatchesPrefixSuffixInfixAndMultiword() {
        var index = PatternIndex()
        index.insert("liefer*", payload: 0)
        index.insert("*versand", payload: 1)
        index.insert("*bahn*", payload: 2)
        index.insert("deutsche bahn", payload: 3)
        let text = Fixtures.tokenize("Lieferung Expressversand S-Bahnhof Deutsche Bahn")
        var found: [Int: Int] = [:]
        for position in text.tokens.indices {
            index.forEachMatch(at: position, in: text) { entry, count in found[entry.payload] = count }
        }
        XCTAssertEqual(found, [0: 1, 1: 1, 2: 1, 3: 2])
    }

    func testZWJSequenceMissingFromLexiconFallsBackToItsFirstEmoji() {
        let terms = Fixtures.terms("Wieder zu spät 🤦🏻‍♀️", .de)
        XCTAssertEqual(terms.last?.term, "🤦")
        XCTAssertEqual(terms.last?.valence, -1.5)
    }

    func testEmojiWithVariationSelectorMatchesLexiconEntryWithout() {
        XCTAssertEqual(Fixtures.terms("Danke ❤", .de).last?.valence, 2.7)
        XCTAssertEqual(Fixtures.terms("Thanks ❤️", .en).last?.valence, 2.7)
    }

    func testPhraseMatchingUsesUmlautFreeSpellingToo() {
        XCTAssertEqual(Fixtures.terms("danke fuer nichts", .de).map(\.term), ["danke fuer nichts"])
    }

    func testSeveralSentiWSPathsCanBeGiven() throws {
        let directory = Fixtures.directory.appendingPathComponent("sentiws")
        let resources = try LexiconResources.load(directory: Fixtures.lexiconDirectory, extraSentiWS: [directory, directory])
        XCTAssertNotNil(resources.lexicon(for: .de)?.valence(for: TermHash.of("hervorragend")))
    }
}
