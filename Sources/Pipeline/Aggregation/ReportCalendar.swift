import Foundation

/// Maps publication times to day offsets relative to the report day (0 = report day,
/// −1 = the day before, …) in the report time zone. Day boundaries are computed once per
/// report, DST-correct, so bucketing a post is a binary search instead of a calendar call.
struct ReportCalendar: Sendable {
    let day: ReportDay
    let timeZone: TimeZone
    /// Oldest offset covered (negative).
    let firstOffset: Int
    /// `boundaries[i]` is the start of day `firstOffset + i`; the last entry is the report day's end.
    private let boundaries: [Date]

    init(day: ReportDay, timeZone: TimeZone, daysBack: Int) {
        self.day = day
        self.timeZone = timeZone
        self.firstOffset = -daysBack
        var boundaries: [Date] = []
        for offset in -daysBack...1 {
            boundaries.append(day.adding(days: offset).start(in: timeZone))
        }
        self.boundaries = boundaries
    }

    /// Midnight ending the report day: the reference time of the whole report.
    var reportEnd: Date { boundaries[boundaries.count - 1] }

    /// Start of the 24 hours before the report day's end (differs from midnight on DST days).
    var last24hStart: Date { reportEnd.addingTimeInterval(-24 * 3600) }

    func start(ofOffset offset: Int) -> Date { boundaries[offset - firstOffset] }

    func reportDay(atOffset offset: Int) -> ReportDay { day.adding(days: offset) }

    /// The day offset of `date`, or nil when it falls outside the covered days.
    func offset(of date: Date) -> Int? {
        guard date >= boundaries[0], date < reportEnd else { return nil }
        var low = 0
        var high = boundaries.count - 1  // boundaries[low] <= date < boundaries[high]
        while high - low > 1 {
            let middle = (low + high) / 2
            if boundaries[middle] <= date { low = middle } else { high = middle }
        }
        return firstOffset + low
    }

    /// Hours from `date` to the report day's end, rounded to 4 decimals for stable output.
    func hoursBeforeEnd(_ date: Date) -> Double {
        ReportRounding.round4(reportEnd.timeIntervalSince(date) / 3600)
    }
}

/// Rounding used for every fractional number in reports, so files are byte-stable.
enum ReportRounding {
    static func round4(_ value: Double) -> Double {
        guard value.isFinite else { return 0 }
        let rounded = (value * 10_000).rounded() / 10_000
        return rounded == 0 ? 0 : rounded  // no "-0" in files
    }

    static func round4(_ value: Double?) -> Double? {
        value.map { round4($0) }
    }
}
