import XCTest

@testable import Ingest

final class HTMLTextTests: XCTestCase {
    func testParagraphsListsAndBreaksBecomeNewlines() {
        XCTAssertEqual(HTMLText.plainText(fromHTML: "<p>Eins</p><p>Zwei<br>Drei</p><ul><li>a</li><li>b</li></ul>"), "Eins\n\nZwei\nDrei\n\na\nb")
        XCTAssertEqual(HTMLText.plainText(fromHTML: "<div>x</div><div>y</div>"), "x\ny")
    }

    func testScriptStyleAndCommentsNeverLeak() {
        let html = "a<script>var s = '</p>secret';</script>b<style>p{}</style>c<!-- hidden -->d<SCRIPT src=x></SCRIPT>e"
        XCTAssertEqual(HTMLText.plainText(fromHTML: html), "abcde")
        XCTAssertEqual(HTMLText.plainText(fromHTML: "ok<script>never closed"), "ok")
    }

    func testEntitiesAreDecodedIncludingNumericAndWindows1252References() {
        XCTAssertEqual(HTMLText.plainText(fromHTML: "&auml;&#252;&#x00DF;&hellip;&#8364;&#150;&copy 2026"), "äüß…€–© 2026")
        XCTAssertEqual(HTMLText.plainText(fromHTML: "Tom &amp; Jerry &unknown; AT&T"), "Tom & Jerry &unknown; AT&T")
    }

    func testTwiceEscapedTitlesAreDecodedTwice() {
        XCTAssertEqual(HTMLText.singleLine(fromHTML: "Fish &amp;amp; Chips"), "Fish & Chips")
    }

    func testWhitespaceIsCollapsedAndNoBreakSpaceCountsAsSpace() {
        XCTAssertEqual(HTMLText.plainText(fromHTML: "  a \n\t b&nbsp;&nbsp;c  "), "a b c")
        XCTAssertEqual(HTMLText.singleLine(fromHTML: "<p>a</p><p>b</p>"), "a b")
    }

    func testLiteralLessThanAndBrokenTagsStayText() {
        XCTAssertEqual(HTMLText.plainText(fromHTML: "a < b and 3<4"), "a < b and 3<4")
        XCTAssertEqual(HTMLText.plainText(fromHTML: "<b>bold</b> <i>it"), "bold it")
    }

    /// Names and titles that need no change are returned as they are; everything else still
    /// goes through the conversion.
    func testFinishedTextIsReturnedAsItIsAndEverythingElseConverted() {
        for name in ["Nutzer144", "Anna Müller", "a b c", "", "x\u{01}y"] {
            XCTAssertEqual(HTMLText.singleLine(fromHTML: name), name)
            XCTAssertEqual(HTMLText.collapsingWhitespace(name), name)
        }
        XCTAssertEqual(HTMLText.singleLine(fromHTML: " Anna"), "Anna")
        XCTAssertEqual(HTMLText.singleLine(fromHTML: "Anna "), "Anna")
        XCTAssertEqual(HTMLText.singleLine(fromHTML: "A  B\tC\nD"), "A B C D")
        XCTAssertEqual(HTMLText.singleLine(fromHTML: "A&amp;B <b>C</b>"), "A&B C")
        XCTAssertEqual(HTMLText.singleLine(fromHTML: "a\u{A0}b\u{AD}c"), "a bc")
        XCTAssertEqual(HTMLText.collapsingWhitespace("A&amp;B <b>"), "A&amp;B <b>")
        XCTAssertEqual(HTMLText.collapsingWhitespace(" a \n b "), "a b")
        // The byte versions (RSS and Atom fields) take the same shortcut, and agree with the
        // conversion, invalid UTF-8 included.
        let inputs: [[UInt8]] = [
            Array("Router outage again".utf8), Array("Störung seit Montag".utf8), [0x61, 0xFF, 0x62], [0x61, 0xC3],
            Array("a  b".utf8), Array(" a".utf8), Array("a\u{A0}b".utf8), Array("A&amp;B".utf8), Array("<b>x</b>".utf8), [],
        ]
        // ... with every separator at every position of an eight-byte word, and across two.
        + (0..<17).flatMap { offset in
            ["  ", "\n", "\t", "\u{A0}", "&", "<", "\u{01}", " "].map { piece in
                Array((String(repeating: "x", count: offset) + piece + "yz").utf8)
            }
        }
        for bytes in inputs {
            XCTAssertEqual(
                HTMLText.singleLine(fromHTML: bytes),
                String(decoding: HTMLText.plainTextBytes(fromHTML: bytes, keepsBreaks: false), as: UTF8.self), "\(bytes)")
            XCTAssertEqual(
                HTMLText.collapsingWhitespace(bytes: bytes, keepsBreaks: false),
                String(decoding: HTMLText.collapsingWhitespaceBytes(bytes, keepsBreaks: false), as: UTF8.self), "\(bytes)")
        }
    }

    /// Whitespace is skipped eight bytes at a time: every separator must be seen wherever it
    /// falls in a word, and the result must equal collapsing scalar by scalar.
    func testWhitespaceCollapsesAlikeAtEveryPositionOfAnEightByteWord() {
        let separators = ["  ", " \n ", "\t", "\u{A0}", " \u{A0}", "\u{AD}", " \u{AD} ", "\r\n", "\u{0C}"]
        let visible = ["§", "\u{01}", "ü", "x"]
        for offset in 0..<20 {
            let prose = String("Lorem ipsum dolor sit amet consectetur".prefix(offset))
            for piece in separators + visible {
                let text = prose + piece + "adipiscing elit sed do eiusmod" + piece
                XCTAssertEqual(HTMLText.collapsingWhitespace(text), collapsedScalarByScalar(text), "\(text.debugDescription)")
                XCTAssertEqual(HTMLText.plainText(fromHTML: text), collapsedScalarByScalar(text), "\(text.debugDescription)")
            }
        }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let alphabet = ["a", "b", " ", " ", " ", "\n", "\u{A0}", "\u{AD}", "ä", "\u{01}"]
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<(Int(state >> 59) + 1) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += alphabet[Int(state >> 33) % alphabet.count]
            }
            XCTAssertEqual(HTMLText.collapsingWhitespace(text), collapsedScalarByScalar(text), "\(text.debugDescription)")
        }
    }

    /// The rule stated plainly: ASCII whitespace and NBSP separate words by one space, the soft
    /// hyphen vanishes, nothing leads or trails.
    private func collapsedScalarByScalar(_ text: String) -> String {
        var words: [String] = []
        var word = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x0A, 0x0D, 0x09, 0x0C, 0xA0:
                if !word.isEmpty { words.append(word) }
                word = ""
            case 0xAD: continue
            default: word.unicodeScalars.append(scalar)
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: " ")
    }

    func testSoftHyphenIsInvisible() {
        XCTAssertEqual(HTMLText.plainText(fromHTML: "Donau&shy;dampf"), "Donaudampf")
    }

    func testEmbedFallbackAndFormulaTextAreKeptButScriptIsNot() {
        XCTAssertEqual(HTMLText.plainText(fromHTML: "safe<iframe src=x> description</iframe>"), "safe description")
        XCTAssertEqual(HTMLText.plainText(fromHTML: "<object data=x>fallback</object><math><mi>a</mi><mo>+</mo><mi>b</mi></math>"), "fallbacka+b")
        XCTAssertEqual(HTMLText.plainText(fromHTML: "<object><script>alert(1)</script>ok</object>"), "ok")
    }

    func testUnclosedDeclarationStaysText() {
        XCTAssertEqual(HTMLText.plainText(fromHTML: " <!DOCTYPE "), "<!DOCTYPE")
        XCTAssertEqual(HTMLText.plainText(fromHTML: "a<!DOCTYPE html>b"), "ab")
    }
}
