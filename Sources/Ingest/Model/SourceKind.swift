/// What a configured source is; `auto` lets the format detector decide.
public enum SourceKind: String, Sendable, Equatable, Codable, CaseIterable {
    case rss, atom, jsonfeed, discourse, json, html, auto
}
