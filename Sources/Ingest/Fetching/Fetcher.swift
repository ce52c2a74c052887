import CCurl
import Foundation

/// The fetch stage seam: tests and the pipeline swap the implementation, not the logic.
public protocol FeedFetching: Sendable {
    /// Fetches every request (concurrently where allowed); results come back in request order.
    func fetch(_ requests: [FetchRequest]) -> [Result<FetchResponse, FetchError>]
}

/// Fetches over libcurl's multi interface: http(s) and `file://`, with conditional GET,
/// compression, size and time limits, restricted redirects and retries with backoff.
public struct CurlFetcher: FeedFetching {
    public var maxConcurrentTransfers: Int
    public var maxConnectionsPerHost: Int
    /// Longest wait honoured from a `Retry-After` header; longer waits fail this run instead.
    public var maxRetryAfterSeconds: Double
    /// Spaces requests to one host (each request's `hostDelaySeconds`) across `fetch` calls.
    public let pacer: HostPacer

    /// Proxies come from the environment as libcurl reads it: `http_proxy`, `https_proxy`
    /// (or `HTTPS_PROXY`), `all_proxy`, and `no_proxy` for exceptions.
    public init(
        maxConcurrentTransfers: Int = 8, maxConnectionsPerHost: Int = 2, maxRetryAfterSeconds: Double = 60,
        pacer: HostPacer = HostPacer()
    ) {
        self.maxConcurrentTransfers = maxConcurrentTransfers
        self.maxConnectionsPerHost = maxConnectionsPerHost
        self.maxRetryAfterSeconds = maxRetryAfterSeconds
        self.pacer = pacer
    }

    public func fetch(_ requests: [FetchRequest]) -> [Result<FetchResponse, FetchError>] {
        var results = [Result<FetchResponse, FetchError>?](repeating: nil, count: requests.count)
        var pending = Array(requests.indices)
        var attempt = 1
        while !pending.isEmpty {
            let transfers = pending.map { configuredTransfer(for: requests[$0]) }
            let multi = CurlMulti(
                maxTotalConnections: maxConcurrentTransfers, maxConnectionsPerHost: maxConnectionsPerHost)
            let outcomes = multi.perform(transfers, startTimes: pacer.schedule(pending.map { requests[$0] }))
            var retry: [Int] = []
            var waitSeconds = 0.0
            for (slot, index) in pending.enumerated() {
                let request = requests[index]
                let result = interpret(outcomes[slot], of: transfers[slot], for: request, attempt: attempt)
                if case .failure(let error) = result, error.isRetryable, attempt <= request.maxRetries,
                    let delay = retryDelay(after: transfers[slot], request: request, attempt: attempt)
                {
                    retry.append(index)
                    waitSeconds = max(waitSeconds, delay)
                } else {
                    results[index] = result
                }
            }
            pending = retry
            attempt += 1
            if !pending.isEmpty { Thread.sleep(forTimeInterval: waitSeconds) }
        }
        return results.map { $0! }
    }

    private func configuredTransfer(for request: FetchRequest) -> CurlTransfer {
        let transfer = CurlTransfer()
        let isFile = request.url.isFileURL
        transfer.set(CURLOPT_URL, request.url.absoluteString)
        // A file:// source may read files only; an http source may never be sent to file:// or
        // other schemes by a redirect.
        transfer.set(CURLOPT_PROTOCOLS_STR, isFile ? "file" : "http,https")
        transfer.set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        transfer.set(CURLOPT_FOLLOWLOCATION, isFile ? 0 : 1)
        transfer.set(CURLOPT_MAXREDIRS, request.maxRedirects)
        transfer.set(CURLOPT_ACCEPT_ENCODING, "")  // every encoding this libcurl was built with
        transfer.set(CURLOPT_USERAGENT, request.userAgent)
        transfer.set(CURLOPT_CONNECTTIMEOUT_MS, Int(request.connectTimeoutSeconds * 1000))
        transfer.set(CURLOPT_TIMEOUT_MS, Int(request.totalTimeoutSeconds * 1000))
        transfer.set(CURLOPT_LOW_SPEED_LIMIT, request.lowSpeedBytesPerSecond)
        transfer.set(CURLOPT_LOW_SPEED_TIME, request.lowSpeedSeconds)
        transfer.limitBody(to: request.maxBodyBytes)
        if let caBundlePath = request.caBundlePath { transfer.set(CURLOPT_CAINFO, caBundlePath) }
        if let credentials = request.basicAuth {
            transfer.set(CURLOPT_HTTPAUTH, 1)  // CURLAUTH_BASIC, a macro Swift does not import
            transfer.set(CURLOPT_USERNAME, credentials.user)
            transfer.set(CURLOPT_PASSWORD, credentials.password)
        }
        if let cookie = request.cookie { transfer.set(CURLOPT_COOKIE, cookie) }
        var headerLines = request.headers.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        if !isFile {
            if let etag = request.etag { headerLines.append("If-None-Match: \(etag)") }
            if let lastModified = request.lastModified { headerLines.append("If-Modified-Since: \(lastModified)") }
        }
        transfer.setHeaders(headerLines)
        return transfer
    }

    private func interpret(
        _ outcome: CurlOutcome, of transfer: CurlTransfer, for request: FetchRequest, attempt: Int
    ) -> Result<FetchResponse, FetchError> {
        let url = request.url.absoluteString
        if transfer.bodyLimitExceeded || outcome.code == Int(CURLE_FILESIZE_EXCEEDED.rawValue) {
            return .failure(.bodyTooLarge(url: url, limitBytes: request.maxBodyBytes))
        }
        if outcome.isTimeout {
            return .failure(.timeout(url: url, seconds: request.totalTimeoutSeconds, attempts: attempt))
        }
        if outcome.code == Int(CURLE_TOO_MANY_REDIRECTS.rawValue) {
            return .failure(.tooManyRedirects(url: url, limit: request.maxRedirects))
        }
        if outcome.code == Int(CURLE_UNSUPPORTED_PROTOCOL.rawValue) {
            return .failure(.forbiddenScheme(url: url))
        }
        guard outcome.isOK else {
            return .failure(.transport(url: url, message: outcome.message, attempts: attempt))
        }
        // file:// transfers have no status code; a read file is a 200.
        let status = request.url.isFileURL ? 200 : transfer.responseCode
        guard (200...299).contains(status) || status == 304 else {
            return .failure(.httpStatus(url: url, status: status, attempts: attempt))
        }
        let finalURL = transfer.effectiveURL.flatMap(URL.init(string:)) ?? request.url
        return .success(
            FetchResponse(
                status: status, headers: transfer.responseHeaders,
                body: status == 304 ? Data() : transfer.body, finalURL: finalURL,
                redirectCount: transfer.redirectCount, attempts: attempt,
                permanentRedirect: transfer.permanentRedirectTarget.flatMap(URL.init(string:))))
    }

    /// Exponential backoff, or the server's `Retry-After` (seconds or an HTTP date) when it sent
    /// one; nil when the server asks for a longer wait than this run will spend.
    private func retryDelay(after transfer: CurlTransfer, request: FetchRequest, attempt: Int) -> Double? {
        let backoff = request.retryBaseDelaySeconds * pow(2, Double(attempt - 1))
        guard let header = transfer.responseHeaders["retry-after"] else { return backoff }
        let requested: Double
        if let seconds = Double(header.trimmingCharacters(in: .whitespaces)) {
            requested = seconds
        } else if let date = HTTPDate.parse(header) {
            requested = date.timeIntervalSinceNow
        } else {
            return backoff
        }
        return requested <= maxRetryAfterSeconds ? max(0, requested) : nil
    }
}

/// IMF-fixdate as used by `Retry-After` and `Last-Modified` (RFC 9110 §5.6.7).
enum HTTPDate {
    static func parse(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text.trimmingCharacters(in: .whitespaces))
    }
}
