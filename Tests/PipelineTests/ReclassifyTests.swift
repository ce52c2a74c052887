import Foundation
import Sentiment
import XCTest

@testable import Pipeline

/// `monitor reclassify` against a real SQLite file and the real analyser.
final class ReclassifyTests: XCTestCase {
    private var directory: URL!
    private var analyzer: Analyzer!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("reclassify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        analyzer = Analyzer(resources: try LexiconResources.load(directory: nil), topics: try TopicSet.embeddedDefault())
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: directory)
    }

    /// A post as an older classifier version stored it: neutral, no topics.
    private func stalePost(_ id: String, text: String, title: String? = nil, parent: String? = nil, day: Int = 0, version: String = "rules0-old") -> StoredPost {
        StoredPost(
            key: "forum:\(id)", source: "forum", nativeID: id, threadID: "t1", threadTitle: title, threadURL: nil,
            parentID: parent, link: nil, author: "a_abcdefghijklmnop", isStaff: false, isOwnedSource: false,
            published: Date(timeIntervalSince1970: 1_790_000_000 + Double(day) * 86_400), dateFlagged: false, title: title, text: text,
            contentHash: ContentHash.of(title: title, text: text), language: .de, score: 0, label: .neutral,
            confidence: 0.5, topics: [], escalationMarkers: [], isQuestion: false, classifierVersion: version)
    }

    private func row(_ key: String, in url: URL) throws -> SQLiteRow? {
        try SQLiteDatabase(path: url.path).prepare("SELECT label, classifier_version, topics, markers, text FROM posts WHERE key = ?1")
            .query([.text(key)]).first
    }

    func testRescoresPostsOfAnotherVersionInBatchesAndReportsProgress() throws {
        let url = directory.appendingPathComponent("store.sqlite")
        let store = try SQLitePostStore(url: url)
        let texts = [
            "Die Lieferung ist eine Katastrophe, ich will mein Geld zurück.", "Super Service, vielen Dank!",
            "Das ist Betrug, ich gehe zum Anwalt.", "Das Paket kam pünktlich an, sehr zufrieden.", "Der Zug hat 40 Minuten Verspätung.",
        ]
        _ = try store.upsert(texts.enumerated().map { stalePost("\($0.offset)", text: $0.element) }, at: Date(timeIntervalSince1970: 1_790_000_000))
        var progress: [(Int, Int)] = []
        let summary = try Reclassifier(analyzer: analyzer, languageHints: ["forum": .de], batchSize: 2)
            .run(store: store, since: nil, now: Date(timeIntervalSince1970: 1_790_100_000)) { progress.append(($0, $1)) }

        XCTAssertEqual(summary.rescored, 5)
        XCTAssertEqual(progress.map(\.0), [2, 4, 5])
        XCTAssertEqual(progress.map(\.1), [5, 5, 5])
        for (index, text) in texts.enumerated() {
            let expected = analyzer.analyze(text, languageHint: .de)
            let stored = try XCTUnwrap(try row("forum:\(index)", in: url))
            XCTAssertEqual(stored.string(0), expected.sentiment.label.rawValue, text)
            XCTAssertEqual(stored.string(1), analyzer.version)
            XCTAssertEqual(stored.string(2), expected.topics.map(\.topic).sorted().joined(separator: "\n"), text)
            XCTAssertEqual(stored.string(4), text, "the text is never rewritten")
        }
        XCTAssertEqual(try row("forum:0", in: url)?.string(0), "negative")
        XCTAssertEqual(try row("forum:2", in: url)?.string(3).map { $0.contains("betrug") }, true)
        XCTAssertEqual(summary.labelsChanged, texts.filter { analyzer.analyze($0, languageHint: .de).sentiment.label != .neutral }.count)
    }

    func testSecondRunFindsNothingToRescore() throws {
        let store = try SQLitePostStore(url: directory.appendingPathComponent("store.sqlite"))
        _ = try store.upsert([stalePost("1", text: "Totaler Mist"), stalePost("2", text: "Alles bestens")], at: Date())
        let reclassifier = Reclassifier(analyzer: analyzer, languageHints: [:])
        XCTAssertEqual(try reclassifier.run(store: store, since: nil, now: Date()).rescored, 2)
        XCTAssertEqual(try reclassifier.run(store: store, since: nil, now: Date()).rescored, 0)
    }

    func testPostsAlreadyAtTheCurrentVersionAreLeftAlone() throws {
        let url = directory.appendingPathComponent("store.sqlite")
        let store = try SQLitePostStore(url: url)
        _ = try store.upsert(
            [stalePost("current", text: "Totaler Mist", version: analyzer.version), stalePost("old", text: "Totaler Mist")], at: Date())
        XCTAssertEqual(try Reclassifier(analyzer: analyzer, languageHints: [:]).run(store: store, since: nil, now: Date()).rescored, 1)
        XCTAssertEqual(try row("forum:current", in: url)?.string(0), "neutral", "a post at the current version keeps what it has")
        XCTAssertEqual(try row("forum:old", in: url)?.string(0), "negative")
    }

    func testSinceLimitsRescoringToLaterPosts() throws {
        let url = directory.appendingPathComponent("store.sqlite")
        let store = try SQLitePostStore(url: url)
        _ = try store.upsert([stalePost("early", text: "Totaler Mist", day: 0), stalePost("late", text: "Totaler Mist", day: 10)], at: Date())
        let since = Date(timeIntervalSince1970: 1_790_000_000 + 5 * 86_400)
        XCTAssertEqual(try Reclassifier(analyzer: analyzer, languageHints: [:]).run(store: store, since: since, now: Date()).rescored, 1)
        XCTAssertEqual(try row("forum:early", in: url)?.string(1), "rules0-old")
        XCTAssertEqual(try row("forum:late", in: url)?.string(1), analyzer.version)
    }

    func testThreadStarterTitleIsPartOfTheRescoredTextAsAtFetchTime() {
        let starter = PostToReclassify(key: "k", source: "s", title: "Frechheit", text: "Der Zug fiel aus.", parentID: nil)
        XCTAssertEqual(Reclassifier.analysedText(of: starter), "Frechheit\nDer Zug fiel aus.")
        var reply = starter
        reply.parentID = "p"
        XCTAssertEqual(Reclassifier.analysedText(of: reply), "Der Zug fiel aus.")
        var answer = starter
        answer.title = "Re: Frechheit"
        XCTAssertEqual(Reclassifier.analysedText(of: answer), "Der Zug fiel aus.")
    }
}
