import Foundation
import XCTest

@testable import Ingest

/// Fixture loading and a fixed parse context shared by the parser tests.
enum FeedFixture {
    /// 2026-11-22T18:00:00Z, a Sunday evening in Berlin.
    static let fetchedAt = Date(timeIntervalSince1970: 1_795_370_400)

    static func data(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> Data {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        guard let url = Bundle.module.url(forResource: parts[0], withExtension: parts[1], subdirectory: "Fixtures/feeds")
        else {
            XCTFail("missing fixture Fixtures/feeds/\(name)", file: file, line: line)
            throw CocoaError(.fileNoSuchFile)
        }
        return try Data(contentsOf: url)
    }

    static func context(
        kind: SourceKind = .auto, documentURL: String? = nil, siteURL: String? = nil, contentType: String? = nil,
        htmlSelectors: HTMLSelectors? = nil, jsonMapping: JSONMapping? = nil
    ) -> ParseContext {
        ParseContext(
            kind: kind, documentURL: documentURL.flatMap(URL.init(string:)), siteURL: siteURL.flatMap(URL.init(string:)),
            contentType: contentType, timeZone: TimeZone(identifier: "Europe/Berlin")!, fetchedAt: fetchedAt,
            htmlSelectors: htmlSelectors, jsonMapping: jsonMapping)
    }

    static func parse(_ name: String, _ context: ParseContext = context()) throws -> ParsedFeed {
        try FeedParser().parse(data(name), context: context)
    }

    static func parseString(_ xml: String, _ context: ParseContext = context()) throws -> ParsedFeed {
        try FeedParser().parse(Data(xml.utf8), context: context)
    }

    static func date(_ iso: String) -> Date {
        var scanner = ISO8601DateScanner(iso)
        return scanner.scan()!.date(in: TimeZone(identifier: "UTC")!)
    }
}
