import Foundation

/// Finds sources that went quiet although they usually deliver: a broken feed (moved URL, changed
/// markup, an empty export) must not look like a calm day. Pure: counts in, items out.
struct SilenceDetector: Sendable {
    /// Days without any post that make a source silent (`alerts.silent_days`); 0 turns the check off.
    var silentDays: Int
    /// Days before the silent stretch that define "usually".
    static let baselineDays = 14
    /// "Usually delivers" means posts on more than half of the baseline days: a forum that posts
    /// twice a week is allowed quiet days, a daily feed is not.
    static let minimumActiveDays = 8

    /// The days whose counts `items` needs, oldest first.
    func window(endingOn day: ReportDay) -> [ReportDay] {
        let total = silentDays + Self.baselineDays
        return (0..<total).map { day.adding(days: $0 - total + 1) }
    }

    /// - Parameters:
    ///   - counts: posts per source and local day (missing entries are 0).
    ///   - outcomes: this run's fetch results, to say whether the fetch itself failed.
    func items(
        sources: [String], counts: [String: [ReportDay: Int]], day: ReportDay, outcomes: [SourceOutcome],
        texts: AlertTexts
    ) -> [AlertItem] {
        guard silentDays > 0 else { return [] }
        let days = window(endingOn: day)
        let baseline = days.prefix(Self.baselineDays)
        let stretch = days.suffix(silentDays)
        var items: [AlertItem] = []
        for source in sources.sorted() {
            let perDay = counts[source] ?? [:]
            guard stretch.allSatisfy({ (perDay[$0] ?? 0) == 0 }) else { continue }
            let activeDays = baseline.filter { (perDay[$0] ?? 0) > 0 }.count
            guard activeDays >= Self.minimumActiveDays else { continue }
            let outcome = outcomes.first { $0.name == source }
            items.append(
                AlertItem(
                    kind: .silence, key: "silence:\(source)", severity: AlertItem.Severity.medium.rawValue,
                    levelName: "silent", headline: texts.silenceHeadline(source: source, days: silentDays),
                    reasons: texts.silenceReasons(
                        activeDays: activeDays, baselineDays: Self.baselineDays,
                        lastPost: baseline.last { (perDay[$0] ?? 0) > 0 },
                        fetchError: outcome?.error.map(MIMEEncoding.singleLine), coolingDownUntil: outcome?.coolingDownUntil),
                    topics: [], source: source, day: day))
        }
        return items
    }

    /// Names of the silent sources, for the data-quality block.
    func silentSources(in items: [AlertItem]) -> [String] {
        items.filter { $0.kind == .silence }.map(\.source).sorted()
    }
}
