import Foundation

/// Resolves paths and `file:` URLs written in the configuration against its folder.
struct PathResolver {
    let base: URL
    let file: String

    func resolve(_ path: String, at keyPath: String) throws -> URL {
        guard !path.isEmpty else {
            throw ConfigurationError(file: file, keyPath: keyPath, message: "must not be empty")
        }
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL }
        return base.appendingPathComponent(expanded).standardizedFileURL
    }

    /// `http(s)://…` stays; `file:relative/path` resolves against the configuration's folder;
    /// `file:///absolute/path` stays. `file://examples/x` is rejected with the two right forms,
    /// because "examples" would be a host name there.
    func resolveSourceURL(_ text: String, at keyPath: String) throws -> URL {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased().hasPrefix("file:") {
            let rest = String(trimmed.dropFirst(5))
            if rest.hasPrefix("///") { return URL(fileURLWithPath: String(rest.dropFirst(2))).standardizedFileURL }
            if rest.hasPrefix("//localhost/") { return URL(fileURLWithPath: String(rest.dropFirst(11))).standardizedFileURL }
            if rest.hasPrefix("//") {
                throw ConfigurationError(
                    file: file, keyPath: keyPath,
                    message: "\"\(trimmed)\" names a host; write file:\(rest.dropFirst(2)) for a path relative to the configuration file, or file:///absolute/path")
            }
            let decoded = rest.removingPercentEncoding ?? rest
            return try resolve(decoded, at: keyPath)
        }
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(),
            ["http", "https"].contains(scheme), url.host?.isEmpty == false
        else {
            throw ConfigurationError(file: file, keyPath: keyPath, message: "not a URL (use http://, https:// or file:)")
        }
        return url
    }
}
