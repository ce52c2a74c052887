import Foundation

/// Writes a month of synthetic feeds with known anomalies on one report day, so the report
/// files can be checked against what was planted. Two sources: `social` (a JSON Feed, not
/// owned, one thread per post) and `community` (Discourse `latest_posts`, owned, threaded,
/// staff account `NordlichtTeam`).
///
/// Planted on `reportDay` (2026-06-17, a Wednesday, no holiday in BY):
/// - volume spike on topic `network`: 25 posts against 1 a day;
/// - sentiment drop on topic `billing_and_prices`: 5 negative posts against a neutral/positive month;
/// - escalating thread `escalationThread` in the community: 10 angry posts from 6 authors,
///   one naming the Verbraucherzentrale, no staff answer;
/// - unanswered questions in the community threads `unansweredThreads`, and one question answered
///   by staff within 2 hours (`answeredThread`), which must not be listed;
/// - the quiet control topic `delivery`: 2 neutral posts every day, today too.
struct ReportDataGenerator {
    static let reportDay = "2026-06-17"
    static let escalationThread = "9001"
    static let escalationTitle = "Kündigung wird seit Wochen ignoriert"
    static let unansweredThreads = ["9101", "9102"]
    static let answeredThread = "9103"
    /// Title of an unanswered question thread that tries formula injection in spreadsheets.
    static let injectionTitle = "=HYPERLINK(\"https://evil.example\";\"Rückerstattung Straße\")"

    private var socialItems: [[String: Any]] = []
    private var communityPosts: [[String: Any]] = []
    private var counter = 0

    /// Local time (Europe/Berlin, summer: +02:00) on `daysBefore` days before the report day.
    private static func timestamp(daysBefore: Int, hour: Int, minute: Int = 0) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let base = calendar.date(from: DateComponents(year: 2026, month: 6, day: 17))!
        let day = calendar.date(byAdding: .day, value: -daysBefore, to: base)!
        let c = calendar.dateComponents([.year, .month, .day], from: day)
        return String(format: "%04d-%02d-%02dT%02d:%02d:00+02:00", c.year!, c.month!, c.day!, hour, minute)
    }

    private mutating func social(_ text: String, daysBefore: Int, hour: Int, minute: Int = 0) {
        counter += 1
        socialItems.append([
            "id": "https://social.example/p/\(counter)", "url": "https://social.example/p/\(counter)",
            "content_text": text, "date_published": Self.timestamp(daysBefore: daysBefore, hour: hour, minute: minute),
            "authors": [["name": "Kundin \(counter)"]], "language": "de",
        ])
    }

    private mutating func community(
        topic: String, title: String, number: Int, user: String, html: String, daysBefore: Int, hour: Int,
        minute: Int = 0
    ) {
        counter += 1
        communityPosts.append([
            "id": 50_000 + counter, "username": user, "name": user, "created_at": Self.timestamp(daysBefore: daysBefore, hour: hour, minute: minute),
            "updated_at": Self.timestamp(daysBefore: daysBefore, hour: hour, minute: minute), "cooked": "<p>\(html)</p>",
            "post_number": number, "topic_id": Int(topic)!, "topic_slug": "t-\(topic)", "topic_title": title,
            "post_type": 1, "hidden": false,
        ])
    }

    /// Generates the data and writes `social.json` and `community.json` into `directory`.
    static func write(to directory: URL) throws {
        var generator = ReportDataGenerator()
        generator.plant()
        let feed: [String: Any] = ["version": "https://jsonfeed.org/version/1.1", "title": "Social", "items": generator.socialItems]
        let community: [String: Any] = ["latest_posts": generator.communityPosts]
        try JSONSerialization.data(withJSONObject: feed, options: [.sortedKeys]).write(to: directory.appendingPathComponent("social.json"))
        try JSONSerialization.data(withJSONObject: community, options: [.sortedKeys])
            .write(to: directory.appendingPathComponent("community.json"))
    }

    private mutating func plant() {
        for daysBefore in 0...28 {
            // Background: billing calm (neutral/positive), network one a day, delivery two a day.
            if daysBefore > 0 {
                social("Die Rechnung für diesen Monat ist angekommen.", daysBefore: daysBefore, hour: 9)
                social("Die Rechnung kam pünktlich und war korrekt, danke.", daysBefore: daysBefore, hour: 11)
                social("Die Rechnung für diesen Monat ist angekommen.", daysBefore: daysBefore, hour: 14)
                social("Die Rechnung kam pünktlich und war korrekt, danke.", daysBefore: daysBefore, hour: 16)
                social("Das Netz in der Innenstadt läuft heute normal.", daysBefore: daysBefore, hour: 12)
            }
            social("Die Lieferung des neuen Handys kam heute mit der Post an.", daysBefore: daysBefore, hour: 10)
            social("Die Lieferung des neuen Handys kam heute mit der Post an.", daysBefore: daysBefore, hour: 15)
        }
        // The report day: the network outage and the billing anger.
        for index in 0..<25 {
            social("Kein Netz seit heute Morgen, Funkloch überall in der Stadt.", daysBefore: 0, hour: 7 + index / 3, minute: index * 2)
        }
        for index in 0..<5 {
            social("Die Rechnung ist viel zu hoch und falsch berechnet, sehr ärgerlich und enttäuschend.",
                   daysBefore: 0, hour: 9 + index)
        }
        plantCommunity()
    }

    private mutating func plantCommunity() {
        let esc = Self.escalationThread
        community(topic: esc, title: Self.escalationTitle, number: 1, user: "kunde_start",
                  html: "Ich habe meinen Vertrag gekündigt und höre nichts.", daysBefore: 2, hour: 10)
        let angry = [
            "Mein Vertrag wird nicht gekündigt, das ist eine Katastrophe, ich bin stinksauer.",
            "Ich warte schon wieder, schlechter Service, unzumutbar.",
        ]
        for index in 0..<10 {
            let text = index == 4
                ? "Seit Wochen ignoriert ihr meine Kündigung, ich gehe jetzt zur Verbraucherzentrale."
                : angry[index % 2]
            community(topic: esc, title: Self.escalationTitle, number: index + 2, user: "kunde_\(index % 6)",
                      html: text, daysBefore: 0, hour: 8 + index)
        }
        community(topic: Self.unansweredThreads[0], title: Self.injectionTitle, number: 1, user: "frager_1",
                  html: "Wo finde ich &lt;script&gt;alert(1)&lt;/script&gt; meine Rechnung im Kundenportal?",
                  daysBefore: 2, hour: 9)
        community(topic: Self.unansweredThreads[1], title: "Portierung der Rufnummer", number: 1, user: "frager_2",
                  html: "Wann wird meine Rufnummer portiert?", daysBefore: 1, hour: 15)
        community(topic: Self.answeredThread, title: "Rufnummer mitnehmen", number: 1, user: "frager_3",
                  html: "Wie kann ich meine Rufnummer mitnehmen?", daysBefore: 3, hour: 9)
        community(topic: Self.answeredThread, title: "Rufnummer mitnehmen", number: 2, user: "NordlichtTeam",
                  html: "Das geht im Kundenportal unter Vertrag.", daysBefore: 3, hour: 11)
    }
}
