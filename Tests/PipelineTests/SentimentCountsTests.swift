import Foundation
import Sentiment
import XCTest
@testable import Pipeline

/// The label tally every trend, rollup and watch row is counted with.
final class SentimentCountsTests: XCTestCase {
    func testEachLabelCountsOnceAndInTheVolume() {
        var counts = SentimentCounts()
        for label: SentimentLabel in [.positive, .positive, .neutral, .negative, .unscored] { counts.add(label) }
        XCTAssertEqual(counts, SentimentCounts(volume: 5, positive: 2, neutral: 1, negative: 1, unscored: 1))
        XCTAssertEqual(counts.scored, 4)
    }

    func testKeptCountsAddFieldByField() {
        var counts = SentimentCounts(volume: 3, positive: 1, neutral: 1, negative: 1, unscored: 0)
        counts += SentimentCounts(volume: 2, positive: 0, neutral: 0, negative: 1, unscored: 1)
        XCTAssertEqual(counts, SentimentCounts(volume: 5, positive: 1, neutral: 1, negative: 2, unscored: 1))
    }

    func testNetSentimentCountsUnscoredPostsInTheVolumeAndRoundsToFourDecimals() {
        let counts = SentimentCounts(volume: 3, positive: 0, neutral: 0, negative: 1, unscored: 2)
        XCTAssertEqual(counts.netSentiment, -0.3333)
    }

    func testNetSentimentIsUndefinedWithoutPosts() {
        XCTAssertNil(SentimentCounts().netSentiment)
    }
}
