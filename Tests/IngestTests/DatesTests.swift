import Foundation
import XCTest

@testable import Ingest

final class DatesTests: XCTestCase {
    private let berlin = TimeZone(identifier: "Europe/Berlin")!
    /// Sunday 2026-11-22 18:00 UTC (19:00 in Berlin).
    private let now = Date(timeIntervalSince1970: 1_795_370_400)

    private func parse(_ text: String, hint: String? = nil, zone: TimeZone? = nil) -> Date? {
        DateParser(timeZone: zone ?? berlin, now: now).parse(text, formatHint: hint)
    }

    private func utc(_ text: String) -> Date { FeedFixture.date(text) }

    func testRFC822WithNumericAndNamedZones() {
        XCTAssertEqual(parse("Sun, 22 Nov 2026 14:05:00 +0100"), utc("2026-11-22T13:05:00Z"))
        XCTAssertEqual(parse("Sun, 22 Nov 2026 14:05:00 GMT"), utc("2026-11-22T14:05:00Z"))
        XCTAssertEqual(parse("Sun, 22 Nov 2026 09:05:00 EST"), utc("2026-11-22T14:05:00Z"))
        XCTAssertEqual(parse("Sun, 22 Nov 2026 15:05:00 MEZ"), utc("2026-11-22T14:05:00Z"))
        XCTAssertEqual(parse("Wed, 19 Feb 2012 22:40:00 GMT-01:01"), utc("2012-02-19T23:41:00Z"))
    }

    func testRFC822MilitaryZoneLettersFollowRFC822() {
        XCTAssertEqual(parse("Sun, 22 Nov 2026 14:05:00 Z"), utc("2026-11-22T14:05:00Z"))
        XCTAssertEqual(parse("Sun, 22 Nov 2026 14:05:00 A"), utc("2026-11-22T15:05:00Z"))
        XCTAssertEqual(parse("Sun, 22 Nov 2026 14:05:00 N"), utc("2026-11-22T13:05:00Z"))
    }

    func testRFC822VariantsSeenInFeeds() {
        XCTAssertEqual(parse("Thu, 01 Jan 04 19:48:21 GMT"), utc("2004-01-01T19:48:21Z"))
        XCTAssertEqual(parse("Fri,24 Nov 2023 18:28:36 -0000"), utc("2023-11-24T18:28:36Z"))
        XCTAssertEqual(parse("Mon, 26 January 2004 16:31:00 PT"), utc("2004-01-27T00:31:00Z"))
        XCTAssertEqual(parse("Thu Aug 30 2012 17:26:16 +0200"), utc("2012-08-30T15:26:16Z"))
    }

    func testRFC3339AndISO8601Variants() {
        XCTAssertEqual(parse("2026-11-22T13:05:00Z"), utc("2026-11-22T13:05:00Z"))
        XCTAssertEqual(
            parse("2007-04-23T23:25:47.538+10:00")?.timeIntervalSince1970 ?? 0,
            utc("2007-04-23T13:25:47Z").timeIntervalSince1970 + 0.538, accuracy: 0.0001)
        XCTAssertEqual(parse("20261122T130500Z"), utc("2026-11-22T13:05:00Z"))
        XCTAssertEqual(parse("2026-11-22 14:05", zone: berlin), utc("2026-11-22T13:05:00Z"))
        XCTAssertEqual(parse("2026-11", zone: TimeZone(identifier: "UTC")), utc("2026-11-01T00:00:00Z"))
        XCTAssertEqual(parse("2026-326", zone: TimeZone(identifier: "UTC")), utc("2026-11-22T00:00:00Z"))
    }

    func testTheCanonicalRFC3339ShortcutAgreesWithTheScanner() {
        var texts = ["2026-02-29T10:00:00Z", "2024-02-29T23:59:60Z", "2026-13-01T00:00:00Z", "2026-11-22T24:00:00Z",
                     "2026-11-22T13:05:00+15:00", "2026-11-22T13:05:00-14:59", "2026-11-22t13:05:00z", "2026-11-22T13:05:00+0100",
                     "2026-11-22 13:05:00Z", "+026-11-22T13:05:00Z", "2026-11-22T13:05:0aZ", "0000-01-01T00:00:00Z"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let zone = ["Z", "+01:00", "-05:30", "+14:00"].randomElement(using: &generator)!
            texts.append(String(
                format: "%04d-%02d-%02dT%02d:%02d:%02d%@", Int.random(in: 1900...2100, using: &generator),
                Int.random(in: 0...13, using: &generator), Int.random(in: 0...32, using: &generator),
                Int.random(in: 0...24, using: &generator), Int.random(in: 0...60, using: &generator),
                Int.random(in: 0...61, using: &generator), zone))
        }
        var taken = 0
        for text in texts {
            var bytes = text
            guard let shortcut = bytes.withUTF8(ISO8601DateScanner.canonical) else { continue }
            taken += 1
            var scanner = ISO8601DateScanner(text)
            XCTAssertEqual(shortcut, scanner.scan(), text)
        }
        XCTAssertGreaterThan(taken, 500, "the shortcut takes the valid canonical dates")
        var common = "2026-11-22T13:05:00Z"
        XCTAssertNotNil(common.withUTF8(ISO8601DateScanner.canonical))
    }

    func testAsctimeAndUnixTimestamps() {
        XCTAssertEqual(parse("Sun Jan  4 16:29:06 2004", zone: TimeZone(identifier: "UTC")), utc("2004-01-04T16:29:06Z"))
        XCTAssertEqual(parse("1795370400"), now)
        XCTAssertEqual(parse("1795370400000"), now)
    }

    func testGermanNumericAndSpelledOutDatesUseTheContextZone() {
        XCTAssertEqual(parse("23.11.2026 14:05"), utc("2026-11-23T13:05:00Z"))
        XCTAssertEqual(parse("23. November 2026"), utc("2026-11-22T23:00:00Z"))
        XCTAssertEqual(parse("Montag, 2. März 2026 um 08:00 Uhr"), utc("2026-03-02T07:00:00Z"))
        XCTAssertEqual(parse("12. Juli 2026, 10:00"), utc("2026-07-12T08:00:00Z"), "summer time in Berlin")
    }

    func testRelativeGermanAndEnglishDatesCountBackFromFetchTime() {
        XCTAssertEqual(parse("heute, 14:05"), utc("2026-11-22T13:05:00Z"))
        XCTAssertEqual(parse("gestern um 09:12"), utc("2026-11-21T08:12:00Z"))
        XCTAssertEqual(parse("vor 5 Minuten"), now.addingTimeInterval(-300))
        XCTAssertEqual(parse("vor einer Stunde"), now.addingTimeInterval(-3_600))
        XCTAssertEqual(parse("2 hours ago"), now.addingTimeInterval(-7_200))
        XCTAssertEqual(parse("yesterday at 9:12 PM"), utc("2026-11-21T20:12:00Z"))
    }

    func testEnglishMonthNamesInGermanFormsAndViceVersa() {
        XCTAssertEqual(parse("23. Nov. 2026"), parse("23. November 2026"))
        XCTAssertEqual(parse("Mo, 23 Dez 2024 10:00:00 +0100"), utc("2024-12-23T09:00:00Z"))
        XCTAssertEqual(parse("November 23rd, 2025 2:05 PM"), utc("2025-11-23T13:05:00Z"))
    }

    func testFormatHintDecidesDayMonthOrder() {
        XCTAssertEqual(parse("03/04/2026", hint: "MM/dd/yyyy", zone: TimeZone(identifier: "UTC")), utc("2026-03-04T00:00:00Z"))
        XCTAssertEqual(parse("03/04/2026", hint: "dd/MM/yyyy", zone: TimeZone(identifier: "UTC")), utc("2026-04-03T00:00:00Z"))
    }

    func testInvalidDatesAreRejectedRatherThanGuessed() {
        for text in ["", "Sun, 16 zzz 2012 11:47:32 GMT", "Sun, 99 Jun 2009 12:00:00 GMT", "2003-12-31T25:14:55Z",
                     "2013-01-28T11:30:00-06:00Textra", "Sun, 16 Dec 2012 1:2:3:4 GMT", "soon", "31.02.2026"] {
            XCTAssertNil(parse(text), text)
        }
    }

    func testFutureDatesAreKeptAndFlagged() throws {
        let feed = try FeedFixture.parseString(
            "<rss version=\"2.0\"><channel><item><pubDate>Sun, 29 Nov 2026 10:00:00 GMT</pubDate></item><item><pubDate>kaputt</pubDate></item></channel></rss>")
        XCTAssertEqual(feed.entries[0].published, utc("2026-11-29T10:00:00Z"))
        XCTAssertEqual(feed.entries[0].dateIssue, .inFuture)
        XCTAssertEqual(feed.entries[1].published, FeedFixture.fetchedAt)
        XCTAssertEqual(feed.entries[1].dateIssue, .unparseable)
    }
}
