import Foundation

/// What `monitor forget` did (GDPR Art. 17), for its printout. Names no raw personal data:
/// only the pseudonym, store keys, report days and mail file names.
public struct ErasureOutcome: Sendable, Equatable {
    public var pseudonym: String
    public var store: AuthorErasure
    /// Report folders whose files changed by the erasure or named the pseudonym, written again.
    public var regeneratedReports: [ReportDay] = []
    /// Outbox mails that quoted the person or named the pseudonym, removed (a sent mail cannot be
    /// rewritten; the next run mails what is still current).
    public var removedMails: [String] = []
    /// Size of the store file before and after `VACUUM`.
    public var storeBytes: (before: Int, after: Int) = (0, 0)

    public static func == (lhs: ErasureOutcome, rhs: ErasureOutcome) -> Bool {
        lhs.pseudonym == rhs.pseudonym && lhs.store == rhs.store && lhs.regeneratedReports == rhs.regeneratedReports
            && lhs.removedMails == rhs.removedMails && lhs.storeBytes == rhs.storeBytes
    }

    public var lines: [String] {
        let posts = store.deletedPosts
        var lines = ["forget \(pseudonym):"]
        lines.append("  posts deleted: \(posts.count)" + (posts.isEmpty ? "" : " (" + posts.map(\.key).joined(separator: ", ") + ")"))
        lines.append("  mentions replaced by [NAME] in other posts: \(store.rewrittenMentions)")
        lines.append("  thread titles they wrote removed from replies: \(store.clearedThreadTitles)")
        lines.append("  alert ledger entries deleted: \(store.deletedAlerts)")
        lines.append("  suppression list: \(pseudonym) \(store.newlySuppressed ? "added" : "was already on it"); later fetches skip this author")
        lines.append("  reports regenerated: " + (regeneratedReports.isEmpty ? "none" : regeneratedReports.map(\.description).joined(separator: ", ")))
        lines.append("  outbox mails removed: " + (removedMails.isEmpty ? "none" : removedMails.joined(separator: ", ")))
        lines.append("  store: vacuumed and WAL checkpointed (\(storeBytes.before) → \(storeBytes.after) bytes)")
        return lines
    }
}

public enum ErasureError: Error, CustomStringConvertible {
    case unsupportedStore

    public var description: String {
        switch self {
        case .unsupportedStore: return "forget needs the SQLite store (store.path)"
        }
    }
}

extension PipelineRunner {
    /// Erases one author: their posts, their pseudonym in other posts, the alert items, report
    /// folders and outbox mails that quote them; suppresses them for later fetches; vacuums the
    /// store and empties its WAL so the deleted text is not left in free pages.
    public func forget(pseudonym: String, source: String, now: Date) throws -> ErasureOutcome {
        guard let store = stages.store as? SQLitePostStore else { throw ErasureError.unsupportedStore }
        let directory = configuration.reports.directory
        let days = FileManager.default.fileExists(atPath: directory.path) ? try ReportWriter.dayFolders(in: directory) : []
        var before: [ReportDay: Int] = [:]
        for day in days { before[day] = try fingerprint(of: buildReport(for: day)) }

        var outcome = ErasureOutcome(pseudonym: pseudonym, store: try store.erase(author: pseudonym, source: source, at: now))
        let needles = ErasureNeedles.of(pseudonym: pseudonym, posts: outcome.store.deletedPosts)
        for day in days {
            let report = try buildReport(for: day)
            let changed = try fingerprint(of: report) != before[day]
            guard changed || folder(directory.appendingPathComponent(day.description), contains: needles) else { continue }
            _ = try write(report)
            outcome.regeneratedReports.append(day)
        }
        outcome.removedMails = try removeMails(containing: needles)
        outcome.storeBytes.before = Self.fileSize(store.url)
        try store.compact()
        outcome.storeBytes.after = Self.fileSize(store.url)
        return outcome
    }

    /// A digest of the rendered files: equal reports give equal digests within one process.
    private func fingerprint(of report: DailyReport) throws -> Int {
        var hasher = Hasher()
        for file in try ReportWriter(csvFormat: configuration.reports.csvFormat).render(report) {
            hasher.combine(file.name)
            hasher.combine(file.data)
        }
        return hasher.finalize()
    }

    private func folder(_ folder: URL, contains needles: [String]) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.contains { name in
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { return false }
            let text = String(decoding: data, as: UTF8.self)
            return needles.contains { text.contains($0) }
        }
    }

    private func removeMails(containing needles: [String]) throws -> [String] {
        guard let outbox = configuration.alerts.outboxDirectory,
            let names = try? FileManager.default.contentsOfDirectory(atPath: outbox.path)
        else { return [] }
        var removed: [String] = []
        for name in names.sorted() where name.hasSuffix(".eml") {
            let url = outbox.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            let text = OutboxMailText.readable(data)
            guard needles.contains(where: { text.contains($0) }) else { continue }
            try FileManager.default.removeItem(at: url)
            removed.append(name)
        }
        return removed
    }

    static func fileSize(_ url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
