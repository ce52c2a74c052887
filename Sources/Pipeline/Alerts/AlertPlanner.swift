import Foundation

/// Decides, item by item, what this run mails: pure, so the cooldown rules are tested without
/// a store or a server.
struct AlertPlanner: Sendable {
    struct Plan: Equatable {
        /// Items to send, each with the first mail sent about it (for `References`).
        var due: [AlertItem] = []
        var firstMessageIDs: [String: String] = [:]
        /// Items the first run on a new store only records (they began before the report date).
        var baseline: [AlertItem] = []
        /// Items left out because they are within their cooldown.
        var quiet: [String] = []
    }

    /// `alerts.cooldown_hours`.
    var cooldownHours: Double

    /// - Parameters:
    ///   - records: the ledger's record of each of `items` that has one.
    ///   - pending: every pending record, including items today's report no longer has.
    ///   - isFirstRun: no digest was ever planned on this store.
    ///   - dayStart: midnight starting the report date.
    func plan(
        items: [AlertItem], records: [String: AlertRecord], pending: [AlertRecord], isFirstRun: Bool,
        dayStart: Date, now: Date
    ) -> Plan {
        var plan = Plan()
        var seen: Set<String> = []
        for item in items where seen.insert(item.key).inserted {
            let record = records[item.key]
            switch decision(for: item, record: record, isFirstRun: isFirstRun, dayStart: dayStart, now: now) {
            case .send:
                plan.due.append(item)
                if let first = record?.firstMessageID { plan.firstMessageIDs[item.key] = first }
            case .baseline: plan.baseline.append(item)
            case .quiet: plan.quiet.append(item.key)
            }
        }
        // Undelivered items of earlier runs come along even when today's report lacks them.
        for record in pending where !seen.contains(record.itemKey) {
            guard let item = record.item else { continue }
            seen.insert(record.itemKey)
            plan.due.append(item)
            if let first = record.firstMessageID { plan.firstMessageIDs[item.key] = first }
        }
        return plan
    }

    enum Decision: Equatable {
        case send, baseline, quiet
    }

    func decision(for item: AlertItem, record: AlertRecord?, isFirstRun: Bool, dayStart: Date, now: Date) -> Decision {
        guard let record else {
            // The first run alerts only what began on the report date; older items (questions
            // overdue for a week) are recorded so they do not all arrive on day two either.
            if isFirstRun, let since = item.since, since < dayStart { return .baseline }
            return .send
        }
        if record.status == .pending { return .send }
        if item.severity > record.severity { return .send }
        guard let cooldownFrom = record.cooldownFrom else { return .send }
        return now.timeIntervalSince(cooldownFrom) >= cooldownHours * 3600 ? .send : .quiet
    }
}
