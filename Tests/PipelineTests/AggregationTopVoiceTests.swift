import Foundation
import XCTest

@testable import Pipeline

final class AggregationTopVoiceTests: XCTestCase {
    func testMostActiveAndMostPositiveAuthorsPerSourceWithoutStaff() throws {
        var factory = ReportPostFactory()
        var posts: [StoredPost] = []
        for index in 0..<6 { posts.append(factory.post(source: "forum", thread: "t\(index % 2)", label: .negative, author: "a_busy", offset: -index)) }
        for index in 0..<3 { posts.append(factory.post(source: "forum", label: .positive, author: "a_happy", offset: -index)) }
        posts.append(factory.post(source: "forum", label: .positive, author: "a_once"))
        for index in 0..<9 { posts.append(factory.post(source: "forum", label: .positive, author: "a_team", offset: -index, isStaff: true)) }
        posts.append(factory.post(source: "forum", label: .positive, author: "a_old", offset: -28))
        let voices = ReportBuilder().build(
            ReportInput(day: factory.day, timeZone: factory.timeZone, posts: posts, sources: [], topics: [])).topVoices
        let active = voices.filter { $0.ranking == .mostActive }
        XCTAssertEqual(active.map(\.author), ["a_busy", "a_happy", "a_once"], "staff and day−28 left out")
        XCTAssertEqual(active.first?.threads, 2)
        let positive = voices.filter { $0.ranking == .mostPositive }
        XCTAssertEqual(positive.map(\.author), ["a_happy"], "one post is not enough; a negative author is not positive")
        XCTAssertEqual(positive.first?.netSentiment, 1)
        XCTAssertTrue(voices.allSatisfy { $0.source == "forum" })
    }
}
