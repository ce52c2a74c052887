import Foundation

/// Which parts of a day's report become digest items, and how severe each is.
enum AlertItems {
    /// Escalations (`escalate` high, `watch` medium) in the report's order (most severe first),
    /// spikes per topic and source (medium; see `digestSpikes`), and overdue questions in owned
    /// sources (low).
    static func from(_ report: DailyReport, language: MailLanguage) -> [AlertItem] {
        let texts = AlertTexts(language: language)
        var items: [AlertItem] = []
        for escalation in report.escalations {
            let reasons = texts.escalationReasons(escalation)
            items.append(
                AlertItem(
                    kind: .escalation, key: "escalation:\(escalation.source):\(escalation.threadID)",
                    severity: (escalation.level == .escalate ? AlertItem.Severity.high : .medium).rawValue,
                    levelName: escalation.level.rawValue,
                    headline: escalation.threadTitle, reasons: reasons, topics: escalation.topics,
                    source: escalation.source, excerpt: escalation.strongestNegativeExcerpt,
                    threadTitle: escalation.threadTitle, threadURL: escalation.threadURL, day: report.day))
        }
        for spike in digestSpikes(report.spikes) {
            let topics = spike.topic == TrendRow.all ? [] : [spike.topic]
            items.append(
                AlertItem(
                    kind: .spike,
                    key: "spike:\(spike.kind.rawValue):\(spike.scope.rawValue):\(spike.source):\(spike.topic)"
                        + (spike.scope == .detail ? ":\(spike.language)" : "") + ":\(report.day)",
                    severity: AlertItem.Severity.medium.rawValue, levelName: spike.kind.rawValue,
                    headline: texts.spikeHeadline(spike),
                    reasons: [texts.spikeReason(spike)],
                    topics: topics, source: spike.source, day: report.day))
        }
        for question in report.questions where question.status == .overdue {
            items.append(
                AlertItem(
                    kind: .question, key: "question:\(question.postKey)", severity: AlertItem.Severity.low.rawValue,
                    levelName: "overdue", headline: question.threadTitle,
                    reasons: [texts.overdueReason(ageHours: question.ageHours, slaHours: question.slaHours)],
                    topics: question.topics, source: question.source, excerpt: question.excerpt,
                    threadTitle: question.threadTitle, threadURL: question.threadURL ?? question.link, day: report.day,
                    since: question.published.addingTimeInterval(question.slaHours * 3600)))
        }
        return items
    }

    /// The spikes a morning mail lists: one surge shows at the detail, source, topic and overall
    /// level, and the example's Sunday outage gave 8 items that all said the same. A detail row
    /// is left out when a flagged total of the same kind contains it (it only repeats it); the
    /// overall row is left out when a topic or source row of the same kind is flagged (it is the
    /// sum of them). Topics first (they say what happened), then sources, then details, each by
    /// how far above expectation (observed / expected), then by probability.
    static func digestSpikes(_ spikes: [Spike]) -> [Spike] {
        let totals = spikes.filter { $0.scope != .detail }
        let kept = spikes.filter { spike in
            switch spike.scope {
            case .detail: return !totals.contains { $0.kind == spike.kind && SpikeGroup.contains($0, spike) }
            case .overall: return !totals.contains { $0.kind == spike.kind && $0.scope != .overall }
            case .source, .topic: return true
            }
        }
        let scopeRank: [TrendRow.Scope: Int] = [.topic: 0, .source: 1, .detail: 2, .overall: 3]
        return kept.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if scopeRank[x.scope] != scopeRank[y.scope] { return scopeRank[x.scope]! < scopeRank[y.scope]! }
            let (rx, ry) = (Double(x.observed) / max(x.expected, 0.5), Double(y.observed) / max(y.expected, 0.5))
            if rx != ry { return rx > ry }
            if x.probability != y.probability { return x.probability < y.probability }
            return a.offset < b.offset
        }.map(\.element)
    }
}
