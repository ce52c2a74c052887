import Foundation
import Sentiment
import XCTest

@testable import Pipeline

/// Makes synthetic `StoredPost` values relative to a report day, so each test plants
/// exactly the pattern it specifies.
struct ReportPostFactory {
    let day: ReportDay
    let timeZone: TimeZone
    private var counter = 0

    init(day: ReportDay = ReportDay(year: 2024, month: 5, day: 15), timeZone: TimeZone = TimeZone(identifier: "Europe/Berlin")!) {
        self.day = day
        self.timeZone = timeZone
    }

    /// A moment `hour` hours after local midnight of day `offset` (0 = report day).
    func date(offset: Int, hour: Double) -> Date {
        day.adding(days: offset).start(in: timeZone).addingTimeInterval(hour * 3600)
    }

    mutating func post(
        source: String = "community", thread: String? = nil, threadTitle: String? = nil, topics: [String] = [],
        label: SentimentLabel = .neutral, score: Double? = nil, author: String? = nil, offset: Int = 0,
        hour: Double = 12, isStaff: Bool = false, isQuestion: Bool = false, markers: [String] = [],
        text: String = "Ein ganz normaler Beitrag.", language: Language = .de, owned: Bool = false,
        threadURL: String? = nil
    ) -> StoredPost {
        counter += 1
        let id = String(format: "p%05d", counter)
        let threadID = thread ?? "t-\(id)"
        let defaultScore: Double = label == .positive ? 0.5 : (label == .negative ? -0.5 : 0)
        return StoredPost(
            key: "\(source):\(id)", source: source, nativeID: id, threadID: threadID,
            threadTitle: threadTitle ?? "Thread \(threadID)",
            threadURL: threadURL ?? "https://forum.example.de/t/\(threadID)", parentID: nil,
            link: "https://forum.example.de/p/\(id)", author: author ?? "a_\(id)", isStaff: isStaff,
            isOwnedSource: owned, published: date(offset: offset, hour: hour), dateFlagged: false, title: nil,
            text: text, contentHash: "h\(id)", language: language, score: score ?? defaultScore, label: label,
            confidence: 0.8, topics: topics, escalationMarkers: markers, isQuestion: isQuestion,
            classifierVersion: "test-1")
    }

    /// `perDay` posts on every day from `fromOffset` to `toOffset`, spread over the day,
    /// labelled by cycling through `labels`.
    mutating func background(
        source: String = "forum", topics: [String], perDay: Int, labels: [SentimentLabel] = [.neutral],
        fromOffset: Int = -28, toOffset: Int = 0
    ) -> [StoredPost] {
        var posts: [StoredPost] = []
        for offset in fromOffset...toOffset {
            for index in 0..<perDay {
                posts.append(
                    post(
                        source: source, topics: topics, label: labels[index % labels.count], offset: offset,
                        hour: 8 + Double(index) * 12 / Double(max(1, perDay))))
            }
        }
        return posts
    }
}

enum ReportScenario {
    static let sources = [
        ReportSource(name: "community", owned: true, slaHours: 24),
        ReportSource(name: "forum", owned: false),
        ReportSource(name: "news-feed", owned: false),
    ]
    static let topics = ["app", "billing", "delivery", "quiet"]

    /// A month of calm background, then on the report day: a volume spike on billing, a
    /// sentiment drop on delivery, an escalating thread, a busy neutral thread and questions.
    static func full() -> ReportInput {
        var factory = ReportPostFactory()
        var posts: [StoredPost] = []
        posts += factory.background(topics: ["billing"], perDay: 2, labels: [.neutral, .positive], toOffset: -1)
        posts += factory.background(topics: ["billing"], perDay: 25, labels: [.neutral], fromOffset: 0)
        posts += factory.background(
            topics: ["delivery"], perDay: 6, labels: [.negative, .neutral, .positive, .neutral, .neutral, .positive],
            toOffset: -1)
        posts += factory.background(
            topics: ["delivery"], perDay: 8, labels: [.negative, .negative, .negative, .negative, .negative, .negative, .negative, .neutral],
            fromOffset: 0)
        posts += factory.background(topics: ["quiet"], perDay: 1)
        posts += escalatingThread(&factory)
        posts += busyNeutralThread(&factory)
        posts += questions(&factory)
        return ReportInput(
            day: factory.day, timeZone: factory.timeZone, posts: posts, sources: sources, topics: topics)
    }

    /// 12 posts today from 8 authors, 9 negative, one mentioning the consumer protection agency.
    static func escalatingThread(_ factory: inout ReportPostFactory) -> [StoredPost] {
        var posts = [
            factory.post(
                thread: "t-esc", threadTitle: "App löscht Rechnungen <b>seit Update</b>", topics: ["app"],
                label: .negative, author: "a_starter", offset: -2, hour: 10, owned: true)
        ]
        for index in 0..<12 {
            let negative = index < 9
            posts.append(
                factory.post(
                    thread: "t-esc", threadTitle: "App löscht Rechnungen <b>seit Update</b>", topics: ["app"],
                    label: negative ? .negative : .neutral, score: negative ? -0.3 - Double(index) * 0.01 : 0,
                    author: "a_user\(index % 8)", offset: 0, hour: 1 + Double(index),
                    markers: index == 3 ? ["verbraucherzentrale"] : [],
                    text: index == 8 ? "Unverschämt! <script>alert('x')</script> Ich gehe zur Verbraucherzentrale." : "Geht immer noch nicht.",
                    owned: true))
        }
        return posts
    }

    /// 15 neutral posts today from 6 authors, no markers: busy, not angry.
    static func busyNeutralThread(_ factory: inout ReportPostFactory) -> [StoredPost] {
        (0..<15).map { index in
            factory.post(
                source: "forum", thread: "t-busy", threadTitle: "Welche Farbe hat die neue Karte?",
                label: .neutral, author: "a_fan\(index % 6)", offset: 0,
                hour: 2 + Double(index))
        }
    }

    static func questions(_ factory: inout ReportPostFactory) -> [StoredPost] {
        [
            factory.post(thread: "q-overdue", label: .neutral, offset: -3, hour: 9, isQuestion: true,
                         text: "Wie kündige ich meinen Vertrag?", owned: true),
            factory.post(thread: "q-open", label: .neutral, offset: 0, hour: 20, isQuestion: true,
                         text: "Wo finde ich die Rechnung?", owned: true),
            factory.post(thread: "q-answered", label: .neutral, offset: -2, hour: 9, isQuestion: true,
                         text: "Geht das auch per Lastschrift?", owned: true),
            factory.post(thread: "q-answered", label: .neutral, offset: -2, hour: 11, isStaff: true,
                         text: "Ja, in den Einstellungen.", owned: true),
            factory.post(thread: "q-late", label: .neutral, offset: -5, hour: 9, isQuestion: true,
                         text: "Warum ist mein Konto gesperrt?", owned: true),
            factory.post(thread: "q-late", label: .neutral, offset: -4, hour: 23, isStaff: true,
                         text: "Wir schauen nach.", owned: true),
            factory.post(source: "forum", thread: "q-external", label: .neutral, offset: -1, hour: 9,
                         isQuestion: true, text: "Kennt jemand den Tarif?"),
            factory.post(thread: "q-old", label: .neutral, offset: -20, hour: 9, isQuestion: true,
                         text: "Alte Frage?", owned: true),
            factory.post(thread: "q-staff", label: .neutral, offset: -1, hour: 9, isStaff: true, isQuestion: true,
                         text: "Hat jemand noch Probleme?", owned: true),
        ]
    }
}

extension DailyReport {
    func trendRow(scope: TrendRow.Scope, source: String = TrendRow.all, topic: String = TrendRow.all,
                  language: String = TrendRow.all) -> TrendRow? {
        trends.first { $0.scope == scope && $0.source == source && $0.topic == topic && $0.language == language }
    }
}

/// A fresh empty folder per test, removed afterwards.
func makeTemporaryDirectory(_ test: XCTestCase) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("monitor-reports-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
}
