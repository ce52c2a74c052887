import Foundation
import XCTest

@testable import Ingest

final class ParsingJSONWriterTests: XCTestCase {
    private func written(_ body: (inout ParsedFeedJSONWriter) throws -> Void) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString).json")
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        var writer = ParsedFeedJSONWriter(handle: handle, bufferCapacity: 16)
        try body(&writer)
        try handle.close()
        defer { try? FileManager.default.removeItem(at: url) }
        return try String(contentsOf: url, encoding: .utf8)
    }

    func testAbsentFieldsAreNullAndEmptyFieldsAreEmptyStrings() throws {
        let text = try written { writer in
            try writer.writeStart(format: .rss2, feed: FeedMetadata(title: "", link: nil, language: "de"))
            try writer.writeEntry(FetchedPost(id: "1", title: "", published: Date(timeIntervalSince1970: 1_795_352_700)))
            try writer.writeEnd(format: .rss2, recovered: true)
        }
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(json["format"] as? String, "rss2")
        XCTAssertEqual(json["recovered"] as? Bool, true)
        let feed = try XCTUnwrap(json["feed"] as? [String: Any])
        XCTAssertEqual(feed["title"] as? String, "")
        XCTAssertTrue(feed["link"] is NSNull)
        let entry = try XCTUnwrap((json["entries"] as? [[String: Any]])?.first)
        XCTAssertEqual(entry["title"] as? String, "")
        XCTAssertTrue(entry["author"] is NSNull)
        XCTAssertEqual(entry["published"] as? String, "2026-11-22T13:05:00Z")
        XCTAssertTrue(text.hasPrefix("{\"format\": \"rss2\", \"feed\": {\"title\": \"\", \"link\": null"))
        XCTAssertTrue(text.hasSuffix("\"recovered\": true}\n"))
    }

    func testStringsAreEscapedPerRFC8259() throws {
        let tricky = "q\"b\\n\nt\t\u{01}\u{2028}ü"
        let text = try written { writer in
            try writer.writeStart(format: .atom10, feed: FeedMetadata(title: tricky))
            try writer.writeEnd(format: .atom10, recovered: false)
        }
        XCTAssertTrue(text.contains(#""title": "q\"b\\n\nt\t\u0001"#))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual((json["feed"] as? [String: Any])?["title"] as? String, tricky)
        XCTAssertEqual((json["entries"] as? [Any])?.count, 0)
    }

    /// Strings are scanned eight bytes at a time: an escape must be found at every position of
    /// a word, also several in one word and in strings far longer than the buffer.
    func testEscapesAreFoundAtEveryPositionOfLongStrings() throws {
        let specials: [(String, String)] = [
            ("\"", #"\""#), ("\\", #"\\"#), ("\n", #"\n"#), ("\u{1F}", #"\u001f"#), ("\u{08}", #"\b"#),
        ]
        var titles: [String] = []
        var expected: [String] = []
        for offset in 0..<20 {
            let prose = String("Zeile mit Umlauten: äöü und mehr Text".prefix(offset))
            for (special, escaped) in specials {
                titles.append(prose + special + special + "x" + special + String(repeating: "lang ", count: 10))
                expected.append(prose + escaped + escaped + "x" + escaped + String(repeating: "lang ", count: 10))
            }
        }
        let text = try written { writer in
            try writer.writeStart(format: .rss2, feed: FeedMetadata())
            for title in titles { try writer.writeEntry(FetchedPost(title: title)) }
            try writer.writeEnd(format: .rss2, recovered: false)
        }
        for escaped in expected { XCTAssertTrue(text.contains("\"title\": \"\(escaped)\""), escaped) }
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let entries = try XCTUnwrap(json["entries"] as? [[String: Any]])
        XCTAssertEqual(entries.map { $0["title"] as? String }, titles)
    }

    /// RSS/Atom texts reach the writer as bytes: the document must be the one their strings
    /// give, for valid UTF-8 (written as it is) and invalid (repaired, as `String` repairs it),
    /// wherever the sequence falls in an eight-byte word.
    func testTextBytesAreWrittenAsTheirStringsWouldBe() throws {
        let sequences: [[UInt8]] = [
            Array("ü".utf8), Array("„".utf8), Array("😀".utf8), Array("\u{10FFFF}".utf8),
            [0xC3], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xF0, 0x9F, 0x98],
            [0xFF],
        ]
        var entries: [AssembledPost] = []
        for offset in 0..<12 {
            let prose = Array("Zeile \"eins\"\nzwei".utf8.prefix(offset))
            for sequence in sequences {
                var entry = AssembledPost(FetchedPost(id: "\(offset)"))
                let text = prose + sequence + Array(" und weiter \\ mit Text".utf8) + sequence
                entry.texts = AssembledPost.Texts(summary: prose + sequence, text: text, textIsSummary: false)
                entries.append(entry)
                entry.texts = AssembledPost.Texts(summary: sequence, text: nil, textIsSummary: true)
                entries.append(entry)
            }
        }
        var entry = AssembledPost(FetchedPost(id: "none"))
        entry.texts = AssembledPost.Texts(summary: nil, text: nil, textIsSummary: true)
        entries.append(entry)
        let fromBytes = try written { writer in
            try writer.writeStart(format: .atom10, feed: FeedMetadata())
            for entry in entries { try writer.writeEntry(entry) }
            try writer.writeEnd(format: .atom10, recovered: false)
        }
        let fromStrings = try written { writer in
            try writer.writeStart(format: .atom10, feed: FeedMetadata())
            for entry in entries { try writer.writeEntry(entry.materialized()) }
            try writer.writeEnd(format: .atom10, recovered: false)
        }
        XCTAssertEqual(fromBytes, fromStrings)
        XCTAssertTrue(fromBytes.contains("\u{FFFD}"))
        XCTAssertTrue(fromBytes.contains(#""summary": null, "text": null"#))
    }

    func testTextEqualToTheSummaryIsWrittenInFullAndEscapedLikeIt() throws {
        let body = "Zeile \"eins\"\n\nZeile zwei \\ ü"
        let text = try written { writer in
            try writer.writeStart(format: .rss2, feed: FeedMetadata())
            try writer.writeEntry(FetchedPost(id: "same", summary: body, text: body))
            try writer.writeEntry(FetchedPost(id: "differs", summary: "kurz", text: body))
            try writer.writeEntry(FetchedPost(id: "no summary", text: body))
            try writer.writeEnd(format: .rss2, recovered: false)
        }
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let entries = try XCTUnwrap(json["entries"] as? [[String: Any]])
        XCTAssertEqual(entries.map { $0["text"] as? String }, [body, body, body])
        XCTAssertEqual(entries.map { $0["summary"] as? String }, [body, "kurz", nil])
    }

    func testDatesAreRFC3339InUTCWholeSecondsOnBothSidesOf1970AndPastYear9999() throws {
        let instants: [(TimeInterval, String)] = [
            (0, "1970-01-01T00:00:00Z"), (-1, "1969-12-31T23:59:59Z"), (1_795_352_700.9, "2026-11-22T13:05:00Z"),
            (951_782_400, "2000-02-29T00:00:00Z"), (253_402_300_800, "10000-01-01T00:00:00Z"),
        ]
        let text = try written { writer in
            try writer.writeStart(format: .atom10, feed: FeedMetadata())
            for (seconds, _) in instants {
                try writer.writeEntry(FetchedPost(published: Date(timeIntervalSince1970: seconds)))
            }
            try writer.writeEnd(format: .atom10, recovered: false)
        }
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let entries = try XCTUnwrap(json["entries"] as? [[String: Any]])
        XCTAssertEqual(entries.map { $0["published"] as? String }, instants.map(\.1))
    }

    func testStreamWritesAWholeDocumentInEntryOrder() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString).json")
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        let outcome = try ParsedFeedJSONWriter.stream(try FeedFixture.data("forum-rss2.xml"), context: FeedFixture.context(), to: handle)
        try handle.close()
        defer { try? FileManager.default.removeItem(at: url) }
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let entries = try XCTUnwrap(json["entries"] as? [[String: Any]])
        XCTAssertEqual(outcome.entryCount, 3)
        XCTAssertEqual(entries.map { $0["id"] as? String }, ["forum-post-1", "forum-post-2", "https://forum.example/p/3"])
        XCTAssertEqual(entries[1]["thread"] as? String, "forum-post-1")
        XCTAssertEqual(json["format"] as? String, "rss2")
    }
}
