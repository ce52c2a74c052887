import Foundation
import XCTest

@testable import Pipeline

final class ReportHTMLTests: XCTestCase {
    private func html() -> String { ReportHTML().render(ReportBuilder().build(ReportScenario.full())) }

    func testScriptInAPostIsShownAsText() {
        let page = html()
        XCTAssertFalse(page.lowercased().contains("<script"))
        XCTAssertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        XCTAssertTrue(page.contains("App löscht Rechnungen &lt;b&gt;seit Update&lt;/b&gt;"))
    }

    func testPageIsSelfContainedUTF8WithoutExternalResources() {
        let page = html()
        XCTAssertTrue(page.contains("<meta charset=\"utf-8\">"))
        XCTAssertTrue(page.contains("<style>"))
        XCTAssertFalse(page.contains("<link"))
        XCTAssertFalse(page.contains(" src="))
    }

    func testJavascriptURLIsNotLinked() {
        XCTAssertEqual(HTMLEscaping.link("x", url: "javascript:alert(1)"), "x")
        XCTAssertEqual(HTMLEscaping.link("x", url: " JAVASCRIPT:alert(1)"), "x")
        XCTAssertEqual(
            HTMLEscaping.link("a&b", url: "https://example.de/?a=1&b=\"2\""),
            "<a href=\"https://example.de/?a=1&amp;b=&quot;2&quot;\" rel=\"noopener noreferrer\">a&amp;b</a>")
    }

    func testEveryTopicHasAChartWithBarsAndSentimentMarks() {
        let page = html()
        XCTAssertEqual(page.components(separatedBy: "<svg class=\"chart\"").count - 1, 6)
        XCTAssertTrue(page.contains("<title>2024-05-15: 25 posts</title>"))
        XCTAssertTrue(page.contains("class=\"bar today\""))
        XCTAssertTrue(page.contains("<circle class=\"mark\""))
    }

    func testPageListsEscalationsSpikesAndQuestions() {
        let page = html()
        XCTAssertTrue(page.contains("mentions &#39;verbraucherzentrale&#39;"))
        XCTAssertTrue(page.contains("25 posts vs"))
        XCTAssertTrue(page.contains("Wie kündige ich meinen Vertrag?"))
        XCTAssertFalse(page.contains("Welche Farbe hat die neue Karte?"), "calm busy thread is not listed")
    }
}
