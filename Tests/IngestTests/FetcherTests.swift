import Foundation
import XCTest

@testable import Ingest

/// Fetch behaviour against a real local HTTP server (Fixtures/http/test_server.py).
final class FetcherTests: XCTestCase {
    private var server: LocalHTTPServer!
    private let fetcher = CurlFetcher()

    override func setUpWithError() throws {
        server = try LocalHTTPServer()
    }

    override func tearDown() {
        server = nil
    }

    private func request(_ path: String, configure: (inout FetchRequest) -> Void = { _ in }) -> FetchRequest {
        var request = FetchRequest(sourceName: "test", url: server.url(path), retryBaseDelaySeconds: 0.1)
        configure(&request)
        return request
    }

    private func fetchOne(_ request: FetchRequest) -> Result<FetchResponse, FetchError> {
        fetcher.fetch([request])[0]
    }

    func testSecondFetchWithStoredETagIsNotModified() throws {
        let first = try fetchOne(request("/etag")).get()
        XCTAssertEqual(first.status, 200)
        XCTAssertEqual(first.etag, "\"v1-abc\"")
        let second = try fetchOne(request("/etag") { $0.etag = first.etag }).get()
        XCTAssertTrue(second.notModified)
        XCTAssertTrue(second.body.isEmpty)
    }

    func testSecondFetchWithStoredLastModifiedIsNotModified() throws {
        let first = try fetchOne(request("/last-modified")).get()
        XCTAssertEqual(first.lastModified, "Sun, 22 Nov 2026 10:00:00 GMT")
        let second = try fetchOne(request("/last-modified") { $0.lastModified = first.lastModified }).get()
        XCTAssertEqual(second.status, 304)
    }

    func testGzipBodyArrivesDecoded() throws {
        let response = try fetchOne(request("/gzip")).get()
        XCTAssertTrue(String(decoding: response.body, as: UTF8.self).hasPrefix("<?xml"))
    }

    func testBrotliBodyArrivesDecoded() throws {
        let response = try fetchOne(request("/br")).get()
        XCTAssertEqual(response.status, 200, "the server needs python3-brotli: apt-get install -y python3-brotli")
        XCTAssertTrue(String(decoding: response.body, as: UTF8.self).hasPrefix("<?xml"))
    }

    func testConfiguredHeadersReachTheServer() throws {
        let denied = fetchOne(request("/auth"))
        XCTAssertEqual(denied.failure, .httpStatus(url: server.url("/auth").absoluteString, status: 403, attempts: 1))
        let allowed = fetchOne(request("/auth") { $0.headers = ["Api-Key": "secret-key", "Api-Username": "system"] })
        XCTAssertEqual(try allowed.get().status, 200)
    }

    func testBasicAuthAndCookieAreSent() throws {
        let denied = fetchOne(request("/basic-auth"))
        XCTAssertEqual(denied.failure, .httpStatus(url: server.url("/basic-auth").absoluteString, status: 401, attempts: 1))
        XCTAssertTrue(denied.failure!.description.contains("check the source's credentials"))
        let allowed = fetchOne(request("/basic-auth") { $0.basicAuth = BasicCredentials(user: "monitor", password: "s3cret") })
        XCTAssertEqual(try allowed.get().status, 200)
        XCTAssertEqual(try fetchOne(request("/cookie") { $0.cookie = "session=abc123" }).get().status, 200)
    }

    func testUserAgentIsSent() throws {
        let response = try fetchOne(request("/user-agent") { $0.userAgent = "monitor-test/1" }).get()
        XCTAssertEqual(String(decoding: response.body, as: UTF8.self), "monitor-test/1")
    }

    func testRedirectChainIsFollowedToTheFinalURL() throws {
        let response = try fetchOne(request("/chain/0")).get()
        XCTAssertEqual(response.redirectCount, 3)
        XCTAssertEqual(response.finalURL.path, "/chain/3")
    }

    func testRedirectLoopStopsAtTheLimit() {
        guard case .tooManyRedirects(_, let limit) = fetchOne(request("/loop")).failure else {
            return XCTFail("expected tooManyRedirects")
        }
        XCTAssertEqual(limit, 5)
    }

    func testRedirectToFileSchemeIsRefused() {
        XCTAssertEqual(fetchOne(request("/to-file")).failure, .forbiddenScheme(url: server.url("/to-file").absoluteString))
    }

    func testNotFoundAndGoneFailWithTheirStatusAndAHint() {
        let notFound = fetchOne(request("/404")).failure
        XCTAssertEqual(notFound, .httpStatus(url: server.url("/404").absoluteString, status: 404, attempts: 1))
        XCTAssertTrue(notFound!.description.contains("check the source URL"))
        let gone = fetchOne(request("/410")).failure
        XCTAssertTrue(gone!.description.contains("HTTP 410"))
    }

    func testRateLimitIsRetriedAfterRetryAfter() throws {
        let started = Date()
        let response = try fetchOne(request("/429")).get()
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.attempts, 2)
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(started), 0.9, "Retry-After: 1 must be honoured")
    }

    func testARetryAfterBeyondTheRunsPatienceFailsAtOnce() {
        let result = fetchOne(request("/429-long"))
        XCTAssertEqual(result.failure, .httpStatus(url: server.url("/429-long").absoluteString, status: 429, attempts: 1))
    }

    func testServerErrorIsRetriedThenSucceeds() throws {
        let response = try fetchOne(request("/500-then-ok")).get()
        XCTAssertEqual(response.attempts, 2)
    }

    func testPersistentServerErrorFailsAfterTheRetries() {
        let result = fetchOne(request("/always-500") { $0.maxRetries = 2 })
        XCTAssertEqual(result.failure, .httpStatus(url: server.url("/always-500").absoluteString, status: 503, attempts: 3))
    }

    func testStalledServerTimesOut() {
        let result = fetchOne(request("/stall") { $0.totalTimeoutSeconds = 1.5; $0.maxRetries = 0 })
        guard case .timeout = result.failure else { return XCTFail("expected a timeout, got \(result)") }
    }

    func testOversizedBodyIsRefusedWhileReceiving() {
        let result = fetchOne(request("/big") { $0.maxBodyBytes = 1024 * 1024 })
        XCTAssertEqual(result.failure, .bodyTooLarge(url: server.url("/big").absoluteString, limitBytes: 1024 * 1024))
    }

    func testDecodedSizeLimitAppliesToCompressedBodies() {
        let result = fetchOne(request("/big-gzip") { $0.maxBodyBytes = 1024 * 1024 })
        XCTAssertEqual(result.failure, .bodyTooLarge(url: server.url("/big-gzip").absoluteString, limitBytes: 1024 * 1024))
    }

    func testCharsetHeaderIsPassedOnForDecoding() throws {
        let response = try fetchOne(request("/latin1-labelled-utf8")).get()
        XCTAssertEqual(response.contentType, "application/rss+xml; charset=iso-8859-1")
    }

    func testWrongCharsetHeaderStillGivesTheRightText() throws {
        // The header says ISO-8859-1 over UTF-8 bytes (Apache's AddDefaultCharset).
        let response = try fetchOne(request("/latin1-labelled-utf8")).get()
        let feed = try FeedParser().parse(
            response.body, context: ParseContext(documentURL: response.finalURL, contentType: response.contentType))
        XCTAssertEqual(feed.entries.first?.text, "Grüße")
    }

    func testPermanentRedirectsReportWhereTheChainEnds() throws {
        let twice = try fetchOne(request("/moved-twice")).get()
        XCTAssertEqual(twice.redirectCount, 2)
        XCTAssertEqual(twice.permanentRedirect, server.url("/feed"), "308 then 301")
        let chain = try fetchOne(request("/chain/0")).get()
        XCTAssertEqual(chain.permanentRedirect, server.url("/chain/3"))
    }

    func testATemporaryFirstHopIsNoPermanentRedirect() throws {
        let response = try fetchOne(request("/temporary")).get()
        XCTAssertEqual(response.finalURL.path, "/feed")
        XCTAssertNil(response.permanentRedirect, "302 then 301: the configured URL stays right")
        XCTAssertNil(try fetchOne(request("/feed")).get().permanentRedirect)
    }

    func testSeveralSourcesAreFetchedTogetherAndKeepTheirOrder() throws {
        let results = fetcher.fetch([request("/feed"), request("/404"), request("/gzip")])
        XCTAssertEqual(results.count, 3)
        XCTAssertEqual(try results[0].get().finalURL.path, "/feed")
        XCTAssertNotNil(results[1].failure)
        XCTAssertEqual(try results[2].get().finalURL.path, "/gzip")
    }

    func testFileURLIsReadAndMissingFileIsAnError() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("feed.xml")
        try Data("<rss/>".utf8).write(to: file)
        let read = try fetchOne(FetchRequest(sourceName: "file", url: file)).get()
        XCTAssertEqual(read.body, Data("<rss/>".utf8))
        let missing = fetchOne(FetchRequest(sourceName: "file", url: directory.appendingPathComponent("nope.xml")))
        guard case .transport(_, let message, _) = missing.failure else { return XCTFail("expected a transport error") }
        XCTAssertFalse(message.isEmpty)
    }
}

/// Spacing of requests to one host, without a server.
final class HostPacerTests: XCTestCase {
    private func request(_ url: String, delay: Double = 1) -> FetchRequest {
        FetchRequest(sourceName: "test", url: URL(string: url)!, hostDelaySeconds: delay)
    }

    func testRequestsToOneHostAreSpacedByTheDelay() {
        let pacer = HostPacer()
        let starts = pacer.schedule(
            [request("https://forum.example/a"), request("https://forum.example/b"), request("https://other.example/c")],
            now: 100)
        XCTAssertEqual(starts, [100, 101, 100])
        XCTAssertEqual(pacer.schedule([request("https://forum.example/d", delay: 0.5)], now: 100.2), [101.5], "across fetch calls")
    }

    func testSchemeAndPortSeparateHosts() {
        let starts = HostPacer().schedule(
            [request("https://forum.example/a"), request("http://forum.example/a"), request("https://forum.example:8443/a")],
            now: 0)
        XCTAssertEqual(starts, [0, 0, 0])
    }

    func testFileURLsAndZeroDelayAreNotPaced() {
        let starts = HostPacer().schedule(
            [request("file:///srv/a.xml"), request("file:///srv/b.xml"), request("https://x.example/", delay: 0), request("https://x.example/", delay: 0)],
            now: 5)
        XCTAssertEqual(starts, [5, 5, 5, 5])
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
