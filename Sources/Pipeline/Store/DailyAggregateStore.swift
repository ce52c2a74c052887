import Foundation

/// Daily trend counts kept beyond post retention, so the report of an old day, and the
/// baselines and rollups of newer ones, still have numbers once the posts are deleted.
/// Counts only: no text, no pseudonyms (see docs/REPORTS.md, "Kept daily aggregates").
public protocol DailyAggregateStoring: AnyObject {
    /// Replaces every aggregate of `day` with `aggregates`, in one transaction.
    func replaceAggregates(of day: ReportDay, with aggregates: [DailyAggregate]) throws
    /// Aggregates of the days `from` … `through`, ordered by day and row.
    func aggregates(from: ReportDay, through: ReportDay) throws -> [DailyAggregate]
}

extension SQLitePostStore: DailyAggregateStoring {
    public func replaceAggregates(of day: ReportDay, with aggregates: [DailyAggregate]) throws {
        let delete = try database.prepare("DELETE FROM daily_aggregates WHERE day = ?1")
        let insert = try database.prepare(
            """
            INSERT INTO daily_aggregates (day, scope, source, topic, language, volume, positive, neutral, negative,
                unscored, score_sum, distinct_authors)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
            """)
        try database.transaction {
            try delete.run([.text(day.description)])
            for row in aggregates where row.day == day {
                try insert.run([
                    .text(day.description), .text(row.scope.rawValue), .text(row.source), .text(row.topic),
                    .text(row.language), SQLiteValue(row.volume), SQLiteValue(row.positive), SQLiteValue(row.neutral),
                    SQLiteValue(row.negative), SQLiteValue(row.unscored), .real(row.scoreSum),
                    SQLiteValue(row.distinctAuthors),
                ])
            }
        }
    }

    public func aggregates(from: ReportDay, through: ReportDay) throws -> [DailyAggregate] {
        let rows = try database.prepare(
            """
            SELECT day, scope, source, topic, language, volume, positive, neutral, negative, unscored, score_sum,
                distinct_authors
            FROM daily_aggregates WHERE day >= ?1 AND day <= ?2 ORDER BY day, scope, source, topic, language
            """
        ).query([.text(from.description), .text(through.description)])
        return rows.compactMap { row in
            guard let day = row.string(0).flatMap(ReportDay.init), let scope = row.string(1).flatMap(TrendRow.Scope.init),
                let source = row.string(2), let topic = row.string(3), let language = row.string(4)
            else { return nil }
            return DailyAggregate(
                day: day, scope: scope, source: source, topic: topic, language: language, volume: row.int(5) ?? 0,
                positive: row.int(6) ?? 0, neutral: row.int(7) ?? 0, negative: row.int(8) ?? 0,
                unscored: row.int(9) ?? 0, scoreSum: row.double(10) ?? 0, distinctAuthors: row.int(11) ?? 0)
        }
    }
}
