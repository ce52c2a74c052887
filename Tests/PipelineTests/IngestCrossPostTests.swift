import Foundation
import XCTest

@testable import Pipeline

/// The same long text in several sources is linked through one key, looked up by hash.
final class IngestCrossPostTests: XCTestCase {
    private var harness: IngestHarness!

    override func setUpWithError() throws {
        harness = try IngestHarness(self)
    }

    override func tearDown() {
        harness = nil
    }

    private func crossPostRows() throws -> [(key: String, source: String, hash: String)] {
        try harness.store.database.prepare("SELECT post_key, source, text_hash FROM cross_posts ORDER BY post_key").query()
            .map { ($0.string(0)!, $0.string(1)!, $0.string(2)!) }
    }

    func testTheSameLongTextInTwoSourcesIsLinkedAndCounted() throws {
        let sources = [harness.source("a", "/crosspost/a"), harness.source("b", "/crosspost/b")]
        let outcomes = try harness.ingest(sources)
        XCTAssertEqual(outcomes.map(\.crossPosted), [0, 1], "the second source repeats the first one's text")
        XCTAssertTrue(IngestHarness.summaryLines(outcomes).contains("cross-posts: 1 stored post repeats a text already seen in another source"))
        let rows = try crossPostRows()
        XCTAssertEqual(rows.map(\.key), ["a:a-long", "b:b-long"], "the short \"Danke, gelöst!\" is not linked")
        XCTAssertEqual(rows[0].hash, rows[1].hash)

        let again = try harness.ingest(sources)
        XCTAssertEqual(again.map(\.crossPosted), [0, 0], "an unchanged link is not counted twice")
    }

    func testTheKeyIsMadeFromTheRedactedText() throws {
        // The two texts differ only in an e-mail address, which redaction replaces before hashing.
        _ = try harness.ingest([harness.source("a", "/crosspost/a"), harness.source("b", "/crosspost/b")])
        let stored = try harness.store.database.prepare("SELECT text FROM posts WHERE key = 'a:a-long'").query()[0].string(0)!
        XCTAssertFalse(stored.contains("a@example.com"))
        XCTAssertEqual(try crossPostRows()[0].hash, CrossPostKey.of(text: stored))
        XCTAssertNotEqual(try crossPostRows()[0].hash, CrossPostKey.of(text: stored.replacingOccurrences(of: "[EMAIL]", with: "a@example.com")))
    }

    func testARewrittenTextLosesItsKey() throws {
        _ = try harness.ingest([harness.source("a", "/crosspost/a"), harness.source("b", "/crosspost/b")])
        try harness.store.database.execute("UPDATE posts SET text = 'entfernt' WHERE key = 'a:a-long'")
        XCTAssertEqual(try crossPostRows().map(\.key), ["b:b-long"])
        try harness.store.database.execute("DELETE FROM posts WHERE key = 'b:b-long'")
        XCTAssertTrue(try crossPostRows().isEmpty, "deleting the post deletes its key")
    }

    func testNormalisationIgnoresCaseAndWhitespace() {
        let text = "Seit drei Wochen warte ich auf die Erstattung meiner doppelt abgebuchten Rechnung, und niemand hilft."
        let copy = "  SEIT drei Wochen warte ich\nauf die Erstattung meiner   doppelt abgebuchten Rechnung,\tund niemand hilft. "
        XCTAssertNotNil(CrossPostKey.of(text: text))
        XCTAssertEqual(CrossPostKey.of(text: text), CrossPostKey.of(text: copy))
        XCTAssertNotEqual(CrossPostKey.of(text: text), CrossPostKey.of(text: text + " Danke."))
    }

    func testShortTextsHaveNoKey() {
        XCTAssertNil(CrossPostKey.of(text: String(repeating: "a", count: CrossPostKey.minimumCharacters - 1)))
        XCTAssertNotNil(CrossPostKey.of(text: String(repeating: "a", count: CrossPostKey.minimumCharacters)))
    }
}
