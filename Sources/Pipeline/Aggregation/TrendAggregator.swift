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
        var volume: [Int]
        var positive: [Int]
        var neutral: [Int]
        var negative: [Int]
        var unscored: [Int]
        var scoreSumToday = 0.0
        var authorsToday: Set<String> = []
        /// Distinct authors of a report day that came from kept aggregates.
        var aggregateAuthorsToday = 0

        init(days: Int) {
            volume = Array(repeating: 0, count: days)
            positive = volume
            neutral = volume
            negative = volume
            unscored = volume
        }

        mutating func add(_ post: StoredPost, at index: Int, isReportDay: Bool) {
            volume[index] += 1
            switch post.label {
            case .positive: positive[index] += 1
            case .neutral: neutral[index] += 1
            case .negative: negative[index] += 1
            case .unscored: unscored[index] += 1
            }
            if isReportDay {
                authorsToday.insert(post.author)
                if post.label != .unscored { scoreSumToday += post.score }
            }
        }

        /// Kept counts of a day without stored posts.
        mutating func add(_ aggregate: DailyAggregate, at index: Int) {
            volume[index] += aggregate.volume
            positive[index] += aggregate.positive
            neutral[index] += aggregate.neutral
            negative[index] += aggregate.negative
            unscored[index] += aggregate.unscored
            if index == volume.count - 1 {
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

        let overallHistory = Array(series[overallKey]!.volume.dropLast())
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
            guard value.volume[today] > 0 else { return nil }
            return DailyAggregate(
                day: calendar.day, scope: key.scope, source: key.source, topic: key.topic, language: key.language,
                volume: value.volume[today], positive: value.positive[today], neutral: value.neutral[today],
                negative: value.negative[today], unscored: value.unscored[today], scoreSum: value.scoreSumToday,
                distinctAuthors: value.authorsToday.count + value.aggregateAuthorsToday)
        }
        return Result(rows: rows, topicSeries: chartSeries(series, calendar: calendar), aggregates: aggregates)
    }

    private func row(for key: Key, series: Series, weekdayFactor: Double) -> TrendRow {
        let today = series.volume.count - 1
        let history = Array(series.volume[0..<today])
        let volume = series.volume[today]
        let positive = series.positive[today]
        let negative = series.negative[today]
        let neutral = series.neutral[today]
        let scored = positive + negative + neutral
        let baseline7d = Double(history.suffix(7).reduce(0, +)) / 7
        let baseline28d = Double(history.reduce(0, +)) / Double(ReportInput.baselineDays)
        let volumeTest = spikeTest.volume(observed: volume, history: history, weekdayFactor: weekdayFactor)
        let baselineNegative = series.negative[0..<today].reduce(0, +)
        let baselineScored =
            baselineNegative + series.positive[0..<today].reduce(0, +) + series.neutral[0..<today].reduce(0, +)
        let sentimentTest = spikeTest.sentiment(
            negative: negative, scored: scored, baselineNegative: baselineNegative, baselineScored: baselineScored)
        let r: (Double) -> Double = ReportRounding.round4
        return TrendRow(
            scope: key.scope, source: key.source, topic: key.topic, language: key.language, volume: volume,
            positive: positive, neutral: neutral, negative: negative, unscored: series.unscored[today],
            netSentiment: volume > 0 ? r(Double(positive - negative) / Double(volume)) : nil,
            meanScore: scored > 0 ? r(series.scoreSumToday / Double(scored)) : nil,
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
            let first = value.volume.count - Self.chartDays
            let points = (first..<value.volume.count).map { index -> TopicSeries.Point in
                let volume = value.volume[index]
                let net = volume > 0 ? Double(value.positive[index] - value.negative[index]) / Double(volume) : nil
                return TopicSeries.Point(
                    day: calendar.reportDay(atOffset: index - (value.volume.count - 1)), volume: volume,
                    positive: value.positive[index], negative: value.negative[index],
                    netSentiment: ReportRounding.round4(net))
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
