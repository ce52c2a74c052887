import Foundation
import Ingest

struct ParseCommand: Command {
    static let name = "parse"
    static let summary = "print what the parser extracts from a feed or page, as JSON (writes nothing)"
    static let help = """
        Usage: monitor parse FILE|URL [--kind rss|atom|jsonfeed|discourse|auto] [--site-url URL]
                             [--timezone ZONE] [--content-type TYPE] [--document-url URL]
                             [--libxml2-only]
               monitor parse --dates [--timezone ZONE]

        Fetches URL (http, https) or reads FILE, parses it and streams JSON to stdout:
          {"format": …, "feed": {"title", "link", "language"},
           "entries": [{"id", "thread", "parent", "title", "link", "author", "published",
                        "updated", "summary", "text", "language"}, …], "recovered": false}
        Dates are RFC 3339 in UTC; an absent element is null, a present but empty one "".

        --content-type gives a FILE the HTTP Content-Type a server would have sent (its charset
        takes part in decoding, as in a fetch); --document-url the URL it was fetched from (the
        base for relative links). --libxml2-only reads XML with libxml2 alone instead of the fast
        scanner first (the output must be the same; this is for checking that). --dates reads one date string per stdin line and
        prints, one line each, the instant the date parser reads (RFC 3339, UTC) or null; dates
        without a zone are read in --timezone.

        This is the one command that shows raw author names: it is for checking a source before
        adding it, and it writes nothing (no store, no reports, no logs). Sources of kind html
        and json need selectors from a configuration; check those with `monitor run`.
        """

    let input: String
    let kind: SourceKind
    let siteURL: URL?
    let timeZone: TimeZone
    let contentType: String?
    let documentURL: URL?
    let readsDates: Bool
    let libXMLOnly: Bool

    init(arguments: inout Arguments) throws {
        readsDates = arguments.flag("--dates")
        libXMLOnly = arguments.flag("--libxml2-only")
        contentType = try arguments.option("--content-type")
        documentURL = try arguments.option("--document-url").map { text in
            guard let url = URL(string: text), url.scheme != nil else { throw UsageError("parse: --document-url \(text) is not a URL") }
            return url
        }
        let kindName = try arguments.option("--kind") ?? "auto"
        guard let kind = SourceKind(rawValue: kindName), kind != .html, kind != .json else {
            throw UsageError("parse: --kind takes rss, atom, jsonfeed, discourse or auto")
        }
        self.kind = kind
        siteURL = try arguments.option("--site-url").map { text in
            guard let url = URL(string: text), url.scheme != nil else { throw UsageError("parse: --site-url \(text) is not a URL") }
            return url
        }
        let zoneName = try arguments.option("--timezone") ?? "Europe/Berlin"
        guard let zone = TimeZone(identifier: zoneName) else { throw UsageError("parse: --timezone \(zoneName) is not a time zone name") }
        timeZone = zone
        let positionals = try arguments.positionals(max: 1)
        if readsDates {
            guard positionals.isEmpty else { throw UsageError("parse: --dates reads stdin and takes no FILE") }
            input = ""
            return
        }
        guard let input = positionals.first else {
            throw UsageError("parse: name a FILE or URL to parse")
        }
        self.input = input
    }

    func run() throws -> Int32 {
        if readsDates { return parseDates() }
        let (body, loadedURL, servedType) = try load()
        let contentType = self.contentType ?? servedType
        let documentURL = self.documentURL ?? loadedURL
        let context = ParseContext(
            kind: kind, documentURL: documentURL, siteURL: siteURL, contentType: contentType, timeZone: timeZone,
            fetchedAt: Date())
        do {
            _ = try ParsedFeedJSONWriter.stream(
                body, context: context, libXMLOnly: libXMLOnly, to: FileHandle.standardOutput)
        } catch {
            throw UsageError("parse: \(input): \(error)")
        }
        return 0
    }

    /// `--dates`: one line in, one line out, so a conformance script can check many strings
    /// with one process.
    private func parseDates() -> Int32 {
        let parser = DateParser(timeZone: timeZone, now: Date())
        var output = ""
        while let line = readLine(strippingNewline: true) {
            if let date = parser.parse(line) {
                output += ParsedFeedJSONWriter.rfc3339(date) + "\n"
            } else {
                output += "null\n"
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        return 0
    }

    private func load() throws -> (Data, URL, String?) {
        if input.hasPrefix("http://") || input.hasPrefix("https://") {
            guard let url = URL(string: input) else { throw UsageError("parse: \(input) is not a URL") }
            switch CurlFetcher().fetch([FetchRequest(sourceName: "parse", url: url)])[0] {
            case .success(let response): return (response.body, response.finalURL, response.contentType)
            case .failure(let error): throw UsageError("parse: \(error)")
            }
        }
        let path = input.hasPrefix("file://") ? String(input.dropFirst(7)) : input
        let url = URL(fileURLWithPath: path)
        do {
            return (try Data(contentsOf: url, options: .alwaysMapped), url, nil)
        } catch {
            throw UsageError("parse: cannot read \(path)")
        }
    }
}
