import Foundation
import XCTest

@testable import Pipeline

final class AggregationWatchTests: XCTestCase {
    private let groups = [
        WatchGroup(name: "own", terms: ["Nordlicht", "Nordlicht Mobil"]),
        WatchGroup(name: "competitors", terms: ["Südwind", "Ostwerk"]),
    ]

    private func found(_ text: String) -> [String] {
        let matcher = WatchTermMatcher(groups: groups)
        return matcher.matches(in: text).map { matcher.terms[$0].term }.sorted()
    }

    func testLongestTermWinsSoTheProductIsNotAlsoTheBrand() {
        XCTAssertEqual(found("Nordlicht Mobil hat schon wieder Störung"), ["Nordlicht Mobil"])
        XCTAssertEqual(found("NORDLICHT   mobil\nund Nordlicht-Shop"), ["Nordlicht", "Nordlicht Mobil"])
    }

    func testMatchingIsCaseInsensitiveOnWordBoundaries() {
        XCTAssertEqual(found("lieber südwind als #Ostwerk"), ["Ostwerk", "Südwind"])
        XCTAssertEqual(found("Nordlichter am Himmel, Südwinde"), [])
        XCTAssertEqual(found("(Nordlicht)"), ["Nordlicht"])
    }

    func testVolumeSentimentAndShareOfVoicePerTermAndGroupFromCustomerPostsOnly() throws {
        var factory = ReportPostFactory()
        var posts = [
            factory.post(source: "forum", label: .negative, text: "Nordlicht ist eine Katastrophe"),
            factory.post(source: "forum", label: .positive, text: "Nordlicht Mobil ist super"),
            factory.post(source: "forum", label: .positive, text: "Südwind ist besser"),
            factory.post(source: "forum", label: .neutral, text: "Ostwerk oder Südwind?"),
            factory.post(source: "forum", label: .neutral, offset: -3, text: "Nordlicht vor drei Tagen"),
            factory.post(source: "forum", label: .neutral, offset: -9, text: "Nordlicht vor neun Tagen"),
        ]
        posts.append(factory.post(source: "forum", isStaff: true, text: "Nordlicht-Team hier, wir helfen"))
        let report = ReportBuilder().build(
            ReportInput(day: factory.day, timeZone: factory.timeZone, posts: posts, sources: [], topics: [], watch: groups))
        func row(_ group: String, _ term: String) throws -> WatchRow {
            try XCTUnwrap(report.watch.first { $0.group == group && $0.term == term })
        }
        XCTAssertEqual(report.watch.map { "\($0.group)/\($0.term)" }, [
            "competitors/(all)", "competitors/Ostwerk", "competitors/Südwind", "own/(all)", "own/Nordlicht",
            "own/Nordlicht Mobil",
        ])
        XCTAssertEqual(try row("own", "(all)").volume, 2, "the staff post is not customer voice")
        XCTAssertEqual(try row("own", "(all)").netSentiment, 0)
        XCTAssertEqual(try row("own", "(all)").shareOfVoice, 0.5)
        XCTAssertEqual(try row("competitors", "(all)").volume, 2, "a post naming two competitors counts once for the group")
        XCTAssertEqual(try row("competitors", "Südwind").shareOfVoice, 0.4, "2 of 5 term mentions")
        XCTAssertEqual(try row("own", "Nordlicht").volume7d, 2, "day−3 is in the 7 days, day−9 is not")
        XCTAssertEqual(try row("own", "(all)").shareOfVoice7d, 0.6)
    }

    func testNoWatchGroupsGiveNoRows() {
        let report = ReportBuilder().build(ReportScenario.full())
        XCTAssertEqual(report.watch, [])
    }
}
