import Foundation
import XCTest

@testable import Ingest

final class ParsingJSONTests: XCTestCase {
    func testJSONFeedItemsUseAuthorsLanguageAndNextURL() throws {
        let feed = try FeedFixture.parse("jsonfeed11.json")
        XCTAssertEqual(feed.format, .jsonfeed)
        XCTAssertEqual(feed.nextPage, "https://social.example/feed.json?page=2")
        XCTAssertEqual(feed.entries.map(\.author), ["Lucas", "Leonie"])
        XCTAssertEqual(feed.entries[0].text, "Netz ist zurück 🙌")
        XCTAssertEqual(feed.entries[0].published, FeedFixture.date("2026-11-22T15:30:37Z"))
        XCTAssertEqual(feed.entries[1].id, "2", "numeric ids become strings")
        XCTAssertEqual(feed.entries[1].text, "Great outage", "style content never reaches the text")
        XCTAssertEqual(feed.entries[1].language, "en")
    }

    func testDiscoursePostIdsThreadsParentsAndLinks() throws {
        let context = FeedFixture.context(siteURL: "https://community.example")
        let entries = try FeedFixture.parse("discourse-posts.json", context).entries
        XCTAssertEqual(entries[0].id, "4714/3")
        XCTAssertEqual(entries[0].thread, "4714")
        XCTAssertEqual(entries[0].parent, "4714/2")
        XCTAssertEqual(entries[1].parent, "4714/1", "a reply without reply_to_post_number answers the starter")
        XCTAssertNil(entries[2].parent)
        XCTAssertEqual(entries[0].link, "https://community.example/t/netz-hamburg/4714/3")
        XCTAssertEqual(entries[0].author, "yusuf")
        XCTAssertEqual(entries[0].threadTitle, "Netzstörung Hamburg")
        XCTAssertEqual(entries[0].text, "Gutschrift, sehr gut.")
        XCTAssertEqual(entries[0].published, FeedFixture.date("2026-11-22T16:30:52Z"))
    }

    func testDiscourseDeletedPostsAreFlaggedIsDeleted() throws {
        let entries = try FeedFixture.parse("discourse-posts.json", FeedFixture.context(siteURL: "https://c.example")).entries
        XCTAssertEqual(entries.map(\.isDeleted), [false, false, false, true])
    }

    func testDiscourseTopicTakesTitleAndSlugFromTopLevelAndFlagsHiddenPosts() throws {
        let context = FeedFixture.context(documentURL: "https://community.example/t/4711.json")
        let feed = try FeedFixture.parse("discourse-topic.json", context)
        XCTAssertEqual(feed.format, .discourse)
        XCTAssertEqual(feed.entries.map(\.id), ["4711/1", "4711/2"])
        XCTAssertEqual(feed.entries[1].threadTitle, "Doppelte Abbuchung im November")
        XCTAssertEqual(feed.entries[0].title, "Doppelte Abbuchung im November")
        XCTAssertEqual(feed.entries[1].link, "https://community.example/t/doppelte-abbuchung/4711/2")
        XCTAssertTrue(feed.entries[1].isDeleted)
    }

    func testMappedJSONFollowsDotPathsAndEpochDates() throws {
        let json = #"{"data": {"items": [{"key": 7, "body": "<p>Hallo</p>", "user": {"nick": "x"}, "ts": 1795370000}]}}"#
        let mapping = JSONMapping(items: "data.items", id: "key", html: "body", author: "user.nick", date: "ts")
        let feed = try FeedParser().parse(Data(json.utf8), context: FeedFixture.context(kind: .json, jsonMapping: mapping))
        XCTAssertEqual(feed.format, .json)
        XCTAssertEqual(feed.entries.first?.id, "7")
        XCTAssertEqual(feed.entries.first?.text, "Hallo")
        XCTAssertEqual(feed.entries.first?.author, "x")
        XCTAssertEqual(feed.entries.first?.published, Date(timeIntervalSince1970: 1_795_370_000))
    }

    func testUnknownJSONWithoutMappingSaysWhatToConfigure() {
        XCTAssertThrowsError(try FeedFixture.parseString(#"{"foo": 1}"#)) { error in
            XCTAssertEqual(error as? ParseError, .unrecognisedFormat(hint: "JSON object with keys foo"))
        }
    }

    func testBrokenJSONIsInvalidJSON() {
        XCTAssertThrowsError(try FeedFixture.parseString(#"{"latest_posts": [}"#)) { error in
            guard case .invalidJSON = error as? ParseError else { return XCTFail("\(error)") }
        }
    }
}
