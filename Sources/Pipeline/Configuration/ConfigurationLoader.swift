import Foundation
import Ingest
import Sentiment

/// Reads and validates a configuration file. Every problem is a `ConfigurationError` that names
/// the file and the key path; nothing is silently ignored or defaulted from a typo.
public struct ConfigurationLoader {
    public var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    public func load(_ file: URL) throws -> Configuration {
        let name = file.path
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw ConfigurationError(file: name, keyPath: "", message: "cannot read the file (\(Self.reason(error))); pass an existing file with --config")
        }
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw ConfigurationError(file: name, keyPath: "", message: "not valid JSON (\(Self.reason(error)))")
        }
        let paths = PathResolver(base: file.deletingLastPathComponent(), file: name)
        var root = try JSONObjectReader(json, file: name, path: "")

        var reportsReader = try root.object("reports")
        let reportTimeZone = try reportsReader?.timeZone("timezone") ?? TimeZone(identifier: "Europe/Berlin")!
        var reports = ReportSettings(
            directory: try paths.resolve(reportsReader?.string("directory") ?? "reports", at: "reports.directory"),
            timeZone: reportTimeZone)
        if var reader = reportsReader {
            try ReportSettingsReader().read(&reader, into: &reports)
            reportsReader = reader
        }
        reports.watch = try WatchConfigurationReader(file: name).read(root.raw("watch"))
        try reportsReader?.rejectUnknownKeys()

        guard let sourceList = try root.list("sources") else {
            throw root.error("sources", "missing; list at least one source (see config.example.json)")
        }
        let sourceReader = SourceConfigurationReader(
            file: name, paths: paths, environment: environment, defaultTimeZone: reportTimeZone)
        var sources: [SourceConfiguration] = []
        for (index, value) in sourceList.enumerated() {
            let source = try sourceReader.read(value, path: "sources[\(index)]")
            if sources.contains(where: { $0.name == source.name }) {
                throw ConfigurationError(file: name, keyPath: "sources[\(index)].name", message: "\"\(source.name)\" is used by another source; names must be unique")
            }
            sources.append(source)
        }
        if sources.isEmpty { throw root.error("sources", "is empty; list at least one source") }

        var storeReader = try root.object("store")
        let storePath = try paths.resolve(storeReader?.string("path") ?? "data/monitor.sqlite", at: "store.path")
        try storeReader?.rejectUnknownKeys()

        var privacyReader = try root.object("privacy")
        let privacy = PrivacySettings(
            keyFile: try paths.resolve(privacyReader?.string("key_file") ?? "data/monitor.key", at: "privacy.key_file"),
            linkAcrossSources: try privacyReader?.bool("link_across_sources") ?? false,
            retentionDays: try privacyReader?.integer("retention_days", range: 1...3650) ?? 90)
        try privacyReader?.rejectUnknownKeys()

        let alerts = try readAlerts(root.object("alerts"), paths: paths)
        let lexicons = try readLexicons(root.object("lexicons"), paths: paths)
        let topics = try TopicConfigurationReader(file: name, paths: paths).read(root.raw("topics"))

        var fetchReader = try root.object("fetch")
        let fetch = FetchSettings(
            userAgent: try fetchReader?.string("user_agent") ?? FetchRequest.defaultUserAgent,
            maxConcurrentTransfers: try fetchReader?.integer("max_concurrent", range: 1...64) ?? 8,
            maxConnectionsPerHost: try fetchReader?.integer("max_per_host", range: 1...16) ?? 2)
        try fetchReader?.rejectUnknownKeys()
        try root.rejectUnknownKeys()

        return Configuration(
            file: file, sources: sources, storePath: storePath, reports: reports, privacy: privacy,
            alerts: alerts, lexicons: lexicons, topics: topics, fetch: fetch)
    }

    private func readAlerts(_ reader: JSONObjectReader?, paths: PathResolver) throws -> AlertSettings {
        guard var reader else { return AlertSettings() }
        let outbox = try reader.string("outbox_directory").map { try paths.resolve($0, at: reader.childPath("outbox_directory")) }
        let language = try reader.oneOf("language", MailLanguage.self) ?? .de
        let cooldownHours = try reader.number("cooldown_hours") ?? 72
        if cooldownHours < 0 { throw reader.error("cooldown_hours", "must be 0 or more hours") }
        let silentDays = try reader.integer("silent_days", range: 0...60) ?? 2
        let dailyDigest = try reader.bool("daily_digest") ?? false
        let routes = try (reader.list("routes") ?? []).enumerated().map { index, value in
            try AlertRoute.read(value, file: paths.file, path: "\(reader.childPath("routes"))[\(index)]")
        }
        var smtp: SMTPSettings?
        if var smtpReader = try reader.object("smtp") {
            let secrets = SecretReader(file: paths.file, paths: paths, environment: environment)
            let urlText = try smtpReader.requiredString("url")
            guard let url = URL(string: urlText), ["smtp", "smtps"].contains(url.scheme ?? ""), url.host != nil else {
                throw smtpReader.error("url", "not an smtp:// or smtps:// URL (e.g. \"smtp://mail.example.com:587\")")
            }
            let from = try smtpReader.requiredString("from")
            if !MailAddress(parsing: from).isPlausible { throw smtpReader.error("from", "\"\(from)\" is not a mail address") }
            let recipients = try smtpReader.stringList("to") ?? []
            if recipients.isEmpty { throw smtpReader.error("to", "list at least one recipient address") }
            for (index, address) in recipients.enumerated() where !MailAddress(parsing: address).isPlausible {
                throw ConfigurationError(file: paths.file, keyPath: "\(smtpReader.childPath("to"))[\(index)]", message: "\"\(address)\" is not a mail address")
            }
            let replyTo = try smtpReader.string("reply_to")
            if let replyTo, !MailAddress(parsing: replyTo).isPlausible {
                throw smtpReader.error("reply_to", "\"\(replyTo)\" is not a mail address")
            }
            let security = try smtpReader.oneOf("tls", SMTPSecurity.self)
            if url.scheme == "smtps", let security, security != .required {
                throw smtpReader.error("tls", "smtps:// always encrypts; use smtp:// for \"\(security.rawValue)\"")
            }
            var caBundlePath: String?
            if let bundle = try smtpReader.string("ca_bundle") {
                let url = try paths.resolve(bundle, at: smtpReader.childPath("ca_bundle"))
                // Checked here, not at send time: a typo would otherwise surface only as a TLS
                // failure in the night's run, after the reports were written.
                guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                    throw smtpReader.error("ca_bundle", "cannot read \(url.path); give the path of a PEM file with the CA certificates that sign the mail server's certificate")
                }
                guard text.contains("-----BEGIN CERTIFICATE-----") else {
                    throw smtpReader.error("ca_bundle", "\(url.path) holds no PEM certificate (\"-----BEGIN CERTIFICATE-----\")")
                }
                caBundlePath = url.path
            }
            smtp = SMTPSettings(
                url: url, from: from, to: recipients, replyTo: replyTo, security: security ?? .required,
                user: try secrets.read(&smtpReader, "user"),
                password: try secrets.read(&smtpReader, "password"),
                caBundlePath: caBundlePath,
                timeoutSeconds: try smtpReader.positiveSeconds("timeout_seconds") ?? 30)
            try smtpReader.rejectUnknownKeys()
        }
        try reader.rejectUnknownKeys()
        return AlertSettings(
            outboxDirectory: outbox, smtp: smtp, language: language, cooldownHours: cooldownHours,
            silentDays: silentDays, dailyDigest: dailyDigest, routes: routes)
    }

    private func readLexicons(_ reader: JSONObjectReader?, paths: PathResolver) throws -> LexiconSettings {
        var settings = LexiconSettings()
        if var reader {
            settings.directory = try reader.string("directory").map { try paths.resolve($0, at: reader.childPath("directory")) }
            settings.vaderFile = try reader.string("vader").map { try paths.resolve($0, at: reader.childPath("vader")) }
            settings.sentiWSFiles = try (reader.stringList("sentiws") ?? []).map { try paths.resolve($0, at: reader.childPath("sentiws")) }
            try reader.rejectUnknownKeys()
        }
        if let override = environment["MONITOR_LEXICONS"], !override.isEmpty {
            settings.directory = URL(fileURLWithPath: override)
        }
        return settings
    }

    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return nsError.localizedDescription
    }
}

extension JSONObjectReader {
    mutating func timeZone(_ key: String) throws -> TimeZone? {
        guard let name = try string(key) else { return nil }
        guard let zone = TimeZone(identifier: name) else {
            throw error(key, "\"\(name)\" is not a time zone name (e.g. \"Europe/Berlin\")")
        }
        return zone
    }
}

extension ConfigurationLoader {
    /// Reads a topic file (`{"topic": {"de": […], "en": […]}}`), as `monitor eval --topic-set` does.
    public static func readTopicFile(_ url: URL) throws -> [String: [Language: [String]]] {
        let paths = PathResolver(base: url.deletingLastPathComponent(), file: url.path)
        return try TopicConfigurationReader(file: url.path, paths: paths).read(url.path) ?? [:]
    }
}
