import Privacy
import XCTest

/// Names after salutations and in sign-offs, and known thread authors.
final class NameRedactionTests: XCTestCase {
    func testNameAfterHalloIsRedacted() {
        assertRedacts("Hallo Max, danke!", to: "Hallo [NAME], danke!")
    }

    func testSurnameAfterTitleChainIsRedacted() {
        assertRedacts("Sehr geehrte Frau Dr. Schmidt, leider nein.", to: "Sehr geehrte Frau Dr. [NAME], leider nein.")
    }

    func testFirstAndLastNameAreOneSpan() {
        let redaction = Redactor().redact("Hallo Max Mustermann, bitte melden.")
        XCTAssertEqual(redaction.text, "Hallo [NAME], bitte melden.")
        XCTAssertEqual(redaction.spans, [RedactedSpan(type: .name, start: 6, end: 20)])
    }

    func testEnglishTitlesAreHandled() {
        assertRedacts("Dear Mr Smith and Ms. Johnson,", to: "Dear Mr [NAME] and Ms. [NAME],")
    }

    func testNameAfterSignOffOnNextLineIsRedacted() {
        assertRedacts("Viele Grüße\nKatrin", to: "Viele Grüße\n[NAME]")
    }

    func testNameAfterSignOffCommaIsRedacted() {
        assertRedacts("Beste Grüße, Jan Hoffmann", to: "Beste Grüße, [NAME]")
    }

    func testAbbreviatedSignOffsAreHandled() {
        assertRedacts("LG Sandra", to: "LG [NAME]")
        assertRedacts("MfG Peter Wagner", to: "MfG [NAME]")
    }

    func testPossessiveBeforeSignatureNameStays() {
        assertRedacts("Schöne Grüße, Ihr Karl Lehmann", to: "Schöne Grüße, Ihr [NAME]")
    }

    func testSignOffWithOriginBeforeNameOnNextLine() {
        assertRedacts("Viele Grüße aus Köln\nUte", to: "Viele Grüße aus Köln\n[NAME]")
    }

    func testHyphenatedAndApostropheNamesAreWhole() {
        assertRedacts("Grüße,\nHans-Peter", to: "Grüße,\n[NAME]")
        assertRedacts("Mr. O'Brien called.", to: "Mr. [NAME] called.")
    }

    func testGroupSalutationsSurvive() {
        for text in ["Hallo Leute, Frage.", "Hallo zusammen!", "Hi all, news?", "Dear Sir or Madam,",
                     "Hallo Support, bitte.", "Liebe Grüße und danke!", "Hallo Community", "Hey Leute"] {
            assertSurvives(text)
        }
    }

    func testAdverbLieberSurvives() {
        assertSurvives("Ich hätte lieber Kaffee.")
    }

    func testSignOffWordInsideSentenceSurvives() {
        assertSurvives("Danke, funktioniert jetzt wieder.")
        assertSurvives("Best Buy hat nicht geliefert.")
    }

    func testThanksWithExclamationTakesTheName() {
        assertRedacts("Danke Olli!", to: "Danke [NAME]!")
    }

    func testAcronymAfterSalutationSurvives() {
        assertSurvives("Hallo DHL, wo ist mein Paket?")
    }

    func testKnownAuthorNameBecomesTheirPseudonym() {
        let names = NameContext(authorName: nil, knownAuthors: ["TechFan42": "a_abcdefghijklmnop"])
        assertRedacts("Wie TechFan42 schon sagte: Neustart.", to: "Wie a_abcdefghijklmnop schon sagte: Neustart.", names: names)
    }

    func testKnownAuthorNameWithDigitsMatchesIgnoringCase() {
        let names = NameContext(knownAuthors: ["TechFan42": "a_abcdefghijklmnop"])
        assertRedacts("techfan42 hat recht", to: "a_abcdefghijklmnop hat recht", names: names)
    }

    func testPlainLetterAuthorNameMatchesCaseSensitively() {
        let names = NameContext(knownAuthors: ["Max": "a_abcdefghijklmnop"])
        assertRedacts("max. 5 Stück, sagt Max", to: "max. 5 Stück, sagt a_abcdefghijklmnop", names: names)
    }

    func testKnownAuthorAfterSalutationBecomesPseudonym() {
        let names = NameContext(knownAuthors: ["Anna": "a_qrstuvwxyz234567"])
        assertRedacts("Hallo Anna, danke!", to: "Hallo a_qrstuvwxyz234567, danke!", names: names)
    }

    func testMentionOfKnownAuthorKeepsTheAtSign() {
        let names = NameContext(knownAuthors: ["sam_jones": "a_abcdefghijklmnop"])
        assertRedacts("@sam_jones stimmt", to: "@a_abcdefghijklmnop stimmt", names: names)
    }

    func testPostAuthorsOwnNameBecomesNamePlaceholder() {
        let names = NameContext(authorName: "Kai Fischer", knownAuthors: ["Kai Fischer": "a_abcdefghijklmnop"])
        assertRedacts("Ich, Kai Fischer, bestätige das.", to: "Ich, [NAME], bestätige das.", names: names)
    }

    func testLongerKnownNameWinsOverItsPrefix() {
        let names = NameContext(knownAuthors: ["Max": "a_short", "Max Mustermann": "a_long"])
        assertRedacts("Max Mustermann schrieb", to: "a_long schrieb", names: names)
    }

    func testKnownNameInsideAnotherWordSurvives() {
        let names = NameContext(knownAuthors: ["Tom": "a_abcdefghijklmnop"])
        assertRedacts("Tomate und Tom", to: "Tomate und a_abcdefghijklmnop", names: names)
    }
}
