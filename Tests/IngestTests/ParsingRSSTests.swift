import Foundation
import XCTest

@testable import Ingest

final class ParsingRSSTests: XCTestCase {
    func testRSS2ChannelMetadataIgnoresImageTitleAndDecodesTwiceEscapedTitle() throws {
        let feed = try FeedFixture.parse("forum-rss2.xml")
        XCTAssertEqual(feed.format, .rss2)
        XCTAssertFalse(feed.recovered)
        XCTAssertEqual(feed.feed, FeedMetadata(title: "Testforum & Co", link: "https://forum.example/", language: "de-DE"))
    }

    func testRSSThreadCategoryJoinsReplyToStartersThread() throws {
        let entries = try FeedFixture.parse("forum-rss2.xml").entries
        XCTAssertEqual(entries.count, 3)
        XCTAssertEqual(entries[0].id, "forum-post-1")
        XCTAssertEqual(entries[0].thread, "forum-post-1")
        XCTAssertNil(entries[0].parent)
        XCTAssertEqual(entries[1].thread, "forum-post-1")
        XCTAssertEqual(entries[1].parent, "forum-post-1")
        XCTAssertEqual(entries[1].threadTitle, "Netz weg in Hamburg …")
    }

    func testRSSItemWithoutThreadInformationIsItsOwnThread() throws {
        let post = try FeedFixture.parse("forum-rss2.xml").entries[2]
        XCTAssertEqual(post.id, "https://forum.example/p/3")
        XCTAssertEqual(post.thread, post.id)
        XCTAssertEqual(post.link, "https://forum.example/p/3", "a permalink guid doubles as the link")
    }

    func testRSSDescriptionBecomesTextWithoutScriptAndWithDecodedEntities() throws {
        let post = try FeedFixture.parse("forum-rss2.xml").entries[0]
        XCTAssertEqual(post.text, "Seit 13 Uhr kein Netz…\n\nWer noch?")
        XCTAssertEqual(post.title, "Netz weg in Hamburg …")
        XCTAssertEqual(post.author, "Anna Beispiel")
        XCTAssertEqual(post.language, "de-DE")
    }

    func testContentEncodedWinsOverDescriptionForText() throws {
        let post = try FeedFixture.parse("forum-rss2.xml").entries[1]
        XCTAssertEqual(post.text, "Bei mir auch.\n\nZweiter Absatz mit fett.")
        XCTAssertEqual(post.summary, "Bei mir auch … AT&T hat kein Problem.")
    }

    func testRelativeItemLinkResolvesAgainstSiteURLForFileDocuments() throws {
        let context = FeedFixture.context(documentURL: "file:///data/forum.rss", siteURL: "https://forum.example")
        let post = try FeedFixture.parse("forum-rss2.xml", context).entries[1]
        XCTAssertEqual(post.link, "https://forum.example/t/netz-weg.1/#post-2")
    }

    func testPubDateWithNumericZoneIsConvertedToUTC() throws {
        let post = try FeedFixture.parse("forum-rss2.xml").entries[0]
        XCTAssertEqual(post.published, FeedFixture.date("2026-11-22T13:05:00Z"))
        XCTAssertNil(post.dateIssue)
    }

    func testMissingDateFallsBackToFetchTimeAndIsFlagged() throws {
        let post = try FeedFixture.parse("forum-rss2.xml").entries[2]
        XCTAssertEqual(post.published, FeedFixture.fetchedAt)
        XCTAssertEqual(post.dateIssue, .missing)
    }

    func testRDFItemsUseDublinCoreDateCreatorAndLanguage() throws {
        let feed = try FeedFixture.parse("rdf-rss10.xml")
        XCTAssertEqual(feed.format, .rdf)
        XCTAssertEqual(feed.feed.language, "en")
        XCTAssertEqual(feed.entries.first?.id, "https://news.example/1")
        XCTAssertEqual(feed.entries.first?.author, "Editor")
        XCTAssertEqual(feed.entries.first?.published, FeedFixture.date("2026-11-20T09:00:00Z"))
    }

    func testRSS091WithNetscapeDoctypeDecodesHTMLEntitiesWithoutLoadingTheDTD() throws {
        let feed = try FeedFixture.parse("rss091.xml")
        XCTAssertEqual(feed.format, .rss091)
        XCTAssertEqual(feed.feed.title, "Old © Feed")
        XCTAssertEqual(feed.entries.first?.title, "Café news")
        XCTAssertEqual(feed.entries.first?.text, "Fine printed", "&nbsp; is a space, &shy; invisible")
    }

    func testRSSVersionAttributeSelectsFormat() throws {
        let versions: [(String, FeedFormat)] = [("0.92", .rss092), ("0.93", .rss093), ("0.94", .rss094), ("2.0", .rss2)]
        for (version, format) in versions {
            let feed = try FeedFixture.parseString("<rss version=\"\(version)\"><channel><title>t</title></channel></rss>")
            XCTAssertEqual(feed.format, format, version)
        }
    }

    func testEmptyTitleIsEmptyStringWhileMissingTitleIsNil() throws {
        let feed = try FeedFixture.parseString(
            "<rss version=\"2.0\"><channel><item><title></title><guid>a</guid></item><item><guid>b</guid></item></channel></rss>")
        XCTAssertEqual(feed.entries[0].title, "")
        XCTAssertNil(feed.entries[1].title)
    }
}
