import Foundation
import Ingest

/// Fetches every configured source, page by page where it pages (`SourcePagination`), then
/// parses, prepares and stores what came back. A failing source is recorded and reported; the
/// others go on. A source that keeps failing cools down (`SourceCoolDown`), a source whose URL
/// moved permanently is reported until the configuration follows, and identical long texts in
/// several sources are linked (`CrossPostKey`).
struct SourceIngester {
    let sources: [SourceConfiguration]
    let fetch: FetchSettings
    let fetcher: any FeedFetching
    let parser: FeedParser
    let preparer: PostPreparer
    let store: any PostStore
    let log: @Sendable (String) -> Void
    /// `monitor run --retry-failed`: fetch sources that are cooling down too.
    var ignoresCoolDown = false

    /// One source's way through the run.
    private struct Progress {
        /// Position in `sources[]`, for messages that name the configuration key.
        let index: Int
        let source: SourceConfiguration
        var state: SourceState
        var outcome: SourceOutcome
        /// Every page URL requested or landed on, so a next link back to one ends paging.
        var fetchedURLs: Set<String> = []
        /// Validators and the permanent redirect come from the first page only.
        var firstResponse: FetchResponse?
    }

    func ingest(now: Date) throws -> [SourceOutcome] {
        var preparer = self.preparer
        preparer.suppressedAuthors = try (store as? SuppressionListing)?.suppressedPseudonyms() ?? []
        var progress = try sources.enumerated().map { index, source in
            Progress(
                index: index, source: source, state: try store.sourceState(named: source.name),
                outcome: SourceOutcome(name: source.name))
        }
        // Each round fetches one page of every source still paging, all together; the fetcher
        // spaces requests to one host (`host_delay_seconds`), across rounds too.
        var round: [(source: Int, request: FetchRequest)] = []
        for index in progress.indices {
            let source = progress[index].source
            let coolDown = SourceCoolDown(threshold: source.coolDownAfterFailures)
            if !ignoresCoolDown, let until = coolDown.skippedUntil(progress[index].state, now: now) {
                progress[index].outcome.coolingDownUntil = until
                progress[index].outcome.notices.append(
                    "skipped, " + SourceCoolDown.notice(progress[index].state, until: until)
                        + "; `monitor run --retry-failed` tries it now")
            } else {
                round.append((index, request(for: source, url: source.url, validators: progress[index].state)))
            }
        }
        let skipped = sources.count - round.count
        log("fetching \(round.count) source\(round.count == 1 ? "" : "s")" + (skipped > 0 ? " (\(skipped) cooling down)" : ""))
        while !round.isEmpty {
            let results = fetcher.fetch(round.map(\.request))
            var next: [(source: Int, request: FetchRequest)] = []
            for (entry, result) in zip(round, results) {
                if let url = try receive(result, for: entry.request, into: &progress[entry.source], preparer: preparer, now: now) {
                    next.append((entry.source, request(for: progress[entry.source].source, url: url, validators: nil)))
                }
            }
            round = next
        }
        return try progress.map { try finish($0, now: now) }
    }

    /// Conditional GET applies to the first page only: later pages are asked for in full.
    private func request(for source: SourceConfiguration, url: URL, validators: SourceState?) -> FetchRequest {
        FetchRequest(
            sourceName: source.name, url: url, headers: source.headers, etag: validators?.etag,
            lastModified: validators?.lastModified, userAgent: fetch.userAgent,
            connectTimeoutSeconds: source.connectTimeoutSeconds, totalTimeoutSeconds: source.timeoutSeconds,
            maxBodyBytes: source.maxBodyBytes, caBundlePath: source.caBundlePath, basicAuth: source.basicAuth,
            cookie: source.cookie, hostDelaySeconds: source.hostDelaySeconds)
    }

    /// Stores one fetched page and returns the next page to fetch, if any.
    private func receive(
        _ result: Result<FetchResponse, FetchError>, for request: FetchRequest, into progress: inout Progress,
        preparer: PostPreparer, now: Date
    ) throws -> URL? {
        let source = progress.source
        let page = progress.outcome.pages + 1
        progress.outcome.pages = page
        progress.fetchedURLs.insert(request.url.absoluteString)
        // A later page that fails costs the older posts, not the source: what was read stays.
        func fail(_ message: String) {
            if page == 1 {
                progress.outcome.error = message
            } else {
                progress.outcome.warnings.append("page \(page) failed, older posts may be missing: \(message)")
            }
        }
        let response: FetchResponse
        switch result {
        case .failure(let error):
            fail(error.description)
            return nil
        case .success(let success):
            response = success
        }
        progress.fetchedURLs.insert(response.finalURL.absoluteString)
        if page == 1 { progress.firstResponse = response }
        if response.notModified {
            progress.outcome.notModified = page == 1
            return nil
        }
        let context = ParseContext(
            kind: source.kind, documentURL: response.finalURL, siteURL: source.siteURL,
            contentType: response.contentType, timeZone: source.timeZone, fetchedAt: now,
            htmlSelectors: source.htmlSelectors, jsonMapping: source.jsonMapping)
        let parsed: ParsedFeed
        do {
            parsed = try parser.parse(response.body, context: context)
        } catch {
            fail("\(request.url.absoluteString): \(error)")
            return nil
        }
        let pageNote = page == 1 ? "" : "page \(page): "
        if parsed.recovered {
            progress.outcome.warnings.append(pageNote + "the document is malformed; parsed in recover mode, entries may be incomplete")
        }
        let flagged = parsed.entries.filter { $0.dateIssue != nil }.count
        if flagged > 0 {
            progress.outcome.warnings.append(pageNote + "\(flagged) entr\(flagged == 1 ? "y" : "ies") with a missing, unparseable or future date (flagged)")
        }
        let live = parsed.entries.filter { !$0.isDeleted }
        let prepared = preparer.prepare(live, documentLanguage: parsed.feed.language, from: source)
        // Asked before the upsert: afterwards every post of the page is "stored".
        let known = try store.existingKeys(among: prepared.map(\.key))
        let counts = try store.upsert(prepared, at: now)
        let deleted = try store.deletePosts(keys: preparer.keysOfDeletedEntries(in: parsed.entries, from: source))
        let crossPosted = try store.linkCrossPosts(
            prepared.map { CrossPostLink(postKey: $0.key, source: source.name, textHash: CrossPostKey.of(text: $0.text)) },
            at: now)
        progress.outcome.entries += parsed.entries.count
        progress.outcome.new += counts.new
        progress.outcome.updated += counts.updated
        progress.outcome.deleted += deleted
        progress.outcome.suppressed += preparer.suppressedCount(in: live, from: source.name)
        progress.outcome.crossPosted += crossPosted

        let pagination = SourcePagination(maxPages: source.maxPages, sourceURL: source.url)
        switch pagination.decide(
            nextLink: parsed.nextPage, format: parsed.format, documentURL: response.finalURL, pagesFetched: page,
            unseenPosts: prepared.count - known.count, fetchedURLs: progress.fetchedURLs)
        {
        case .follow(let url):
            return url
        case .reachedStoredPosts, .endOfFeed, .notPaged:
            return nil
        case .refused(let reason):
            progress.outcome.warnings.append(pageNote + reason)
            return nil
        case .pageLimit:
            progress.outcome.stoppedAtPageLimit = true
            progress.outcome.notices.append(
                "stopped after \(page) page\(page == 1 ? "" : "s"), older posts may be missing; raise sources[\(progress.index)].max_pages")
            return nil
        }
    }

    /// Updates the source's state across runs (validators, failure counter, permanent move)
    /// and logs the source's line.
    private func finish(_ progress: Progress, now: Date) throws -> SourceOutcome {
        let source = progress.source
        var state = progress.state
        var outcome = progress.outcome
        if outcome.coolingDownUntil != nil {
            log("\(source.name): skipped (cooling down)")
        } else if let error = outcome.error {
            state.lastFailure = now
            state.lastError = error
            state.consecutiveFailures += 1
            log("\(source.name): FAILED: \(error)")
            let coolDown = SourceCoolDown(threshold: source.coolDownAfterFailures)
            if let until = coolDown.skippedUntil(state, now: now) {
                outcome.notices.append(SourceCoolDown.startNotice(state, until: until))
            }
        } else {
            state.lastSuccess = now
            state.lastError = nil
            state.consecutiveFailures = 0
            if let first = progress.firstResponse {
                state.etag = first.etag ?? (first.notModified ? state.etag : nil)
                state.lastModified = first.lastModified ?? (first.notModified ? state.lastModified : nil)
                state.movedTo = first.permanentRedirect?.absoluteString
            }
            let pages = outcome.pages > 1 ? " on \(outcome.pages) pages" : ""
            log("\(source.name): " + (outcome.notModified ? "not modified" : "\(outcome.entries) entries\(pages), \(outcome.new) new, \(outcome.updated) updated, \(outcome.deleted) deleted" + (outcome.suppressed > 0 ? ", \(outcome.suppressed) suppressed" : "")))
        }
        // Once the configuration names the new URL, the move is done.
        if state.movedTo == source.url.absoluteString { state.movedTo = nil }
        if let moved = state.movedTo {
            outcome.movedTo = moved
            outcome.notices.append("moved permanently to \(moved); update sources[\(progress.index)].url")
        }
        for warning in outcome.warnings { log("\(source.name): warning: \(warning)") }
        try store.save(state)
        return outcome
    }
}
