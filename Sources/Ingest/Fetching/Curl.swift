import CCurl
import Foundation

// The one Swift file that touches libcurl. C types never leave it: callers see
// `CurlTransfer` (one request) and `CurlMulti` (runs many at once).
//
// Ownership: a `CurlTransfer` owns its easy handle (curl_easy_init → curl_easy_cleanup in
// deinit) and the header slist it installs. The handle's WRITEDATA/HEADERDATA/READDATA/
// XFERINFODATA point at the transfer itself, passed *unretained*: the transfer outlives the
// handle, because the handle is cleaned up in the transfer's own deinit.

/// libcurl is loaded and initialised once, by the first transfer; libcurl 7.84 and later
/// initialise thread-safely (Debian 12 ships 7.88), so that may happen on any thread.
public enum CurlRuntime {
    private static let initialised: Bool = {
        monitor_curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK
    }()

    public static func initialise() {
        _ = initialised
    }

    /// Why libcurl.so.4 could not be loaded (it is loaded at first use), or nil.
    public static var loadError: String? {
        monitor_curl_load_error().map { String(cString: $0) }
    }

    /// Stops with what is missing and how to install it: without libcurl nothing can be fetched or mailed.
    static func unavailable(_ call: String) -> Never {
        if let loadError {
            fatalError("libcurl could not be loaded (\(loadError)); install it with `sudo apt-get install libcurl4` or run `make deps`")
        }
        fatalError("\(call) failed: libcurl is out of memory")
    }

    public static var versionDescription: String {
        String(cString: monitor_curl_version())
    }
}

/// What a transfer ended with, in Swift terms.
struct CurlOutcome {
    var code: Int
    var message: String
    var isTimeout: Bool
    var isOK: Bool { code == 0 }
}

final class CurlTransfer {
    let handle: UnsafeMutableRawPointer
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private var recipientList: UnsafeMutablePointer<curl_slist>?
    private let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)

    private(set) var body = Data()
    /// Headers of the last response only (a redirect chain delivers several header blocks).
    private(set) var responseHeaders: [String: String] = [:]
    private(set) var bodyLimitExceeded = false
    /// Where the chain of redirects that were all permanent (301/308) from the requested URL
    /// ended; nil when the first hop was not permanent. libcurl's FOLLOWLOCATION hides the
    /// hops, so they are read from the status lines and `Location` headers of each block.
    private(set) var permanentRedirectTarget: String?
    private var currentStatus = 0
    private var redirectsStillPermanent = true
    private var maxBodyBytes = Int.max
    private var upload: Data = Data()
    private var uploadOffset = 0

    init() {
        CurlRuntime.initialise()
        guard let handle = monitor_curl_easy_init() else {
            CurlRuntime.unavailable("curl_easy_init")
        }
        self.handle = handle
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let me = Unmanaged.passUnretained(self).toOpaque()
        _ = monitor_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)
        _ = monitor_curl_setopt_data_callback(handle, CURLOPT_WRITEFUNCTION, curlWriteBody)
        _ = monitor_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, me)
        _ = monitor_curl_setopt_data_callback(handle, CURLOPT_HEADERFUNCTION, curlWriteHeader)
        _ = monitor_curl_setopt_pointer(handle, CURLOPT_HEADERDATA, me)
        // Signals are unsafe in a multi-threaded process; libcurl then uses its threaded resolver.
        _ = monitor_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
    }

    deinit {
        monitor_curl_easy_cleanup(handle)
        monitor_curl_slist_free_all(headerList)
        monitor_curl_slist_free_all(recipientList)
        errorBuffer.deallocate()
    }

    func set(_ option: CURLoption, _ value: Int) {
        _ = monitor_curl_setopt_long(handle, option, value)
    }

    func set(_ option: CURLoption, _ value: String) {
        // libcurl copies string options (since 7.17.0), so the temporary C string may die.
        _ = value.withCString { monitor_curl_setopt_string(handle, option, $0) }
    }

    func setHeaders(_ lines: [String]) {
        monitor_curl_slist_free_all(headerList)
        headerList = lines.reduce(nil) { list, line in monitor_curl_slist_append(list, line) }
        _ = monitor_curl_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList)
    }

    func setMailRecipients(_ recipients: [String]) {
        monitor_curl_slist_free_all(recipientList)
        recipientList = recipients.reduce(nil) { list, address in monitor_curl_slist_append(list, "<\(address)>") }
        _ = monitor_curl_setopt_slist(handle, CURLOPT_MAIL_RCPT, recipientList)
    }

    /// Enforced while receiving: the decoded body never grows past the limit.
    func limitBody(to bytes: Int) {
        maxBodyBytes = bytes
        set(CURLOPT_MAXFILESIZE_LARGE, bytes)
    }

    /// Sends `data` as the upload body (SMTP message).
    func setUpload(_ data: Data) {
        upload = data
        uploadOffset = 0
        set(CURLOPT_UPLOAD, 1)
        _ = monitor_curl_setopt_data_callback(handle, CURLOPT_READFUNCTION, curlReadUpload)
        _ = monitor_curl_setopt_pointer(handle, CURLOPT_READDATA, Unmanaged.passUnretained(self).toOpaque())
    }

    /// Runs the transfer on the calling thread.
    func perform() -> CurlOutcome {
        outcome(for: monitor_curl_easy_perform(handle))
    }

    func outcome(for code: CURLcode) -> CurlOutcome {
        let detail = String(cString: errorBuffer)
        let message = detail.isEmpty ? String(cString: monitor_curl_easy_strerror(code)) : detail
        return CurlOutcome(
            code: Int(code.rawValue), message: message, isTimeout: code == CURLE_OPERATION_TIMEDOUT)
    }

    var responseCode: Int {
        var code = 0
        _ = monitor_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &code)
        return code
    }

    var redirectCount: Int {
        var count = 0
        _ = monitor_curl_getinfo_long(handle, CURLINFO_REDIRECT_COUNT, &count)
        return count
    }

    var effectiveURL: String? {
        var pointer: UnsafeMutablePointer<CChar>?
        _ = monitor_curl_getinfo_string(handle, CURLINFO_EFFECTIVE_URL, &pointer)
        return pointer.map { String(cString: $0) }
    }

    fileprivate func receiveBody(_ bytes: UnsafeMutablePointer<CChar>, count: Int) -> Int {
        guard body.count + count <= maxBodyBytes else {
            bodyLimitExceeded = true
            return 0  // a short write makes libcurl abort with CURLE_WRITE_ERROR
        }
        bytes.withMemoryRebound(to: UInt8.self, capacity: count) { body.append($0, count: count) }
        return count
    }

    fileprivate func receiveHeader(_ bytes: UnsafeMutablePointer<CChar>, count: Int) -> Int {
        let line = bytes.withMemoryRebound(to: UInt8.self, capacity: count) {
            String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
        }
        if line.hasPrefix("HTTP/") {
            responseHeaders = [:]
            body.removeAll(keepingCapacity: true)
            currentStatus = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
            if (300...399).contains(currentStatus), currentStatus != 301, currentStatus != 308 {
                redirectsStillPermanent = false
            }
        } else if let colon = line.firstIndex(of: ":") {
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
            responseHeaders[name] = value
            if name == "location", redirectsStillPermanent, currentStatus == 301 || currentStatus == 308 {
                // Relative locations resolve against the hop being answered (libcurl's
                // effective URL while the header block arrives).
                let hop = effectiveURL.flatMap(URL.init(string:))
                permanentRedirectTarget = URL(string: value, relativeTo: hop)?.absoluteString ?? value
            }
        }
        return count
    }

    fileprivate func fillUpload(_ buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int {
        let count = min(capacity, upload.count - uploadOffset)
        guard count > 0 else { return 0 }
        upload.withUnsafeBytes { raw in
            let start = raw.baseAddress!.advanced(by: uploadOffset)
            UnsafeMutableRawPointer(buffer).copyMemory(from: start, byteCount: count)
        }
        uploadOffset += count
        return count
    }
}

private let curlWriteBody: monitor_curl_data_callback = { bytes, size, count, context in
    guard let bytes, let context else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    return transfer.receiveBody(bytes, count: size * count)
}

private let curlWriteHeader: monitor_curl_data_callback = { bytes, size, count, context in
    guard let bytes, let context else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    return transfer.receiveHeader(bytes, count: size * count)
}

private let curlReadUpload: monitor_curl_data_callback = { buffer, size, count, context in
    guard let buffer, let context else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    return transfer.fillUpload(buffer, capacity: size * count)
}

/// Runs several transfers concurrently on the calling thread with libcurl's multi interface.
final class CurlMulti {
    private let handle: UnsafeMutableRawPointer

    init(maxTotalConnections: Int, maxConnectionsPerHost: Int) {
        CurlRuntime.initialise()
        guard let handle = monitor_curl_multi_init() else {
            CurlRuntime.unavailable("curl_multi_init")
        }
        self.handle = handle
        _ = monitor_curl_multi_setopt_long(handle, CURLMOPT_MAX_TOTAL_CONNECTIONS, maxTotalConnections)
        _ = monitor_curl_multi_setopt_long(handle, CURLMOPT_MAX_HOST_CONNECTIONS, maxConnectionsPerHost)
    }

    deinit {
        monitor_curl_multi_cleanup(handle)
    }

    /// Performs every transfer and returns their outcomes in the same order. A transfer starts
    /// no earlier than its `startTimes` entry (uptime seconds, `ProcessInfo.systemUptime`):
    /// that is how the fetcher spaces requests to one host.
    func perform(_ transfers: [CurlTransfer], startTimes: [Double]? = nil) -> [CurlOutcome] {
        var outcomes = [CurlOutcome?](repeating: nil, count: transfers.count)
        var indexByHandle: [UnsafeMutableRawPointer: Int] = [:]
        var waiting = Array(transfers.indices).sorted { (startTimes?[$0] ?? 0) < (startTimes?[$1] ?? 0) }
        var running: Int32 = 0
        repeat {
            let now = ProcessInfo.processInfo.systemUptime
            while let next = waiting.first, (startTimes?[next] ?? 0) <= now {
                waiting.removeFirst()
                indexByHandle[transfers[next].handle] = next
                monitor_curl_multi_add_handle(handle, transfers[next].handle)
            }
            monitor_curl_multi_perform(handle, &running)
            var queued: Int32 = 0
            while let message = monitor_curl_multi_info_read(handle, &queued) {
                guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle,
                    let index = indexByHandle[easy]
                else { continue }
                outcomes[index] = transfers[index].outcome(for: message.pointee.data.result)
                monitor_curl_multi_remove_handle(handle, easy)
            }
            if running > 0 || !waiting.isEmpty {
                let untilNextStart = waiting.first.map { (startTimes?[$0] ?? 0) - ProcessInfo.processInfo.systemUptime } ?? 0.2
                let timeoutMilliseconds = Int32(max(1, min(200, untilNextStart * 1000)))
                monitor_curl_multi_poll(handle, nil, 0, timeoutMilliseconds, nil)
            }
        } while running > 0 || !waiting.isEmpty
        return outcomes.enumerated().map { index, outcome in
            outcome ?? transfers[index].outcome(for: CURLE_FAILED_INIT)
        }
    }
}
