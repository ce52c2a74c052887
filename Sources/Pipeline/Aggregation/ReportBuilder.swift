import Foundation

/// Turns one day's posts into a `DailyReport`: trends with spike tests, escalating threads,
/// unanswered questions, watch terms, response times, top voices and weekly/monthly rollups. Pure: no clock, no I/O; the input order of posts does not matter.
public struct ReportBuilder: Sendable {
    var trendAggregator = TrendAggregator()
    var escalationScorer = EscalationScorer()
    var questionFinder = QuestionFinder()

    public init() {}

    /// Builds the report for `input.day`. Posts outside `ReportInput.postWindow` are ignored;
    /// duplicate keys count once.
    public func build(_ input: ReportInput) -> DailyReport {
        let calendar = ReportCalendar(day: input.day, timeZone: input.timeZone, daysBack: ReportInput.baselineDays)
        let firstDay = ReportInput.firstDay(for: input.day)
        let longCalendar = ReportCalendar(
            day: input.day, timeZone: input.timeZone, daysBack: ReportDay.daysBetween(firstDay, input.day))
        var seenKeys: Set<String> = []
        var posts: [StoredPost] = []  // the 28 baseline days and the report day, staff included
        var bucketed: [(post: StoredPost, offset: Int)] = []  // customer posts of those days
        var rollupPosts: [(post: StoredPost, day: ReportDay)] = []  // customer posts of the whole window
        var offsetsWithPosts: Set<Int> = []
        for post in input.posts.sorted(by: ReportText.chronological) where seenKeys.insert(post.key).inserted {
            guard let longOffset = longCalendar.offset(of: post.published) else { continue }
            offsetsWithPosts.insert(longOffset)
            if !post.isStaff { rollupPosts.append((post, input.day.adding(days: longOffset))) }
            guard let offset = calendar.offset(of: post.published) else { continue }
            posts.append(post)
            if !post.isStaff { bucketed.append((post, offset)) }
        }
        // Kept aggregates stand in only for days without a single stored post (retention passed).
        let fallback = input.aggregates.filter { aggregate in
            let offset = ReportDay.daysBetween(input.day, aggregate.day)
            return offset <= 0 && offset >= longCalendar.firstOffset && !offsetsWithPosts.contains(offset)
        }
        let trendAggregates = fallback.compactMap { aggregate -> (aggregate: DailyAggregate, offset: Int)? in
            let offset = ReportDay.daysBetween(input.day, aggregate.day)
            return offset >= -ReportInput.baselineDays ? (aggregate, offset) : nil
        }
        var sourcesByName: [String: ReportSource] = [:]
        for source in input.sources where sourcesByName[source.name] == nil { sourcesByName[source.name] = source }
        let topics = Array(Set(input.topics)).sorted()

        let trends = trendAggregator.aggregate(
            bucketed, aggregates: trendAggregates, calendar: calendar, sources: input.sources, topics: topics,
            holidays: input.holidays)
        let spikes = Self.spikes(from: trends.rows)
        let escalations = escalationScorer.escalations(posts, calendar: calendar, sources: sourcesByName)
        let questions = questionFinder.questions(posts, calendar: calendar, sources: sourcesByName)
        let totals = Self.totals(
            posts: posts.filter { calendar.offset(of: $0.published) == 0 }, trends: trends.rows, spikes: spikes,
            escalations: escalations, questions: questions, sources: input.sources)
        let rollups = RollupAggregator()

        return DailyReport(
            day: input.day, timeZone: input.timeZone.identifier, dayStart: calendar.start(ofOffset: 0),
            dayEnd: calendar.reportEnd,
            sources: input.sources.sorted { $0.name < $1.name }, totals: totals, trends: trends.rows,
            spikes: spikes, escalations: escalations, questions: questions, topicSeries: trends.topicSeries,
            holiday: input.holidays.holidays(in: input.day.year)[input.day], spikeGroups: SpikeGroup.groups(spikes),
            watch: ShareOfVoice().rows(bucketed, groups: input.watch),
            responseTimes: ResponseTimeAnalyzer().rows(posts, calendar: calendar, sources: sourcesByName),
            topVoices: TopVoiceFinder().voices(bucketed),
            weeklyRollups: rollups.rows(
                .week, day: input.day, posts: rollupPosts, aggregates: fallback, sources: input.sources, topics: topics),
            monthlyRollups: rollups.rows(
                .month, day: input.day, posts: rollupPosts, aggregates: fallback, sources: input.sources, topics: topics),
            daysFromAggregates: Array(Set(fallback.map(\.day))).sorted(), dailyAggregates: trends.aggregates)
    }

    /// Flagged rows as spikes, most surprising first.
    static func spikes(from rows: [TrendRow]) -> [Spike] {
        var spikes: [(spike: Spike, row: TrendRow)] = []
        for row in rows {
            if row.isVolumeSpike {
                let spike = Spike(
                    kind: .volume, scope: row.scope, source: row.source, topic: row.topic, language: row.language,
                    observed: row.volume, expected: row.expectedVolume, probability: row.spikeProbability,
                    summary: String(format: "%d posts vs %.1f expected", row.volume, row.expectedVolume))
                spikes.append((spike, row))
            }
            if row.isSentimentDrop {
                let scored = row.positive + row.neutral + row.negative
                let spike = Spike(
                    kind: .sentiment, scope: row.scope, source: row.source, topic: row.topic, language: row.language,
                    observed: row.negative,
                    expected: ReportRounding.round4(Double(scored) * row.baselineNegativeShare),
                    probability: row.sentimentDropProbability,
                    summary: String(
                        format: "%d of %d negative (%.0f%%) vs %.0f%% usually", row.negative, scored,
                        (row.negativeShare ?? 0) * 100, row.baselineNegativeShare * 100))
                spikes.append((spike, row))
            }
        }
        return spikes.sorted { a, b in
            if a.spike.probability != b.spike.probability { return a.spike.probability < b.spike.probability }
            if a.spike.kind != b.spike.kind { return a.spike.kind == .volume }
            return TrendAggregator.rowOrder(a.row, b.row)
        }.map(\.spike)
    }

    static func totals(
        posts: [StoredPost], trends: [TrendRow], spikes: [Spike], escalations: [Escalation],
        questions: [UnansweredQuestion], sources: [ReportSource]
    ) -> ReportTotals {
        let overall = trends.first { $0.scope == .overall }
        let customer = posts.filter { !$0.isStaff }
        let postingSources = Set(posts.map(\.source))
        return ReportTotals(
            customerPosts: overall?.volume ?? 0, staffPosts: posts.count - customer.count,
            positive: overall?.positive ?? 0, neutral: overall?.neutral ?? 0, negative: overall?.negative ?? 0,
            unscored: overall?.unscored ?? 0, netSentiment: overall?.netSentiment,
            distinctAuthors: overall?.distinctAuthors ?? 0,
            activeThreads: Set(customer.map { ThreadKey($0) }).count,
            silentSources: Set(sources.map(\.name)).subtracting(postingSources).sorted(),
            volumeSpikes: spikes.filter { $0.kind == .volume }.count,
            sentimentDrops: spikes.filter { $0.kind == .sentiment }.count,
            escalations: escalations.filter { $0.level == .escalate }.count,
            watches: escalations.filter { $0.level == .watch }.count,
            unansweredQuestions: questions.filter { $0.status != .answeredLate }.count,
            overdueQuestions: questions.filter { $0.status == .overdue }.count)
    }
}
