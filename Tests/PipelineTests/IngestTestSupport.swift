import Foundation
import Ingest
import Privacy
import Sentiment
import XCTest

@testable import Pipeline

/// The fetch tests' HTTP server (`Tests/IngestTests/Fixtures/http/test_server.py`, one file
/// for both test targets), started on a free port for one test.
final class FeedTestServer {
    let port: Int
    private let process: Process

    init() throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../IngestTests/Fixtures/http/test_server.py").standardizedFileURL
        guard FileManager.default.fileExists(atPath: script.path) else {
            XCTFail("missing \(script.path)")
            throw CocoaError(.fileNoSuchFile)
        }
        let python = "/usr/bin/python3"
        guard FileManager.default.isExecutableFile(atPath: python) else {
            XCTFail("the ingest tests need Debian's python3: apt-get install -y python3")
            throw CocoaError(.executableNotLoadable)
        }
        process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script.path, "--lifetime", "300"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var bytes: [UInt8] = []
        while let byte = output.fileHandleForReading.readData(ofLength: 1).first, byte != 0x0A { bytes.append(byte) }
        let line = String(decoding: bytes, as: UTF8.self)
        guard line.hasPrefix("PORT "), let port = Int(line.dropFirst(5)) else {
            process.terminate()
            XCTFail("test HTTP server did not start (printed \(line))")
            throw CocoaError(.fileReadUnknown)
        }
        self.port = port
    }

    func url(_ path: String) -> URL {
        URL(string: "http://127.0.0.1:\(port)\(path)")!
    }

    struct LoggedRequest: Decodable {
        var path: String
        /// Seconds on the server's monotonic clock.
        var time: Double
        var if_none_match: String?
    }

    /// Every request the server received so far, in order.
    func requests() throws -> [LoggedRequest] {
        try JSONDecoder().decode([LoggedRequest].self, from: get("/requests"))
    }

    /// A plain GET (scenario switches such as `/forum/add`).
    @discardableResult
    func get(_ path: String) throws -> Data {
        let request = FetchRequest(sourceName: "test", url: url(path), maxRetries: 0, hostDelaySeconds: 0)
        return try CurlFetcher().fetch([request])[0].get().body
    }

    deinit {
        process.terminate()
        process.waitUntilExit()
    }
}

/// A real ingest: the server above, a SQLite file, the real pseudonymiser, redactor and
/// classifier; only the clock is the test's.
final class IngestHarness {
    let server: FeedTestServer
    let store: SQLitePostStore
    let fetcher = CurlFetcher()
    let preparer: PostPreparer
    let log = LogLines()

    init(_ test: XCTestCase) throws {
        server = try FeedTestServer()
        store = try SQLitePostStore(url: try makeTemporaryDirectory(test).appendingPathComponent("ingest.sqlite"))
        preparer = try Self.makePreparer()
    }

    static func makePreparer() throws -> PostPreparer {
        let analyzer = Analyzer(resources: try LexiconResources.load(directory: nil), topics: try TopicSet.embeddedDefault())
        let key = try PseudonymKey(bytes: Array(repeating: 7, count: PseudonymKey.byteCount))
        return PostPreparer(
            pseudonymizer: HMACPseudonymizer(key: key, linkAcrossSources: false), redactor: Redactor(), analyzer: analyzer)
    }

    /// A source on the test server that does not wait between requests unless told to.
    func source(_ name: String, _ path: String, kind: SourceKind = .auto, configure: (inout SourceConfiguration) -> Void = { _ in }) -> SourceConfiguration {
        var source = SourceConfiguration(name: name, kind: kind, url: server.url(path), timeoutSeconds: 10)
        source.hostDelaySeconds = 0
        configure(&source)
        return source
    }

    func ingest(_ sources: [SourceConfiguration], now: Date = IngestHarness.now, retryFailed: Bool = false) throws -> [SourceOutcome] {
        var ingester = SourceIngester(
            sources: sources, fetch: FetchSettings(), fetcher: fetcher, parser: FeedParser(), preparer: preparer,
            store: store, log: { [log] line in log.append(line) })
        ingester.ignoresCoolDown = retryFailed
        return try ingester.ingest(now: now)
    }

    /// The run's closing lines, as `monitor run` prints them.
    static func summaryLines(_ outcomes: [SourceOutcome]) -> [String] {
        RunSummary(day: ReportDay(year: 2026, month: 11, day: 22), sources: outcomes, alertsSent: 0).lines
    }

    static let now = Date(timeIntervalSince1970: 1_795_400_000)  // 2026-11-23, a run's morning
}

/// The progress lines of a run, collected from the ingester's `@Sendable` log closure.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []

    var lines: [String] { lock.withLock { stored } }

    func append(_ line: String) { lock.withLock { stored.append(line) } }
}
