import Foundation
import XCTest

@testable import Ingest

/// Element and encoding variants real feeds use besides the common RSS/Atom shapes.
final class ParsingVariantsTests: XCTestCase {
    func testAtomBase64ContentIsDecodedAndReadAsHTML() throws {
        let post = try FeedFixture.parseString("""
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>e1</id>
            <title type="application/octet-stream">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</title>
            <content type="application/octet-stream">
              PHA+SGlzdG9yeSBvZiB0aGUgJmx0O2JsaW5rJmd0OyB0YWc8L3A+
            </content></entry></feed>
            """).entries[0]
        XCTAssertEqual(post.title, "Example Atom")
        XCTAssertEqual(post.text, "History of the <blink> tag")
    }

    func testAtom03Base64ModeIsDecoded() throws {
        let post = try FeedFixture.parseString("""
            <feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry>
            <summary mode="base64">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</summary></entry></feed>
            """).entries[0]
        XCTAssertEqual(post.summary, "Example Atom")
    }

    func testRSSXHTMLBodyAndFullitemAreTheBody() throws {
        let feed = try FeedFixture.parseString("""
            <rss version="2.0" xmlns:xhtml="http://www.w3.org/1999/xhtml"><channel>
            <item><description>Teaser</description><xhtml:body><p>Full <b>post</b> &amp; more</p></xhtml:body></item>
            <item><fullitem>&lt;p&gt;Radio &lt;i&gt;item&lt;/i&gt;&lt;/p&gt;</fullitem></item>
            </channel></rss>
            """)
        XCTAssertEqual(feed.entries[0].summary, "Teaser")
        XCTAssertEqual(feed.entries[0].text, "Full post & more")
        XCTAssertEqual(feed.entries[1].text, "Radio item")
    }

    func testRSSDescriptionAfterSummaryIsTheBody() throws {
        let post = try FeedFixture.parseString("""
            <rss version="2.0"><channel><item><summary>Short</summary><description>Long text</description></item></channel></rss>
            """).entries[0]
        XCTAssertEqual(post.summary, "Short")
        XCTAssertEqual(post.text, "Long text")
    }

    func testPostLanguageIsThatOfItsTextWhenTheTextDeclaresOne() throws {
        let feed = try FeedFixture.parseString("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
            <entry><id>1</id><content xml:lang="en">Hello</content></entry>
            <entry><id>2</id><content>Hallo</content></entry>
            <entry><id>3</id><content xml:lang="">???</content></entry>
            </feed>
            """)
        XCTAssertEqual(feed.entries.map(\.language), ["en", "de", nil])
    }

    func testEBCDICDocumentIsReadInItsDeclaredCodePage() throws {
        // IBM500 and IBM037 differ in "!": the comment only parses in the declared page.
        let xml = """
            <?xml version="1.0" encoding="ibm500"?><!-- note --><rss version="2.0"><channel><title>Ø</title></channel></rss>
            """
        let bytes = try XCTUnwrap(Self.encode(xml, as: "IBM500"))
        let feed = try FeedParser().parse(bytes, context: FeedFixture.context())
        XCTAssertEqual(feed.feed.title, "Ø")
    }

    func testMacGreekIsDecodedFromItsTable() throws {
        var bytes = Data(#"<?xml version="1.0" encoding="macgreek"?><rss version="2.0"><channel><title>"#.utf8)
        bytes.append(contentsOf: [0x80, 0xA1])  // Ä, Γ
        bytes.append(contentsOf: Data("</title></channel></rss>".utf8))
        XCTAssertEqual(try FeedParser().parse(bytes, context: FeedFixture.context()).feed.title, "ÄΓ")
    }

    private static func encode(_ text: String, as encoding: String) -> Data? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", encoding]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        guard (try? process.run()) != nil else { return nil }
        input.fileHandleForWriting.write(Data(text.utf8))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? data : nil
    }
}
