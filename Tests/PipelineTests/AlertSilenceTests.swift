import Foundation
import XCTest

@testable import Pipeline

final class AlertSilenceTests: XCTestCase {
    private let texts = AlertTexts(language: .de)

    /// Posts on each of `days` (offsets from the report day) for `source`, stored in a real store.
    private func store(_ posts: [(source: String, days: [Int])]) throws -> SQLitePostStore {
        let store = try AlertFixtures.store(self)
        var factory = ReportPostFactory(day: AlertFixtures.day, timeZone: AlertFixtures.zone)
        var stored: [StoredPost] = []
        for (source, days) in posts {
            for offset in days { stored.append(factory.post(source: source, offset: offset, hour: 23.5)) }
        }
        _ = try store.upsert(stored, at: AlertFixtures.runTime)
        return store
    }

    private func silentItems(_ store: SQLitePostStore, sources: [String], outcomes: [SourceOutcome] = []) throws -> [AlertItem] {
        let detector = SilenceDetector(silentDays: 2)
        let counts = try store.postCounts(on: detector.window(endingOn: AlertFixtures.day), in: AlertFixtures.zone)
        return detector.items(sources: sources, counts: counts, day: AlertFixtures.day, outcomes: outcomes, texts: texts)
    }

    func testADailySourceWithoutPostsForTwoDaysIsSilent() throws {
        let store = try store([("forum", Array(-15...(-2)))])
        let items = try silentItems(store, sources: ["forum"])
        XCTAssertEqual(items.map(\.key), ["silence:forum"])
        XCTAssertEqual(items[0].headline, "Quelle forum liefert seit 2 Tagen nichts")
        XCTAssertTrue(items[0].reasons.contains("sonst an 14 von 14 Tagen Beiträge"), "\(items[0].reasons)")
        XCTAssertTrue(items[0].reasons.contains("letzter Beitrag am 2026-11-20"), "\(items[0].reasons)")
    }

    func testOnePostInTheSilentStretchIsNotSilence() throws {
        let store = try store([("forum", Array(-15...(-2)) + [-1])])
        XCTAssertEqual(try silentItems(store, sources: ["forum"]), [])
    }

    func testASourceThatRarelyPostsIsNotSilent() throws {
        let store = try store([("blog", [-14, -9, -4])])
        XCTAssertEqual(try silentItems(store, sources: ["blog"]), [])
    }

    func testASilentSourceWhoseFetchFailedSaysSo() throws {
        let store = try store([("forum", Array(-15...(-2)))])
        let items = try silentItems(store, sources: ["forum"], outcomes: [SourceOutcome(name: "forum", error: "HTTP 404")])
        XCTAssertTrue(items[0].reasons.contains("Abruf heute fehlgeschlagen: HTTP 404"), "\(items[0].reasons)")
    }

    func testASilentSourceThatIsCoolingDownSaysWhenItIsTriedAgain() throws {
        let store = try store([("forum", Array(-15...(-2)))])
        let nextTry = Date(timeIntervalSince1970: 1_795_420_800)
        let items = try silentItems(store, sources: ["forum"], outcomes: [SourceOutcome(name: "forum", coolingDownUntil: nextTry)])
        let reason = items[0].reasons.last ?? ""
        XCTAssertTrue(reason.hasPrefix("nach wiederholten Fehlern pausiert, nächster Versuch \(nextTry.formatted(.iso8601))"), reason)
        XCTAssertFalse(items[0].reasons.contains { $0.contains("meldet keinen Fehler") }, "\(items[0].reasons)")
    }

    func testTheDataQualityBlockCountsASourceCoolingDownApartFromTheOKOnes() {
        let outcomes = [
            SourceOutcome(name: "blog", new: 3), SourceOutcome(name: "forum", coolingDownUntil: Date()),
            SourceOutcome(name: "shop", error: "HTTP 500"),
        ]
        let quality = DataQuality(outcomes: outcomes, silentSources: [])
        XCTAssertEqual(quality.sourcesOK, 1)
        XCTAssertEqual(quality.coolingDownSources, ["forum"])
        XCTAssertEqual(quality.failedSources, ["shop"])
        XCTAssertTrue(quality.lines(language: .en).contains("Sources cooling down after repeated failures: 1 (forum)"))
    }

    func testZeroSilentDaysTurnsTheCheckOff() {
        let detector = SilenceDetector(silentDays: 0)
        XCTAssertEqual(detector.items(sources: ["forum"], counts: [:], day: AlertFixtures.day, outcomes: [], texts: texts), [])
    }
}
