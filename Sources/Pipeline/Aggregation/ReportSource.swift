import Foundation

/// A configured source as the report sees it. Every configured source is listed in the
/// trends even on a day without posts, so a silent feed is visible rather than missing.
public struct ReportSource: Sendable, Equatable, Codable {
    public var name: String
    /// Our own community: customers expect answers here, so unanswered questions are tracked.
    public var owned: Bool
    /// How long a question may wait for a staff answer before it counts as overdue.
    public var slaHours: Double

    enum CodingKeys: String, CodingKey {
        case name, owned
        case slaHours = "sla_hours"
    }

    public init(name: String, owned: Bool, slaHours: Double = 24) {
        self.name = name
        self.owned = owned
        self.slaHours = slaHours
    }
}
