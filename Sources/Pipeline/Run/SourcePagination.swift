import Foundation
import Ingest

/// Whether a source's run fetches another page, so a busy source loses nothing between two
/// nightly runs: it follows the link the parser saw (RFC 5005 `rel="next"` in Atom or as
/// `atom:link` in RSS, JSON Feed `next_url`, Discourse `before=`, the HTML `next` selector)
/// until a page holds only posts already stored, the feed ends, or `max_pages` is reached.
struct SourcePagination {
    enum Decision: Equatable {
        case follow(URL)
        /// Every post on the page was stored already (or is not stored at all, e.g. past
        /// retention): the previous run's posts are reached.
        case reachedStoredPosts
        /// The page names no next page.
        case endOfFeed
        /// `file:` sources are read as they are: a link out of them is never followed.
        case notPaged
        /// The next link cannot be followed; the reason is reported as a warning.
        case refused(String)
        /// `max_pages` pages were fetched and the last still held unseen posts.
        case pageLimit
    }

    var maxPages: Int
    var sourceURL: URL

    /// - Parameters:
    ///   - nextLink: what the parser exposed as the next page, possibly relative.
    ///   - documentURL: where the page came from (after redirects), the base of relative links.
    ///   - pagesFetched: pages of this source fetched so far in this run, this one included.
    ///   - unseenPosts: posts of this page that were not stored before it was read.
    ///   - fetchedURLs: every page URL requested in this run, to stop a loop.
    func decide(
        nextLink: String?, format: FeedFormat, documentURL: URL, pagesFetched: Int, unseenPosts: Int,
        fetchedURLs: Set<String>
    ) -> Decision {
        guard unseenPosts > 0 else { return .reachedStoredPosts }
        guard let nextLink, !nextLink.isEmpty else { return .endOfFeed }
        guard !sourceURL.isFileURL else { return .notPaged }
        guard let next = Self.nextURL(nextLink, format: format, documentURL: documentURL) else {
            return .refused("the next-page link is not a URL; stopped paging")
        }
        // The fetcher lets a `file:` URL read files: a feed must never point it there.
        guard let scheme = next.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            return .refused("the next-page link \(next.absoluteString) is not http(s); stopped paging")
        }
        guard !fetchedURLs.contains(next.absoluteString) else {
            return .refused("the next-page link repeats a page already fetched in this run; stopped paging")
        }
        guard pagesFetched < maxPages else { return .pageLimit }
        return .follow(next)
    }

    /// The absolute next-page URL. Discourse's parser names `/posts.json?before=N` under the
    /// site URL; the page that was actually fetched is the better base (a forum in a
    /// sub-folder, an API host that differs from `site_url`), so only its `before` changes.
    static func nextURL(_ link: String, format: FeedFormat, documentURL: URL) -> URL? {
        guard let resolved = URL(string: link, relativeTo: documentURL)?.absoluteURL else { return nil }
        guard format == .discourse,
            let before = URLComponents(url: resolved, resolvingAgainstBaseURL: false)?
                .queryItems?.first(where: { $0.name == "before" })?.value,
            var components = URLComponents(url: documentURL, resolvingAgainstBaseURL: false)
        else { return resolved }
        components.queryItems = (components.queryItems ?? []).filter { $0.name != "before" }
            + [URLQueryItem(name: "before", value: before)]
        return components.url ?? resolved
    }
}
