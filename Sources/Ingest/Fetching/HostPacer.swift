import Foundation
import Synchronization

/// Spaces the starts of requests to one http(s) host by at least the request's
/// `hostDelaySeconds` (default 1 s), across every `fetch` call of one fetcher: pagination and
/// retries ask the same server again within seconds, and forum hosts rate-limit or block
/// crawlers that do. `file://` requests are never delayed.
public final class HostPacer: Sendable {
    /// Uptime (seconds) at which the last request to each `scheme://host:port` was scheduled.
    private let lastStart = Mutex<[String: Double]>([:])

    public init() {}

    /// Start times (uptime seconds) for `requests` in order, each reserved as it is handed out.
    func schedule(_ requests: [FetchRequest], now: Double = ProcessInfo.processInfo.systemUptime) -> [Double] {
        lastStart.withLock { starts in
            requests.map { request in
                guard let host = HostPacer.hostKey(request.url), request.hostDelaySeconds > 0 else { return now }
                let start = starts[host].map { max(now, $0 + request.hostDelaySeconds) } ?? now
                starts[host] = start
                return start
            }
        }
    }

    /// `scheme://host:port` of an http(s) URL; nil for `file://` and anything without a host.
    static func hostKey(_ url: URL) -> String? {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host?.lowercased()
        else { return nil }
        return "\(scheme)://\(host):\(url.port ?? (scheme == "https" ? 443 : 80))"
    }
}
