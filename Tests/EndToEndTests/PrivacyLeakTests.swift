import Foundation
import XCTest

/// The acceptance test of issue 6: the whole pipeline on feeds that plant identifiers of every
/// type, then every byte the run wrote (store with WAL and SHM, reports, outbox, logs) is
/// scanned for each planted value. Also after `monitor forget`.
final class PrivacyLeakTests: XCTestCase {
    /// Unique sentences of Wendelin Strobl's two posts (no identifiers in them, so they are stored).
    static let forgottenSentences = ["Router blinkt seit Dienstag orange", "Geduld ist am Ende"]

    private func allPlantedValues() throws -> [String] {
        let planted = try PrivacyWorkspace.planted()
        for type in ["EMAIL", "PHONE", "IBAN", "CARD", "IP", "ADDRESS", "TAXID", "PROFILE", "HANDLE", "NAME",
                     "AUTHOR_NAME", "AUTHOR_USERNAME", "AUTHOR_METADATA"] {
            XCTAssertFalse(planted[type, default: []].isEmpty, "planted.json lacks \(type)")
        }
        return planted.values.flatMap { $0 }
    }

    func testNoPlantedIdentifierIsInTheStoreItsWALTheReportsTheOutboxOrTheLogs() throws {
        let workspace = try PrivacyWorkspace()
        defer { workspace.scratch.remove() }
        let values = try allPlantedValues()
        let initLog = try workspace.monitor(["init"])
        let reader = try SnapshotReader(store: workspace.store)
        let run = try workspace.monitor(["run", "--date", PrivacyWorkspace.day])
        XCTAssertTrue(run.stdout.contains("sources: 4 ok, 0 failed"), run.stdout)
        XCTAssertTrue(run.stdout.contains("posts: 10 new"), run.stdout)

        // Scanned before any checkpoint: the reader kept the WAL from being folded back.
        let files = try workspace.scratch.writtenFiles()
        let wal = try XCTUnwrap(files.first { $0.path.hasSuffix(".sqlite-wal") }, "the WAL file")
        XCTAssertGreaterThan(wal.data.count, 0, "the WAL holds the run's frames")
        XCTAssertTrue(files.contains { $0.path.hasSuffix(".sqlite-shm") })
        XCTAssertTrue(files.contains { $0.path.hasSuffix(".eml") }, "a digest mail was written")
        XCTAssertTrue(files.contains { $0.path.hasSuffix("report.html") })
        // The scan sees stored text: the redacted posts are there, only the identifiers are not.
        XCTAssertTrue(try workspace.hits(of: Self.forgottenSentences, logs: []).contains { $0.contains(".sqlite") })
        XCTAssertEqual(try workspace.hits(of: values, logs: [initLog, run]), [])

        try reader.close()
        let report = try workspace.monitor(["report", "--date", PrivacyWorkspace.day])
        XCTAssertEqual(try workspace.hits(of: values, logs: [initLog, run, report]), [], "after the checkpoint")
    }

    func testStoredTextKeepsPlaceholdersAndThreadPseudonyms() throws {
        let workspace = try PrivacyWorkspace()
        defer { workspace.scratch.remove() }
        try workspace.monitor(["init"])
        try workspace.monitor(["run", "--date", PrivacyWorkspace.day, "--no-alerts"])
        let texts = try workspace.query("SELECT text FROM posts ORDER BY key")
        for placeholder in ["[EMAIL]", "[PHONE]", "[IBAN]", "[CARD]", "[IP]", "[ADDRESS]", "[TAXID]", "[PROFILE]", "[HANDLE]", "[NAME]"] {
            XCTAssertTrue(texts.contains(placeholder), "no \(placeholder) in the stored texts:\n\(texts)")
        }
        // "Hallo Hannelore Brix" in a reply of her thread became her pseudonym: who answered whom.
        let hannelore = try workspace.query("SELECT author FROM posts WHERE key = 'leak-rss:leakforum-post-9001'")
        XCTAssertTrue(hannelore.hasPrefix("a_"))
        XCTAssertEqual(try workspace.query("SELECT count(*) FROM posts WHERE instr(text, ?1) > 0 AND author != ?1", [hannelore]), "1")
    }

    /// The pseudonym from the first output line, `forget a_…:`.
    private func pseudonym(in result: MonitorProcess.Result) throws -> String {
        let first = try XCTUnwrap(result.stdout.split(separator: "\n").first, result.stdout)
        let pseudonym = String(first.dropFirst("forget ".count).dropLast())
        XCTAssertTrue(pseudonym.hasPrefix("a_") && pseudonym.count == 18, result.stdout)
        return pseudonym
    }

    func testForgetErasesThePersonEverywhereAndTheNextFetchSuppressesThem() throws {
        let workspace = try PrivacyWorkspace()
        defer { workspace.scratch.remove() }
        let values = try allPlantedValues()
        var logs = [try workspace.monitor(["init"]), try workspace.monitor(["run", "--date", PrivacyWorkspace.day])]
        let before = try workspace.readableFiles()

        // Wendelin Strobl wrote two replies in the RSS forum; another reply thanks him by name.
        let forget = try workspace.monitor(["forget", "--source", "leak-rss", "--author", "wendelin  STROBL"])
        logs.append(forget)
        let wendelin = try pseudonym(in: forget)
        XCTAssertTrue(forget.stdout.contains("posts deleted: 2 (leak-rss:leakforum-post-9002, leak-rss:leakforum-post-9004)"), forget.stdout)
        XCTAssertTrue(forget.stdout.contains("mentions replaced by [NAME] in other posts: 1"), forget.stdout)
        XCTAssertTrue(forget.stdout.contains("reports regenerated: 2026-11-22"), forget.stdout)
        XCTAssertTrue(forget.stdout.contains("vacuumed and WAL checkpointed"), forget.stdout)
        XCTAssertFalse(forget.stdout.contains("Wendelin") || forget.stdout.contains("Strobl"), "forget prints no raw name")

        // Yvonne's unanswered question is quoted in the digest mail; she started her thread.
        let forgetYvonne = try workspace.monitor(["forget", "--source", "leak-community", "--author", "Yvonne_Kraemer88"])
        logs.append(forgetYvonne)
        let yvonne = try pseudonym(in: forgetYvonne)
        XCTAssertTrue(forgetYvonne.stdout.contains("outbox mails removed: monitor-digest-2026-11-22-"), forgetYvonne.stdout)
        XCTAssertTrue(forgetYvonne.stdout.contains("alert ledger entries deleted: 1"), forgetYvonne.stdout)
        XCTAssertTrue(forgetYvonne.stdout.contains("thread titles they wrote removed from replies: 1"), forgetYvonne.stdout)
        let yvonneSentences = ["Warum ist mein Anschluss", "Anschluss seit drei Tagen tot"]

        // The test means something: before, their text was stored, reported and mailed.
        XCTAssertTrue(before.contains { $0.path.hasSuffix(".sqlite") && $0.text.contains(Self.forgottenSentences[0]) })
        XCTAssertTrue(before.contains { $0.path.contains("/reports/") && $0.text.contains(wendelin) })
        XCTAssertTrue(before.contains { $0.path.hasSuffix(".eml") && $0.text.contains(yvonneSentences[0]) })

        // After: not in the store file (free pages included), WAL, reports or outbox.
        XCTAssertEqual(try workspace.hits(of: Self.forgottenSentences + yvonneSentences, logs: logs), [])
        for pseudonym in [wendelin, yvonne] {
            let hits = try workspace.hits(of: [pseudonym], logs: [])
            XCTAssertEqual(hits.filter { !$0.hasSuffix(".sqlite") }, [], "only the suppression list keeps the keyed hash")
            XCTAssertEqual(try workspace.query(
                "SELECT count(*) FROM posts WHERE author = ?1 OR instr(text, ?1) OR instr(title, ?1) OR instr(thread_title, ?1)",
                [pseudonym]), "0")
            XCTAssertEqual(try workspace.query("SELECT count(*) FROM alerts WHERE instr(payload, ?1)", [pseudonym]), "0")
        }
        XCTAssertEqual(try workspace.query("SELECT source FROM suppressions WHERE pseudonym = ?1", [wendelin]), "leak-rss")
        XCTAssertTrue(try workspace.query("SELECT text FROM posts WHERE key = 'leak-rss:leakforum-post-9003'").hasPrefix("Danke [NAME]!"))
        XCTAssertEqual(try workspace.query("SELECT text FROM posts WHERE key = 'leak-community:7001/2'"), "@[NAME] bei mir auch, [NAME] ist nicht allein.")

        // The next nightly fetch still serves their posts: skipped and counted, names stay [NAME].
        let next = try workspace.monitor(["run", "--date", PrivacyWorkspace.day])
        logs.append(next)
        XCTAssertTrue(next.stdout.contains("posts: 0 new, 0 updated, 0 deleted, 3 suppressed"), next.stdout)
        XCTAssertTrue(next.stderr.contains("leak-rss: 4 entries, 0 new, 0 updated, 0 deleted, 2 suppressed"), next.stderr)
        XCTAssertEqual(try workspace.hits(of: Self.forgottenSentences + ["Wendelin", "Strobl", "Warum ist mein Anschluss"], logs: logs), [])
        XCTAssertEqual(try workspace.hits(of: values, logs: logs), [])
    }

    func testForgetRejectsAnAuthorWithoutSourceAndAMalformedPseudonym() throws {
        let workspace = try PrivacyWorkspace()
        defer { workspace.scratch.remove() }
        try workspace.monitor(["init"])
        let noSource = try MonitorProcess.run(["forget", "--config", workspace.configPath, "--author", "Wendelin Strobl"])
        XCTAssertEqual(noSource.status, 2)
        XCTAssertTrue(noSource.stderr.contains("--author needs --source"), noSource.stderr)
        XCTAssertFalse(noSource.stderr.contains("Wendelin"), "usage errors do not echo the name")
        let badPseudonym = try MonitorProcess.run(["forget", "--config", workspace.configPath, "--pseudonym", "a_XYZ"])
        XCTAssertEqual(badPseudonym.status, 2)
        let unknownSource = try MonitorProcess.run(["forget", "--config", workspace.configPath, "--source", "nope", "--pseudonym", "a_aaaaaaaaaaaaaaaa"])
        XCTAssertEqual(unknownSource.status, 2, unknownSource.stderr)
    }
}
