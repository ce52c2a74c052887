import Foundation
import XCTest

@testable import Ingest

final class ParsingAtomTests: XCTestCase {
    func testAtomFeedMetadataResolvesLinkAgainstXMLBaseAndReportsNextPage() throws {
        let feed = try FeedFixture.parse("comments-atom.xml")
        XCTAssertEqual(feed.format, .atom10)
        XCTAssertEqual(feed.feed, FeedMetadata(title: "Kommentare", link: "https://blog.example/2026/review/", language: "de"))
        XCTAssertEqual(feed.nextPage, "https://blog.example/comments/feed?page=2")
    }

    func testAtomThreadReplyJoinsItsStartersThread() throws {
        let entries = try FeedFixture.parse("comments-atom.xml").entries
        XCTAssertEqual(entries[0].thread, "tag:blog.example,2026:comment-1")
        XCTAssertEqual(entries[1].thread, "tag:blog.example,2026:comment-1")
        XCTAssertEqual(entries[1].parent, "tag:blog.example,2026:comment-1")
    }

    func testAtomReplyToAReplyJoinsTheRootThread() throws {
        let post = try FeedFixture.parse("comments-atom.xml").entries[2]
        XCTAssertEqual(post.parent, "tag:blog.example,2026:comment-2")
        XCTAssertEqual(post.thread, "tag:blog.example,2026:comment-1")
        XCTAssertEqual(post.threadTitle, "Kommentar zu Flex 5G")
    }

    func testAtomAuthorIsTheNameNotTheEmail() throws {
        XCTAssertEqual(try FeedFixture.parse("comments-atom.xml").entries[0].author, "Hannah Weiß")
    }

    func testAtomHTMLTitleAndContentBecomePlainText() throws {
        let post = try FeedFixture.parse("comments-atom.xml").entries[0]
        XCTAssertEqual(post.title, "Kommentar zu Flex 5G")
        XCTAssertEqual(post.text, "Netzqualität: sehr gut?\n\nEher nicht.")
        XCTAssertEqual(post.link, "https://blog.example/2026/review/#comment-1")
        XCTAssertEqual(post.published, FeedFixture.date("2026-11-22T12:10:00Z"))
        XCTAssertEqual(post.updated, FeedFixture.date("2026-11-22T12:40:00Z"))
    }

    func testAtomXHTMLContentKeepsEscapedCharactersAsText() throws {
        let post = try FeedFixture.parse("comments-atom.xml").entries[1]
        XCTAssertEqual(post.text, "Agreed & more:\n\na < b")
        XCTAssertEqual(post.language, "en", "xml:lang on the entry overrides the feed's")
    }

    func testAtomTextSummaryIsLiteralAndUpdatedStandsInForPublished() throws {
        let post = try FeedFixture.parse("comments-atom.xml").entries[2]
        XCTAssertEqual(post.summary, "Nur eine <Zusammenfassung>")
        XCTAssertEqual(post.text, "Nur eine <Zusammenfassung>")
        XCTAssertEqual(post.published, FeedFixture.date("2026-11-22T15:30:06Z"))
        XCTAssertNil(post.dateIssue)
    }

    func testAtom03FeedIsRecognised() throws {
        let feed = try FeedFixture.parseString("""
            <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title>
            <entry><id>e1</id><title>T</title><link rel="alternate" href="http://a.example/1"/>
            <issued>2004-01-01T19:48:21Z</issued><content type="text/html" mode="escaped">&lt;b&gt;hi&lt;/b&gt;</content></entry></feed>
            """)
        XCTAssertEqual(feed.format, .atom03)
        XCTAssertEqual(feed.entries.first?.text, "hi")
        XCTAssertEqual(feed.entries.first?.link, "http://a.example/1")
        XCTAssertEqual(feed.entries.first?.published, FeedFixture.date("2004-01-01T19:48:21Z"))
    }

    func testStreamingCallsFeedBeforeFirstEntryAndEntriesInOrder() throws {
        var events: [String] = []
        let outcome = try FeedParser().parse(
            FeedFixture.data("comments-atom.xml"), context: FeedFixture.context(),
            feed: { events.append("feed:\($0.title ?? "")") }, entry: { events.append($0.id ?? "") })
        XCTAssertEqual(events, [
            "feed:Kommentare", "tag:blog.example,2026:comment-1", "tag:blog.example,2026:comment-2",
            "tag:blog.example,2026:comment-3",
        ])
        XCTAssertEqual(outcome, ParseOutcome(format: .atom10, recovered: false, nextPage: "https://blog.example/comments/feed?page=2", entryCount: 3))
    }
}
