import Foundation

/// What the store remembers about an alert item, for cooldowns and mail threading.
public struct AlertRecord: Sendable, Equatable {
    public enum Status: String, Sendable {
        /// Recorded before sending: a crash after sending yields at most one duplicate, never a loss.
        case pending
        case sent
    }

    public var itemKey: String
    public var severity: Int
    public var status: Status
    public var messageID: String
    /// The first mail about this item: follow-ups reference it so mail clients thread them.
    public var firstMessageID: String
    public var updated: Date
}

/// The alert ledger seam, kept in the same store as the posts.
public protocol AlertLedger: AnyObject {
    func alertRecord(for itemKey: String) throws -> AlertRecord?
    func markPending(_ itemKeys: [(key: String, severity: Int)], messageID: String, at now: Date) throws
    func markSent(messageID: String, at now: Date) throws
}

extension SQLitePostStore: AlertLedger {
    public func alertRecord(for itemKey: String) throws -> AlertRecord? {
        let rows = try database.prepare(
            "SELECT severity, status, message_id, first_message_id, updated FROM alerts WHERE item_key = ?1"
        ).query([.text(itemKey)])
        guard let row = rows.first else { return nil }
        return AlertRecord(
            itemKey: itemKey, severity: row.int(0) ?? 0,
            status: AlertRecord.Status(rawValue: row.string(1) ?? "") ?? .pending,
            messageID: row.string(2) ?? "", firstMessageID: row.string(3) ?? "",
            updated: Date(timeIntervalSince1970: Double(row.int(4) ?? 0)))
    }

    public func markPending(_ itemKeys: [(key: String, severity: Int)], messageID: String, at now: Date) throws {
        let upsert = try database.prepare(
            """
            INSERT INTO alerts (item_key, severity, status, message_id, first_message_id, updated)
            VALUES (?1, ?2, 'pending', ?3, ?3, ?4)
            ON CONFLICT(item_key) DO UPDATE SET severity = ?2, status = 'pending', message_id = ?3, updated = ?4
            """)
        try database.transaction {
            for item in itemKeys {
                try upsert.run([.text(item.key), SQLiteValue(item.severity), .text(messageID), .integer(Int64(now.timeIntervalSince1970))])
            }
        }
    }

    public func markSent(messageID: String, at now: Date) throws {
        try database.prepare("UPDATE alerts SET status = 'sent', updated = ?2 WHERE message_id = ?1")
            .run([.text(messageID), .integer(Int64(now.timeIntervalSince1970))])
    }
}
