import Foundation
import Ingest
import Sentiment

/// Reads one entry of `sources[]`.
struct SourceConfigurationReader {
    let file: String
    let paths: PathResolver
    let environment: [String: String]
    let defaultTimeZone: TimeZone

    func read(_ value: Any, path: String) throws -> SourceConfiguration {
        var reader = try JSONObjectReader(value, file: file, path: path)
        let name = try reader.requiredString("name")
        if name.unicodeScalars.contains(where: { !Self.nameCharacters.contains($0) }) {
            throw reader.error("name", "\"\(name)\" may use only letters, digits, '.', '_' and '-' (it names files and log lines)")
        }
        let kind = try reader.oneOf("kind", SourceKind.self) ?? .auto
        let url = try paths.resolveSourceURL(reader.requiredString("url"), at: reader.childPath("url"))
        var siteURL: URL?
        if let site = try reader.string("site_url") {
            guard let parsed = URL(string: site), ["http", "https"].contains(parsed.scheme ?? ""), parsed.host != nil else {
                throw reader.error("site_url", "not an http(s) URL")
            }
            siteURL = parsed
        }
        var source = SourceConfiguration(
            name: name, kind: kind, url: url,
            language: try reader.oneOf("language", Language.self),
            owned: try reader.bool("owned") ?? false, siteURL: siteURL,
            staff: try reader.stringList("staff") ?? [],
            timeZone: try reader.timeZone("timezone") ?? defaultTimeZone)
        source.htmlSelectors = try readSelectors(reader.object("html"))
        source.jsonMapping = try readMapping(reader.object("json"))
        if kind == .html, source.htmlSelectors == nil {
            throw reader.error("html", "missing; an html source needs XPath selectors, at least {\"item\": …, \"text\": …}")
        }
        if kind == .json, source.jsonMapping == nil {
            throw reader.error("json", "missing; a json source needs a mapping, at least {\"items\": …, \"text\": …}")
        }
        let secrets = SecretReader(file: file, paths: paths, environment: environment)
        if var headerReader = try reader.object("headers") {
            for header in headerReader.keys {
                source.headers[header] = try secrets.readHeader(&headerReader, header)
            }
        }
        if var authReader = try reader.object("auth") {
            source.basicAuth = BasicCredentials(
                user: try authReader.requiredString("user"),
                password: try secrets.read(&authReader, "password") ?? "")
            try authReader.rejectUnknownKeys()
        }
        source.cookie = try secrets.read(&reader, "cookie")
        source.caBundlePath = try reader.string("ca_bundle").map { try paths.resolve($0, at: reader.childPath("ca_bundle")).path }
        source.connectTimeoutSeconds = try reader.positiveSeconds("connect_timeout_seconds") ?? 10
        source.timeoutSeconds = try reader.positiveSeconds("timeout_seconds") ?? 30
        source.maxBodyBytes = try reader.integer("max_body_bytes", range: 1024...(4 << 30)) ?? 15 * 1024 * 1024
        if let slaHours = try reader.number("sla_hours") {
            guard slaHours > 0, slaHours <= 24 * 365 else { throw reader.error("sla_hours", "must be a number of hours above 0") }
            source.slaHours = slaHours
        }
        source.maxPages = try reader.integer("max_pages", range: 1...100) ?? 5
        if let delay = try reader.number("host_delay_seconds") {
            guard delay >= 0, delay <= 60 else { throw reader.error("host_delay_seconds", "must be between 0 and 60 seconds") }
            source.hostDelaySeconds = delay
        }
        source.coolDownAfterFailures = try reader.integer("cooldown_after_failures", range: 0...1_000) ?? 3
        try reader.rejectUnknownKeys()
        return source
    }

    private static let nameCharacters = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "._-"))

    private func readSelectors(_ reader: JSONObjectReader?) throws -> HTMLSelectors? {
        guard var reader else { return nil }
        var selectors = HTMLSelectors(item: try reader.requiredString("item"))
        selectors.id = try reader.string("id")
        selectors.thread = try reader.string("thread")
        selectors.threadTitle = try reader.string("thread_title")
        selectors.title = try reader.string("title")
        selectors.author = try reader.string("author")
        selectors.date = try reader.string("date")
        selectors.text = try reader.string("text")
        selectors.link = try reader.string("link")
        selectors.parent = try reader.string("parent")
        selectors.next = try reader.string("next")
        selectors.dateFormat = try reader.string("date_format")
        if selectors.text == nil { throw reader.error("text", "missing; say where the post text is") }
        try reader.rejectUnknownKeys()
        return selectors
    }

    private func readMapping(_ reader: JSONObjectReader?) throws -> JSONMapping? {
        guard var reader else { return nil }
        var mapping = JSONMapping(items: try reader.requiredString("items"))
        mapping.id = try reader.string("id")
        mapping.text = try reader.string("text")
        mapping.html = try reader.string("html")
        mapping.title = try reader.string("title")
        mapping.author = try reader.string("author")
        mapping.date = try reader.string("date")
        mapping.thread = try reader.string("thread")
        mapping.threadTitle = try reader.string("thread_title")
        mapping.parent = try reader.string("parent")
        mapping.link = try reader.string("link")
        if mapping.text == nil, mapping.html == nil {
            throw reader.error("text", "missing; map \"text\" (plain) or \"html\" to the post body")
        }
        try reader.rejectUnknownKeys()
        return mapping
    }
}

/// Reads secrets: `{"env": "NAME"}` or `{"file": "path"}`, never a literal in the config.
struct SecretReader {
    let file: String
    let paths: PathResolver
    let environment: [String: String]

    /// Header names whose values are credentials and so must not be written literally.
    private static let secretHeaderNames: Set<String> = [
        "authorization", "api-key", "x-api-key", "api-username", "cookie", "x-auth-token", "private-token",
    ]

    func read(_ reader: inout JSONObjectReader, _ key: String) throws -> String? {
        guard let value = reader.raw(key) else { return nil }
        if value is String {
            throw reader.error(key, "secrets are never written in the configuration; use {\"env\": \"VARIABLE\"} or {\"file\": \"/path/to/secret\"}")
        }
        return try resolve(value, path: reader.childPath(key))
    }

    func readHeader(_ reader: inout JSONObjectReader, _ name: String) throws -> String {
        let value = reader.raw(name)
        if let literal = value as? String {
            if Self.secretHeaderNames.contains(name.lowercased()) {
                throw reader.error(name, "this header carries a credential; use {\"env\": \"VARIABLE\"} or {\"file\": \"/path/to/secret\"} instead of the literal value")
            }
            return literal
        }
        return try resolve(value as Any, path: reader.childPath(name))
    }

    private func resolve(_ value: Any, path: String) throws -> String {
        var reader = try JSONObjectReader(value, file: file, path: path)
        let variable = try reader.string("env")
        let secretFile = try reader.string("file")
        try reader.rejectUnknownKeys()
        if let variable {
            guard let secret = environment[variable], !secret.isEmpty else {
                throw ConfigurationError(file: file, keyPath: path, message: "environment variable \(variable) is not set; export it for the cron job")
            }
            return secret
        }
        if let secretFile {
            let url = try paths.resolve(secretFile, at: "\(path).file")
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw ConfigurationError(file: file, keyPath: "\(path).file", message: "cannot read \(url.path)")
            }
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        throw ConfigurationError(file: file, keyPath: path, message: "give {\"env\": \"VARIABLE\"} or {\"file\": \"path\"}")
    }
}

/// `topics`: an object `{"topic": {"de": [...], "en": [...]}}` or the path of a JSON file with one.
struct TopicConfigurationReader {
    let file: String
    let paths: PathResolver

    func read(_ value: Any?) throws -> [String: [Language: [String]]]? {
        guard let value else { return nil }
        if let path = value as? String {
            let url = try paths.resolve(path, at: "topics")
            guard let data = try? Data(contentsOf: url) else {
                throw ConfigurationError(file: file, keyPath: "topics", message: "cannot read the topic file \(url.path)")
            }
            do {
                return try parse(JSONSerialization.jsonObject(with: data), file: url.path, path: "")
            } catch let error as ConfigurationError {
                throw error
            } catch {
                throw ConfigurationError(file: url.path, keyPath: "", message: "not valid JSON")
            }
        }
        return try parse(value, file: file, path: "topics")
    }

    private func parse(_ value: Any, file: String, path: String) throws -> [String: [Language: [String]]] {
        let reader = try JSONObjectReader(value, file: file, path: path)
        var topics: [String: [Language: [String]]] = [:]
        for topic in reader.keys {
            var termsReader = try JSONObjectReader(
                (value as! [String: Any])[topic]!, file: file, path: reader.childPath(topic))
            var terms: [Language: [String]] = [:]
            for language in [Language.de, .en] {
                terms[language] = try termsReader.stringList(language.rawValue) ?? []
            }
            try termsReader.rejectUnknownKeys()
            topics[topic] = terms
        }
        return topics
    }
}
