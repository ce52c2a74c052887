import Foundation

/// What one run's alerting did.
public struct AlertDeliveryResult: Sendable, Equatable {
    public var mailsSent = 0
    /// One line per digest that could not be delivered; its items stay pending for the next run.
    public var failures: [String] = []

    public init(mailsSent: Int = 0, failures: [String] = []) {
        self.mailsSent = mailsSent
        self.failures = failures
    }
}

/// Sends the run's digests: one per distinct recipient set. Items already alerted at the same or
/// a higher severity within the cooldown are left out; items are recorded as pending (with their
/// content) before sending and as sent after, so a crash in between gives at most one duplicate
/// and a refused delivery loses nothing: the next run sends them again.
struct AlertDelivery {
    let ledger: any AlertLedger
    let sender: any AlertSending
    let settings: AlertSettings
    let log: @Sendable (String) -> Void

    /// Set once the first digest was planned on a store: later runs are no longer "first".
    static let startedKey = "alerts_started"
    /// The last report date a digest went to the default recipients (for `daily_digest`).
    static let lastDigestDayKey = "alerts_last_digest_day"

    /// Collects the report's items and silent sources, then delivers.
    func deliver(
        report: DailyReport, outcomes: [SourceOutcome], sources: [String], timeZone: TimeZone, now: Date
    ) throws -> AlertDeliveryResult {
        let texts = AlertTexts(language: settings.language)
        let detector = SilenceDetector(silentDays: settings.silentDays)
        let counts = settings.silentDays > 0
            ? try ledger.postCounts(on: detector.window(endingOn: report.day), in: timeZone) : [:]
        let silence = detector.items(sources: sources, counts: counts, day: report.day, outcomes: outcomes, texts: texts)
        let quality = DataQuality(outcomes: outcomes, silentSources: detector.silentSources(in: silence))
        return try deliver(
            items: AlertItems.from(report, language: settings.language) + silence, day: report.day,
            dayStart: report.dayStart, dataQuality: quality, now: now)
    }

    func deliver(items: [AlertItem], day: ReportDay, dayStart: Date, dataQuality: DataQuality?, now: Date) throws -> AlertDeliveryResult {
        var records: [String: AlertRecord] = [:]
        for item in items {
            if let record = try ledger.alertRecord(for: item.key) { records[item.key] = record }
        }
        let isFirstRun = try ledger.metadata(Self.startedKey) == nil
        let plan = AlertPlanner(cooldownHours: settings.cooldownHours).plan(
            items: items, records: records, pending: try ledger.pendingAlerts(), isFirstRun: isFirstRun,
            dayStart: dayStart, now: now)
        if !plan.baseline.isEmpty {
            try ledger.markBaseline(plan.baseline, at: now)
            log("alerts: first run on this store: \(plan.baseline.count) older item\(plan.baseline.count == 1 ? "" : "s") recorded, not mailed")
        }
        if isFirstRun { try ledger.setMetadata(Self.startedKey, day.description) }

        let defaults = settings.defaultRecipients.map { MailAddress(parsing: $0).address }.sorted()
        var groups: [[String]: [AlertItem]] = [:]
        for item in plan.due {
            groups[AlertRoute.recipients(for: item, routes: settings.routes, defaults: settings.defaultRecipients)
                .map { MailAddress(parsing: $0).address }.sorted(), default: []].append(item)
        }
        if settings.dailyDigest, groups[defaults] == nil, try ledger.metadata(Self.lastDigestDayKey) != day.description {
            groups[defaults] = []
        }
        guard !groups.isEmpty else {
            log("alerts: nothing new to send" + (plan.quiet.isEmpty ? "" : " (\(plan.quiet.count) within their cooldown)"))
            return AlertDeliveryResult()
        }

        var result = AlertDeliveryResult()
        for recipients in groups.keys.sorted(by: { $0.joined(separator: ",") < $1.joined(separator: ",") }) {
            let groupItems = groups[recipients] ?? []
            let isDefault = recipients == defaults
            let message = compose(groupItems, recipients: recipients, day: day, plan: plan, now: now,
                                  dataQuality: isDefault ? dataQuality : nil)
            if !groupItems.isEmpty { try ledger.markPending(groupItems, messageID: message.messageID, at: now) }
            do {
                try sender.send(message)
            } catch {
                let line = "digest for \(recipients.joined(separator: ", ")) (\(groupItems.count) item\(groupItems.count == 1 ? "" : "s")): \(error)"
                log("alerts: NOT delivered: \(line)")
                result.failures.append(line)
                continue
            }
            if !groupItems.isEmpty {
                try ledger.markSent(messageID: message.messageID, at: now)
            }
            if isDefault { try ledger.setMetadata(Self.lastDigestDayKey, day.description) }
            result.mailsSent += 1
            log("alerts: digest with \(groupItems.count) item\(groupItems.count == 1 ? "" : "s") sent to \(recipients.joined(separator: ", ")) via \(sender.destination)")
        }
        return result
    }

    /// Configured recipients with their display names.
    private var knownAddresses: [MailAddress] {
        (settings.defaultRecipients + settings.routes.flatMap(\.to)).map(MailAddress.init(parsing:))
    }

    /// The recipients in configuration order, with their display names.
    private func displayOrder(_ recipients: [String]) -> [MailAddress] {
        var ordered: [MailAddress] = []
        for address in knownAddresses where recipients.contains(address.address) && !ordered.contains(where: { $0.address == address.address }) {
            ordered.append(address)
        }
        return ordered + recipients.filter { address in !ordered.contains { $0.address == address } }.map { MailAddress(address: $0) }
    }

    private func compose(
        _ items: [AlertItem], recipients: [String], day: ReportDay, plan: AlertPlanner.Plan, now: Date, dataQuality: DataQuality?
    ) -> MailMessage {
        let ordered = DigestComposer.ordered(items)
        // The most severe item's first mail goes last: it becomes In-Reply-To.
        var references: [String] = []
        for item in ordered.reversed() {
            if let first = plan.firstMessageIDs[item.key], !references.contains(first) { references.append(first) }
        }
        return DigestComposer(language: settings.language).compose(
            items: ordered, day: day, from: MailAddress(parsing: settings.smtp?.from ?? "monitor <monitor@localhost>"),
            to: displayOrder(recipients),
            replyTo: settings.smtp?.replyTo.map(MailAddress.init(parsing:)), date: now, references: references,
            dataQuality: dataQuality)
    }
}
