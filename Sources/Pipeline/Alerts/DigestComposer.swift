import Foundation

/// Composes one digest mail: most severe items first, a subject that says what happened, plain
/// text and HTML with every piece of post content escaped, and an optional data-quality block.
public struct DigestComposer: Sendable {
    public var language: MailLanguage

    public init(language: MailLanguage) {
        self.language = language
    }

    /// - Parameter references: the first mails about the items, most relevant last (it becomes
    ///   `In-Reply-To`), so a follow-up threads under the mail that started it.
    public func compose(
        items: [AlertItem], day: ReportDay, from: MailAddress, to: [MailAddress], replyTo: MailAddress?,
        date: Date, references: [String] = [], dataQuality: DataQuality? = nil
    ) -> MailMessage {
        let ordered = Self.ordered(items)
        return MailMessage(
            from: from, to: to, replyTo: replyTo, subject: subject(for: ordered, day: day), date: date,
            messageID: Self.messageID(for: ordered, day: day, to: to, domain: from.domain), references: references,
            plainText: plainText(ordered, day: day, dataQuality: dataQuality),
            html: html(ordered, day: day, dataQuality: dataQuality))
    }

    /// Most severe first; equal severity by kind, then in the order given: `AlertItems` lists
    /// escalations by level and score, spikes by how surprising, questions oldest first (sorting by
    /// key here put a `watch` thread of score 5.8 above one of 9). The order is stable: sorting an
    /// ordered list again keeps it.
    static func ordered(_ items: [AlertItem]) -> [AlertItem] {
        let kindRank: [AlertItem.Kind: Int] = [.escalation: 0, .silence: 1, .spike: 2, .question: 3]
        return items.enumerated().sorted { a, b in
            (b.element.severity, kindRank[a.element.kind] ?? 9, a.offset)
                < (a.element.severity, kindRank[b.element.kind] ?? 9, b.offset)
        }.map(\.element)
    }

    /// Spikes shown in full; the rest are named in one line. One outage flags many totals, and a
    /// morning mail with a dozen spike blocks buries the escalations above them.
    static let maxSpikesInDetail = 5

    /// The same items for the same recipients on the same day give the same id: a resend after a
    /// crash is a duplicate the receiving side can recognise, never a second, different mail.
    static func messageID(for items: [AlertItem], day: ReportDay, to: [MailAddress], domain: String?) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let parts = to.map(\.address).sorted() + ["|"] + items.map { "\($0.key)|\($0.severity);" }
        for part in parts {
            for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        return "monitor-digest-\(day)-\(String(hash, radix: 16))@\(domain ?? "monitor.invalid")"
    }

    /// Threads at `watch` are counted apart from those at `escalate`: "5 Eskalationen" for one
    /// escalating thread and four to watch would cry wolf.
    func subject(for items: [AlertItem], day: ReportDay) -> String {
        let isEscalate = { (item: AlertItem) in item.severity >= AlertItem.Severity.high.rawValue }
        let escalations = items.filter { $0.kind == .escalation }
        let counts: [(String, Int)] = [
            ("escalate", escalations.filter(isEscalate).count),
            ("watch", escalations.filter { !isEscalate($0) }.count),
        ] + [AlertItem.Kind.spike, .question, .silence].map { kind in (kind.rawValue, items.filter { $0.kind == kind }.count) }
        let parts = counts.filter { $0.1 > 0 }.map { "\($0.1) \(noun($0.0, count: $0.1))" }
        let summary = parts.isEmpty ? (language == .de ? "keine neuen Meldungen" : "nothing new") : parts.joined(separator: ", ")
        return "[monitor] \(summary) – \(day)"
    }

    /// - Parameter what: `escalate`, `watch`, or a kind's raw value.
    private func noun(_ what: String, count: Int) -> String {
        let one = count == 1
        switch (language, what) {
        case (.de, "escalate"): return one ? "Eskalation" : "Eskalationen"
        case (.de, "watch"): return one ? "Thread zu beobachten" : "Threads zu beobachten"
        case (.de, "spike"): return one ? "Spike" : "Spikes"
        case (.de, "question"): return one ? "offene Frage" : "offene Fragen"
        case (.de, _): return one ? "stille Quelle" : "stille Quellen"
        case (.en, "escalate"): return one ? "escalation" : "escalations"
        case (.en, "watch"): return one ? "thread to watch" : "threads to watch"
        case (.en, "spike"): return one ? "spike" : "spikes"
        case (.en, "question"): return one ? "overdue question" : "overdue questions"
        case (.en, _): return one ? "silent source" : "silent sources"
        }
    }

    private func label(_ key: String) -> String {
        let german = [
            "level": "Stufe", "source": "Quelle", "topics": "Themen", "thread": "Thread", "excerpt": "Auszug",
            "intro": "Neue Meldungen aus dem nächtlichen Lauf für", "nothing": "Nichts Neues seit dem letzten Digest.",
            "quality": "Datenlage", "earlier": "nachgereicht aus dem Lauf für",
        ]
        let english = [
            "level": "Level", "source": "Source", "topics": "Topics", "thread": "Thread", "excerpt": "Excerpt",
            "intro": "New items from the nightly run for", "nothing": "Nothing new since the last digest.",
            "quality": "Data quality", "earlier": "held over from the run for",
        ]
        return (language == .de ? german : english)[key] ?? key
    }

    private func plainText(_ items: [AlertItem], day: ReportDay, dataQuality: DataQuality?) -> String {
        var lines = ["\(label("intro")) \(day):", ""]
        if items.isEmpty { lines += [label("nothing"), ""] }
        let (shown, more) = Self.split(items)
        for (index, item) in shown.enumerated() {
            lines.append("\(index + 1). \(MIMEEncoding.singleLine(item.headline))")
            lines.append("   \(label("level")): \(item.levelName)"
                + (item.source == TrendRow.all ? "" : " · \(label("source")): \(MIMEEncoding.singleLine(item.source))")
                + (item.topics.isEmpty ? "" : " · \(label("topics")): \(MIMEEncoding.singleLine(item.topics.joined(separator: ", ")))"))
            if let itemDay = item.day, itemDay != day { lines.append("   (\(label("earlier")) \(itemDay))") }
            for reason in item.reasons { lines.append("   - \(MIMEEncoding.singleLine(reason))") }
            if let title = item.threadTitle, title != item.headline {
                lines.append("   \(label("thread")): \(MIMEEncoding.singleLine(title))")
            }
            if let excerpt = item.excerpt { lines.append("   \(label("excerpt")): \"\(MIMEEncoding.singleLine(excerpt))\"") }
            if let url = item.threadURL { lines.append("   \(MIMEEncoding.singleLine(url))") }
            lines.append("")
        }
        if !more.isEmpty {
            lines += [MIMEEncoding.singleLine(moreSpikes(more, day: day)), ""]
        }
        if let dataQuality {
            lines.append("\(label("quality")):")
            lines += dataQuality.lines(language: language).map { "   \($0)" }
            lines.append("")
        }
        lines.append("-- ")
        lines.append("monitor")
        return lines.joined(separator: "\n")
    }

    private func html(_ items: [AlertItem], day: ReportDay, dataQuality: DataQuality?) -> String {
        let escape = HTMLEscaping.escape
        var body = """
            <!DOCTYPE html><html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>monitor \(day)</title></head>
            <body style="font-family: sans-serif; color: #1f2933; max-width: 720px;">
            <p>\(escape(label("intro"))) <strong>\(day)</strong>:</p>\n
            """
        if items.isEmpty { body += "<p>\(escape(label("nothing")))</p>\n" }
        let (shown, more) = Self.split(items)
        for item in shown {
            let color = item.severity >= AlertItem.Severity.high.rawValue ? "#b42318" : (item.severity >= AlertItem.Severity.medium.rawValue ? "#b54708" : "#52606d")
            body += "<div style=\"border-left: 4px solid \(color); padding: 4px 12px; margin: 12px 0;\">\n"
            // Only web links become clickable: a `javascript:` URL from a feed stays text.
            body += "<h3 style=\"margin: 4px 0;\">\(HTMLEscaping.link(item.headline, url: item.threadURL))</h3>\n"
            body += "<p style=\"margin: 2px 0; color: #52606d;\">\(escape(label("level"))): \(escape(item.levelName))"
                + (item.source == TrendRow.all ? "" : " · \(escape(label("source"))): \(escape(item.source))")
                + (item.topics.isEmpty ? "" : " · \(escape(label("topics"))): \(escape(item.topics.joined(separator: ", ")))")
                + "</p>\n"
            if let itemDay = item.day, itemDay != day {
                body += "<p style=\"margin: 2px 0; color: #52606d;\">(\(escape(label("earlier"))) \(itemDay))</p>\n"
            }
            body += "<ul>\n"
            for reason in item.reasons { body += "<li>\(escape(reason))</li>\n" }
            body += "</ul>\n"
            if let title = item.threadTitle, title != item.headline {
                body += "<p style=\"margin: 2px 0;\">\(escape(label("thread"))): \(escape(title))</p>\n"
            }
            if let excerpt = item.excerpt {
                body += "<blockquote style=\"color: #3e4c59;\">\(escape(excerpt))</blockquote>\n"
            }
            if let url = item.threadURL, HTMLEscaping.safeHref(url) == nil {
                body += "<p style=\"margin: 2px 0;\">\(escape(url))</p>\n"
            }
            body += "</div>\n"
        }
        if !more.isEmpty { body += "<p>\(escape(moreSpikes(more, day: day)))</p>\n" }
        if let dataQuality {
            body += "<h4 style=\"margin: 16px 0 4px;\">\(escape(label("quality")))</h4>\n<ul style=\"color: #52606d;\">\n"
            for line in dataQuality.lines(language: language) { body += "<li>\(escape(line))</li>\n" }
            body += "</ul>\n"
        }
        return body + "</body></html>"
    }

    /// The items shown in full, and the spikes beyond `maxSpikesInDetail` (still counted in the subject).
    static func split(_ items: [AlertItem]) -> (shown: [AlertItem], moreSpikes: [AlertItem]) {
        var spikes = 0
        var shown: [AlertItem] = []
        var more: [AlertItem] = []
        for item in items {
            if item.kind == .spike {
                spikes += 1
                if spikes > maxSpikesInDetail {
                    more.append(item)
                    continue
                }
            }
            shown.append(item)
        }
        return (shown, more)
    }

    /// "… und 2 weitere Spikes im Bericht für 2026-11-22: Quelle social, Quelle handyforum"
    private func moreSpikes(_ items: [AlertItem], day: ReportDay) -> String {
        let texts = AlertTexts(language: language)
        let scopes = items.map { texts.spikeScope(source: $0.source, topics: $0.topics) }.joined(separator: ", ")
        return language == .de
            ? "… und \(items.count) \(items.count == 1 ? "weiterer Spike" : "weitere Spikes") im Bericht für \(day): \(scopes)"
            : "… and \(items.count) more \(items.count == 1 ? "spike" : "spikes") in the report for \(day): \(scopes)"
    }
}
