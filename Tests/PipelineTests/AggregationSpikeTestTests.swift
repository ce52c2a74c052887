import Foundation
import XCTest

@testable import Pipeline

final class AggregationSpikeTestTests: XCTestCase {
    func testPoissonTailMatchesKnownValues() {
        // Values from RECIPES.md "Spike detection": P(X ≥ 3 | 0.5) and P(X ≥ 35 | 20).
        XCTAssertEqual(TailProbability.poisson(atLeast: 3, mean: 0.5), 0.01439, accuracy: 0.00001)
        XCTAssertEqual(TailProbability.poisson(atLeast: 35, mean: 20), 0.0015, accuracy: 0.0001)
        XCTAssertEqual(TailProbability.poisson(atLeast: 0, mean: 3), 1)
    }

    func testNegativeBinomialTailIsHeavierThanPoissonForOverdispersedCounts() {
        let negativeBinomial = TailProbability.negativeBinomial(atLeast: 35, mean: 20, size: 5)
        XCTAssertEqual(negativeBinomial, 0.087, accuracy: 0.002)
        XCTAssertGreaterThan(negativeBinomial, TailProbability.poisson(atLeast: 35, mean: 20))
    }

    func testTinyTailProbabilitiesDoNotCancelToZero() {
        let probability = TailProbability.poisson(atLeast: 40, mean: 2)
        XCTAssertGreaterThan(probability, 0)
        XCTAssertLessThan(probability, 1e-20)
    }

    func testBinomialTailMatchesHandComputedValue() {
        XCTAssertEqual(TailProbability.binomial(atLeast: 2, trials: 2, probability: 0.5), 0.25, accuracy: 1e-12)
        XCTAssertEqual(TailProbability.binomial(atLeast: 1, trials: 3, probability: 0.5), 0.875, accuracy: 1e-12)
        XCTAssertEqual(TailProbability.binomial(atLeast: 4, trials: 3, probability: 0.5), 0)
    }

    func testOnePostAfterASilentMonthIsNotASpike() {
        let result = SpikeTest().volume(observed: 1, history: Array(repeating: 0, count: 28), weekdayFactor: 1)
        XCTAssertEqual(result.expected, 0.5)  // the floor
        XCTAssertFalse(result.isSpike)
    }

    func testFourPostsAgainstTheFloorStayBelowTheMinimumCount() {
        let result = SpikeTest().volume(observed: 4, history: Array(repeating: 0, count: 28), weekdayFactor: 1)
        XCTAssertLessThan(result.probability, 0.002)
        XCTAssertFalse(result.isSpike)
    }

    func testSignificantButSmallRiseOnABigBaselineIsNotASpike() {
        let history = Array(repeating: 200, count: 28)
        let result = SpikeTest().volume(observed: 260, history: history, weekdayFactor: 1)
        XCTAssertLessThan(result.probability, 0.001)
        XCTAssertFalse(result.isSpike, "260 vs 200 is below the minimum ratio 1.5")
    }

    func testOverdispersedHistoryUsesNegativeBinomialAndIsMoreTolerant() {
        let history = [10, 30, 12, 28, 15, 25, 8, 32, 20, 20, 11, 29, 14, 26, 9, 31, 18, 22, 13, 27, 10, 30, 16, 24, 12, 28, 17, 23]
        let result = SpikeTest().volume(observed: 45, history: history, weekdayFactor: 1)
        XCTAssertEqual(result.model, "negative_binomial")
        XCTAssertFalse(result.isSpike)
        XCTAssertTrue(SpikeTest().volume(observed: 90, history: history, weekdayFactor: 1).isSpike)
    }

    func testPastSpikeDayIsLeftOutOfTheBaseline() {
        var history = Array(repeating: 2, count: 28)
        history[20] = 60
        let result = SpikeTest().volume(observed: 12, history: history, weekdayFactor: 1)
        XCTAssertEqual(result.expected, 2, accuracy: 0.0001)
        XCTAssertTrue(result.isSpike)
    }

    func testWeekdayFactorRaisesExpectationOnBusyWeekdays() {
        // Mondays (ISO 1) carry 10 posts, other days 2.
        let weekdays = (0..<28).map { $0 % 7 + 1 }
        let history = weekdays.map { $0 == 1 ? 10 : 2 }
        let test = SpikeTest()
        let monday = test.weekdayFactor(history: history, historyWeekdays: weekdays, weekday: 1)
        let tuesday = test.weekdayFactor(history: history, historyWeekdays: weekdays, weekday: 2)
        XCTAssertGreaterThan(monday, 1.5)
        XCTAssertLessThan(tuesday, 1)
        XCTAssertEqual(test.weekdayFactor(history: Array(repeating: 0, count: 28), historyWeekdays: weekdays, weekday: 1), 1)
    }

    func testSentimentDropNeedsEnoughNegativePosts() {
        let test = SpikeTest()
        XCTAssertFalse(test.sentiment(negative: 3, scored: 3, baselineNegative: 10, baselineScored: 200).isDrop)
        XCTAssertTrue(test.sentiment(negative: 8, scored: 10, baselineNegative: 10, baselineScored: 200).isDrop)
    }
}
