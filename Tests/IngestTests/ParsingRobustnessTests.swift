import Foundation
import XCTest

@testable import Ingest

final class ParsingRobustnessTests: XCTestCase {
    func testMalformedFeedIsRecoveredAndKeepsItsItems() throws {
        let feed = try FeedFixture.parse("malformed.xml")
        XCTAssertTrue(feed.recovered)
        XCTAssertEqual(feed.entries.first?.title, "First & only")
        XCTAssertEqual(feed.entries.first?.link, "https://x.example/?a=1&b=2")
        XCTAssertEqual(feed.entries.first?.text, "ok … fine")
        XCTAssertGreaterThanOrEqual(feed.entries.count, 2)
    }

    func testBillionLaughsFinishesQuicklyWithoutExpansionOrExternalEntities() throws {
        let start = Date()
        let feed = try FeedFixture.parse("billion-laughs.xml")
        XCTAssertLessThan(Date().timeIntervalSince(start), 1.0)
        XCTAssertLessThan((feed.feed.title ?? "").utf8.count, 100)
        XCTAssertTrue(feed.recovered, "the undefined nested entity is a well-formedness error")
        XCTAssertFalse((feed.entries.first?.text ?? "").contains("root:"), "external entities are never loaded")
    }

    func testSimpleInternalEntityOfAWellFormedDocumentIsExpanded() throws {
        let feed = try FeedFixture.parseString(
            "<!DOCTYPE rss [<!ENTITY brand \"Nordlicht\">]><rss version=\"2.0\"><channel><title>&brand; Mobil</title></channel></rss>")
        XCTAssertEqual(feed.feed.title, "Nordlicht Mobil")
    }

    func testHTMLEntitiesInXMLAreDecodedNotDropped() throws {
        let feed = try FeedFixture.parseString(
            "<rss version=\"2.0\"><channel><item><title>a&hellip;b&nbsp;c&auml;&euro;&#146;</title></item></channel></rss>")
        XCTAssertEqual(feed.entries.first?.title, "a…b cä€’")
        XCTAssertFalse(feed.recovered)
    }

    func testEntitiesInsideCDATAStayLiteralMarkup() throws {
        let feed = try FeedFixture.parseString(
            "<rss version=\"2.0\"><channel><item><description><![CDATA[x &amp;hellip; y]]></description></item></channel></rss>")
        XCTAssertEqual(feed.entries.first?.text, "x &hellip; y")
    }

    func testIllegalControlCharactersAreStripped() throws {
        let feed = try FeedFixture.parseString("<rss version=\"2.0\"><channel><title>a\u{01}b\u{0B}c</title></channel></rss>")
        XCTAssertEqual(feed.feed.title, "abc")
    }

    func testGarbageBeforeTheXMLDeclarationIsSkipped() throws {
        let feed = try FeedFixture.parseString("\n\nWarning: x in y\n<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title></channel></rss>")
        XCTAssertEqual(feed.feed.title, "t")
    }

    func testNonFeedXMLRootIsUnrecognised() {
        XCTAssertThrowsError(try FeedFixture.parseString("<?xml version=\"1.0\"?><svg/>")) { error in
            XCTAssertEqual(error as? ParseError, .unrecognisedFormat(hint: "XML root element <svg>"))
        }
    }

    func testEmptyAndBinaryInputsFailCleanly() {
        XCTAssertThrowsError(try FeedParser().parse(Data(), context: FeedFixture.context())) { error in
            XCTAssertEqual(error as? ParseError, .emptyDocument)
        }
        XCTAssertThrowsError(try FeedParser().parse(Data([0, 1, 2, 0xFF, 0xFE, 7]), context: FeedFixture.context()))
    }

    func testTruncatedFeedDeliversTheCompleteItems() throws {
        let xml = "<rss version=\"2.0\"><channel><item><guid>1</guid></item><item><guid>2</guid><title>cut"
        let feed = try FeedFixture.parseString(xml)
        XCTAssertTrue(feed.recovered)
        XCTAssertEqual(feed.entries.first?.id, "1")
    }

    func testLargeFeedStreamsAcrossChunkBoundaries() throws {
        var xml = "<rss version=\"2.0\"><channel><title>big</title>"
        for index in 0..<3_000 {
            xml += "<item><guid>g\(index)</guid><title>T &hellip; \(index)</title><description>&lt;p&gt;body &amp;amp; \(index)&lt;/p&gt;</description></item>"
        }
        xml += "</channel></rss>"
        var count = 0
        var last: FetchedPost?
        let outcome = try FeedParser().parse(Data(xml.utf8), context: FeedFixture.context(), feed: { _ in }) {
            count += 1
            last = $0
        }
        XCTAssertEqual(count, 3_000)
        XCTAssertEqual(outcome.entryCount, 3_000)
        XCTAssertFalse(outcome.recovered)
        XCTAssertEqual(last?.title, "T … 2999")
        XCTAssertEqual(last?.text, "body & 2999")
    }
}
