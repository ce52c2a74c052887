import Foundation

/// One group of watched names from the configuration's `watch` object, e.g. `own`:
/// ["Nordlicht", "Nordlicht Mobil"] or `competitors`: ["Südwind", "Ostwerk"].
public struct WatchGroup: Sendable, Equatable, Codable {
    public var name: String
    /// As configured; matched case-insensitively on word boundaries, longest term first.
    public var terms: [String]

    public init(name: String, terms: [String]) {
        self.name = name
        self.terms = terms
    }
}
