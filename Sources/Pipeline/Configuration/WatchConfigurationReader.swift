import Foundation

/// Reads the top-level `watch` object: group name → list of terms, e.g.
/// `{"own": ["Nordlicht", "Nordlicht Mobil"], "competitors": ["Südwind", "Ostwerk"]}`.
struct WatchConfigurationReader {
    let file: String

    func read(_ value: Any?) throws -> [WatchGroup] {
        guard let value else { return [] }
        var reader = try JSONObjectReader(value, file: file, path: "watch")
        var groups: [WatchGroup] = []
        for name in reader.keys {
            if name.trimmingCharacters(in: .whitespaces).isEmpty { throw reader.error(name, "group names must not be empty") }
            let terms = try reader.stringList(name) ?? []
            if terms.isEmpty { throw reader.error(name, "list at least one term, e.g. [\"Nordlicht\"]") }
            for (index, term) in terms.enumerated() where term.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ConfigurationError(file: file, keyPath: "watch.\(name)[\(index)]", message: "must not be empty")
            }
            groups.append(WatchGroup(name: name, terms: terms))
        }
        try reader.rejectUnknownKeys()
        return groups
    }
}
