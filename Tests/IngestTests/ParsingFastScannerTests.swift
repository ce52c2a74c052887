import Foundation
import XCTest

@testable import Ingest

/// The fast XML scanner must read every document exactly as libxml2 does, and hand over to
/// libxml2 (without repeating entries) whenever a document needs recovery.
final class ParsingFastScannerTests: XCTestCase {
    private func bothReaders(_ data: Data, _ context: ParseContext = FeedFixture.context()) throws -> (ParsedFeed, ParsedFeed) {
        (try FeedParser().parse(data, context: context), try FeedParser().parse(data, context: context, libXMLOnly: true))
    }

    func testEveryXMLFixtureReadsTheSameWithBothReaders() throws {
        let directory = try XCTUnwrap(Bundle.module.url(forResource: "feeds", withExtension: nil, subdirectory: "Fixtures"))
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "xml" || $0.pathExtension == "rss" || $0.pathExtension == "atom" }
        XCTAssertFalse(files.isEmpty)
        for file in files {
            let data = try Data(contentsOf: file)
            let fast = try? FeedParser().parse(data, context: FeedFixture.context())
            let slow = try? FeedParser().parse(data, context: FeedFixture.context(), libXMLOnly: true)
            XCTAssertEqual(fast, slow, file.lastPathComponent)
        }
    }

    func testNamespacesCDATAReferencesAndLineEndsMatchLibXML() throws {
        let xml = "<?xml version=\"1.0\"?>\r\n<!DOCTYPE rss>\r\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            + "xmlns:c='http://purl.org/rss/1.0/modules/content/'><channel><title>A &#38; B&#x21;</title>"
            + "<item><title>T1</title><dc:creator>Anna</dc:creator><c:encoded><![CDATA[<p>x &amp; y</p>]]></c:encoded>"
            + "<guid isPermaLink=\"false\">id&#32;1</guid><description>line\r\nbreak &lt;b&gt;</description></item>"
            + "<item xmlns:dc=\"urn:other\"><dc:creator>not a creator</dc:creator><title>T2</title><link>/p/2</link></item>"
            + "</channel></rss>"
        let (fast, slow) = try bothReaders(Data(xml.utf8), FeedFixture.context(documentURL: "https://forum.example/feed"))
        XCTAssertEqual(fast, slow)
        XCTAssertEqual(fast.entries.count, 2)
        XCTAssertEqual(fast.entries[0].author, "Anna")
        XCTAssertEqual(fast.entries[0].id, "id 1")
        XCTAssertNil(fast.entries[1].author)
        XCTAssertFalse(fast.recovered)
    }

    func testAttributeNamesThatLookAlikeKeepTheirOwnValues() throws {
        // Short attribute names are made once per document and found again by their bytes.
        let xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>F</title>"
            + "<entry><id>1</id><title typ=\"html\" type=\"text\">&lt;b&gt;</title>"
            + "<link hre=\"/wrong\" href=\"/right\" hrefs=\"/also-wrong\"/><updated>2026-11-22T18:00:00Z</updated></entry>"
            + "<entry><id>2</id><title type=\"html\" typ=\"text\">&lt;b&gt;x&lt;/b&gt;</title>"
            + "<link hrefs=\"/wrong\" href=\"/two\"/><updated>2026-11-22T18:00:00Z</updated></entry></feed>"
        let (fast, slow) = try bothReaders(Data(xml.utf8), FeedFixture.context(documentURL: "https://forum.example/feed"))
        XCTAssertEqual(fast, slow)
        XCTAssertEqual(fast.entries.map(\.link), ["https://forum.example/right", "https://forum.example/two"])
        XCTAssertEqual(fast.entries.map(\.title), ["<b>", "x"])
    }

    func testMalformedDocumentFallsBackToLibXMLWithoutRepeatingEntries() throws {
        let xml = """
            <rss version="2.0"><channel><title>F</title>
            <item><guid>1</guid><title>one</title></item>
            <item><guid>2</guid><title>two</title></item>
            <item><guid>3</guid><title>three <b>bold</title></item>
            <item><guid>4</guid><title>four</title></item>
            </channel></rss>
            """
        var streamed: [String?] = []
        var feeds = 0
        let outcome = try FeedParser().parse(
            Data(xml.utf8), context: FeedFixture.context(), feed: { _ in feeds += 1 }, entry: { streamed.append($0.id) })
        let (_, slow) = try bothReaders(Data(xml.utf8))
        XCTAssertEqual(streamed, slow.entries.map(\.id))
        XCTAssertEqual(feeds, 1)
        XCTAssertTrue(outcome.recovered)
    }

    func testInternalSubsetIsLeftToLibXML() throws {
        let xml = """
            <!DOCTYPE rss [<!ENTITY brand "Muster AG">]>
            <rss version="2.0"><channel><item><title>&brand; news</title></item></channel></rss>
            """
        let (fast, slow) = try bothReaders(Data(xml.utf8))
        XCTAssertEqual(fast, slow)
        XCTAssertEqual(fast.entries.first?.title, "Muster AG news")
    }

    func testDocumentSplitAcrossChunksAtEveryConstruct() throws {
        // Long enough to cross XMLFeedReader's chunk boundary inside tags, references and CDATA.
        var xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\">"
        var index = 0
        while xml.utf8.count < XMLFeedReader.chunkSize * 2 + 1_000 {
            xml += "<entry><id>e\(index)</id><title type=\"html\">T &amp;amp; &#228;\(index)</title>"
                + "<content type=\"html\"><![CDATA[<p>Body \(index)</p>]]> &lt;i&gt;x&lt;/i&gt;</content></entry>\n"
            index += 1
        }
        xml += "</feed>"
        let (fast, slow) = try bothReaders(Data(xml.utf8))
        XCTAssertEqual(fast, slow)
        XCTAssertEqual(fast.entries.count, index)
    }

    func testBareAmpersandLateInALargeDocumentIsReadAgainSanitizedWithoutRepeats() throws {
        // The raw reading delivers the entries before "AT&T", the sanitized one the rest.
        var xml = "<rss version=\"2.0\"><channel><title>T &hellip;</title>"
        var index = 0
        while xml.utf8.count < XMLFeedReader.chunkSize + 10_000 {
            xml += "<item><guid>g\(index)</guid><title>Post \(index) &ndash; &lt;b&gt;</title></item>\n"
            index += 1
        }
        xml += "<item><guid>g\(index)</guid><title>AT&T</title></item></channel></rss>"
        let (fast, slow) = try bothReaders(Data(xml.utf8))
        XCTAssertEqual(fast, slow)
        XCTAssertEqual(fast.entries.count, index + 1)
        XCTAssertEqual(fast.entries.first?.title, "Post 0 –", "RSS titles are read as HTML: the escaped tag is markup")
        XCTAssertEqual(fast.entries.last?.title, "AT&T")
        XCTAssertTrue(fast.recovered, "a bare ampersand is a repair")
        XCTAssertEqual(fast.feed.title, "T …")
    }
}
