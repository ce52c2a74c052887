import Privacy
import XCTest

/// E-mail addresses, phone numbers, handles and profile links.
final class ContactRedactionTests: XCTestCase {
    func testPlainEmailIsRedacted() {
        assertRedacts("Schreib an max.mustermann@example.de, danke.", to: "Schreib an [EMAIL], danke.")
    }

    func testEmailWithPlusTagAndSubdomainsIsRedacted() {
        assertRedacts("mail john.doe+forum@mail.example.co.uk now", to: "mail [EMAIL] now")
    }

    func testEmailWithUmlautInLocalPartIsRedacted() {
        assertRedacts("an jürgen.öztürk@example.de!", to: "an [EMAIL]!")
    }

    func testObfuscatedEmailWithParenthesisedAtAndDotIsRedacted() {
        assertRedacts("Mail: k.weber (at) web (dot) de bitte", to: "Mail: [EMAIL] bitte")
    }

    func testObfuscatedEmailWithBracketedAtIsRedacted() {
        assertRedacts("an thomas[at]example.org schicken", to: "an [EMAIL] schicken")
    }

    func testObfuscatedEmailWithGermanPunktIsRedacted() {
        assertRedacts("f.schulz (ät) gmx (punkt) de", to: "[EMAIL]")
    }

    func testUnbracketedAtAndDotWordsSurvive() {
        assertSurvives("Meet me at home, dot com is over.")
    }

    func testBareDomainSurvives() {
        assertSurvives("Die Seite shop.example.de ist down.")
    }

    func testGermanMobileNumberWithCountryCodeIsRedacted() {
        assertRedacts("Ruf an: +49 171 1234567.", to: "Ruf an: [PHONE].")
    }

    func testPhoneWithTrunkPrefixInParenthesesIsRedacted() {
        assertRedacts("Tel. +49 (0)30 7781 2290 ab 9", to: "Tel. [PHONE] ab 9")
    }

    func testPhoneWithDoubleZeroInternationalPrefixIsRedacted() {
        assertRedacts("0049-89-55512345 anrufen", to: "[PHONE] anrufen")
    }

    func testPhoneWithSlashIsRedacted() {
        assertRedacts("Handy 0171/1234567", to: "Handy [PHONE]")
    }

    func testPhoneWithParenthesisedAreaCodeIsRedacted() {
        assertRedacts("Hotline (030) 123 45 67 besetzt", to: "Hotline [PHONE] besetzt")
    }

    func testNorthAmericanNumberWithBracketedAreaCodeIsRedacted() {
        assertRedacts("My US number is (425) 882-9090, call me.", to: "My US number is [PHONE], call me.")
    }

    func testNorthAmericanNumberWithDashesIsRedacted() {
        assertRedacts("Call 425-882-9090 after 5 pm", to: "Call [PHONE] after 5 pm")
    }

    func testDashedNumbersOfOtherShapesSurviveAsNorthAmerican() {
        assertSurvives("Bestellnummer 4711-2026-883, Termin 2026-11-23, ISBN 978-3-16-148410-0, Artikel 123-456-7890")
        assertSurvives("Werte 425-882-90901 und 125-882-9090 und (125) 882-9090")
    }

    func testLabelWordEndingThePreviousSentenceDoesNotProtectANumber() {
        assertRedacts("Ich warte auf mein Paket. 0171 1234567 ist meine Nummer.",
                      to: "Ich warte auf mein Paket. [PHONE] ist meine Nummer.")
        assertRedacts("No parcel. Festnetz (030) 123 45 67, tagsüber.", to: "No parcel. Festnetz [PHONE], tagsüber.")
    }

    func testAbbreviatedLabelBeforeANumberStillMarksItNonPersonal() {
        assertSurvives("Sendungsnr. 00340434161234567 und Kd.-Nr. 0171234567")
    }

    func testPhoneWithoutSeparatorsAfterAreaCodeIsRedacted() {
        assertRedacts("Festnetz 030 12345678.", to: "Festnetz [PHONE].")
    }

    func testBritishAndAmericanNumbersAreRedacted() {
        assertRedacts("UK +44 20 7946 0958, US +1 (555) 123-4567.", to: "UK [PHONE], US [PHONE].")
    }

    func testOneDigitAreaCodeAfterCountryCodeIsRedacted() {
        assertRedacts("Paris +33 1 42 68 53 00", to: "Paris [PHONE]")
    }

    func testDateSurvives() {
        assertSurvives("Lieferung am 23.11.2026 oder 2026-11-23, spätestens 03.12.2026.")
    }

    func testDashedDateWithLeadingZeroSurvives() {
        assertSurvives("Kam am 01-12-2026 an.")
    }

    func testPriceWithEuroSignSurvives() {
        assertSurvives("Kostet 29,99 € statt 1.299,00 EUR.")
    }

    func testTimeSurvives() {
        assertSurvives("Um 14:05 und 09:30 war niemand da.")
    }

    func testOrderNumberAfterLabelSurvives() {
        assertSurvives("Bestellnummer 4711-2026-883 fehlt.")
    }

    func testTrackingNumberAfterLabelSurvives() {
        assertSurvives("Sendungsnummer 00340434161234567890 ohne Status.")
    }

    func testCustomerNumberAfterLabelSurvives() {
        assertSurvives("Kundennummer 0123456789 ist doppelt.")
    }

    func testPhoneAfterCustomerNumberAndPhoneLabelIsRedacted() {
        assertRedacts("Kundennummer 123456789, Telefon 0171 7654321.", to: "Kundennummer 123456789, Telefon [PHONE].")
    }

    func testVersionNumberSurvives() {
        assertSurvives("Version 2.4.1 und 0.9.12 haben den Fehler.")
    }

    func testPostcodeAloneSurvives() {
        assertSurvives("Ich wohne in 01067, das reicht.")
    }

    func testTrailingSentenceNumberIsNotPartOfPhone() {
        assertRedacts("030 12345678 12 Mal probiert", to: "[PHONE] 12 Mal probiert")
    }

    func testHandleIsRedacted() {
        assertRedacts("Danke @max_mustermann!", to: "Danke [HANDLE]!")
    }

    func testFediverseHandleIsRedactedWhole() {
        assertRedacts("Ich bin @jan@chaos.social dort.", to: "Ich bin [HANDLE] dort.")
    }

    func testAtSignBeforeTimeSurvives() {
        assertSurvives("Treffen @ 14 Uhr.")
    }

    func testEmailIsNotAlsoAHandle() {
        let redaction = Redactor().redact("max@example.de")
        XCTAssertEqual(redaction.spans.map(\.type), [.email])
    }

    func testTwitterProfileWithoutSchemeIsRedacted() {
        assertRedacts("Folgt twitter.com/max_mueller für Updates.", to: "Folgt [PROFILE] für Updates.")
    }

    func testProfileLinksOfEachNetworkAreRedacted() {
        let links = [
            "https://x.com/realJohnDoe", "https://www.facebook.com/anna.schmidt.1985", "instagram.com/lena.foto",
            "https://www.linkedin.com/in/thomas-weber/", "https://www.xing.com/profile/Julia_Becker4",
            "tiktok.com/@fitness.nina", "https://www.youtube.com/@TechTimo", "youtube.com/c/BastelBernd",
            "https://youtube.com/user/RetroGamer", "github.com/kfischer", "https://reddit.com/u/throwaway",
            "reddit.com/user/Kaffeetante", "https://chaos.social/@jan",
        ]
        for link in links { assertRedacts("Siehe \(link).", to: "Siehe [PROFILE].") }
    }

    func testContentLinksOnSocialNetworksSurvive() {
        assertSurvives("https://www.reddit.com/r/de/ und https://www.instagram.com/p/CxYz123/ und github.com/features")
    }

    func testGenericLinkSurvives() {
        assertSurvives("Hilfe: https://support.example.com/de/artikel/0171234567")
    }
}
