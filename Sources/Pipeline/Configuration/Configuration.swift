import Foundation
import Ingest
import Sentiment

/// The validated configuration: parsed once, passed down, never global.
/// Relative paths are already resolved against the configuration file's folder.
public struct Configuration: Sendable {
    public var file: URL
    public var sources: [SourceConfiguration]
    public var storePath: URL
    public var reports: ReportSettings
    public var privacy: PrivacySettings
    public var alerts: AlertSettings
    public var lexicons: LexiconSettings
    /// nil: the default topic set compiled into the binary.
    public var topics: [String: [Language: [String]]]?
    public var fetch: FetchSettings

    public init(
        file: URL, sources: [SourceConfiguration], storePath: URL, reports: ReportSettings,
        privacy: PrivacySettings, alerts: AlertSettings, lexicons: LexiconSettings,
        topics: [String: [Language: [String]]]?, fetch: FetchSettings
    ) {
        self.file = file
        self.sources = sources
        self.storePath = storePath
        self.reports = reports
        self.privacy = privacy
        self.alerts = alerts
        self.lexicons = lexicons
        self.topics = topics
        self.fetch = fetch
    }
}

public struct SourceConfiguration: Sendable, Equatable {
    public var name: String
    public var kind: SourceKind
    /// Absolute: `http(s)://…` or `file:///…`.
    public var url: URL
    public var language: Language?
    /// Our own community: customers expect answers here.
    public var owned: Bool
    public var siteURL: URL?
    /// Display or user names of the company's own accounts, as the source shows them.
    public var staff: [String]
    public var htmlSelectors: HTMLSelectors?
    public var jsonMapping: JSONMapping?
    /// Extra request headers with secrets already read from the environment or files.
    public var headers: [String: String]
    public var basicAuth: BasicCredentials?
    public var cookie: String?
    public var caBundlePath: String?
    public var timeZone: TimeZone
    public var connectTimeoutSeconds: Double
    public var timeoutSeconds: Double
    public var maxBodyBytes: Int
    /// Owned sources: hours a customer may wait for a staff answer (questions, response times).
    public var slaHours: Double = 24
    /// Pages followed per run (RFC 5005 `next`, JSON Feed `next_url`, Discourse `before=`,
    /// the HTML `next` selector) until a page holds only stored posts; 1 turns paging off.
    public var maxPages: Int = 5
    /// Least time between two requests to this source's host (pages, retries, other sources).
    public var hostDelaySeconds: Double = 1
    /// After this many consecutive failed runs the source cools down (skipped for 6 h, doubling
    /// per further failure, at most 7 days); 0 never skips it.
    public var coolDownAfterFailures: Int = 3

    public init(
        name: String, kind: SourceKind, url: URL, language: Language? = nil, owned: Bool = false,
        siteURL: URL? = nil, staff: [String] = [], htmlSelectors: HTMLSelectors? = nil,
        jsonMapping: JSONMapping? = nil, headers: [String: String] = [:], basicAuth: BasicCredentials? = nil,
        cookie: String? = nil, caBundlePath: String? = nil,
        timeZone: TimeZone = TimeZone(identifier: "Europe/Berlin")!, connectTimeoutSeconds: Double = 10,
        timeoutSeconds: Double = 30, maxBodyBytes: Int = 15 * 1024 * 1024
    ) {
        self.name = name
        self.kind = kind
        self.url = url
        self.language = language
        self.owned = owned
        self.siteURL = siteURL
        self.staff = staff
        self.htmlSelectors = htmlSelectors
        self.jsonMapping = jsonMapping
        self.headers = headers
        self.basicAuth = basicAuth
        self.cookie = cookie
        self.caBundlePath = caBundlePath
        self.timeZone = timeZone
        self.connectTimeoutSeconds = connectTimeoutSeconds
        self.timeoutSeconds = timeoutSeconds
        self.maxBodyBytes = maxBodyBytes
    }
}

public struct ReportSettings: Sendable, Equatable {
    public var directory: URL
    public var timeZone: TimeZone
    /// `reports.state`: whose public holidays count as Sundays in the baseline; nil: nationwide only.
    public var state: GermanHolidays.State?
    /// `reports.csv_delimiter`, `reports.csv_decimal_comma`, `reports.csv_bom`.
    public var csvFormat: CSVFormat
    /// The top-level `watch` groups (brand, product and competitor names), sorted by name.
    public var watch: [WatchGroup]

    public init(
        directory: URL, timeZone: TimeZone, state: GermanHolidays.State? = nil, csvFormat: CSVFormat = .standard,
        watch: [WatchGroup] = []
    ) {
        self.directory = directory
        self.timeZone = timeZone
        self.state = state
        self.csvFormat = csvFormat
        self.watch = watch
    }
}

public struct PrivacySettings: Sendable, Equatable {
    public var keyFile: URL
    public var linkAcrossSources: Bool
    public var retentionDays: Int

    public init(keyFile: URL, linkAcrossSources: Bool = false, retentionDays: Int = 90) {
        self.keyFile = keyFile
        self.linkAcrossSources = linkAcrossSources
        self.retentionDays = retentionDays
    }
}

public enum MailLanguage: String, Sendable, Equatable, CaseIterable {
    case de, en
}

public enum SMTPSecurity: String, Sendable, Equatable, CaseIterable {
    case required, opportunistic, none
}

public struct SMTPSettings: Sendable, Equatable {
    public var url: URL
    public var from: String
    public var to: [String]
    public var replyTo: String?
    public var security: SMTPSecurity
    public var user: String?
    public var password: String?
    /// `alerts.smtp.ca_bundle`: PEM CAs for a server with a private CA; nil: the system's CAs.
    public var caBundlePath: String?
    public var timeoutSeconds: Double

    public init(
        url: URL, from: String, to: [String], replyTo: String? = nil, security: SMTPSecurity = .required,
        user: String? = nil, password: String? = nil, caBundlePath: String? = nil, timeoutSeconds: Double = 30
    ) {
        self.url = url
        self.from = from
        self.to = to
        self.replyTo = replyTo
        self.security = security
        self.user = user
        self.password = password
        self.caBundlePath = caBundlePath
        self.timeoutSeconds = timeoutSeconds
    }
}

public struct AlertSettings: Sendable, Equatable {
    /// Where mails go as `.eml` files when no SMTP server is configured.
    public var outboxDirectory: URL?
    public var smtp: SMTPSettings?
    public var language: MailLanguage
    /// An item already alerted is not sent again within this time unless its severity rises.
    public var cooldownHours: Double
    /// A usually active source without posts for this many days is a digest item; 0: never.
    public var silentDays: Int
    /// Send a digest (with the data-quality block) even when nothing is new.
    public var dailyDigest: Bool
    /// Recipients per severity, topic or kind; unmatched items go to `smtp.to`.
    public var routes: [AlertRoute]

    public init(
        outboxDirectory: URL? = nil, smtp: SMTPSettings? = nil, language: MailLanguage = .de, cooldownHours: Double = 72,
        silentDays: Int = 2, dailyDigest: Bool = false, routes: [AlertRoute] = []
    ) {
        self.outboxDirectory = outboxDirectory
        self.smtp = smtp
        self.language = language
        self.cooldownHours = cooldownHours
        self.silentDays = silentDays
        self.dailyDigest = dailyDigest
        self.routes = routes
    }

    /// Recipients of items no route matches (outbox mode without `smtp`: a placeholder address).
    public var defaultRecipients: [String] {
        smtp?.to ?? ["service-team@localhost"]
    }
}

public struct LexiconSettings: Sendable, Equatable {
    /// Overrides the compiled-in lexicons (same layout as `lexicons/`); `MONITOR_LEXICONS` wins.
    public var directory: URL?
    public var vaderFile: URL?
    public var sentiWSFiles: [URL]

    public init(directory: URL? = nil, vaderFile: URL? = nil, sentiWSFiles: [URL] = []) {
        self.directory = directory
        self.vaderFile = vaderFile
        self.sentiWSFiles = sentiWSFiles
    }
}

public struct FetchSettings: Sendable, Equatable {
    public var userAgent: String
    public var maxConcurrentTransfers: Int
    public var maxConnectionsPerHost: Int

    public init(
        userAgent: String = FetchRequest.defaultUserAgent, maxConcurrentTransfers: Int = 8,
        maxConnectionsPerHost: Int = 2
    ) {
        self.userAgent = userAgent
        self.maxConcurrentTransfers = maxConcurrentTransfers
        self.maxConnectionsPerHost = maxConnectionsPerHost
    }
}
