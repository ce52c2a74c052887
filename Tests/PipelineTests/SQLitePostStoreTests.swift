import Foundation
import Sentiment
import XCTest

@testable import Pipeline

/// The store against a real SQLite file.
final class SQLitePostStoreTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: directory)
    }

    private func post(_ id: String, text: String = "Lieferung kam pünktlich", published: Date = Date(timeIntervalSince1970: 1_790_000_000)) -> StoredPost {
        StoredPost(
            key: "forum:\(id)", source: "forum", nativeID: id, threadID: "t1", threadTitle: "Lieferung", threadURL: nil,
            parentID: nil, link: nil, author: "a_abcdefghijklmnop", isStaff: false, isOwnedSource: false,
            published: published, dateFlagged: false, title: nil, text: text,
            contentHash: ContentHash.of(title: nil, text: text), language: .de, score: 0.4, label: .positive,
            confidence: 0.7, topics: ["delivery"], escalationMarkers: [], isQuestion: false, classifierVersion: "v1")
    }

    func testNewStoreUsesWALAndRecordsTheSchemaVersion() throws {
        let url = directory.appendingPathComponent("m.sqlite")
        _ = try SQLitePostStore(url: url)
        let database = try SQLiteDatabase(path: url.path)
        XCTAssertEqual(try database.userVersion, SQLitePostStore.schemaVersion)
        XCTAssertEqual(try database.prepare("PRAGMA journal_mode").query().first?.string(0), "wal")
    }

    func testUpsertCountsNewUpdatedAndUnchangedPosts() throws {
        let store = try SQLitePostStore(url: directory.appendingPathComponent("m.sqlite"))
        XCTAssertEqual(try store.upsert([post("1"), post("2")], at: Date()), UpsertCounts(new: 2))
        XCTAssertEqual(try store.upsert([post("1"), post("2", text: "Lieferung kam doch zu spät")], at: Date()), UpsertCounts(updated: 1, unchanged: 1))
        XCTAssertEqual(try store.postCount(), 2)
    }

    func testPostsRoundTripThroughTheFile() throws {
        let url = directory.appendingPathComponent("m.sqlite")
        let original = post("1")
        _ = try SQLitePostStore(url: url).upsert([original], at: Date())
        let reopened = try SQLitePostStore(url: url)
        let posts = try reopened.posts(publishedFrom: Date(timeIntervalSince1970: 0), to: Date(timeIntervalSince1970: 2_000_000_000))
        XCTAssertEqual(posts, [original])
    }

    func testDeletedPostsAreRemoved() throws {
        let store = try SQLitePostStore(url: directory.appendingPathComponent("m.sqlite"))
        _ = try store.upsert([post("1"), post("2")], at: Date())
        XCTAssertEqual(try store.deletePosts(keys: ["forum:2", "forum:unknown"]), 1)
        XCTAssertEqual(try store.postCount(), 1)
    }

    func testSourceStateSurvivesReopening() throws {
        let url = directory.appendingPathComponent("m.sqlite")
        let state = SourceState(name: "forum", etag: "\"x\"", lastModified: "Sun, 22 Nov 2026 10:00:00 GMT", consecutiveFailures: 2)
        try SQLitePostStore(url: url).save(state)
        XCTAssertEqual(try SQLitePostStore(url: url).sourceState(named: "forum"), state)
    }

    func testStoreFromANewerMonitorIsRefused() throws {
        let url = directory.appendingPathComponent("m.sqlite")
        _ = try SQLitePostStore(url: url)
        try SQLiteDatabase(path: url.path).execute("PRAGMA user_version = 99")
        XCTAssertThrowsError(try SQLitePostStore(url: url)) { error in
            XCTAssertTrue("\(error)".contains("newer monitor"), "\(error)")
        }
    }

    func testAlertLedgerRemembersPendingThenSent() throws {
        let store = try SQLitePostStore(url: directory.appendingPathComponent("m.sqlite"))
        try store.markPending([(key: "escalation:forum:t1", severity: 2)], messageID: "m1@x", at: Date(timeIntervalSince1970: 100))
        XCTAssertEqual(try store.alertRecord(for: "escalation:forum:t1")?.status, .pending)
        try store.markSent(messageID: "m1@x", at: Date(timeIntervalSince1970: 200))
        let record = try store.alertRecord(for: "escalation:forum:t1")
        XCTAssertEqual(record?.status, .sent)
        XCTAssertEqual(record?.firstMessageID, "m1@x")
    }
}
