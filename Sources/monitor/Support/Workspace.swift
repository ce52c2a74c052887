import Foundation
import Ingest
import Pipeline
import Privacy
import Sentiment

/// What every command that works on a configuration needs, built once from it.
struct Workspace {
    let configuration: Configuration

    static func load(configPath: String) throws -> Workspace {
        let url = URL(fileURLWithPath: configPath).standardizedFileURL
        return Workspace(configuration: try ConfigurationLoader().load(url))
    }

    /// The classifier with the configured lexicons (or the compiled-in ones) and topics.
    func analyzer() throws -> Analyzer {
        try Workspace.analyzer(lexicons: configuration.lexicons, topics: configuration.topics)
    }

    static func analyzer(lexicons: LexiconSettings, topics: [String: [Language: [String]]]?) throws -> Analyzer {
        let resources = try LexiconResources.load(
            directory: lexicons.directory, extraVADER: lexicons.vaderFile, extraSentiWS: lexicons.sentiWSFiles)
        let topicSet = try topics.map(TopicSet.init(definitions:)) ?? TopicSet.embeddedDefault()
        return Analyzer(resources: resources, topics: topicSet)
    }

    /// Opens the store with the existing key; never creates a key (that is `monitor init`).
    func openStore() throws -> (SQLitePostStore, PseudonymKey) {
        let keyFile = configuration.privacy.keyFile
        let storePath = configuration.storePath
        guard FileManager.default.fileExists(atPath: keyFile.path) else {
            throw PipelineError.keyMissing(keyFile: keyFile.path, storeExists: FileManager.default.fileExists(atPath: storePath.path))
        }
        let key = try PseudonymKey.load(from: keyFile)
        try FileManager.default.createDirectory(at: storePath.deletingLastPathComponent(), withIntermediateDirectories: true)
        let store = try SQLitePostStore(url: storePath)
        if let recorded = try store.metadata("key_fingerprint") {
            guard recorded == key.fingerprint else {
                throw PipelineError.keyChanged(keyFile: keyFile.path, store: storePath.path)
            }
        } else {
            try store.setMetadata("key_fingerprint", key.fingerprint)
        }
        return (store, key)
    }

    func stages(store: SQLitePostStore, key: PseudonymKey, fetcher: any FeedFetching) throws -> PipelineStages {
        let analyzer = try analyzer()
        let pseudonymizer = HMACPseudonymizer(key: key, linkAcrossSources: configuration.privacy.linkAcrossSources)
        let preparer = PostPreparer(pseudonymizer: pseudonymizer, redactor: Redactor(), analyzer: analyzer)
        return PipelineStages(
            fetcher: fetcher, parser: FeedParser(), preparer: preparer, store: store,
            alertSender: alertSender(), topicNames: analyzer.topicNames)
    }

    /// SMTP when configured, else the outbox folder, else no alerts.
    func alertSender() -> (any AlertSending)? {
        if let smtp = configuration.alerts.smtp { return SMTPSender(settings: smtp) }
        if let outbox = configuration.alerts.outboxDirectory { return OutboxSender(directory: outbox) }
        return nil
    }

    /// Yesterday in the report time zone: the default report date of a nightly run.
    static func yesterday(in timeZone: TimeZone, now: Date = Date()) -> ReportDay {
        ReportDay(containing: now, in: timeZone).adding(days: -1)
    }

    static func day(_ text: String, option: String) throws -> ReportDay {
        guard let day = ReportDay(text) else { throw UsageError("\(option) \(text): expected a date as YYYY-MM-DD") }
        return day
    }
}
