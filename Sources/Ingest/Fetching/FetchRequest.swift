import Foundation

/// One document to fetch, with everything the source configuration says about access.
public struct FetchRequest: Sendable, Equatable {
    public var sourceName: String
    /// `http(s)://` or an absolute `file://` URL.
    public var url: URL
    /// Extra request headers (e.g. Discourse `Api-Key`), secrets already resolved.
    public var headers: [String: String]
    /// Validators from the previous response, sent for a conditional GET.
    public var etag: String?
    public var lastModified: String?
    public var userAgent: String
    public var connectTimeoutSeconds: Double
    public var totalTimeoutSeconds: Double
    /// Abort when slower than `lowSpeedBytesPerSecond` for `lowSpeedSeconds` (a stalled server).
    public var lowSpeedBytesPerSecond: Int
    public var lowSpeedSeconds: Int
    /// Limit on the *decoded* body; larger responses fail with `FetchError.bodyTooLarge`.
    public var maxBodyBytes: Int
    public var maxRedirects: Int
    /// Retries after timeouts, 5xx and 429, with exponential backoff from `retryBaseDelaySeconds`.
    public var maxRetries: Int
    public var retryBaseDelaySeconds: Double
    public var caBundlePath: String?
    public var basicAuth: BasicCredentials?
    public var cookie: String?
    /// Least time between the starts of two requests to this URL's host (not for `file://`).
    public var hostDelaySeconds: Double

    public static let defaultUserAgent = "monitor/\(MonitorVersion.string) (+https://example.invalid/monitor)"

    public init(
        sourceName: String, url: URL, headers: [String: String] = [:], etag: String? = nil,
        lastModified: String? = nil, userAgent: String = FetchRequest.defaultUserAgent,
        connectTimeoutSeconds: Double = 10, totalTimeoutSeconds: Double = 30,
        lowSpeedBytesPerSecond: Int = 1, lowSpeedSeconds: Int = 20,
        maxBodyBytes: Int = 15 * 1024 * 1024, maxRedirects: Int = 5, maxRetries: Int = 2,
        retryBaseDelaySeconds: Double = 1, caBundlePath: String? = nil,
        basicAuth: BasicCredentials? = nil, cookie: String? = nil, hostDelaySeconds: Double = 1
    ) {
        self.sourceName = sourceName
        self.url = url
        self.headers = headers
        self.etag = etag
        self.lastModified = lastModified
        self.userAgent = userAgent
        self.connectTimeoutSeconds = connectTimeoutSeconds
        self.totalTimeoutSeconds = totalTimeoutSeconds
        self.lowSpeedBytesPerSecond = lowSpeedBytesPerSecond
        self.lowSpeedSeconds = lowSpeedSeconds
        self.maxBodyBytes = maxBodyBytes
        self.maxRedirects = maxRedirects
        self.maxRetries = maxRetries
        self.retryBaseDelaySeconds = retryBaseDelaySeconds
        self.caBundlePath = caBundlePath
        self.basicAuth = basicAuth
        self.cookie = cookie
        self.hostDelaySeconds = hostDelaySeconds
    }
}

public struct BasicCredentials: Sendable, Equatable {
    public var user: String
    public var password: String

    public init(user: String, password: String) {
        self.user = user
        self.password = password
    }
}

/// A successful fetch. `notModified` (HTTP 304) means "nothing new" and carries no body.
public struct FetchResponse: Sendable, Equatable {
    public var status: Int
    /// Response headers, names lowercased; the last value wins.
    public var headers: [String: String]
    public var body: Data
    /// URL after redirects: the base for relative links.
    public var finalURL: URL
    public var redirectCount: Int
    public var attempts: Int
    /// Set when the requested URL redirected permanently (301/308, possibly over several
    /// permanent hops): the URL the source should be configured with from now on.
    public var permanentRedirect: URL?

    public var notModified: Bool { status == 304 }
    public var etag: String? { headers["etag"] }
    public var lastModified: String? { headers["last-modified"] }
    public var contentType: String? { headers["content-type"] }

    public init(
        status: Int, headers: [String: String], body: Data, finalURL: URL, redirectCount: Int = 0,
        attempts: Int = 1, permanentRedirect: URL? = nil
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.finalURL = finalURL
        self.redirectCount = redirectCount
        self.attempts = attempts
        self.permanentRedirect = permanentRedirect
    }
}

/// Why a fetch failed; `description` is one line for a cron log.
public enum FetchError: Error, Equatable, CustomStringConvertible {
    case transport(url: String, message: String, attempts: Int)
    case timeout(url: String, seconds: Double, attempts: Int)
    case httpStatus(url: String, status: Int, attempts: Int)
    case bodyTooLarge(url: String, limitBytes: Int)
    case tooManyRedirects(url: String, limit: Int)
    case forbiddenScheme(url: String)

    public var description: String {
        switch self {
        case .transport(let url, let message, let attempts):
            return "\(url): \(message)\(Self.attemptsNote(attempts))"
        case .timeout(let url, let seconds, let attempts):
            return "\(url): no complete response within \(Self.format(seconds)) s\(Self.attemptsNote(attempts)); raise timeout_seconds for this source if the server is just slow"
        case .httpStatus(let url, let status, let attempts):
            return "\(url): HTTP \(status)\(Self.statusHint(status))\(Self.attemptsNote(attempts))"
        case .bodyTooLarge(let url, let limit):
            return "\(url): response larger than \(limit) bytes (after decompression); raise max_body_bytes for this source if that is expected"
        case .tooManyRedirects(let url, let limit):
            return "\(url): more than \(limit) redirects (a loop?); point the source at the final URL"
        case .forbiddenScheme(let url):
            return "\(url): redirect or URL to a forbidden scheme; only http and https may be followed, and file:// only as the configured URL"
        }
    }

    /// Worth another attempt in this run: the server may answer next time.
    public var isRetryable: Bool {
        switch self {
        case .timeout: return true
        case .httpStatus(_, let status, _): return status == 429 || (500...599).contains(status)
        case .transport: return false
        case .bodyTooLarge, .tooManyRedirects, .forbiddenScheme: return false
        }
    }

    private static func attemptsNote(_ attempts: Int) -> String {
        attempts > 1 ? " (after \(attempts) attempts)" : ""
    }

    private static func statusHint(_ status: Int) -> String {
        switch status {
        case 401, 403: return " (access denied: check the source's credentials)"
        case 404: return " (not found: check the source URL)"
        case 410: return " (gone: the feed was removed; delete or replace the source)"
        case 429: return " (rate limited)"
        case 500...599: return " (server error)"
        default: return ""
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
