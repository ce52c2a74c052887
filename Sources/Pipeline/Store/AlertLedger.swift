import Foundation

/// What the store remembers about an alert item, for cooldowns, retries and mail threading.
public struct AlertRecord: Sendable, Equatable {
    public enum Status: String, Sendable {
        /// Recorded before sending: a crash or a refused delivery leaves the item here, and the
        /// next run sends it again (at most one duplicate, never a loss).
        case pending
        /// Delivered; the cooldown runs from `cooldownFrom`.
        case sent
        /// Seen on the first run of a new store but older than the report date: known, not mailed,
        /// so the first digest does not flood. Treated like `sent` for the cooldown.
        case baseline
    }

    public var itemKey: String
    public var severity: Int
    public var status: Status
    /// The digest that carries (pending) or carried (sent) the item.
    public var messageID: String?
    /// The first mail actually sent about this item: follow-ups reference it so clients thread them.
    public var firstMessageID: String?
    /// When the item last went out (or was recorded as baseline); nil while it never went out.
    public var cooldownFrom: Date?
    public var updated: Date
    /// The item as last recorded, so a pending one can be sent without the report it came from.
    public var item: AlertItem?
}

/// The alert ledger seam, kept in the same store as the posts.
public protocol AlertLedger: AnyObject {
    func alertRecord(for itemKey: String) throws -> AlertRecord?
    /// Every item still waiting for delivery, oldest report day first.
    func pendingAlerts() throws -> [AlertRecord]
    /// Records the items with their payload as `pending` in `messageID`, in one transaction.
    func markPending(_ items: [AlertItem], messageID: String, at now: Date) throws
    /// Marks the items of the delivered digest `messageID` (those `markPending` gave it) as sent.
    func markSent(messageID: String, at now: Date) throws
    /// Records items as known without mailing them (first run on a new store).
    func markBaseline(_ items: [AlertItem], at now: Date) throws
    /// Posts per source per local day in `zone`, for the silence check.
    func postCounts(on days: [ReportDay], in zone: TimeZone) throws -> [String: [ReportDay: Int]]
    func metadata(_ key: String) throws -> String?
    func setMetadata(_ key: String, _ value: String) throws
}

extension SQLitePostStore: AlertLedger {
    private static let alertColumns = "item_key, severity, status, message_id, first_message_id, cooldown_from, updated, payload"

    public func alertRecord(for itemKey: String) throws -> AlertRecord? {
        let rows = try database.prepare("SELECT \(Self.alertColumns) FROM alerts WHERE item_key = ?1").query([.text(itemKey)])
        return rows.first.map(Self.alertRecord(from:))
    }

    public func pendingAlerts() throws -> [AlertRecord] {
        try database.prepare("SELECT \(Self.alertColumns) FROM alerts WHERE status = 'pending' ORDER BY report_day, item_key")
            .query().map(Self.alertRecord(from:))
    }

    public func markPending(_ items: [AlertItem], messageID: String, at now: Date) throws {
        // first_message_id and cooldown_from stay as they were: only a delivery sets them.
        let upsert = try database.prepare(
            """
            INSERT INTO alerts (item_key, kind, severity, status, message_id, first_message_id, report_day,
                                cooldown_from, updated, payload)
            VALUES (?1, ?2, ?3, 'pending', ?4, NULL, ?5, NULL, ?6, ?7)
            ON CONFLICT(item_key) DO UPDATE SET kind = ?2, severity = ?3, status = 'pending', message_id = ?4,
                report_day = ?5, updated = ?6, payload = ?7
            """)
        try database.transaction {
            for item in items {
                try upsert.run([
                    .text(item.key), .text(item.kind.rawValue), SQLiteValue(item.severity), .text(messageID),
                    .text(item.day?.description ?? ""), .integer(Int64(now.timeIntervalSince1970)),
                    .text(try Self.payload(item)),
                ])
            }
        }
    }

    public func markSent(messageID: String, at now: Date) throws {
        try database.prepare(
            """
            UPDATE alerts SET status = 'sent', first_message_id = COALESCE(first_message_id, ?1),
                cooldown_from = ?2, updated = ?2
            WHERE message_id = ?1 AND status = 'pending'
            """
        ).run([.text(messageID), .integer(Int64(now.timeIntervalSince1970))])
    }

    /// Records bare keys as pending, for callers without item content (the ledger's store test).
    /// Such an item can be retried only while a report still lists it; the digest uses the
    /// `AlertItem` form, whose content survives in the ledger.
    public func markPending(_ itemKeys: [(key: String, severity: Int)], messageID: String, at now: Date) throws {
        try markPending(
            itemKeys.map {
                AlertItem(kind: AlertItem.Kind(rawValue: String($0.key.prefix { $0 != ":" })) ?? .escalation, key: $0.key,
                          severity: $0.severity, levelName: "", headline: $0.key, reasons: [], topics: [], source: "")
            }, messageID: messageID, at: now)
    }

    public func markBaseline(_ items: [AlertItem], at now: Date) throws {
        let insert = try database.prepare(
            """
            INSERT INTO alerts (item_key, kind, severity, status, message_id, first_message_id, report_day,
                                cooldown_from, updated, payload)
            VALUES (?1, ?2, ?3, 'baseline', NULL, NULL, ?4, ?5, ?5, ?6)
            ON CONFLICT(item_key) DO NOTHING
            """)
        try database.transaction {
            for item in items {
                try insert.run([
                    .text(item.key), .text(item.kind.rawValue), SQLiteValue(item.severity),
                    .text(item.day?.description ?? ""), .integer(Int64(now.timeIntervalSince1970)),
                    .text(try Self.payload(item)),
                ])
            }
        }
    }

    public func postCounts(on days: [ReportDay], in zone: TimeZone) throws -> [String: [ReportDay: Int]] {
        let count = try database.prepare(
            "SELECT source, COUNT(*) FROM posts WHERE published >= ?1 AND published < ?2 GROUP BY source")
        var counts: [String: [ReportDay: Int]] = [:]
        for day in days {
            let rows = try count.query([
                .integer(Int64(day.start(in: zone).timeIntervalSince1970)), .integer(Int64(day.end(in: zone).timeIntervalSince1970)),
            ])
            for row in rows {
                guard let source = row.string(0) else { continue }
                counts[source, default: [:]][day] = row.int(1) ?? 0
            }
        }
        return counts
    }

    private static func payload(_ item: AlertItem) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .secondsSince1970
        return String(decoding: try encoder.encode(item), as: UTF8.self)
    }

    private static func alertRecord(from row: SQLiteRow) -> AlertRecord {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return AlertRecord(
            itemKey: row.string(0) ?? "", severity: row.int(1) ?? 0,
            status: AlertRecord.Status(rawValue: row.string(2) ?? "") ?? .pending,
            messageID: row.string(3), firstMessageID: row.string(4),
            cooldownFrom: row.int(5).map { Date(timeIntervalSince1970: Double($0)) },
            updated: Date(timeIntervalSince1970: Double(row.int(6) ?? 0)),
            item: row.string(7).flatMap { try? decoder.decode(AlertItem.self, from: Data($0.utf8)) })
    }
}
