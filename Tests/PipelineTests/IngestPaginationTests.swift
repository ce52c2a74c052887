import Foundation
import Ingest
import XCTest

@testable import Pipeline

/// Pagination against the local HTTP server: every scenario serves four pages of two posts.
final class IngestPaginationTests: XCTestCase {
    private var harness: IngestHarness!

    override func setUpWithError() throws {
        harness = try IngestHarness(self)
    }

    override func tearDown() {
        harness = nil
    }

    private func pagedSource(_ path: String, kind: SourceKind = .auto, maxPages: Int = 10) -> SourceConfiguration {
        harness.source("paged", path, kind: kind) { $0.maxPages = maxPages }
    }

    func testAtomRelNextIsFollowedToTheEndOfTheFeed() throws {
        let outcome = try harness.ingest([pagedSource("/paged/atom")])[0]
        XCTAssertNil(outcome.error)
        XCTAssertEqual(outcome.pages, 4)
        XCTAssertEqual(outcome.new, 8)
        XCTAssertFalse(outcome.stoppedAtPageLimit)
        XCTAssertEqual(try harness.server.requests().map(\.path), ["/paged/atom", "/paged/atom?page=2", "/paged/atom?page=3", "/paged/atom?page=4"])
    }

    func testAtomLinkNextInsideRSSIsFollowed() throws {
        let outcome = try harness.ingest([pagedSource("/paged/rss")])[0]
        XCTAssertEqual(outcome.pages, 4)
        XCTAssertEqual(outcome.new, 8)
    }

    func testJSONFeedNextURLIsFollowed() throws {
        let outcome = try harness.ingest([pagedSource("/paged/jsonfeed")])[0]
        XCTAssertEqual(outcome.pages, 4)
        XCTAssertEqual(outcome.new, 8)
    }

    func testHTMLNextSelectorIsFollowedThroughARelativeLink() throws {
        var source = pagedSource("/paged/html", kind: .html)
        source.htmlSelectors = HTMLSelectors(
            item: "//div[@class='post']", id: "@data-id", text: "p[@class='text']", next: "//a[@class='next']/@href")
        let outcome = try harness.ingest([source])[0]
        XCTAssertNil(outcome.error)
        XCTAssertEqual(outcome.pages, 4)
        XCTAssertEqual(outcome.new, 8)
        XCTAssertEqual(try harness.server.requests().last?.path, "/paged/html?page=4")
    }

    func testPagingStopsAtAPageOfStoredPosts() throws {
        _ = try harness.ingest([pagedSource("/paged/atom")])
        let second = try harness.ingest([pagedSource("/paged/atom")])[0]
        XCTAssertEqual(second.pages, 1, "the first page holds only stored posts")
        XCTAssertEqual(second.new, 0)
        XCTAssertEqual(try harness.server.requests().count, 5)
    }

    func testDiscourseBeforeIsFollowedUntilStoredPostsAreReached() throws {
        // Nine posts, three per page; at most two pages per run.
        let forum = harness.source("forum", "/forum/posts.json", kind: .discourse) { $0.maxPages = 2 }
        let first = try harness.ingest([forum])[0]
        XCTAssertEqual(first.pages, 2)
        XCTAssertEqual(first.new, 6)
        XCTAssertTrue(first.stoppedAtPageLimit)
        // The forum lives in a sub-folder: the next page keeps the fetched path.
        XCTAssertEqual(try harness.server.requests().map(\.path), ["/forum/posts.json", "/forum/posts.json?before=7"])

        try harness.server.get("/forum/add?n=2")
        let second = try harness.ingest([forum])[0]
        XCTAssertEqual(second.new, 2, "posts 10 and 11")
        XCTAssertEqual(second.pages, 2, "page 1 has posts 11, 10, 9; page 2 (8, 7, 6) is all stored")
        XCTAssertFalse(second.stoppedAtPageLimit)
        XCTAssertEqual(try harness.server.requests().suffix(3).map(\.path), ["/forum/add?n=2", "/forum/posts.json", "/forum/posts.json?before=9"])
    }

    func testReachingThePageLimitIsReportedInTheRunSummary() throws {
        let outcome = try harness.ingest([harness.source("first", "/feed"), pagedSource("/paged/atom", maxPages: 2)])[1]
        XCTAssertEqual(outcome.pages, 2)
        XCTAssertTrue(outcome.stoppedAtPageLimit)
        XCTAssertTrue(
            IngestHarness.summaryLines([outcome]).contains(
                "source paged: stopped after 2 pages, older posts may be missing; raise sources[1].max_pages"))
    }

    func testConditionalGETAppliesToTheFirstPageOnly() throws {
        try harness.store.save(SourceState(name: "paged", etag: "\"stale\""))
        let first = try harness.ingest([pagedSource("/paged/etag")])[0]
        XCTAssertEqual(first.pages, 4)
        let sent = try harness.server.requests().map(\.if_none_match)
        XCTAssertEqual(sent, ["\"stale\"", nil, nil, nil])
        XCTAssertEqual(try harness.store.sourceState(named: "paged").etag, "\"v1-abc\"", "the first page's validator is kept")

        let second = try harness.ingest([pagedSource("/paged/etag")])[0]
        XCTAssertTrue(second.notModified)
        XCTAssertEqual(second.pages, 1)
    }

    func testPagesOfOneHostAreSpacedByTheHostDelay() throws {
        var source = pagedSource("/paged/atom")
        source.hostDelaySeconds = 0.3
        _ = try harness.ingest([source])
        let times = try harness.server.requests().map(\.time)
        XCTAssertEqual(times.count, 4)
        for (earlier, later) in zip(times, times.dropFirst()) {
            XCTAssertGreaterThanOrEqual(later - earlier, 0.29, "pages must respect host_delay_seconds")
        }
    }

    func testANextLinkBackToAFetchedPageEndsPagingWithAWarning() throws {
        let outcome = try harness.ingest([pagedSource("/paged/loop")])[0]
        XCTAssertEqual(outcome.pages, 1)
        XCTAssertTrue(outcome.warnings.contains { $0.contains("repeats a page already fetched") }, "\(outcome.warnings)")
    }

    func testAFailingLaterPageKeepsWhatWasReadAndWarns() throws {
        // The page after the first is a 404: the source itself worked.
        let ingester = SourceIngester(
            sources: [pagedSource("/paged/atom")], fetch: FetchSettings(),
            fetcher: RedirectingFetcher(inner: harness.fetcher, replacing: "/paged/atom?page=2", with: "/404"),
            parser: FeedParser(), preparer: harness.preparer, store: harness.store, log: { _ in })
        let outcome = try ingester.ingest(now: IngestHarness.now)[0]
        XCTAssertNil(outcome.error)
        XCTAssertEqual(outcome.new, 2)
        XCTAssertTrue(outcome.warnings.contains { $0.hasPrefix("page 2 failed, older posts may be missing") }, "\(outcome.warnings)")
    }
}

/// Sends one URL elsewhere, to make a later page fail on a server whose pages all work.
private struct RedirectingFetcher: FeedFetching {
    let inner: CurlFetcher
    let replacing: String
    let with: String

    func fetch(_ requests: [FetchRequest]) -> [Result<FetchResponse, FetchError>] {
        inner.fetch(requests.map { request in
            var request = request
            if request.url.absoluteString.hasSuffix(replacing) {
                request.url = URL(string: request.url.absoluteString.replacingOccurrences(of: replacing, with: with))!
            }
            return request
        })
    }
}

/// The pagination rules without a server.
final class SourcePaginationTests: XCTestCase {
    private let page = URL(string: "https://forum.example/community/posts.json")!

    private func decide(_ link: String?, source: URL? = nil, format: FeedFormat = .atom10, pages: Int = 1, unseen: Int = 2, fetched: Set<String> = []) -> SourcePagination.Decision {
        SourcePagination(maxPages: 3, sourceURL: source ?? page).decide(
            nextLink: link, format: format, documentURL: page, pagesFetched: pages, unseenPosts: unseen, fetchedURLs: fetched)
    }

    func testAPageWithoutUnseenPostsEndsPaging() {
        XCTAssertEqual(decide("https://forum.example/p2", unseen: 0), .reachedStoredPosts)
    }

    func testNoNextLinkIsTheEndOfTheFeed() {
        XCTAssertEqual(decide(nil), .endOfFeed)
    }

    func testRelativeLinksResolveAgainstTheFetchedPage() {
        XCTAssertEqual(decide("?page=2"), .follow(URL(string: "https://forum.example/community/posts.json?page=2")!))
    }

    func testDiscourseBeforeKeepsTheFetchedPathAndQuery() {
        let source = URL(string: "https://forum.example/community/posts.json?api=1&before=50")!
        let decision = SourcePagination(maxPages: 3, sourceURL: source).decide(
            nextLink: "https://forum.example/posts.json?before=41", format: .discourse, documentURL: source,
            pagesFetched: 1, unseenPosts: 3, fetchedURLs: [])
        XCTAssertEqual(decision, .follow(URL(string: "https://forum.example/community/posts.json?api=1&before=41")!))
    }

    func testALinkToAnotherSchemeIsRefused() {
        guard case .refused(let reason) = decide("file:///etc/passwd") else { return XCTFail("expected a refusal") }
        XCTAssertTrue(reason.contains("not http(s)"))
    }

    func testFileSourcesAreNotPaged() {
        XCTAssertEqual(decide("page2.xml", source: URL(fileURLWithPath: "/srv/export/feed.xml")), .notPaged)
    }

    func testThePageLimitStopsWithUnseenPostsLeft() {
        XCTAssertEqual(decide("https://forum.example/p4", pages: 3), .pageLimit)
        XCTAssertEqual(decide("https://forum.example/p4", pages: 3, unseen: 0), .reachedStoredPosts)
    }
}
