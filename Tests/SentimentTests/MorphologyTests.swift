import XCTest
@testable import Sentiment

final class MorphologyTests: XCTestCase {
    private func hit(_ word: String, _ language: Language = .de) -> ValenceLookup.Hit? {
        let text = Fixtures.tokenize(word)
        let token = text.tokens[0]
        return ValenceLookup(lexicon: Fixtures.lexicon(language))
            .hit(text.scalars(of: token), key: token.key, hyphenOffset: Int(token.hyphenOffset))
    }

    func testGermanAdjectiveEndingsFindTheLemma() {
        XCTAssertEqual(hit("schlechten")?.lemma, "schlecht")
        XCTAssertEqual(hit("gutes")?.lemma, "gut")
        XCTAssertEqual(hit("gute")?.rule, "inflection")
    }

    func testGermanComparativeAndSuperlativeFindTheLemma() {
        XCTAssertEqual(hit("schlechter")?.lemma, "schlecht")
        XCTAssertEqual(hit("schlechtesten")?.lemma, "schlecht")
        XCTAssertEqual(hit("freundlichste")?.lemma, "freundlich")
    }

    func testGermanAdjectivesInErAndElDropTheirEBeforeAnEnding() {
        XCTAssertEqual(hit("teurer")?.lemma, "teuer")
        XCTAssertEqual(hit("teuren")?.lemma, "teuer")
        XCTAssertEqual(hit("teure")?.rule, "inflection")
        let shipped = ValenceLookup(lexicon: try! LexiconResources.embedded().lexicon(for: .de)!)
        let word = Array("inakzeptable".unicodeScalars)[...]
        XCTAssertEqual(shipped.hit(word, key: TermHash.of(word))?.lemma, "inakzeptabel")
    }

    func testGermanVerbFormsFindTheInfinitive() {
        XCTAssertEqual(hit("ärgert")?.valence, -2.0)
        XCTAssertEqual(hit("enttäuscht")?.lemma, "enttäuschen")
        XCTAssertEqual(hit("verspätete")?.lemma, "verspäten")
    }

    func testStrongVerbFormsWithUmlautFindTheInfinitive() {
        XCTAssertEqual(hit("ausfällt")?.lemma, "ausfallen")
    }

    func testGermanParticiplesWithGeAndParticles() {
        XCTAssertEqual(hit("geärgert")?.lemma, "ärgern")
        XCTAssertEqual(hit("geärgerte")?.lemma, "ärgern")
        XCTAssertEqual(hit("ausgefallen")?.lemma, "ausfallen")
    }

    func testUmlautFreeSpellingsAreFound() {
        XCTAssertEqual(hit("aerger")?.valence, -2.0)
        XCTAssertEqual(hit("puenktlich")?.lemma, "pünktlich")
        XCTAssertEqual(hit("spass")?.lemma, "spaß")
    }

    func testCompoundTakesTheLongestKnownHead() throws {
        let chaos = try XCTUnwrap(hit("lieferchaos"))
        XCTAssertEqual(chaos.valence, -2.2)
        XCTAssertEqual(chaos.rule, "compound")
        XCTAssertLessThan(try XCTUnwrap(hit("servicewüste")).valence, 0)
    }

    func testKnownNeutralLongestHeadStopsShorterHeads() {
        // "Fahrkarten|kontrolle" is a check, not a "troll"; "Ab|sprache" no "Rache".
        var files = Fixtures.files()
        files["de/valence.tsv"]! += "troll\t-2.0\nkontrolle\t0.0\n"
        let lexicon = try! LexiconResources(files: files).lexicon(for: .de)!
        func hit(_ word: String) -> ValenceLookup.Hit? {
            let scalars = Array(word.unicodeScalars)[...]
            return ValenceLookup(lexicon: lexicon).hit(scalars, key: TermHash.of(scalars))
        }
        XCTAssertNil(hit("fahrkartenkontrolle"))
        XCTAssertEqual(hit("fahrkartentroll")?.valence, -2.0)
        let shipped = ValenceLookup(lexicon: try! LexiconResources.embedded().lexicon(for: .de)!)
        for word in ["fahrkartenkontrolle", "geschäftsabsprachen", "militärmarsch", "akkuschrauber"] {
            let scalars = Array(word.unicodeScalars)[...]
            XCTAssertNil(shipped.hit(scalars, key: TermHash.of(scalars)), word)
        }
    }

    func testCompoundModifierStrengthensHeadOfSameSign() throws {
        let horror = try XCTUnwrap(hit("horrorchaos"))
        XCTAssertLessThan(horror.valence, -2.2)
        let mega = try XCTUnwrap(hit("Mega-Ärger"))
        XCTAssertLessThan(mega.valence, -2.0)
        XCTAssertEqual(mega.lemma, "mega+ärger")
    }

    func testStrongModifierCarriesCompoundWithNeutralHead() throws {
        let spitze = try XCTUnwrap(hit("spitzenservice"))
        XCTAssertGreaterThan(spitze.valence, 1.5)
        XCTAssertEqual(spitze.rule, "compound-modifier")
    }

    func testCompoundHeadIsNeverARebuiltInfinitive() {
        // "ziga|rette" + n would be "retten", "Fahr|preise" + n "preisen": heads are nouns.
        XCTAssertNil(hit("zigarette"))
        XCTAssertNil(hit("Fahrpreise"))
        XCTAssertNil(hit("ticketpreise"))
    }

    func testWeakShortModifierDoesNotMakeCompoundValenced() {
        XCTAssertNil(hit("gutschein"))
    }

    func testNegatingSuffixesReverseTheBase() throws {
        XCTAssertGreaterThan(try XCTUnwrap(hit("problemlos")).valence, 0)
        XCTAssertLessThan(try XCTUnwrap(hit("hoffnungslos")).valence, 0)
        XCTAssertLessThan(try XCTUnwrap(hit("unfreundlich")).valence, 0)
        XCTAssertLessThan(try XCTUnwrap(hit("hopeless", .en)).valence, 0)
        XCTAssertLessThan(try XCTUnwrap(hit("unhelpful", .en)).valence, 0)
    }

    func testEnglishInflectionFindsTheLemma() {
        XCTAssertEqual(hit("loved", .en)?.lemma, "love")
        XCTAssertEqual(hit("annoying", .en)?.lemma, "annoy")
        XCTAssertEqual(hit("happiest", .en)?.lemma, "happy")
        XCTAssertEqual(hit("happily", .en)?.lemma, "happy")
        XCTAssertEqual(hit("nicer", .en)?.lemma, "nice")
        XCTAssertEqual(hit("problems", .en)?.lemma, "problem")
        XCTAssertEqual(hit("badly", .en)?.lemma, "bad")
    }

    func testEnglishWordsAreNotSplitAsCompounds() {
        XCTAssertNil(hit("badminton", .en))
    }
}
