import Privacy
import XCTest

/// Street addresses, postcodes in address context, and IP addresses.
final class LocationRedactionTests: XCTestCase {
    func testCompoundStreetWithHouseNumberIsRedacted() {
        assertRedacts("Ich wohne in der Musterstraße 12 seit Mai.", to: "Ich wohne in der [ADDRESS] seit Mai.")
    }

    func testAbbreviatedStreetWithLetterSuffixAndPostcodeIsRedacted() {
        assertRedacts("Lieferadresse: Hauptstr. 5a, 20095 Hamburg", to: "Lieferadresse: [ADDRESS]")
    }

    func testPrepositionalStreetIsRedacted() {
        assertRedacts("Bitte an Am Markt 3 liefern.", to: "Bitte an [ADDRESS] liefern.")
    }

    func testAdjectiveStreetWithNumberRangeIsRedacted() {
        assertRedacts("Filiale Berliner Allee 17-19, geschlossen.", to: "Filiale [ADDRESS], geschlossen.")
    }

    func testPostcodeOnNextLineJoinsTheAddress() {
        assertRedacts("Adresse: Uferweg 3\n24103 Kiel", to: "Adresse: [ADDRESS]")
    }

    func testPlaceWithLinkWordIsIncluded() {
        assertRedacts("Bahnhofstraße 44, 60311 Frankfurt am Main", to: "[ADDRESS]")
    }

    func testPostcodeAndPlaceAfterAddressCueAreRedacted() {
        assertRedacts("Meine Anschrift: 20095 Hamburg.", to: "Meine Anschrift: [ADDRESS].")
    }

    func testPostcodeAndPlaceWithoutAddressCueSurvive() {
        assertSurvives("Die Filiale in 10115 Berlin hat zu.")
    }

    func testTimePhraseAfterPrepositionSurvives() {
        assertSurvives("Am Montag 5 Pakete, im Jahr 2026 besser.")
    }

    func testCommonNounWithStreetEndingSurvives() {
        assertSurvives("Parkplatz 3 und Supermarkt 2 waren voll.")
    }

    func testStreetWithoutHouseNumberSurvives() {
        assertSurvives("Die Hauptstraße war gesperrt.")
    }

    func testIPv4IsRedacted() {
        assertRedacts("Router 192.168.178.1 antwortet nicht", to: "Router [IP] antwortet nicht")
    }

    func testIPv4WithOctetAbove255Survives() {
        assertSurvives("Die Werte 300.1.1.1 sind falsch.")
    }

    func testThreePartVersionSurvives() {
        assertSurvives("Update auf 2.4.1 half nicht.")
    }

    func testFourPartVersionAfterVersionLabelSurvives() {
        assertSurvives("Firmware 7.57.1.2 ist drauf.")
    }

    func testCompressedIPv6IsRedacted() {
        assertRedacts("IPv6 2001:db8:85a3::8a2e:370:7334 ist meine", to: "IPv6 [IP] ist meine")
    }

    func testFullIPv6IsRedacted() {
        assertRedacts("2001:0db8:0000:0000:0000:ff00:0042:8329", to: "[IP]")
    }

    func testLinkLocalIPv6StartingWithLetterIsRedacted() {
        assertRedacts("Gateway fe80::1ff:fe23:4567:890a.", to: "Gateway [IP].")
    }

    func testIPv4MappedIPv6IsRedacted() {
        assertRedacts("Test ::ffff:192.0.2.128 ok", to: "Test [IP] ok")
    }

    func testTimesSurviveAsIPv6LookAlikes() {
        assertSurvives("Um 12:30 oder 12:30:45.")
    }
}
