import Foundation
import Ingest

/// Fetches every configured source, parses, prepares and stores what came back.
/// A failing source is recorded and reported; the others go on.
struct SourceIngester {
    let sources: [SourceConfiguration]
    let fetch: FetchSettings
    let fetcher: any FeedFetching
    let parser: FeedParser
    let preparer: PostPreparer
    let store: any PostStore
    let log: @Sendable (String) -> Void

    func ingest(now: Date) throws -> [SourceOutcome] {
        let states = try sources.map { try store.sourceState(named: $0.name) }
        let requests = zip(sources, states).map { source, state in request(for: source, state: state) }
        log("fetching \(sources.count) source\(sources.count == 1 ? "" : "s")")
        let responses = fetcher.fetch(requests)
        let suppressed = try (store as? SuppressionListing)?.suppressedPseudonyms() ?? []
        var outcomes: [SourceOutcome] = []
        for (index, source) in sources.enumerated() {
            var state = states[index]
            let outcome: SourceOutcome
            switch responses[index] {
            case .failure(let error):
                outcome = SourceOutcome(name: source.name, error: error.description)
            case .success(let response):
                outcome = try store(response, from: source, now: now, suppressed: suppressed)
                if outcome.error == nil {
                    state.etag = response.etag ?? (response.notModified ? state.etag : nil)
                    state.lastModified = response.lastModified ?? (response.notModified ? state.lastModified : nil)
                }
            }
            if let error = outcome.error {
                state.lastFailure = now
                state.lastError = error
                state.consecutiveFailures += 1
                log("\(source.name): FAILED: \(error)")
            } else {
                state.lastSuccess = now
                state.lastError = nil
                state.consecutiveFailures = 0
                log("\(source.name): " + (outcome.notModified ? "not modified" : "\(outcome.entries) entries, \(outcome.new) new, \(outcome.updated) updated, \(outcome.deleted) deleted" + (outcome.suppressed > 0 ? ", \(outcome.suppressed) suppressed" : "")))
            }
            for warning in outcome.warnings { log("\(source.name): warning: \(warning)") }
            try store.save(state)
            outcomes.append(outcome)
        }
        return outcomes
    }

    private func request(for source: SourceConfiguration, state: SourceState) -> FetchRequest {
        FetchRequest(
            sourceName: source.name, url: source.url, headers: source.headers, etag: state.etag,
            lastModified: state.lastModified, userAgent: fetch.userAgent,
            connectTimeoutSeconds: source.connectTimeoutSeconds, totalTimeoutSeconds: source.timeoutSeconds,
            maxBodyBytes: source.maxBodyBytes, caBundlePath: source.caBundlePath, basicAuth: source.basicAuth,
            cookie: source.cookie)
    }

    private func store(_ response: FetchResponse, from source: SourceConfiguration, now: Date, suppressed: Set<String>) throws -> SourceOutcome {
        if response.notModified { return SourceOutcome(name: source.name, notModified: true) }
        let context = ParseContext(
            kind: source.kind, documentURL: response.finalURL, siteURL: source.siteURL,
            contentType: response.contentType, timeZone: source.timeZone, fetchedAt: now,
            htmlSelectors: source.htmlSelectors, jsonMapping: source.jsonMapping)
        let parsed: ParsedFeed
        do {
            parsed = try parser.parse(response.body, context: context)
        } catch {
            return SourceOutcome(name: source.name, error: "\(source.url.absoluteString): \(error)")
        }
        var warnings: [String] = []
        if parsed.recovered { warnings.append("the document is malformed; parsed in recover mode, entries may be incomplete") }
        let flagged = parsed.entries.filter { $0.dateIssue != nil }.count
        if flagged > 0 { warnings.append("\(flagged) entr\(flagged == 1 ? "y" : "ies") with a missing, unparseable or future date (flagged)") }
        let live = parsed.entries.filter { !$0.isDeleted }
        var preparer = self.preparer
        preparer.suppressedAuthors = suppressed
        let suppressedCount = preparer.suppressedCount(in: live, from: source.name)
        let prepared = preparer.prepare(live, documentLanguage: parsed.feed.language, from: source)
        let deletedKeys = preparer.keysOfDeletedEntries(in: parsed.entries, from: source)
        let counts = try store.upsert(prepared, at: now)
        let deleted = try store.deletePosts(keys: deletedKeys)
        return SourceOutcome(
            name: source.name, entries: parsed.entries.count, new: counts.new, updated: counts.updated,
            deleted: deleted, suppressed: suppressedCount, warnings: warnings)
    }
}
