import Foundation

/// Which parts of a day's report become digest items, and how severe each is.
enum AlertItems {
    /// Escalations (`escalate` 3, `watch` 2), spikes per source, topic and overall (2; the
    /// detail rows only repeat them), and overdue questions in owned sources (1).
    static func from(_ report: DailyReport) -> [AlertItem] {
        var items: [AlertItem] = []
        for escalation in report.escalations {
            var reasons = escalation.reasons
            if escalation.markers.isEmpty == false, !reasons.contains(where: { $0.contains("mentions") }) {
                reasons.append("mentions " + escalation.markers.map { "'\($0)'" }.joined(separator: ", "))
            }
            items.append(
                AlertItem(
                    kind: .escalation, key: "escalation:\(escalation.source):\(escalation.threadID)",
                    severity: escalation.level == .escalate ? 3 : 2, levelName: escalation.level.rawValue,
                    headline: escalation.threadTitle, reasons: reasons, topics: escalation.topics,
                    source: escalation.source, excerpt: escalation.strongestNegativeExcerpt,
                    threadTitle: escalation.threadTitle, threadURL: escalation.threadURL))
        }
        for spike in report.spikes where spike.scope != .detail {
            let topics = spike.topic == TrendRow.all ? [] : [spike.topic]
            items.append(
                AlertItem(
                    kind: .spike,
                    key: "spike:\(spike.kind.rawValue):\(spike.scope.rawValue):\(spike.source):\(spike.topic):\(report.day)",
                    severity: 2, levelName: spike.kind.rawValue, headline: spike.summary,
                    reasons: [String(format: "%d observed, %.1f expected (p = %.4f)", spike.observed, spike.expected, spike.probability)],
                    topics: topics, source: spike.source))
        }
        for question in report.questions where question.status == .overdue {
            items.append(
                AlertItem(
                    kind: .question, key: "question:\(question.postKey)", severity: 1, levelName: "overdue",
                    headline: question.threadTitle,
                    reasons: [String(format: "no staff answer for %.0f h (SLA %.0f h)", question.ageHours, question.slaHours)],
                    topics: question.topics, source: question.source, excerpt: question.excerpt,
                    threadTitle: question.threadTitle, threadURL: question.threadURL ?? question.link))
        }
        return items
    }
}
