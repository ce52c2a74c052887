import Foundation
import Sentiment

/// Counts customer posts per day and (source, topic, language), then turns each series
/// into a `TrendRow` with baselines and both anomaly tests, plus the 28-day chart series.
struct TrendAggregator: Sendable {
    /// Days the charts show, ending with the report day.
    static let chartDays = 28

    var spikeTest = SpikeTest()

    struct Key: Hashable, Sendable {
        var scope: TrendRow.Scope
        var source: String
        var topic: String
        var language: String
    }

    /// Daily counts for offsets −28…0 (index 0 = day−28, last index = report day).
    struct Series: Sendable {
        var daily: [SentimentCounts]
        var scoreSumToday = 0.0
        var authorsToday: Set<String> = []
        /// Distinct authors of a report day that came from kept aggregates.
        var aggregateAuthorsToday = 0

        init(days: Int) {
            daily = Array(repeating: SentimentCounts(), count: days)
        }

        mutating func add(_ post: StoredPost, at index: Int, isReportDay: Bool) {
            daily[index].add(post.label)
            if isReportDay {
                authorsToday.insert(post.author)
                if post.label != .unscored { scoreSumToday += post.score }
            }
        }

        /// Kept counts of a day without stored posts.
        mutating func add(_ aggregate: DailyAggregate, at index: Int) {
            daily[index] += aggregate.counts
            if index == daily.count - 1 {
                scoreSumToday += aggregate.scoreSum
                aggregateAuthorsToday += aggregate.distinctAuthors
            }
        }
    }

    struct Result: Sendable {
        var rows: [TrendRow]
        var topicSeries: [TopicSeries]
        /// The report day's counts with exact score sums, for the store's `daily_aggregates`.
        var aggregates: [DailyAggregate]
    }

    /// `posts` are customer posts already bucketed: (post, offset) with offset in −28…0.
    /// `aggregates` are kept counts of days without any stored post, with their offsets.
    func aggregate(
        _ posts: [(post: StoredPost, offset: Int)], aggregates: [(aggregate: DailyAggregate, offset: Int)] = [],
        calendar: ReportCalendar, sources: [ReportSource], topics: [String],
        holidays: GermanHolidays = GermanHolidays(state: nil)
    ) -> Result {
        let days = ReportInput.baselineDays + 1
        var series: [Key: Series] = [:]
        // Seed the rows that must exist without posts: a silent source or topic is news too.
        for key in Self.seedKeys(sources: sources, topics: topics) { series[key] = Series(days: days) }
        let overallKey = Self.overallKey

        for (post, offset) in posts {
            let index = offset + ReportInput.baselineDays
            for key in Self.keys(for: post) {
                series[key, default: Series(days: days)].add(post, at: index, isReportDay: offset == 0)
            }
        }
        for (aggregate, offset) in aggregates {
            let key = Key(
                scope: aggregate.scope, source: aggregate.source, topic: aggregate.topic, language: aggregate.language)
            series[key, default: Series(days: days)].add(aggregate, at: offset + ReportInput.baselineDays)
        }

        let overallHistory = series[overallKey]!.daily.dropLast().map(\.volume)
        // Public holidays count as Sundays: shops and offices are closed, people post like on a Sunday.
        func weekday(_ day: ReportDay) -> Int { holidays.isHoliday(day) ? 7 : day.isoWeekday }
        let historyWeekdays = (0..<ReportInput.baselineDays).map {
            weekday(calendar.reportDay(atOffset: $0 - ReportInput.baselineDays))
        }
        // One weekday factor from all posts: per-series weekday means over 4 weeks are too sparse.
        let weekdayFactor = spikeTest.weekdayFactor(
            history: overallHistory, historyWeekdays: historyWeekdays, weekday: weekday(calendar.day))

        let rows = series.map { key, value in row(for: key, series: value, weekdayFactor: weekdayFactor) }
            .sorted(by: Self.rowOrder)
        let today = ReportInput.baselineDays
        let aggregates = series.keys.sorted(by: Self.keyOrder).compactMap { key -> DailyAggregate? in
            let value = series[key]!
            let counts = value.daily[today]
            guard counts.volume > 0 else { return nil }
            return DailyAggregate(
                day: calendar.day, scope: key.scope, source: key.source, topic: key.topic, language: key.language,
                volume: counts.volume, positive: counts.positive, neutral: counts.neutral, negative: counts.negative,
                unscored: counts.unscored, scoreSum: value.scoreSumToday,
                distinctAuthors: value.authorsToday.count + value.aggregateAuthorsToday)
        }
        return Result(rows: rows, topicSeries: chartSeries(series, calendar: calendar), aggregates: aggregates)
    }

    private func row(for key: Key, series: Series, weekdayFactor: Double) -> TrendRow {
        let today = series.daily.count - 1
        let history = series.daily[0..<today].map(\.volume)
        let counts = series.daily[today]
        let volume = counts.volume
        let baseline7d = Double(history.suffix(7).reduce(0, +)) / 7
        let baseline28d = Double(history.reduce(0, +)) / Double(ReportInput.baselineDays)
        let volumeTest = spikeTest.volume(observed: volume, history: history, weekdayFactor: weekdayFactor)
        let baseline = series.daily[0..<today].reduce(into: SentimentCounts()) { $0 += $1 }
        let sentimentTest = spikeTest.sentiment(
            negative: counts.negative, scored: counts.scored, baselineNegative: baseline.negative,
            baselineScored: baseline.scored)
        let r: (Double) -> Double = ReportRounding.round4
        return TrendRow(
            scope: key.scope, source: key.source, topic: key.topic, language: key.language, volume: volume,
            positive: counts.positive, neutral: counts.neutral, negative: counts.negative, unscored: counts.unscored,
            netSentiment: counts.netSentiment,
            meanScore: counts.scored > 0 ? r(series.scoreSumToday / Double(counts.scored)) : nil,
            distinctAuthors: series.authorsToday.count + series.aggregateAuthorsToday, baseline7d: r(baseline7d), baseline28d: r(baseline28d),
            changeVs7d: baseline7d > 0 ? r(Double(volume) / baseline7d - 1) : nil,
            changeVs28d: baseline28d > 0 ? r(Double(volume) / baseline28d - 1) : nil,
            expectedVolume: r(volumeTest.expected), spikeProbability: r(volumeTest.probability),
            spikeModel: volumeTest.model, isVolumeSpike: volumeTest.isSpike,
            negativeShare: ReportRounding.round4(sentimentTest.negativeShare),
            baselineNegativeShare: r(sentimentTest.baselineNegativeShare),
            sentimentDropProbability: r(sentimentTest.probability), isSentimentDrop: sentimentTest.isDrop)
    }

    private func chartSeries(_ series: [Key: Series], calendar: ReportCalendar) -> [TopicSeries] {
        let topicKeys = series.keys.filter { $0.scope == .topic }.sorted { a, b in
            // `(none)` last: it is the catch-all, not a topic anyone configured.
            if (a.topic == TrendRow.noTopic) != (b.topic == TrendRow.noTopic) { return b.topic == TrendRow.noTopic }
            return a.topic < b.topic
        }
        let overallKey = series.keys.first { $0.scope == .overall }!
        return ([overallKey] + topicKeys).map { key in
            let value = series[key]!
            let first = value.daily.count - Self.chartDays
            let points = (first..<value.daily.count).map { index -> TopicSeries.Point in
                let counts = value.daily[index]
                return TopicSeries.Point(
                    day: calendar.reportDay(atOffset: index - (value.daily.count - 1)), volume: counts.volume,
                    positive: counts.positive, negative: counts.negative, netSentiment: counts.netSentiment)
            }
            return TopicSeries(topic: key.topic, points: points)
        }
    }

    static let overallKey = Key(scope: .overall, source: TrendRow.all, topic: TrendRow.all, language: TrendRow.all)

    /// Rows every report has, posts or not: overall, each configured source, each topic and `(none)`.
    static func seedKeys(sources: [ReportSource], topics: [String]) -> [Key] {
        [overallKey]
            + sources.map { Key(scope: .source, source: $0.name, topic: TrendRow.all, language: TrendRow.all) }
            + (topics + [TrendRow.noTopic]).map { Key(scope: .topic, source: TrendRow.all, topic: $0, language: TrendRow.all) }
    }

    /// The rows one customer post counts in: once overall and in its source, once per topic.
    static func keys(for post: StoredPost) -> [Key] {
        let postTopics = post.topics.isEmpty ? [TrendRow.noTopic] : Array(Set(post.topics)).sorted()
        var keys = [overallKey, Key(scope: .source, source: post.source, topic: TrendRow.all, language: TrendRow.all)]
        for topic in postTopics {
            keys.append(Key(scope: .topic, source: TrendRow.all, topic: topic, language: TrendRow.all))
            keys.append(Key(scope: .detail, source: post.source, topic: topic, language: post.language.rawValue))
        }
        return keys
    }

    /// Overall first, then source totals, topic totals and detail rows, each by name.
    static func rowOrder(_ a: TrendRow, _ b: TrendRow) -> Bool {
        keyOrder(Key(scope: a.scope, source: a.source, topic: a.topic, language: a.language),
                 Key(scope: b.scope, source: b.source, topic: b.topic, language: b.language))
    }

    static func keyOrder(_ a: Key, _ b: Key) -> Bool {
        let rank: [TrendRow.Scope: Int] = [.overall: 0, .source: 1, .topic: 2, .detail: 3]
        if a.scope != b.scope { return rank[a.scope]! < rank[b.scope]! }
        if a.source != b.source { return a.source < b.source }
        if a.topic != b.topic { return a.topic < b.topic }
        return a.language < b.language
    }
}
