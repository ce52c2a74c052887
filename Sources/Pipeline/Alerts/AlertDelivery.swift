import Foundation

/// Sends the run's digest: items already alerted at the same or a higher severity within the
/// cooldown are left out; items are recorded as pending before sending and as sent after, so a
/// crash in between gives at most one duplicate and a failed delivery loses nothing.
struct AlertDelivery {
    let ledger: any AlertLedger
    let sender: any AlertSending
    let settings: AlertSettings
    let log: @Sendable (String) -> Void

    /// Returns how many mails went out (0 or 1).
    func deliver(items: [AlertItem], day: ReportDay, now: Date) throws -> Int {
        var due: [AlertItem] = []
        var references: [String] = []
        for item in items {
            guard let record = try ledger.alertRecord(for: item.key) else {
                due.append(item)
                continue
            }
            let cooledDown = now.timeIntervalSince(record.updated) >= settings.cooldownHours * 3600
            if record.status == .pending || item.severity > record.severity || cooledDown {
                due.append(item)
                references.append(record.firstMessageID)
            }
        }
        guard !due.isEmpty else {
            log("alerts: nothing new to send")
            return 0
        }
        let from = MailAddress(parsing: settings.smtp?.from ?? "monitor <monitor@localhost>")
        let recipients = (settings.smtp?.to ?? ["service-team@localhost"]).map(MailAddress.init(parsing:))
        let message = DigestComposer(language: settings.language).compose(
            items: due, day: day, from: from, to: recipients,
            replyTo: settings.smtp?.replyTo.map(MailAddress.init(parsing:)), date: now,
            references: Array(Set(references)).sorted())
        try ledger.markPending(due.map { ($0.key, $0.severity) }, messageID: message.messageID, at: now)
        try sender.send(message)
        try ledger.markSent(messageID: message.messageID, at: now)
        log("alerts: digest with \(due.count) item\(due.count == 1 ? "" : "s") sent to \(sender.destination)")
        return 1
    }
}
