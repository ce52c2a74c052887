// White-box tests of internal types: built only in debug, because release builds (the
// throughput run, `make bench`) do not compile `Privacy` for testing and `@testable` fails there.
#if DEBUG
@testable import Privacy
import XCTest

final class PseudonymizerTests: XCTestCase {
    let key = try! PseudonymKey(bytes: Array(0..<32))
    let otherKey = try! PseudonymKey(bytes: Array(32..<64))

    func testPseudonymIsStableAcrossCalls() {
        let pseudonymizer = HMACPseudonymizer(key: key, linkAcrossSources: true)
        XCTAssertEqual(pseudonymizer.pseudonym(forAuthor: "Max Mustermann", source: "forum"),
                       pseudonymizer.pseudonym(forAuthor: "Max Mustermann", source: "forum"))
    }

    func testPseudonymHasPrefixAndSixteenLowercaseBase32Characters() {
        let pseudonym = HMACPseudonymizer(key: key, linkAcrossSources: true).pseudonym(forAuthor: "anna", source: "x")
        XCTAssertTrue(pseudonym.hasPrefix("a_"))
        let body = pseudonym.dropFirst(2)
        XCTAssertEqual(body.count, 16)
        XCTAssertTrue(body.allSatisfy { "abcdefghijklmnopqrstuvwxyz234567".contains($0) }, pseudonym)
    }

    func testPseudonymIsBase32OfTheHMACOfTheDocumentedInput() {
        let pseudonymizer = HMACPseudonymizer(key: key, linkAcrossSources: true)
        let tag = LibCrypto.hmacSHA256(key: key.bytes, message: Array("monitor author v1\u{0}\u{0}max".utf8))
        XCTAssertEqual(pseudonymizer.pseudonym(forAuthor: "Max", source: "forum"),
                       "a_" + Base32.lowercaseEncode(tag).prefix(16))
    }

    func testCaseAndWhitespaceVariantsGetTheSamePseudonym() {
        let pseudonymizer = HMACPseudonymizer(key: key, linkAcrossSources: true)
        let expected = pseudonymizer.pseudonym(forAuthor: "Max Mustermann", source: "forum")
        for variant in ["max mustermann", "  MAX   MUSTERMANN ", "Max\tMustermann", "Max\u{200B} Mustermann"] {
            XCTAssertEqual(pseudonymizer.pseudonym(forAuthor: variant, source: "forum"), expected, variant)
        }
    }

    func testSharpSAndDecomposedUmlautsFoldToTheSameIdentity() {
        let pseudonymizer = HMACPseudonymizer(key: key, linkAcrossSources: true)
        XCTAssertEqual(pseudonymizer.pseudonym(forAuthor: "Strauß", source: "f"),
                       pseudonymizer.pseudonym(forAuthor: "STRAUSS", source: "f"))
        XCTAssertEqual(pseudonymizer.pseudonym(forAuthor: "M\u{FC}ller", source: "f"),
                       pseudonymizer.pseudonym(forAuthor: "Mu\u{308}ller", source: "f"))
    }

    func testDifferentNamesGetDifferentPseudonyms() {
        let pseudonymizer = HMACPseudonymizer(key: key, linkAcrossSources: true)
        XCTAssertNotEqual(pseudonymizer.pseudonym(forAuthor: "Max", source: "f"),
                          pseudonymizer.pseudonym(forAuthor: "Moritz", source: "f"))
    }

    func testLinkedSourcesShareThePseudonym() {
        let pseudonymizer = HMACPseudonymizer(key: key, linkAcrossSources: true)
        XCTAssertEqual(pseudonymizer.pseudonym(forAuthor: "max", source: "telekom-forum"),
                       pseudonymizer.pseudonym(forAuthor: "max", source: "reddit"))
    }

    func testUnlinkedSourcesGetDifferentPseudonyms() {
        let pseudonymizer = HMACPseudonymizer(key: key, linkAcrossSources: false)
        XCTAssertNotEqual(pseudonymizer.pseudonym(forAuthor: "max", source: "telekom-forum"),
                          pseudonymizer.pseudonym(forAuthor: "max", source: "reddit"))
        XCTAssertEqual(pseudonymizer.pseudonym(forAuthor: "max", source: "Reddit"),
                       pseudonymizer.pseudonym(forAuthor: "MAX", source: "reddit"))
    }

    func testUnlinkedInputIsUnambiguousBetweenSourceAndName() {
        let pseudonymizer = HMACPseudonymizer(key: key, linkAcrossSources: false)
        XCTAssertNotEqual(pseudonymizer.pseudonym(forAuthor: "b c", source: "a"),
                          pseudonymizer.pseudonym(forAuthor: "c", source: "a b"))
    }

    func testAnotherKeyGivesUnrelatedPseudonyms() {
        XCTAssertNotEqual(HMACPseudonymizer(key: key, linkAcrossSources: true).pseudonym(forAuthor: "max", source: "f"),
                          HMACPseudonymizer(key: otherKey, linkAcrossSources: true).pseudonym(forAuthor: "max", source: "f"))
    }

    func testBase32MatchesRFC4648Vectors() {
        XCTAssertEqual(Base32.lowercaseEncode(Array("foobar".utf8)), "mzxw6ytboi")
        XCTAssertEqual(Base32.lowercaseEncode(Array("f".utf8)), "my")
        XCTAssertEqual(Base32.lowercaseEncode([]), "")
    }
}
#endif
