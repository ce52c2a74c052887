import Foundation

/// Composes the one digest mail of a run: most severe items first, a subject that says what
/// happened, plain text and HTML with every piece of post content escaped.
public struct DigestComposer: Sendable {
    public var language: MailLanguage

    public init(language: MailLanguage) {
        self.language = language
    }

    public func compose(
        items: [AlertItem], day: ReportDay, from: MailAddress, to: [MailAddress], replyTo: MailAddress?,
        date: Date, references: [String] = []
    ) -> MailMessage {
        let ordered = items.sorted { ($0.severity, $1.key) > ($1.severity, $0.key) }
        return MailMessage(
            from: from, to: to, replyTo: replyTo, subject: subject(for: ordered, day: day), date: date,
            messageID: messageID(for: ordered, day: day), references: references,
            plainText: plainText(ordered, day: day), html: html(ordered, day: day))
    }

    /// The same items on the same day give the same id: a resend after a crash is a duplicate
    /// the receiving side can recognise, never a second, different mail.
    func messageID(for items: [AlertItem], day: ReportDay) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for item in items {
            for byte in "\(item.key)|\(item.severity);".utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        return "monitor-digest-\(day)-\(String(hash, radix: 16))@monitor.invalid"
    }

    func subject(for items: [AlertItem], day: ReportDay) -> String {
        let counts: [(AlertItem.Kind, Int)] = [.escalation, .spike, .question, .silence].map { kind in
            (kind, items.filter { $0.kind == kind }.count)
        }
        let parts = counts.filter { $0.1 > 0 }.map { "\($0.1) \(noun($0.0, count: $0.1))" }
        let summary = parts.isEmpty ? (language == .de ? "keine neuen Meldungen" : "nothing new") : parts.joined(separator: ", ")
        return "[monitor] \(summary) – \(day)"
    }

    private func noun(_ kind: AlertItem.Kind, count: Int) -> String {
        let one = count == 1
        switch (language, kind) {
        case (.de, .escalation): return one ? "Eskalation" : "Eskalationen"
        case (.de, .spike): return one ? "Spike" : "Spikes"
        case (.de, .question): return one ? "offene Frage" : "offene Fragen"
        case (.de, .silence): return one ? "stille Quelle" : "stille Quellen"
        case (.en, .escalation): return one ? "escalation" : "escalations"
        case (.en, .spike): return one ? "spike" : "spikes"
        case (.en, .question): return one ? "overdue question" : "overdue questions"
        case (.en, .silence): return one ? "silent source" : "silent sources"
        }
    }

    private func label(_ key: String) -> String {
        let german = ["level": "Stufe", "source": "Quelle", "topics": "Themen", "thread": "Thread", "excerpt": "Auszug",
                      "intro": "Neue Meldungen aus dem nächtlichen Lauf für"]
        let english = ["level": "Level", "source": "Source", "topics": "Topics", "thread": "Thread", "excerpt": "Excerpt",
                       "intro": "New items from the nightly run for"]
        return (language == .de ? german : english)[key] ?? key
    }

    private func plainText(_ items: [AlertItem], day: ReportDay) -> String {
        var lines = ["\(label("intro")) \(day):", ""]
        for (index, item) in items.enumerated() {
            lines.append("\(index + 1). \(MIMEEncoding.singleLine(item.headline))")
            lines.append("   \(label("level")): \(item.levelName) · \(label("source")): \(item.source)"
                + (item.topics.isEmpty ? "" : " · \(label("topics")): \(item.topics.joined(separator: ", "))"))
            for reason in item.reasons { lines.append("   - \(MIMEEncoding.singleLine(reason))") }
            if let excerpt = item.excerpt { lines.append("   \(label("excerpt")): \"\(MIMEEncoding.singleLine(excerpt))\"") }
            if let url = item.threadURL { lines.append("   \(url)") }
            lines.append("")
        }
        lines.append("-- ")
        lines.append("monitor")
        return lines.joined(separator: "\n")
    }

    private func html(_ items: [AlertItem], day: ReportDay) -> String {
        var body = """
            <!DOCTYPE html><html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>monitor \(day)</title></head>
            <body style="font-family: sans-serif; color: #1f2933; max-width: 720px;">
            <p>\(HTMLEscaping.escape(label("intro"))) <strong>\(day)</strong>:</p>\n
            """
        for item in items {
            let color = item.severity >= 2 ? "#b42318" : "#b54708"
            body += "<div style=\"border-left: 4px solid \(color); padding: 4px 12px; margin: 12px 0;\">\n"
            let headline = HTMLEscaping.escape(item.headline)
            if let url = item.threadURL {
                body += "<h3 style=\"margin: 4px 0;\"><a href=\"\(HTMLEscaping.escape(url))\">\(headline)</a></h3>\n"
            } else {
                body += "<h3 style=\"margin: 4px 0;\">\(headline)</h3>\n"
            }
            body += "<p style=\"margin: 2px 0; color: #52606d;\">\(HTMLEscaping.escape(label("level"))): \(HTMLEscaping.escape(item.levelName)) · "
                + "\(HTMLEscaping.escape(label("source"))): \(HTMLEscaping.escape(item.source))"
                + (item.topics.isEmpty ? "" : " · \(HTMLEscaping.escape(label("topics"))): \(HTMLEscaping.escape(item.topics.joined(separator: ", ")))")
                + "</p>\n<ul>\n"
            for reason in item.reasons { body += "<li>\(HTMLEscaping.escape(reason))</li>\n" }
            body += "</ul>\n"
            if let excerpt = item.excerpt {
                body += "<blockquote style=\"color: #3e4c59;\">\(HTMLEscaping.escape(excerpt))</blockquote>\n"
            }
            body += "</div>\n"
        }
        return body + "</body></html>"
    }
}

/// Escapes text for HTML element content and attribute values.
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
