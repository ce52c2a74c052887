import Privacy
import XCTest

final class GoldFileAndLexiconTests: XCTestCase {
    func testGoldLineWithSpansAndEscapedNewlineParses() throws {
        let gold = try GoldSentence.parse("Gruß\\nMax\tNAME:5:8\nKein Name\t-\n# comment\n")
        XCTAssertEqual(gold, [GoldSentence(text: "Gruß\nMax", spans: [RedactedSpan(type: .name, start: 5, end: 8)]),
                              GoldSentence(text: "Kein Name", spans: [])])
    }

    func testGoldSpanOutsideTheSentenceIsAnErrorWithLineNumber() {
        XCTAssertThrowsError(try GoldSentence.parse("kurz\tNAME:0:99", path: "g.tsv")) { error in
            XCTAssertEqual(error as? PrivacyError, .goldFileMalformed(path: "g.tsv", line: 1, reason: "bad span `NAME:0:99`"))
        }
    }

    func testEvaluationCountsExactSpanMatchesOnly() {
        let gold = [GoldSentence(text: "Tel 0171 1234567", spans: [RedactedSpan(type: .phone, start: 4, end: 15)])]
        let evaluation = RedactionEvaluation.evaluate(gold: gold, redactor: Redactor())
        XCTAssertEqual(evaluation.scores[.phone]?.falsePositives, 1)
        XCTAssertEqual(evaluation.scores[.phone]?.falseNegatives, 1)
        XCTAssertEqual(evaluation.scores[.phone]?.recall, 0)
        XCTAssertTrue(evaluation.table().contains("PHONE"))
    }

    func testCustomLexiconChangesTheRules() throws {
        let lexicon = try RedactionLexicon.parse("[salutations]\nAhoi\n[not-names]\nleute\n")
        XCTAssertEqual(Redactor(lexicon: lexicon).redact("Ahoi Jens!").text, "Ahoi [NAME]!")
        XCTAssertEqual(Redactor(lexicon: lexicon).redact("Hallo Jens!").text, "Hallo Jens!")
    }

    func testUnknownLexiconSectionIsAnError() {
        XCTAssertThrowsError(try RedactionLexicon.parse("[salutation]\nhallo\n")) { error in
            XCTAssertEqual(error as? PrivacyError, .lexiconMalformed(line: 1, reason: "unknown section [salutation]"))
        }
    }

    func testStandardLexiconParses() throws {
        XCTAssertNoThrow(try RedactionLexicon.parse(RedactionLexicon.standardText))
    }
}
