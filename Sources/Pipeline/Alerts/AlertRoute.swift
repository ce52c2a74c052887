import Foundation

/// `alerts.routes[]`: who gets which items. An item goes to the union of the recipients of every
/// route it matches; an item no route matches goes to `alerts.smtp.to`. Criteria in one route
/// must all hold; a route names at least one.
public struct AlertRoute: Sendable, Equatable {
    public var to: [String]
    /// nil: any severity.
    public var minSeverity: AlertItem.Severity?
    /// Empty: any topic; else the item must carry one of these topics.
    public var topics: [String]
    /// Empty: any kind.
    public var kinds: [AlertItem.Kind]

    public init(to: [String], minSeverity: AlertItem.Severity? = nil, topics: [String] = [], kinds: [AlertItem.Kind] = []) {
        self.to = to
        self.minSeverity = minSeverity
        self.topics = topics
        self.kinds = kinds
    }

    public func matches(_ item: AlertItem) -> Bool {
        if let minSeverity, item.severity < minSeverity.rawValue { return false }
        if !topics.isEmpty, !item.topics.contains(where: topics.contains) { return false }
        if !kinds.isEmpty, !kinds.contains(item.kind) { return false }
        return true
    }

    /// Recipients of `item`: sorted, without duplicates, so equal sets form one digest.
    public static func recipients(for item: AlertItem, routes: [AlertRoute], defaults: [String]) -> [String] {
        let matched = routes.filter { $0.matches(item) }.flatMap(\.to)
        return Array(Set(matched.isEmpty ? defaults : matched)).sorted()
    }

    /// Reads one route object; `path` is its key path (`alerts.routes[0]`).
    static func read(_ value: Any, file: String, path: String) throws -> AlertRoute {
        var reader = try JSONObjectReader(value, file: file, path: path)
        let to = try reader.stringList("to") ?? []
        if to.isEmpty { throw reader.error("to", "list at least one recipient address") }
        for (index, address) in to.enumerated() where !MailAddress(parsing: address).isPlausible {
            throw ConfigurationError(file: file, keyPath: "\(reader.childPath("to"))[\(index)]", message: "\"\(address)\" is not a mail address")
        }
        var minSeverity: AlertItem.Severity?
        if let name = try reader.string("min_severity") {
            guard let severity = AlertItem.Severity.allCases.first(where: { $0.name == name }) else {
                throw reader.error("min_severity", "\"\(name)\" is not one of \"low\" (overdue questions and up), \"medium\" (watch, spikes, silent sources and up), \"high\" (escalations)")
            }
            minSeverity = severity
        }
        let topics = try reader.stringList("topics") ?? []
        var kinds: [AlertItem.Kind] = []
        for (index, name) in (try reader.stringList("kinds") ?? []).enumerated() {
            guard let kind = AlertItem.Kind(rawValue: name) else {
                let allowed = AlertItem.Kind.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                throw ConfigurationError(file: file, keyPath: "\(reader.childPath("kinds"))[\(index)]", message: "\"\(name)\" is not one of \(allowed)")
            }
            kinds.append(kind)
        }
        try reader.rejectUnknownKeys()
        if minSeverity == nil, topics.isEmpty, kinds.isEmpty {
            throw ConfigurationError(file: file, keyPath: path, message: "a route needs \"min_severity\", \"topics\" or \"kinds\"; items no route matches go to alerts.smtp.to anyway")
        }
        return AlertRoute(to: to, minSeverity: minSeverity, topics: topics, kinds: kinds)
    }
}
