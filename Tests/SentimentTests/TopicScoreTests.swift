import XCTest
@testable import Sentiment

final class TopicScoreTests: XCTestCase {
    func testAWordMatchingSeveralTermsOfATopicCountsOnce() throws {
        let topics = try TopicSet(definitions: ["lieferung": [.de: ["liefer*", "*lieferung"], .en: ["deliver*", "*delivery"]]])
        let analyzer = Analyzer(resources: Fixtures.resources, topics: topics)
        XCTAssertEqual(analyzer.analyze("Die Lieferung ist da", languageHint: .de).topics.first?.score, 1)
        XCTAssertEqual(analyzer.analyze("The delivery is here", languageHint: .en).topics.first?.score, 1)
    }
}
