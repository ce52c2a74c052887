import Foundation
import XCTest

@testable import Ingest

/// Entries of large documents are assembled on a second thread; what comes out must be what
/// the single-threaded reading gives, in the same order, with nothing lost or repeated.
final class AssemblyLineTests: XCTestCase {
    private func feed(entries: Int, breakingAfter broken: Int? = nil, declaration: String = "<?xml version=\"1.0\"?>") -> Data {
        var xml = declaration + "<rss version=\"2.0\"><channel><title>Forum</title><link>https://forum.example/</link>"
        for index in 0..<entries {
            xml += "<item><title>Beitrag \(index) &amp; mehr</title><link>/t/\(index % 97)/\(index)</link>"
                + "<guid isPermaLink=\"false\">p\(index)</guid><pubDate>Sun, 22 Nov 2026 18:00:00 +0000</pubDate>"
                + "<category domain=\"thread\">\(index % 97)</category>"
                + "<description>&lt;p&gt;Text \(index) mit &amp;hellip; und &lt;b&gt;fett&lt;/b&gt;&lt;/p&gt;</description></item>\n"
            if index == broken { xml += "<item><title>unclosed</item>\n" }
        }
        return Data((xml + "</channel></rss>").utf8)
    }

    private func read(_ body: Data, secondThreadMinimumBytes: Int, fast: Bool = true) throws -> (ParseOutcome, [FetchedPost]) {
        var reader = XMLFeedReader(usesFastScanner: fast)
        reader.secondThreadMinimumBytes = secondThreadMinimumBytes
        var posts: [FetchedPost] = []
        let outcome = try reader.read(
            body, context: FeedFixture.context(documentURL: "https://forum.example/feed"), onFeed: { _, _ in },
            onEntry: { posts.append($0.materialized()) }, finalFeed: { _ in })
        return (outcome, posts)
    }

    /// The consumer thread may hold the line a moment longer than `close()`; what the consumer
    /// closure captured must be released by then (`withoutActuallyEscaping` in
    /// `FeedParser.parse(_:context:feed:entry:)` traps otherwise, now and then).
    func testCloseReleasesTheConsumerAndWhatItCaptured() {
        final class Captured {}
        weak var captured: Captured?
        var line: AssemblyLine?
        do {
            let object = Captured()
            captured = object
            line = AssemblyLine(threaded: true) { _ in withExtendedLifetime(object) {} }
        }
        line?.send(.feed(.rss2, FeedMetadata()))
        line?.close()
        XCTAssertNil(captured)
        withExtendedLifetime(line) {}
    }

    func testEventsArriveInOrderAndAllBeforeCloseReturns() {
        var seen: [String] = []
        let line = AssemblyLine(threaded: true) { event in
            if case .entry(let draft, _) = event { seen.append(draft.guid ?? "") }
        }
        for index in 0..<1_000 {
            var draft = EntryDraft()
            draft.guid = "g\(index)"
            line.send(.entry(draft, FeedMetadata()))
        }
        line.close()
        XCTAssertEqual(seen, (0..<1_000).map { "g\($0)" })
    }

    func testLargeFeedReadsTheSameOnTheSecondThreadAsOnOne() throws {
        let body = feed(entries: 3_000)
        XCTAssertGreaterThan(body.count, XMLFeedReader.chunkSize)
        let (threadedOutcome, threaded) = try read(body, secondThreadMinimumBytes: 0)
        let (_, single) = try read(body, secondThreadMinimumBytes: .max)
        XCTAssertEqual(threaded.count, 3_000)
        XCTAssertEqual(threaded, single)
        XCTAssertEqual(threadedOutcome.entryCount, 3_000)
        XCTAssertEqual(threaded.last?.link, "https://forum.example/t/\(2_999 % 97)/2999")
        XCTAssertEqual(threaded.first?.text, "Text 0 mit … und fett")
    }

    func testMalformedLargeFeedFallsBackToLibXMLWithoutLosingOrRepeatingEntries() throws {
        // The error lies beyond the first chunk, so the fast pass has delivered entries already.
        let body = feed(entries: 3_000, breakingAfter: 2_500)
        let (outcome, threaded) = try read(body, secondThreadMinimumBytes: 0)
        let (_, libXMLOnly) = try read(body, secondThreadMinimumBytes: .max, fast: false)
        XCTAssertTrue(outcome.recovered)
        XCTAssertEqual(threaded.map(\.id), libXMLOnly.map(\.id))
        XCTAssertEqual(Set(threaded.compactMap(\.id)).count, threaded.compactMap(\.id).count, "no entry delivered twice")
        XCTAssertTrue(threaded.contains { $0.id == "p2999" })
    }

    func testAGateThatSaysNoKeepsEveryEventFromTheConsumer() {
        var consumed = 0
        let line = AssemblyLine(threaded: true, gate: { false }) { _ in consumed += 1 }
        for _ in 0..<500 { line.send(.feed(.rss2, FeedMetadata())) }
        line.close()
        XCTAssertEqual(consumed, 0)
        XCTAssertTrue(line.isRefused)
        let open = AssemblyLine(threaded: true, gate: { true }) { _ in consumed += 1 }
        for _ in 0..<500 { open.send(.feed(.rss2, FeedMetadata())) }
        open.close()
        XCTAssertEqual(consumed, 500)
        XCTAssertFalse(open.isRefused)
    }

    // Large documents are read before their encoding is confirmed (the assembly thread checks
    // it meanwhile); what is delivered must be what reading after the check gives.

    func testLargeFeedThatIsNotUTF8AfterAllIsReadInItsRealEncodingWithoutRepeats() throws {
        // Declared UTF-8, but a Latin-1 byte late in the document: windows-1252 for all of it.
        let body = feed(entries: 3_000, declaration: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", appendingTo2990: 0xE9)
        let posts = try assertSameOnTwoThreadsAsOnOne(body)
        XCTAssertTrue(posts.contains { $0.title?.hasPrefix("Beitrag 2990 é") == true })
    }

    func testLargeFeedWithACharacterXMLForbidsIsSanitizedWithoutRepeats() throws {
        try assertSameOnTwoThreadsAsOnOne(feed(entries: 3_000, appendingTo2990: 0x01))
    }

    /// The bench-like feed with one byte put after the title text "Beitrag 2990 ".
    private func feed(entries: Int, declaration: String = "<?xml version=\"1.0\"?>", appendingTo2990 byte: UInt8) -> Data {
        var body = feed(entries: entries, declaration: declaration)
        let marker = body.range(of: Data("Beitrag 2990 ".utf8))!
        body.replaceSubrange(marker, with: Data("Beitrag 2990 ".utf8) + Data([byte]))
        return body
    }

    /// Reads `body` on two threads and on one: all posts, none twice, and the same verdict.
    @discardableResult
    private func assertSameOnTwoThreadsAsOnOne(
        _ body: Data, file: StaticString = #filePath, line: UInt = #line
    ) throws -> [FetchedPost] {
        let (threadedOutcome, threaded) = try read(body, secondThreadMinimumBytes: 0)
        let (singleOutcome, single) = try read(body, secondThreadMinimumBytes: .max)
        XCTAssertEqual(threaded, single, file: file, line: line)
        XCTAssertEqual(threaded.count, 3_000, file: file, line: line)
        XCTAssertEqual(threadedOutcome.recovered, singleOutcome.recovered, file: file, line: line)
        return threaded
    }
}
