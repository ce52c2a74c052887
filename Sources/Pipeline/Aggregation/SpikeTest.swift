import Foundation

/// The two anomaly tests run on every trend row: a volume spike (more posts than the
/// baseline explains) and a sentiment drop (a larger negative share than the baseline).
/// Thresholds are named constants; docs/REPORTS.md explains each one.
struct SpikeTest: Sendable {
    /// Expected counts below this are raised to it: a first-ever mention is surprising,
    /// but not infinitely so (3 posts against an expected 0.01 would otherwise fire).
    var expectedFloor = 0.5
    /// Farrington's guard: fewer posts than this are never a spike, whatever the tail says.
    var minimumCount = 5
    /// The count must also be this multiple of the expected count, so a statistically
    /// significant but practically small rise on a big baseline stays quiet.
    var minimumRatio = 1.5
    /// Upper-tail probability at or below which a day is flagged. Strict because one night
    /// tests a few hundred series (no multiple-testing correction yet).
    var probabilityThreshold = 0.001
    /// Baselines with a mean below this use Poisson: a dispersion estimated from a handful
    /// of posts is noise.
    var poissonBelowMean = 2.0
    /// Dispersion (negative-binomial size r) is estimated by moments and clamped here:
    /// r = 1 is very overdispersed, r = 100 is almost Poisson.
    var dispersionRange: ClosedRange<Double> = 1...100
    /// Pseudo-days pulling each weekday factor towards 1, since 28 days hold only 4 of each weekday.
    var weekdayShrinkageDays = 2.0
    var weekdayFactorRange: ClosedRange<Double> = 0.5...2
    /// Sentiment drop: at least this many negative posts on the day …
    var minimumNegativeCount = 5
    /// … and a negative share at least this much above the baseline share.
    var minimumNegativeShareIncrease = 0.2

    struct VolumeResult: Sendable, Equatable {
        var expected: Double
        var probability: Double
        var model: String
        var isSpike: Bool
    }

    struct SentimentResult: Sendable, Equatable {
        var negativeShare: Double?
        var baselineNegativeShare: Double
        var probability: Double
        var isDrop: Bool
    }

    /// Tests `observed` against `history` (daily counts, oldest first, report day excluded).
    /// Days that were spikes themselves are left out of the baseline first, so last week's
    /// outage does not hide this week's.
    func volume(observed: Int, history: [Int], weekdayFactor: Double) -> VolumeResult {
        let cleaned = withoutPastSpikes(history)
        let mean = cleaned.isEmpty ? 0 : Double(cleaned.reduce(0, +)) / Double(cleaned.count)
        let expected = max(expectedFloor, mean * weekdayFactor)
        let variance = Self.variance(cleaned, mean: mean)
        let probability: Double
        let model: String
        if mean < poissonBelowMean || variance <= mean {
            probability = TailProbability.poisson(atLeast: observed, mean: expected)
            model = "poisson"
        } else {
            let size = min(max(mean * mean / (variance - mean), dispersionRange.lowerBound), dispersionRange.upperBound)
            probability = TailProbability.negativeBinomial(atLeast: observed, mean: expected, size: size)
            model = "negative_binomial"
        }
        let isSpike =
            observed >= minimumCount && Double(observed) >= minimumRatio * expected
            && probability <= probabilityThreshold
        return VolumeResult(expected: expected, probability: probability, model: model, isSpike: isSpike)
    }

    /// Binomial test of the day's negative posts against the baseline negative share
    /// (Laplace-smoothed, so an empty baseline means 0.5 and cannot trigger on its own).
    func sentiment(negative: Int, scored: Int, baselineNegative: Int, baselineScored: Int) -> SentimentResult {
        let baselineShare = (Double(baselineNegative) + 1) / (Double(baselineScored) + 2)
        let share = scored > 0 ? Double(negative) / Double(scored) : nil
        let probability = TailProbability.binomial(atLeast: negative, trials: scored, probability: baselineShare)
        let isDrop =
            negative >= minimumNegativeCount && (share ?? 0) >= baselineShare + minimumNegativeShareIncrease
            && probability <= probabilityThreshold
        return SentimentResult(
            negativeShare: share, baselineNegativeShare: baselineShare, probability: probability, isDrop: isDrop)
    }

    /// Weekday factor for `weekday` (ISO 1…7) from a history whose days have `historyWeekdays`:
    /// the weekday's mean over the overall mean, shrunk towards 1 and clamped.
    func weekdayFactor(history: [Int], historyWeekdays: [Int], weekday: Int) -> Double {
        let total = Double(history.reduce(0, +))
        guard total > 0, !history.isEmpty else { return 1 }
        let mean = total / Double(history.count)
        var sum = 0.0
        var days = 0.0
        for (count, day) in zip(history, historyWeekdays) where day == weekday {
            sum += Double(count)
            days += 1
        }
        let factor = (sum + weekdayShrinkageDays * mean) / ((days + weekdayShrinkageDays) * mean)
        return min(max(factor, weekdayFactorRange.lowerBound), weekdayFactorRange.upperBound)
    }

    private func withoutPastSpikes(_ history: [Int]) -> [Int] {
        guard !history.isEmpty else { return history }
        let mean = Double(history.reduce(0, +)) / Double(history.count)
        let expected = max(expectedFloor, mean)
        return history.filter { count in
            let outlier =
                count >= minimumCount && Double(count) >= minimumRatio * expected
                && TailProbability.poisson(atLeast: count, mean: expected) <= probabilityThreshold
            return !outlier
        }
    }

    private static func variance(_ values: [Int], mean: Double) -> Double {
        guard values.count > 1 else { return 0 }
        let squares = values.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) }
        return squares / Double(values.count - 1)
    }
}
