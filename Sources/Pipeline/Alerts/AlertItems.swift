import Foundation

/// Which parts of a day's report become digest items, and how severe each is.
enum AlertItems {
    /// Escalations (`escalate` high, `watch` medium), spikes per source, topic and overall
    /// (medium; the detail rows only repeat them), and overdue questions in owned sources (low).
    static func from(_ report: DailyReport, language: MailLanguage) -> [AlertItem] {
        let texts = AlertTexts(language: language)
        var items: [AlertItem] = []
        for escalation in report.escalations {
            var reasons = escalation.reasons
            if escalation.markers.isEmpty == false, !reasons.contains(where: { $0.contains("mentions") }) {
                reasons.append("mentions " + escalation.markers.map { "'\($0)'" }.joined(separator: ", "))
            }
            items.append(
                AlertItem(
                    kind: .escalation, key: "escalation:\(escalation.source):\(escalation.threadID)",
                    severity: (escalation.level == .escalate ? AlertItem.Severity.high : .medium).rawValue,
                    levelName: escalation.level.rawValue,
                    headline: escalation.threadTitle, reasons: reasons, topics: escalation.topics,
                    source: escalation.source, excerpt: escalation.strongestNegativeExcerpt,
                    threadTitle: escalation.threadTitle, threadURL: escalation.threadURL, day: report.day))
        }
        for spike in report.spikes where spike.scope != .detail {
            let topics = spike.topic == TrendRow.all ? [] : [spike.topic]
            items.append(
                AlertItem(
                    kind: .spike,
                    key: "spike:\(spike.kind.rawValue):\(spike.scope.rawValue):\(spike.source):\(spike.topic):\(report.day)",
                    severity: AlertItem.Severity.medium.rawValue, levelName: spike.kind.rawValue,
                    headline: texts.spikeHeadline(spike),
                    reasons: [spike.summary + String(format: " (p = %.4f)", spike.probability)],
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
}
