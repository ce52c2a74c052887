import Foundation
import Privacy
#if canImport(Glibc)
import Glibc
#endif

/// `monitor redact --bench POSTS.jsonl`: redaction throughput for `make bench`. Reads every
/// post (`{"text": …}` per line) into memory first, then redacts all of them on one thread,
/// repeating the whole pass until at least one second has passed (and at least three times);
/// prints the median pass as JSON. File reading and JSON decoding are not timed.
///
/// Two clocks: wall time, and the thread's own CPU time (`CLOCK_THREAD_CPUTIME_ID`), which on a
/// shared machine measures the redactor rather than its neighbours.
enum RedactionBenchmark {
    static func run(path: String) throws -> Int32 {
        let posts = try readPosts(path)
        let redactor = Redactor()
        var wallRates: [Double] = []
        var cpuRates: [Double] = []
        // The span count is accumulated and kept alive so the optimiser cannot drop the work.
        var spans = 0
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .seconds(1))
        repeat {
            let cpuStart = threadCPUSeconds()
            let wallStart = clock.now
            for post in posts { spans &+= redactor.redact(post).spans.count }
            let wall = wallStart.duration(to: clock.now)
            let cpuSeconds = threadCPUSeconds() - cpuStart
            let wallSeconds = Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18
            wallRates.append(Double(posts.count) / max(wallSeconds, 1e-9))
            cpuRates.append(Double(posts.count) / max(cpuSeconds, 1e-9))
        } while clock.now < deadline || wallRates.count < 3
        let spansPerPass = spans / wallRates.count
        let lengths = posts.map { $0.utf8.count }.sorted()
        let meanBytes = Double(lengths.reduce(0, +)) / Double(posts.count)
        let wall = median(wallRates)
        let cpu = median(cpuRates)
        let object: [String: Any] = [
            "posts": posts.count, "median_bytes": lengths[lengths.count / 2], "spans_per_pass": spansPerPass,
            "passes": wallRates.count, "posts_per_second": Int(wall.rounded()),
            "posts_per_cpu_second": Int(cpu.rounded()),
            "megabytes_per_second": (wall * meanBytes / 1e4).rounded() / 100,
        ]
        print(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
        return 0
    }

    private static func readPosts(_ path: String) throws -> [String] {
        guard let content = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw UsageError("redact --bench: cannot read \(path) as UTF-8 text")
        }
        struct Post: Decodable { var text: String }
        let decoder = JSONDecoder()
        let posts = try content.split(separator: "\n").enumerated().map { index, line in
            do {
                return try decoder.decode(Post.self, from: Data(line.utf8)).text
            } catch {
                throw UsageError("redact --bench: \(path):\(index + 1): expected {\"text\": \"…\"}")
            }
        }
        guard !posts.isEmpty else { throw UsageError("redact --bench: \(path) holds no posts") }
        return posts
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }

    private static func threadCPUSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
