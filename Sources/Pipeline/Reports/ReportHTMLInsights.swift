import Foundation

/// The sections of report.html beyond the daily essentials: watch terms and share of voice,
/// staff response times, weekly and monthly totals, top voices. Every string from posts or
/// configuration goes through `HTMLEscaping`.
enum ReportHTMLInsights {
    static func watch(_ report: DailyReport) -> String {
        var html = "<h2>Watch terms and share of voice</h2>\n"
        guard !report.watch.isEmpty else {
            return html + "<p class=\"muted\">No <code>watch</code> groups configured.</p>\n"
        }
        html += "<p class=\"muted\">Customer posts naming a watched term (title or text, case-insensitive, whole words; "
        html += "the longest term wins). Share of voice: a group's mentions over all groups' mentions.</p>\n"
        html += "<table>\n<tr><th>Group</th><th>Term</th><th class=\"num\">Today</th><th class=\"num\">Net</th>"
        html += "<th>Share of voice today</th><th class=\"num\">7 days</th><th class=\"num\">Net 7 days</th>"
        html += "<th>Share of voice 7 days</th></tr>\n"
        for row in report.watch {
            let isGroup = row.term == TrendRow.all
            html += isGroup ? "<tr class=\"group\">" : "<tr>"
            html += "<td>\(e(row.group))</td><td>\(isGroup ? "<strong>all terms</strong>" : e(row.term))</td>"
            html += "<td class=\"num\">\(row.volume)</td><td class=\"num\">\(signed(row.netSentiment))</td>"
            html += "<td>\(shareBar(row.shareOfVoice))</td><td class=\"num\">\(row.volume7d)</td>"
            html += "<td class=\"num\">\(signed(row.netSentiment7d))</td><td>\(shareBar(row.shareOfVoice7d))</td></tr>\n"
        }
        return html + "</table>\n"
    }

    static func responseTimes(_ report: DailyReport) -> String {
        var html = "<h2>Staff response times (owned sources)</h2>\n"
        let rows = report.responseTimes.filter { $0.source == TrendRow.all }.reversed()
        guard !rows.isEmpty else { return html + "<p class=\"muted\">No owned source configured.</p>\n" }
        html += "<p class=\"muted\">Waits that started each day: from a customer post to the first staff reply in the "
        html += "thread, judged at the end of the report day. Per source in response-times.csv.</p>\n"
        html += "<table>\n<tr><th>Day</th><th class=\"num\">Waits</th><th class=\"num\">Answered</th>"
        html += "<th class=\"num\">Median (h)</th><th class=\"num\">90th pct (h)</th><th class=\"num\">Within SLA</th>"
        html += "<th class=\"num\">Open</th><th class=\"num\">Overdue</th></tr>\n"
        for row in rows {
            html += "<tr><td>\(row.day)</td><td class=\"num\">\(row.waits)</td><td class=\"num\">\(row.answered)</td>"
            html += "<td class=\"num\">\(hours(row.medianHours))</td><td class=\"num\">\(hours(row.p90Hours))</td>"
            html += "<td class=\"num\">\(percent(row.withinSLAShare))</td><td class=\"num\">\(row.open)</td>"
            html += "<td class=\"num\">\(row.overdue)</td></tr>\n"
        }
        return html + "</table>\n"
    }

    static func rollups(_ report: DailyReport) -> String {
        var html = "<h2>Weeks and months</h2>\n<p class=\"muted\">All customer posts per ISO week and calendar month; "
        html += "the running period counts up to the report day. Every topic and source in trends-weekly.csv and "
        html += "trends-monthly.csv.</p>\n"
        html += "<table>\n<tr><th>Period</th><th>Days</th><th class=\"num\">Posts</th><th class=\"num\">Per day</th>"
        html += "<th class=\"num\">Net sentiment</th><th class=\"num\">Change per day vs previous</th></tr>\n"
        for row in (report.weeklyRollups + report.monthlyRollups) where row.scope == .overall {
            let running = row.complete ? "" : " <span class=\"muted\">(running)</span>"
            html += "<tr><td>\(e(row.label))\(running)</td><td>\(row.firstDay) – \(row.lastDay)</td>"
            html += "<td class=\"num\">\(row.volume)</td><td class=\"num\">\(String(format: "%.1f", row.dailyMean))</td>"
            html += "<td class=\"num\">\(signed(row.netSentiment))</td>"
            html += "<td class=\"num\">\(row.changeVsPrevious.map { String(format: "%+.0f%%", $0 * 100) } ?? "–")</td></tr>\n"
        }
        return html + "</table>\n"
    }

    static func topVoices(_ report: DailyReport) -> String {
        var html = "<h2>Top voices (28 days, pseudonyms)</h2>\n"
        guard !report.topVoices.isEmpty else { return html + "<p class=\"muted\">No customer posts in 28 days.</p>\n" }
        html += "<p class=\"muted\">Most active and most positive customer authors per source; staff accounts never "
        html += "appear. Most positive needs at least 3 posts.</p>\n<div class=\"voices\">\n"
        let sources = Array(Set(report.topVoices.map(\.source))).sorted()
        for source in sources {
            html += "<div class=\"panel\"><h3>\(e(source))</h3>\n<table>\n"
            html += "<tr><th class=\"num\">#</th><th>Author</th><th class=\"num\">Posts</th><th class=\"num\">Net</th></tr>\n"
            for ranking in TopVoice.Ranking.allCases {
                let voices = report.topVoices.filter { $0.source == source && $0.ranking == ranking }
                guard !voices.isEmpty else { continue }
                let title = ranking == .mostActive ? "Most active" : "Most positive"
                html += "<tr class=\"group\"><td colspan=\"4\">\(title)</td></tr>\n"
                for voice in voices {
                    html += "<tr><td class=\"num\">\(voice.rank)</td><td><code>\(e(voice.author))</code></td>"
                    html += "<td class=\"num\">\(voice.posts)</td><td class=\"num\">\(signed(voice.netSentiment))</td></tr>\n"
                }
            }
            html += "</table>\n</div>\n"
        }
        return html + "</div>\n"
    }

    /// A horizontal bar with the percentage beside it; no bar without a share.
    static func shareBar(_ share: Double?) -> String {
        guard let share else { return "<span class=\"muted\">–</span>" }
        let width = String(format: "%.1f", min(1, max(0, share)) * 100)
        return "<span class=\"share\"><span class=\"share-fill\" style=\"width: \(width)%\"></span></span> "
            + percent(share)
    }

    private static func e(_ text: String) -> String { HTMLEscaping.escape(text) }

    static func signed(_ value: Double?) -> String { value.map { String(format: "%+.2f", $0) } ?? "–" }

    private static func hours(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "–" }

    private static func percent(_ value: Double?) -> String { value.map { String(format: "%.0f%%", $0 * 100) } ?? "–" }
}
