import Foundation

/// Renders report.html: one self-contained page (inline CSS and SVG, no scripts, no external
/// resources) that opens from a file share. Every string from posts or configuration goes
/// through `HTMLEscaping`.
struct ReportHTML: Sendable {
    var chart = SVGChart()

    func render(_ report: DailyReport) -> String {
        let day = report.day.description
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Customer voice \(day)</title>
            <style>
            \(ReportStyle.css)
            </style>
            </head>
            <body>
            <main>
            <h1>Customer voice · \(day)</h1>
            <p class="sub">Posts published \(day) 00:00–24:00 (\(HTMLEscaping.escape(report.timeZone))). \
            Staff posts are not counted as customer voice.</p>

            """
        html += notes(report)
        html += cards(report)
        html += spikes(report)
        html += escalations(report)
        html += questions(report)
        html += charts(report)
        html += ReportHTMLInsights.watch(report)
        html += ReportHTMLInsights.responseTimes(report)
        html += ReportHTMLInsights.rollups(report)
        html += ReportHTMLInsights.topVoices(report)
        html += sources(report)
        let files = ReportWriter.fileNames.filter { $0 != "report.html" }.joined(separator: ", ")
        html += """
            <footer>Schema version \(report.schemaVersion) · files: \(files) · formulas in docs/REPORTS.md</footer>
            </main>
            </body>
            </html>

            """
        return html
    }

    private func cards(_ report: DailyReport) -> String {
        let totals = report.totals
        let overall = report.trends.first { $0.scope == .overall }
        let change = overall?.changeVs28d.map { String(format: "%+.0f%% vs 28-day mean", $0 * 100) } ?? "no baseline"
        let net = totals.netSentiment.map { String(format: "%+.2f", $0) } ?? "–"
        var items = [
            (String(totals.customerPosts), "customer posts · \(change)"),
            (net, "net sentiment (pos − neg) / posts"),
            (String(totals.negative), "negative posts"),
            (String(totals.escalations), "escalate · \(totals.watches) watch"),
            (String(totals.unansweredQuestions), "unanswered questions · \(totals.overdueQuestions) overdue"),
            // Grouped: one surge seen at detail, source, topic and overall level is one spike.
            (String(report.spikeGroups.count), "spikes and sentiment drops"),
        ]
        if !totals.silentSources.isEmpty {
            items.append((String(totals.silentSources.count), "sources without posts"))
        }
        let body = items.map { value, label in
            "<div class=\"card\"><div class=\"value\">\(HTMLEscaping.escape(value))</div>"
                + "<div class=\"label\">\(HTMLEscaping.escape(label))</div></div>"
        }.joined(separator: "\n")
        return "<section class=\"cards\">\n\(body)\n</section>\n"
    }

    /// A holiday report day and days rebuilt from kept counts are worth a line above the numbers.
    private func notes(_ report: DailyReport) -> String {
        var html = ""
        if let holiday = report.holiday {
            html += "<p class=\"note\">\(e(report.day.description)) is a public holiday (\(e(holiday))): "
            html += "the spike test expects Sunday volumes.</p>\n"
        }
        if !report.daysFromAggregates.isEmpty {
            let days = report.daysFromAggregates
            html += "<p class=\"note\">\(days.count) day\(days.count == 1 ? "" : "s") (\(days.first!) – \(days.last!)) "
            html += days.count == 1 ? "has " : "have "
            html += "passed post retention: their counts come from the kept daily aggregates; threads, questions "
            html += "and excerpts of those days are gone.</p>\n"
        }
        return html
    }

    /// One row per anomaly: the most specific flagged row, with the flagged totals that only
    /// repeat it listed beside it instead of as rows of their own.
    private func spikes(_ report: DailyReport) -> String {
        var html = "<h2>Spikes</h2>\n"
        guard !report.spikeGroups.isEmpty else { return html + "<p class=\"muted\">No unusual volume or sentiment today.</p>\n" }
        html += "<table>\n<tr><th>Kind</th><th>Where</th><th>What</th><th>Also flagged</th>"
        html += "<th class=\"num\">p</th></tr>\n"
        for group in report.spikeGroups {
            let spike = group.spike
            html += "<tr><td><span class=\"badge \(spike.kind.rawValue)\">\(spike.kind.rawValue)</span></td>"
            html += "<td>\(e(SpikeGroup.label(spike)))</td><td>\(e(spike.summary))</td>"
            html += "<td class=\"muted\">\(e(group.alsoFlagged.joined(separator: ", ")))</td>"
            html += "<td class=\"num\">\(pValue(spike.probability))</td></tr>\n"
        }
        return html + "</table>\n"
    }

    private func escalations(_ report: DailyReport) -> String {
        var html = "<h2>Threads to look at</h2>\n"
        guard !report.escalations.isEmpty else { return html + "<p class=\"muted\">No thread at watch or escalate.</p>\n" }
        for item in report.escalations {
            let level = item.level.rawValue
            html += "<article class=\"escalation \(level)\">\n"
            html += "<h3><span class=\"badge \(level)\">\(level)</span> \(HTMLEscaping.link(item.threadTitle, url: item.threadURL))</h3>\n"
            let topics = item.topics.isEmpty ? "" : " · " + e(item.topics.joined(separator: ", "))
            html += "<div class=\"muted\">\(e(item.source))\(topics) · score \(String(format: "%.1f", item.score))</div>\n"
            html += "<ul>" + item.reasons.map { "<li>\(e($0))</li>" }.joined() + "</ul>\n"
            if let excerpt = item.strongestNegativeExcerpt {
                html += "<blockquote>\(e(excerpt))</blockquote>\n"
            }
            html += "</article>\n"
        }
        return html
    }

    private func questions(_ report: DailyReport) -> String {
        var html = "<h2>Unanswered questions (owned sources, 14 days)</h2>\n"
        guard !report.questions.isEmpty else { return html + "<p class=\"muted\">Every question got a staff answer in time.</p>\n" }
        html += "<table>\n<tr><th>Status</th><th>Thread</th><th>Source</th><th class=\"num\">Age (h)</th>"
        html += "<th class=\"num\">SLA (h)</th><th>Question</th></tr>\n"
        for item in report.questions {
            let status = item.status.rawValue
            html += "<tr><td><span class=\"badge \(status)\">\(status.replacingOccurrences(of: "_", with: " "))</span></td>"
            html += "<td>\(HTMLEscaping.link(item.threadTitle, url: item.threadURL ?? item.link))</td>"
            html += "<td>\(e(item.source))</td><td class=\"num\">\(ReportText.wholeHours(item.ageHours))</td>"
            html += "<td class=\"num\">\(CSVCell.decimalText(item.slaHours, separator: .point))</td>"
            html += "<td>\(e(item.excerpt))</td></tr>\n"
        }
        return html + "</table>\n"
    }

    private func charts(_ report: DailyReport) -> String {
        var html = "<h2>Topics over 28 days</h2>\n<p class=\"muted\">Bars: customer posts per day "
        html += "(report day highlighted). Line: net sentiment, −1 to +1; gaps are days without posts.</p>\n"
        html += "<div class=\"charts\">\n"
        for series in report.topicSeries {
            let total = series.points.last?.volume ?? 0
            html += "<div class=\"panel\"><h3>\(e(series.topic)) <span class=\"muted\">· \(total) today</span></h3>\n"
            html += chart.render(series) + "\n</div>\n"
        }
        return html + "</div>\n"
    }

    private func sources(_ report: DailyReport) -> String {
        var html = "<h2>Sources</h2>\n<table>\n<tr><th>Source</th><th class=\"num\">Posts</th>"
        html += "<th class=\"num\">7-day mean</th><th class=\"num\">28-day mean</th><th class=\"num\">Net sentiment</th>"
        html += "<th class=\"num\">Authors</th></tr>\n"
        for row in report.trends where row.scope == .source {
            html += "<tr><td>\(e(row.source))</td><td class=\"num\">\(row.volume)</td>"
            html += "<td class=\"num\">\(String(format: "%.1f", row.baseline7d))</td>"
            html += "<td class=\"num\">\(String(format: "%.1f", row.baseline28d))</td>"
            html += "<td class=\"num\">\(row.netSentiment.map { String(format: "%+.2f", $0) } ?? "–")</td>"
            html += "<td class=\"num\">\(row.distinctAuthors)</td></tr>\n"
        }
        return html + "</table>\n"
    }

    private func e(_ text: String) -> String { HTMLEscaping.escape(text) }

    private func pValue(_ probability: Double) -> String {
        probability < 0.0001 ? "&lt; 0.0001" : String(format: "%.4f", probability)
    }
}
