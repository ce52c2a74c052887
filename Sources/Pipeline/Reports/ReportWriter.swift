import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a `DailyReport` as files: `<dir>/<YYYY-MM-DD>/` with the report files,
/// then `<dir>/index.html` and the symlink `<dir>/latest`. Each file is written to a temporary
/// name beside it and renamed into place, so an analyst opening a file during the nightly
/// run sees the old or the new version, never half a file.
public struct ReportWriter: Sendable {
    /// The files of one day's folder, in the order `write` returns them.
    public static let fileNames = [
        "trends.csv", "trends.json", "escalations.csv", "escalations.json", "questions.csv", "summary.json",
        "watch.csv", "response-times.csv", "top-voices.csv", "trends-weekly.csv", "trends-monthly.csv",
        "report.html",
    ]

    public var csvFormat: CSVFormat

    public init(csvFormat: CSVFormat = .standard) {
        self.csvFormat = csvFormat
    }

    /// The bytes of each report file, keyed by file name; pure, for tests and previews.
    public func render(_ report: DailyReport) throws -> [(name: String, data: Data)] {
        let csv = ReportCSV(format: csvFormat)
        let extra = ReportExtraCSV(format: csvFormat)
        let json = ReportJSON()
        func encoded(_ name: String, _ body: () throws -> Data) throws -> Data {
            do { return try body() } catch { throw ReportWriterError.encode(file: name, reason: "\(error)") }
        }
        return [
            ("trends.csv", csv.trends(report)),
            ("trends.json", try encoded("trends.json") { try json.trends(report) }),
            ("escalations.csv", csv.escalations(report)),
            ("escalations.json", try encoded("escalations.json") { try json.escalations(report) }),
            ("questions.csv", csv.questions(report)),
            ("summary.json", try encoded("summary.json") { try json.summary(report) }),
            ("watch.csv", extra.watch(report)),
            ("response-times.csv", extra.responseTimes(report)),
            ("top-voices.csv", extra.topVoices(report)),
            ("trends-weekly.csv", extra.rollups(report.weeklyRollups, day: report.day)),
            ("trends-monthly.csv", extra.rollups(report.monthlyRollups, day: report.day)),
            ("report.html", Data(ReportHTML().render(report).utf8)),
        ]
    }

    /// Writes the day's files, index.html and `latest`; returns their URLs (files, index, link).
    /// `latest` points to the newest date folder present, which is not this report's when an
    /// older day is re-run.
    @discardableResult
    public func write(_ report: DailyReport, to reportsDirectory: URL) throws -> [URL] {
        let dayFolder = reportsDirectory.appendingPathComponent(report.day.description, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: dayFolder, withIntermediateDirectories: true)
        } catch {
            throw ReportWriterError.createDirectory(path: dayFolder.path, reason: error.localizedDescription)
        }
        var written: [URL] = []
        for (name, data) in try render(report) {
            let url = dayFolder.appendingPathComponent(name)
            try Self.writeAtomically(data, to: url)
            written.append(url)
        }
        let days = try Self.dayFolders(in: reportsDirectory)
        let index = reportsDirectory.appendingPathComponent("index.html")
        try Self.writeAtomically(Data(ReportIndexPage().render(days: days).utf8), to: index)
        written.append(index)
        if let newest = days.max() {
            let latest = reportsDirectory.appendingPathComponent("latest")
            try Self.linkAtomically(latest, to: newest.description)
            written.append(latest)
        }
        return written
    }

    /// Date-named folders (`YYYY-MM-DD`) in the reports directory; anything else is ignored.
    static func dayFolders(in directory: URL) throws -> [ReportDay] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw ReportWriterError.listDirectory(path: directory.path, reason: error.localizedDescription)
        }
        return names.compactMap { name -> ReportDay? in
            guard let day = ReportDay(name) else { return nil }
            var isDirectory: ObjCBool = false
            let path = directory.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue
            else { return nil }
            return day
        }.sorted()
    }

    /// Temporary name in the same folder (rename(2) is only atomic within one file system),
    /// with the process id so two concurrent runs do not write into each other's temp file.
    private static func temporaryURL(for url: URL) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
    }

    static func writeAtomically(_ data: Data, to url: URL) throws {
        let temporary = temporaryURL(for: url)
        do {
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw ReportWriterError.writeFile(path: temporary.path, reason: error.localizedDescription)
        }
        try rename(temporary, to: url)
    }

    /// A relative link target, so the reports folder can be moved or served as a whole.
    static func linkAtomically(_ link: URL, to target: String) throws {
        let temporary = temporaryURL(for: link)
        _ = unlink(temporary.path)
        guard symlink(target, temporary.path) == 0 else {
            let code = errno
            throw ReportWriterError.replace(path: temporary.path, errno: code, reason: String(cString: strerror(code)))
        }
        try rename(temporary, to: link)
    }

    private static func rename(_ from: URL, to: URL) throws {
        #if canImport(Glibc)
            let result = Glibc.rename(from.path, to.path)
        #else
            let result = Darwin.rename(from.path, to.path)
        #endif
        guard result == 0 else {
            let code = errno
            _ = unlink(from.path)
            throw ReportWriterError.replace(path: to.path, errno: code, reason: String(cString: strerror(code)))
        }
    }
}
