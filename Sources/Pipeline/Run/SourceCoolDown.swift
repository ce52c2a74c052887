import Foundation

/// Across runs, a source that keeps failing is asked less often: after `threshold` consecutive
/// failed runs (default 3) it is skipped for 6 h, doubling with every further failure
/// (6 h × 2^(n−threshold)), at most 7 days. A dead feed then costs one request a week instead
/// of a timeout and an error mail every night, and a server that is down for maintenance is
/// not hammered. Skipping is reported in the run summary, never silent, and does not fail the
/// run; the first run after the period tries the source again.
struct SourceCoolDown {
    /// Consecutive failures after which the source is skipped; 0 turns cool-down off.
    var threshold: Int

    static let basePeriodSeconds: Double = 6 * 3_600
    static let maxPeriodSeconds: Double = 7 * 24 * 3_600

    /// How long the source rests after `failures` consecutive failures; nil below the threshold.
    func period(afterFailures failures: Int) -> Double? {
        guard threshold > 0, failures >= threshold else { return nil }
        let doublings = min(failures - threshold, 20)  // 2^20 × 6 h is far past the cap
        return min(Self.basePeriodSeconds * pow(2, Double(doublings)), Self.maxPeriodSeconds)
    }

    /// The moment the source may be fetched again, when that is still after `now`.
    func skippedUntil(_ state: SourceState, now: Date) -> Date? {
        guard let period = period(afterFailures: state.consecutiveFailures), let lastFailure = state.lastFailure
        else { return nil }
        let until = lastFailure.addingTimeInterval(period)
        return until > now ? until : nil
    }

    /// The summary line of a skipped source, e.g. "cooling down after 4 failed runs until
    /// 2026-11-23 18:00 UTC (last error: …)".
    static func notice(_ state: SourceState, until: Date) -> String {
        let error = state.lastError.map { " (last error: \($0))" } ?? ""
        return "cooling down after \(runs(state.consecutiveFailures)) until \(format(until))\(error)"
    }

    /// The summary line of the failure that starts (or lengthens) a cool-down.
    static func startNotice(_ state: SourceState, until: Date) -> String {
        "failed \(state.consecutiveFailures == 1 ? "1 run" : "\(state.consecutiveFailures) runs") in a row; cooling down, not fetched again before \(format(until)); `monitor run --retry-failed` tries it sooner"
    }

    private static func runs(_ count: Int) -> String {
        count == 1 ? "1 failed run" : "\(count) failed runs"
    }

    static func format(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: date)
    }
}
