import Foundation
import Sentiment

/// The trend counts per ISO week and per calendar month (trends-weekly.csv, trends-monthly.csv):
/// the 8 ISO weeks ending with the report day's week and the 3 months ending with the report
/// day's month. The running week or month is counted up to the end of the report day and
/// marked `complete = false` unless the report day is its last day. Days without any stored
/// post use the kept daily aggregates, when there are some.
struct RollupAggregator: Sendable {
    static let weeks = 8
    static let months = 3

    struct Period: Sendable, Equatable {
        var kind: RollupRow.Period
        var label: String
        var firstDay: ReportDay
        var lastDay: ReportDay
        var complete: Bool

        func contains(_ day: ReportDay) -> Bool { day >= firstDay && day <= lastDay }
        var days: Int { ReportDay.daysBetween(firstDay, lastDay) + 1 }
    }

    private struct Tally {
        var counts = SentimentCounts()
        var scoreSum = 0.0
        var authors: Set<String> = []
    }

    /// The first day any rollup reads: the earliest of the weekly and monthly windows.
    static func firstDay(for day: ReportDay) -> ReportDay {
        min(periods(.week, for: day)[0].firstDay, periods(.month, for: day)[0].firstDay)
    }

    static func periods(_ kind: RollupRow.Period, for day: ReportDay) -> [Period] {
        switch kind {
        case .week:
            let monday = day.adding(days: 1 - day.isoWeekday)
            return (0..<weeks).reversed().map { back in
                let first = monday.adding(days: -7 * back)
                let last = first.adding(days: 6)
                return Period(kind: .week, label: isoWeekLabel(first), firstDay: first, lastDay: min(last, day),
                              complete: last <= day)
            }
        case .month:
            return (0..<months).reversed().map { back in
                var year = day.year
                var month = day.month - back
                while month < 1 { month += 12; year -= 1 }
                let first = ReportDay(year: year, month: month, day: 1)
                let last = ReportDay(year: month == 12 ? year + 1 : year, month: month == 12 ? 1 : month + 1, day: 1)
                    .adding(days: -1)
                return Period(kind: .month, label: String(format: "%04d-%02d", year, month), firstDay: first,
                              lastDay: min(last, day), complete: last <= day)
            }
        }
    }

    /// `2026-W47`: the ISO week-year is the year of the week's Thursday.
    static func isoWeekLabel(_ monday: ReportDay) -> String {
        let thursday = monday.adding(days: 3)
        let week = ReportDay.daysBetween(ReportDay(year: thursday.year, month: 1, day: 1), thursday) / 7 + 1
        return String(format: "%04d-W%02d", thursday.year, week)
    }

    /// `posts`: customer posts with their local day; `aggregates`: kept counts of days that have
    /// no stored post at all.
    func rows(
        _ kind: RollupRow.Period, day: ReportDay, posts: [(post: StoredPost, day: ReportDay)],
        aggregates: [DailyAggregate], sources: [ReportSource], topics: [String]
    ) -> [RollupRow] {
        let periods = Self.periods(kind, for: day)
        var tallies = Array(repeating: [TrendAggregator.Key: Tally](), count: periods.count)
        var fromAggregates = Array(repeating: false, count: periods.count)
        let seeds = TrendAggregator.seedKeys(sources: sources, topics: topics)
        for index in periods.indices { for key in seeds { tallies[index][key] = Tally() } }
        for (post, postDay) in posts {
            guard let index = periods.firstIndex(where: { $0.contains(postDay) }) else { continue }
            for key in TrendAggregator.keys(for: post) {
                var tally = tallies[index][key] ?? Tally()
                tally.counts.add(post.label)
                if post.label != .unscored { tally.scoreSum += post.score }
                tally.authors.insert(post.author)
                tallies[index][key] = tally
            }
        }
        for aggregate in aggregates {
            guard let index = periods.firstIndex(where: { $0.contains(aggregate.day) }) else { continue }
            fromAggregates[index] = true
            let key = TrendAggregator.Key(
                scope: aggregate.scope, source: aggregate.source, topic: aggregate.topic, language: aggregate.language)
            var tally = tallies[index][key] ?? Tally()
            tally.counts += aggregate.counts
            tally.scoreSum += aggregate.scoreSum
            tallies[index][key] = tally
        }
        let r: (Double) -> Double = ReportRounding.round4
        var rows: [RollupRow] = []
        for (index, period) in periods.enumerated() {
            for key in tallies[index].keys.sorted(by: TrendAggregator.keyOrder) {
                let tally = tallies[index][key]!
                let counts = tally.counts
                let dailyMean = Double(counts.volume) / Double(period.days)
                var change: Double?
                if index > 0, let previous = tallies[index - 1][key]?.counts, previous.volume > 0 {
                    change = r(dailyMean / (Double(previous.volume) / Double(periods[index - 1].days)) - 1)
                }
                rows.append(
                    RollupRow(
                        period: kind, label: period.label, firstDay: period.firstDay, lastDay: period.lastDay,
                        days: period.days, complete: period.complete, scope: key.scope, source: key.source,
                        topic: key.topic, language: key.language, volume: counts.volume, positive: counts.positive,
                        neutral: counts.neutral, negative: counts.negative, unscored: counts.unscored,
                        netSentiment: counts.netSentiment,
                        meanScore: counts.scored > 0 ? r(tally.scoreSum / Double(counts.scored)) : nil,
                        distinctAuthors: fromAggregates[index] ? nil : tally.authors.count, dailyMean: r(dailyMean),
                        changeVsPrevious: change))
            }
        }
        return rows
    }
}

extension ReportDay {
    /// Whole days from `a` to `b` (negative when b is earlier).
    static func daysBetween(_ a: ReportDay, _ b: ReportDay) -> Int {
        let utc = TimeZone(identifier: "UTC")!
        return Int((b.start(in: utc).timeIntervalSince(a.start(in: utc)) / 86_400).rounded())
    }
}
