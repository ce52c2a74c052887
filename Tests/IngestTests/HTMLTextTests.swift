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
