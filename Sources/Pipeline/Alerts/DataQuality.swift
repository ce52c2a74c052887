import Foundation

/// The short "did the run work" block of a digest: the team should be able to tell a quiet
/// night from a broken one.
public struct DataQuality: Sendable, Equatable {
    public var sourcesOK: Int
    public var failedSources: [String]
    public var silentSources: [String]
    /// Sources not fetched this run because they failed repeatedly (`cooldown_after_failures`).
    public var coolingDownSources: [String]
    public var postsNew: Int

    public init(
        sourcesOK: Int, failedSources: [String], silentSources: [String], coolingDownSources: [String] = [],
        postsNew: Int
    ) {
        self.sourcesOK = sourcesOK
        self.failedSources = failedSources
        self.silentSources = silentSources
        self.coolingDownSources = coolingDownSources
        self.postsNew = postsNew
    }

    public init(outcomes: [SourceOutcome], silentSources: [String]) {
        let skipped = outcomes.filter { $0.error == nil && $0.coolingDownUntil != nil }
        self.init(
            sourcesOK: outcomes.filter { $0.error == nil && $0.coolingDownUntil == nil }.count,
            failedSources: outcomes.filter { $0.error != nil }.map(\.name).sorted(),
            silentSources: silentSources.sorted(), coolingDownSources: skipped.map(\.name).sorted(),
            postsNew: outcomes.reduce(0) { $0 + $1.new })
    }

    /// One line per fact, in the mail's language.
    func lines(language: MailLanguage) -> [String] {
        let none = language == .de ? "keine" : "none"
        func list(_ names: [String]) -> String {
            names.isEmpty ? none : "\(names.count) (\(names.joined(separator: ", ")))"
        }
        if language == .de {
            return [
                "Quellen ok: \(sourcesOK)", "Quellen fehlgeschlagen: \(list(failedSources))",
                "Quellen pausiert nach wiederholten Fehlern: \(list(coolingDownSources))",
                "Quellen still: \(list(silentSources))", "Neue Beiträge: \(postsNew)",
            ]
        }
        return [
            "Sources ok: \(sourcesOK)", "Sources failed: \(list(failedSources))",
            "Sources cooling down after repeated failures: \(list(coolingDownSources))",
            "Sources silent: \(list(silentSources))", "New posts: \(postsNew)",
        ]
    }
}
