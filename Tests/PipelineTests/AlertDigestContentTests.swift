import Foundation
import XCTest

@testable import Pipeline

/// What a morning digest says and in which order: reasons in the mail's language, spikes that
/// do not bury the escalations, most severe first.
final class AlertDigestContentTests: XCTestCase {
    private let day = AlertFixtures.day

    private func spike(
        _ scope: TrendRow.Scope, source: String = TrendRow.all, topic: String = TrendRow.all, observed: Int = 20,
        expected: Double = 2, probability: Double = 0, kind: Spike.Kind = .volume
    ) -> Spike {
        Spike(kind: kind, scope: scope, source: source, topic: topic, language: scope == .detail ? "de" : TrendRow.all,
              observed: observed, expected: expected, probability: probability,
              summary: String(format: "%d posts vs %.1f expected", observed, expected))
    }

    private func report(spikes: [Spike] = [], escalations: [Escalation] = []) -> DailyReport {
        var report = ReportBuilder().build(ReportScenario.full())
        report.spikes = spikes
        report.escalations = escalations
        report.questions = []
        return report
    }

    private func compose(_ items: [AlertItem], language: MailLanguage = .de) -> MailMessage {
        DigestComposer(language: language).compose(
            items: items, day: day, from: MailAddress(address: "monitor@example.com"),
            to: [MailAddress(address: "team@example.com")], replyTo: nil, date: AlertFixtures.runTime)
    }

    func testGermanDigestGivesEscalationReasonsInGerman() throws {
        let thread = try XCTUnwrap(ReportBuilder().build(ReportScenario.full()).escalations.first { $0.threadID == "t-esc" })
        let item = try XCTUnwrap(AlertItems.from(report(escalations: [thread]), language: .de).first)
        XCTAssertEqual(
            item.reasons,
            ["12 Beiträge in 24 h (1 in den 7 Tagen davor)", "9 negativ", "8 Verfasser", "erwähnt 'verbraucherzentrale'",
             "seit 62 h keine Antwort vom Team"])
        XCTAssertFalse(compose([item]).plainText.contains("posts in 24 h"))
    }

    func testEnglishDigestKeepsTheReportsEscalationReasons() throws {
        let thread = try XCTUnwrap(ReportBuilder().build(ReportScenario.full()).escalations.first { $0.threadID == "t-esc" })
        let item = try XCTUnwrap(AlertItems.from(report(escalations: [thread]), language: .en).first)
        XCTAssertEqual(item.reasons, thread.reasons)
    }

    func testGermanDigestSaysWhenStaffAnswered() {
        var thread = ReportBuilder().build(ReportScenario.full()).escalations[0]
        thread.hoursWithoutStaffAnswer = nil
        thread.hoursSinceStaffAnswer = 6.5
        XCTAssertEqual(AlertTexts(language: .de).escalationReasons(thread).last, "Team hat vor 6 h geantwortet")
    }

    func testSpikeReasonsFollowTheMailLanguageAndNeverSayPIsZero() {
        let volume = spike(.topic, topic: "network", observed: 32, expected: 1.375, probability: 0)
        XCTAssertEqual(AlertTexts(language: .de).spikeReason(volume), "32 Beiträge statt 1,4 erwartet (p < 0,0001)")
        XCTAssertEqual(AlertTexts(language: .en).spikeReason(volume), "32 posts vs 1.4 expected (p < 0.0001)")
        let drop = spike(.topic, topic: "billing", observed: 5, expected: 0.9, probability: 0.0002, kind: .sentiment)
        XCTAssertEqual(AlertTexts(language: .de).spikeReason(drop), "5 negative Beiträge statt 0,9 erwartet (p = 0,0002)")
    }

    func testAnOverallSpikeCoveredByATopicOrSourceSpikeIsNoSeparateItem() {
        let spikes = [
            spike(.overall, observed: 76, expected: 6.4), spike(.topic, topic: "network"),
            spike(.detail, source: "social", topic: "network"),
        ]
        let surge = report(spikes: spikes)
        XCTAssertEqual(AlertItems.from(surge, language: .de).map(\.key), ["spike:volume:topic:(all):network:\(surge.day)"])
        let alone = AlertItems.from(report(spikes: [spike(.overall, observed: 76, expected: 6.4)]), language: .de)
        XCTAssertEqual(alone.map(\.key), ["spike:volume:overall:(all):(all):\(surge.day)"], "an overall surge alone is still news")
    }

    func testADetailSpikeWhoseTotalsAreQuietIsAnItemOfItsOwn() {
        let spikes = [
            spike(.detail, source: "social", topic: "network", observed: 7, expected: 0.5),
            spike(.detail, source: "forum", topic: "billing", observed: 9, expected: 0.5), spike(.topic, topic: "billing"),
        ]
        let surge = report(spikes: spikes)
        let items = AlertItems.from(surge, language: .de)
        XCTAssertEqual(items.map(\.key), ["spike:volume:topic:(all):billing:\(surge.day)", "spike:volume:detail:social:network:de:\(surge.day)"])
        XCTAssertEqual(items.last?.headline, "Ungewöhnlich viele Beiträge: Quelle social, Thema network, Sprache de")
    }

    func testTopicSpikesComeFirstThenSourcesEachFurthestAboveExpectationFirst() {
        let spikes = [
            spike(.source, source: "social", observed: 27, expected: 2), spike(.source, source: "forum", observed: 11, expected: 0.5),
            spike(.topic, topic: "billing", observed: 13, expected: 1.8), spike(.topic, topic: "network", observed: 32, expected: 1.4),
        ]
        let items = DigestComposer.ordered(AlertItems.from(report(spikes: spikes), language: .de))
        XCTAssertEqual(items.map { $0.topics.first ?? $0.source }, ["network", "billing", "forum", "social"])
    }

    func testDigestShowsAtMostFiveSpikesInDetailAndNamesTheRest() {
        let spikes = ["a", "b", "c", "d", "e", "f", "g"].enumerated().map { index, source in
            spike(.source, source: source, observed: 30 - index, expected: 1)
        }
        let message = compose(AlertItems.from(report(spikes: spikes), language: .de))
        XCTAssertEqual(message.subject, "[monitor] 7 Spikes – \(day)", "the subject still counts every spike")
        XCTAssertEqual(message.plainText.components(separatedBy: "Ungewöhnlich viele Beiträge").count - 1, 5)
        XCTAssertTrue(message.plainText.contains("… und 2 weitere Spikes im Bericht für \(day): Quelle f, Quelle g"), message.plainText)
        XCTAssertTrue(message.html.contains("… und 2 weitere Spikes im Bericht"), message.html)
        XCTAssertTrue(compose(AlertItems.from(report(spikes: spikes), language: .en), language: .en).plainText
            .contains("… and 2 more spikes in the report for \(day): source f, source g"))
    }

    func testASpikeOverAllSourcesDoesNotNameASourceAll() {
        let message = compose(AlertItems.from(report(spikes: [spike(.topic, topic: "network")]), language: .de))
        XCTAssertTrue(message.plainText.contains("Stufe: volume · Themen: network"), message.plainText)
        XCTAssertFalse(message.plainText.contains("(all)"), message.plainText)
        XCTAssertFalse(message.html.contains("(all)"), message.html)
    }

    func testTheSubjectCountsThreadsToWatchApartFromEscalations() {
        let items = [AlertFixtures.escalation("1", level: .escalate)] + (2...5).map { AlertFixtures.escalation("\($0)", level: .watch) }
        XCTAssertEqual(compose(items).subject, "[monitor] 1 Eskalation, 4 Threads zu beobachten – \(day)")
        XCTAssertEqual(compose(Array(items.prefix(2)), language: .en).subject, "[monitor] 1 escalation, 1 thread to watch – \(day)")
    }

    func testEscalationsKeepTheReportsOrderMostSevereFirst() {
        let items = [
            AlertFixtures.escalation("9", level: .watch), AlertFixtures.escalation("1", level: .watch),
            AlertFixtures.question("q", overdueSince: AlertFixtures.dayStart), AlertFixtures.escalation("5", level: .escalate),
        ]
        XCTAssertEqual(DigestComposer.ordered(items).map(\.key),
                       ["escalation:community:5", "escalation:community:9", "escalation:community:1", "question:community:q"])
        XCTAssertEqual(DigestComposer.ordered(DigestComposer.ordered(items)), DigestComposer.ordered(items), "stable")
    }
}
