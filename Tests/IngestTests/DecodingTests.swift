import Foundation
import XCTest

@testable import Ingest

final class DecodingTests: XCTestCase {
    func testUndeclaredWindows1252IsDetectedWhenBytesAreNotUTF8() throws {
        let feed = try FeedFixture.parse("cp1252-undeclared.xml")
        XCTAssertEqual(feed.feed.title, "Café “quoted” €")
        XCTAssertEqual(feed.entries.first?.title, "Müller")
    }

    func testDeclaredUTF8ThatIsNotUTF8FallsBackToWindows1252() throws {
        XCTAssertEqual(try FeedFixture.parse("cp1252-declared-utf8.xml").feed.title, "Grüße – falsch deklariert")
    }

    func testUTF8BytesDeclaredAsLatin1AreReadAsUTF8() throws {
        XCTAssertEqual(try FeedFixture.parse("utf8-declared-latin1.xml").feed.title, "Grüße aus UTF-8")
    }

    func testUTF16WithBOMIsTranscoded() throws {
        let feed = try FeedFixture.parse("utf16le-bom.xml")
        XCTAssertEqual(feed.format, .atom10)
        XCTAssertEqual(feed.feed.title, "Grüße in UTF-16 ✓")
    }

    func testUTF8BOMWinsOverDeclaredEncoding() throws {
        XCTAssertEqual(try FeedFixture.parse("utf8-bom.xml").feed.title, "BOM wins: Grüße")
    }

    func testHTTPCharsetWinsOverXMLDeclaration() throws {
        let koi8 = Data([0x3C, 0x72, 0x73, 0x73, 0x3E]) + Data("<channel><title>".utf8) + Data([0xF0, 0xD2, 0xC9])
            + Data("</title></channel></rss>".utf8)
        let feed = try FeedParser().parse(koi8, context: FeedFixture.context(contentType: "application/rss+xml; charset=\"KOI8-R\""))
        XCTAssertEqual(feed.feed.title, "При")
    }

    func testContentTypeCharsetParameterIsFoundWithQuotesAndSpaces() {
        XCTAssertEqual(ContentTypeCharset.charset(in: "text/xml;charset = \"us-ascii\""), "us-ascii")
        XCTAssertEqual(ContentTypeCharset.charset(in: "application/atom+xml; charset='gb2312'"), "gb2312")
        XCTAssertNil(ContentTypeCharset.charset(in: "text/xml"))
    }

    func testUTF8ValidationRejectsOverlongsAndSurrogates() {
        func check(_ bytes: [UInt8]) -> UTF8Validation { bytes.withUnsafeBytes { UTF8Validation.scan($0).validity } }
        XCTAssertEqual(check(Array("plain ascii text".utf8)), .ascii)
        XCTAssertEqual(check(Array("Grüße".utf8)), .multibyte)
        XCTAssertEqual(check([0xC0, 0xAF]), .invalid)
        XCTAssertEqual(check([0xED, 0xA0, 0x80]), .invalid)
        XCTAssertEqual(check([0xE2, 0x82]), .invalid)
    }

    func testSanitizerHandlesEntitySplitAcrossChunks() {
        var sanitizer = XMLSanitizer()
        var output: [UInt8] = []
        let first = Array("<r>a &hell".utf8) + Array(repeating: UInt8(ascii: " "), count: 0)
        let second = Array("ip; b</r>".utf8)
        first.withUnsafeBytes { sanitizer.process($0, isLast: false, into: &output) }
        second.withUnsafeBytes { sanitizer.process($0, isLast: true, into: &output) }
        XCTAssertEqual(String(decoding: output, as: UTF8.self), "<r>a &#8230; b</r>")
    }

    func testSanitizerForTheFastScannerLeavesXMLsPredefinedEntitiesAndRewritesHTMLOnes() {
        func sanitized(_ xml: String, keeps: Bool) -> String {
            var sanitizer = XMLSanitizer(keepsPredefinedEntities: keeps)
            var output: [UInt8] = []
            Array(xml.utf8).withUnsafeBytes { sanitizer.process($0, isLast: true, into: &output) }
            return String(decoding: output, as: UTF8.self)
        }
        // A bare "&" is escaped; an unknown name stays (an internal DTD subset may declare it).
        let xml = "<r>&lt;p&gt; &amp; &quot;&apos; &hellip; &amp x &ltx;</r>"
        XCTAssertEqual(sanitized(xml, keeps: true), "<r>&lt;p&gt; &amp; &quot;&apos; &#8230; &#38;amp x &ltx;</r>")
        XCTAssertEqual(sanitized(xml, keeps: false), "<r>&#60;p&#62; &#38; &#34;&#39; &#8230; &#38;amp x &ltx;</r>")
    }

    func testCharacterDataDecodesPredefinedAndHTMLEntitiesAndLeavesTheRestToRepair() {
        func decoded(_ text: String) -> String? {
            var output: [UInt8] = []
            let ok = Array(text.utf8).withUnsafeBufferPointer { XMLCharacterData.decode($0, into: &output, isAttribute: false) }
            return ok ? String(decoding: output, as: UTF8.self) : nil
        }
        XCTAssertEqual(decoded("&lt;b&gt; &amp;amp; &quot;x&apos;"), decoded("&#60;b&#62; &#38;amp; &#34;x&#39;"))
        XCTAssertEqual(decoded("&lt;b&gt; &amp;amp; &quot;x&apos;"), "<b> &amp; \"x'")
        XCTAssertEqual(decoded("a&hellip;b&nbsp;c"), "a…b\u{A0}c", "HTML's named references, as the sanitizer would make them")
        XCTAssertNil(decoded("&undeclared;"), "may be declared in an internal DTD subset: libxml2's job")
        XCTAssertNil(decoded("AT&T"), "a bare ampersand needs the sanitizer's repair")
        XCTAssertNil(decoded("&hellip"), "a named reference needs its semicolon in XML")
        // Text between references is copied a word at a time: references and line ends at
        // every position of a word, with and without the caller's carriage-return hint.
        for offset in 0..<18 {
            let before = String(repeating: "x", count: offset)
            for (piece, expected) in [("&lt;p&gt;", "<p>"), ("\r\n", "\n"), ("\r", "\n"), ("&#228;", "ä"), ("", "")] {
                let text = before + piece + "Grüße" + before + piece
                XCTAssertEqual(decoded(text), before + expected + "Grüße" + before + expected, text)
                if !piece.contains("\r") {
                    var output = [UInt8](repeating: 0, count: text.utf8.count)
                    let written = Array(text.utf8).withUnsafeBufferPointer { run in
                        output.withUnsafeMutableBufferPointer {
                            XMLCharacterData.decode(run, intoBuffer: $0.baseAddress!, isAttribute: false, holdsCarriageReturn: false)
                        }
                    }
                    XCTAssertEqual(written.map { String(decoding: output[..<$0], as: UTF8.self) }, decoded(text), text)
                }
            }
        }
    }

    func testOnlyDocumentsWithNothingToRepairAreReadWithoutTheSanitizer() {
        func clean(_ text: String) -> Bool { Array(text.utf8).withUnsafeBytes { XMLSanitizer.needsNoRepair($0) } }
        XCTAssertTrue(clean(" \n<?xml version=\"1.0\"?>\n<rss>\tGrüße &hellip; \u{FFFD}</rss>\r\n"))
        XCTAssertFalse(clean("Warning: junk\n<rss/>"), "text before the first tag")
        XCTAssertFalse(clean("<rss>a\u{1}b</rss>"), "a C0 control character")
        XCTAssertFalse(clean("<rss>ab\u{FFFE}</rss>"), "U+FFFE")
        XCTAssertFalse(clean("<rss>\u{FFFF}</rss>"), "U+FFFF")
        XCTAssertFalse(clean("<rss>0123456789abcdef\u{0B}</rss>"), "a control character inside a word of eight")
    }

    func testTheUTF8ScanFindsTheCharactersTheSanitizerWouldRemove() {
        func illegal(_ text: String) -> Bool {
            Array(text.utf8).withUnsafeBytes { UTF8Validation.scan($0).holdsCharacterIllegalInXML }
        }
        XCTAssertFalse(illegal("<rss>\n\t<item>Grüße\r\n</item>\n</rss>\n"), "tab, line feed and carriage return are legal")
        XCTAssertTrue(illegal("<rss>\n\t0123456789\u{1F}abcdef</rss>"), "a control beside a line feed in one word")
        XCTAssertTrue(illegal("<rss>\u{1}</rss>"), "a control in the byte-wise tail")
        XCTAssertTrue(illegal("<rss>Grüße \u{FFFE}</rss>"), "U+FFFE after a multi-byte character")
        XCTAssertFalse(illegal("<rss>\u{FFFD}\u{EFFF}</rss>"), "other characters with lead byte 0xEF")
        XCTAssertTrue(illegal(String(repeating: "a", count: 27) + "\u{1}" + String(repeating: "b", count: 40)), "a control in a block of 32")
        XCTAssertTrue(illegal("<rss>ab\u{1}cü</rss>"), "a control before a multi-byte character in one word")
        // What detection learns is what the reader would have checked itself.
        for text in ["<rss>\u{7F}x\u{B}</rss>", "<rss>ok</rss>", "\u{FEFF}<rss>\u{FFFF}</rss>"] {
            let bytes = Array(text.utf8)
            let detection = bytes.withUnsafeBytes { CharsetDetector.detect($0, contentType: nil, markup: .xml) }
            let rest = Array(bytes[detection.bomLength...])
            XCTAssertEqual(
                detection.holdsCharacterIllegalInXML, rest.withUnsafeBytes { !XMLSanitizer.needsNoRepair($0) }, text)
        }
    }
    func testTheUTF8ScanAgreesWithADecoderOnEveryMixOfASCIIControlsAndMultiByteText() {
        // Pieces that take each path of the scan: ASCII runs, legal and illegal controls,
        // two- and three-byte characters, U+FFFE, and bytes that are never valid UTF-8.
        let pieces: [[UInt8]] = [
            Array("abcdefgh".utf8), Array("<item>".utf8), [0x0A], [0x09], [0x0D], [0x01], [0x1F], [0x7F],
            Array("ü".utf8), Array("€".utf8), Array("\u{FFFE}".utf8), Array("\u{FFFD}".utf8), [0xFF], [0xC3],
            Array(String(repeating: "x", count: 31).utf8),
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<next(24) { bytes += pieces[next(pieces.count)] }
            // The reference: Swift's UTF-8 decoder, scalar by scalar, up to the first error.
            var decoder = UTF8()
            var iterator = bytes.makeIterator()
            var valid = true, multibyte = false, illegal = false
            decoding: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar):
                    let value = scalar.value
                    if value >= 0x80 { multibyte = true }
                    if (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || value == 0xFFFE || value == 0xFFFF {
                        illegal = true
                    }
                case .emptyInput: break decoding
                case .error:
                    valid = false
                    break decoding
                }
            }
            let scan = bytes.withUnsafeBytes { UTF8Validation.scan($0) }
            XCTAssertEqual(scan.validity, valid ? (multibyte ? .multibyte : .ascii) : .invalid, "\(bytes)")
            XCTAssertEqual(scan.holdsCharacterIllegalInXML, illegal, "\(bytes)")
        }
    }
}
