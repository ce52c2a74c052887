import Foundation

/// Staff response times in owned sources, per day for the 14 days ending with the report day.
///
/// A **wait** starts with a customer post in a thread where no customer is already waiting
/// (the thread's first customer post, or the first one after a staff post) and ends with the
/// next staff post in the thread. Follow-up customer posts during a wait do not start their
/// own, so one conversation is one wait. A wait belongs to the day it started. Staff posts
/// after the end of the report day are ignored, so an old day re-run gives the same rows.
struct ResponseTimeAnalyzer: Sendable {
    private struct Wait {
        var source: String
        var offset: Int
        var hours: Double?
        var slaHours: Double
        var ageHours: Double
    }

    func rows(_ posts: [StoredPost], calendar: ReportCalendar, sources: [String: ReportSource]) -> [ResponseTimeRow] {
        let end = calendar.reportEnd
        var threads: [ThreadKey: [StoredPost]] = [:]
        for post in posts where post.published < end { threads[ThreadKey(post), default: []].append(post) }
        var waits: [Wait] = []
        var ownedSources: Set<String> = Set(sources.values.filter(\.owned).map(\.name))
        for (key, thread) in threads {
            guard sources[key.source]?.owned ?? thread.contains(where: { $0.isOwnedSource }) else { continue }
            ownedSources.insert(key.source)
            let slaHours = sources[key.source]?.slaHours ?? 24
            var waitingSince: Date?
            for post in thread.sorted(by: ReportText.chronological) {
                if post.isStaff {
                    if let start = waitingSince, let offset = calendar.offset(of: start) {
                        waits.append(Wait(source: key.source, offset: offset,
                                          hours: post.published.timeIntervalSince(start) / 3600,
                                          slaHours: slaHours, ageHours: end.timeIntervalSince(start) / 3600))
                    }
                    waitingSince = nil
                } else if waitingSince == nil {
                    waitingSince = post.published
                }
            }
            if let start = waitingSince, let offset = calendar.offset(of: start) {
                waits.append(Wait(source: key.source, offset: offset, hours: nil, slaHours: slaHours,
                                  ageHours: end.timeIntervalSince(start) / 3600))
            }
        }
        guard !ownedSources.isEmpty else { return [] }
        var rows: [ResponseTimeRow] = []
        for offset in (1 - ReportInput.questionWindowDays)...0 {
            let day = calendar.reportDay(atOffset: offset)
            let ofDay = waits.filter { $0.offset == offset }
            rows.append(row(day: day, source: TrendRow.all, ofDay))
            for source in ownedSources.sorted() {
                rows.append(row(day: day, source: source, ofDay.filter { $0.source == source }))
            }
        }
        return rows
    }

    private func row(day: ReportDay, source: String, _ waits: [Wait]) -> ResponseTimeRow {
        let answered = waits.compactMap(\.hours).sorted()
        let within = waits.filter { wait in wait.hours.map { $0 <= wait.slaHours } ?? false }.count
        let open = waits.filter { $0.hours == nil && $0.ageHours <= $0.slaHours }.count
        let overdue = waits.filter { $0.hours == nil && $0.ageHours > $0.slaHours }.count
        let decided = waits.count - open
        return ResponseTimeRow(
            day: day, source: source, waits: waits.count, answered: answered.count, answeredWithinSLA: within,
            open: open, overdue: overdue, medianHours: ReportRounding.round4(Self.median(answered)),
            p90Hours: ReportRounding.round4(Self.percentile(answered, 0.9)),
            withinSLAShare: decided > 0 ? ReportRounding.round4(Double(within) / Double(decided)) as Double : nil)
    }

    /// Middle value, or the mean of the two middle values; `sorted` must be ascending.
    static func median(_ sorted: [Double]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Nearest-rank percentile: the smallest value with at least p of the values at or below it.
    static func percentile(_ sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count, max(1, rank)) - 1]
    }
}
