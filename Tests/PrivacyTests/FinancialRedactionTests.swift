import Privacy
import XCTest

/// IBANs, payment cards and the German tax id, each accepted only with a valid check digit.
final class FinancialRedactionTests: XCTestCase {
    func testSpacedGermanIBANIsRedacted() {
        assertRedacts("IBAN DE89 3704 0044 0532 0130 00 bitte", to: "IBAN [IBAN] bitte")
    }

    func testCompactGermanIBANIsRedacted() {
        assertRedacts("auf DE89370400440532013000.", to: "auf [IBAN].")
    }

    func testIBANsOfOtherCountriesAreRedacted() {
        for iban in ["GB82 WEST 1234 5698 7654 32", "FR1420041010050500013M02606", "NL91ABNA0417164300",
                     "CH9300762011623852957", "AT611904300234573201", "BE68539007547034"] {
            assertRedacts("Konto \(iban)", to: "Konto [IBAN]")
        }
    }

    func testIBANWithWrongCheckDigitsSurvives() {
        assertSurvives("IBAN DE88 3704 0044 0532 0130 00 ist falsch.")
    }

    func testIBANLookalikeModelNumberSurvives() {
        assertSurvives("Das Modell DE12 und Fehler AT20 sind bekannt.")
    }

    func testSpacedVisaNumberIsRedacted() {
        assertRedacts("Karte 4111 1111 1111 1111 gesperrt", to: "Karte [CARD] gesperrt")
    }

    func testDashedMastercardNumberIsRedacted() {
        assertRedacts("MC 5555-5555-5555-4444.", to: "MC [CARD].")
    }

    func testAmexInFourSixFiveGroupsIsRedacted() {
        assertRedacts("Amex 3782 822463 10005", to: "Amex [CARD]")
    }

    func testCardNumberFailingLuhnSurvives() {
        assertSurvives("Nummer 4111 1111 1111 1112 abgelehnt.")
    }

    func testCardFollowedByExpiryKeepsTheExpiry() {
        assertRedacts("Visa 4111 1111 1111 1111 12/27", to: "Visa [CARD] 12/27")
    }

    func testEANAfterLabelSurvives() {
        assertSurvives("EAN 4006381333931 auf der Packung.")
    }

    func testTaxIDIsRedacted() {
        assertRedacts("Steuer-ID 86095742719 bitte.", to: "Steuer-ID [TAXID] bitte.")
    }

    func testTaxIDInPrintedGroupsIsRedacted() {
        assertRedacts("IdNr 86 095 742 719.", to: "IdNr [TAXID].")
    }

    func testTaxIDWithWrongCheckDigitSurvives() {
        assertSurvives("Steuer-ID 86095742718 ist ungültig.")
    }

    func testElevenDigitNumberBreakingTheDigitRuleSurvives() {
        assertSurvives("Die Zahl 12345678903 hat keine doppelte Ziffer.")
    }
}
