import Foundation
import XCTest

@testable import Ingest

final class ParsingHTMLPageTests: XCTestCase {
    private let selectors = HTMLSelectors(
        item: "//article[@class='post']", id: "@data-post-id", thread: "@data-thread-id",
        threadTitle: "ancestor::section[@class='thread']/h2[@class='thread-title']", author: ".//span[@class='author']",
        date: ".//time/@datetime", text: ".//div[@class='post-body']", link: ".//a[@class='permalink']/@href",
        next: "//a[@rel='next']/@href")

    private func parse(_ selectors: HTMLSelectors) throws -> ParsedFeed {
        try FeedFixture.parse(
            "forum-page.html", FeedFixture.context(kind: .html, documentURL: "file:///tmp/page.html", siteURL: "https://vf.example", htmlSelectors: selectors))
    }

    func testHTMLSelectorsExtractFieldsRelativeToEachItem() throws {
        let feed = try parse(selectors)
        XCTAssertEqual(feed.format, .html)
        XCTAssertEqual(feed.entries.count, 2)
        let post = feed.entries[0]
        XCTAssertEqual(post.id, "771203")
        XCTAssertEqual(post.thread, "90211")
        XCTAssertNil(post.parent)
        XCTAssertEqual(post.threadTitle, "Abbuchung & Ärger")
        XCTAssertEqual(post.author, "Beate_K")
        XCTAssertEqual(post.published, FeedFixture.date("2026-11-20T17:30:00Z"))
        XCTAssertEqual(post.link, "https://vf.example/thread/90211#post-771203")
        XCTAssertEqual(feed.nextPage, "https://vf.example/forum?page=2")
    }

    func testHTMLPostTextKeepsLineBreaksAndNeverLeaksScript() throws {
        let text = try parse(selectors).entries[0].text
        XCTAssertEqual(text, "Zweimal abgebucht…\n\nGruß\nBeate")
    }

    func testHTMLDateFormatHintAndRelativeGermanDates() throws {
        var local = selectors
        local.date = ".//span[@class='plain']"
        local.dateFormat = "dd.MM.yyyy HH:mm"
        let entries = try parse(local).entries
        XCTAssertEqual(entries[0].published, FeedFixture.date("2026-11-20T17:30:00Z"))
        XCTAssertEqual(entries[1].published, FeedFixture.date("2026-11-21T08:12:00Z"), "gestern um 09:12 Berlin time")
    }

    func testInvalidXPathNamesTheField() {
        var broken = selectors
        broken.author = ".//span[@class='author'"
        XCTAssertThrowsError(try parse(broken)) { error in
            XCTAssertEqual(error as? ParseError, .invalidXPath(field: "author", expression: ".//span[@class='author'"))
        }
    }

    func testHTMLWithoutSelectorsAsksForThem() {
        XCTAssertThrowsError(try FeedFixture.parse("forum-page.html")) { error in
            XCTAssertEqual(error as? ParseError, .missingSelectors)
        }
    }
}
