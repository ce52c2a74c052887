import Foundation

/// One anomaly as people see it: the same surge shows up in the detail row, its source total,
/// its topic total and the overall total. A group is the most specific flagged row of one kind
/// (a flagged row with no flagged row of the same kind inside it) plus the flagged totals that
/// contain it, listed in `alsoFlagged`.
public struct SpikeGroup: Sendable, Equatable, Codable {
    public var spike: Spike
    /// Flagged rows of the same kind that contain this one: "overall", "source social",
    /// "topic network", broadest first.
    public var alsoFlagged: [String]

    enum CodingKeys: String, CodingKey {
        case spike
        case alsoFlagged = "also_flagged"
    }

    public init(spike: Spike, alsoFlagged: [String]) {
        self.spike = spike
        self.alsoFlagged = alsoFlagged
    }

    /// Groups `spikes` (already sorted most surprising first); keeps that order.
    static func groups(_ spikes: [Spike]) -> [SpikeGroup] {
        spikes.compactMap { spike in
            let sameKind = spikes.filter { $0.kind == spike.kind && $0 != spike }
            // A total with a flagged row inside it is shown with that row, not on its own.
            guard !sameKind.contains(where: { contains(spike, $0) }) else { return nil }
            let containers = sameKind.filter { contains($0, spike) }
                .sorted { rank($0.scope) < rank($1.scope) || (rank($0.scope) == rank($1.scope) && label($0) < label($1)) }
            return SpikeGroup(spike: spike, alsoFlagged: containers.map(label))
        }
    }

    /// Whether `outer` is a total that `inner` is part of.
    static func contains(_ outer: Spike, _ inner: Spike) -> Bool {
        switch (outer.scope, inner.scope) {
        case (.overall, .source), (.overall, .topic), (.overall, .detail): return true
        case (.source, .detail): return outer.source == inner.source
        case (.topic, .detail): return outer.topic == inner.topic
        default: return false
        }
    }

    private static func rank(_ scope: TrendRow.Scope) -> Int {
        [TrendRow.Scope.overall: 0, .source: 1, .topic: 2, .detail: 3][scope]!
    }

    static func label(_ spike: Spike) -> String {
        switch spike.scope {
        case .overall: return "overall"
        case .source: return "source \(spike.source)"
        case .topic: return "topic \(spike.topic)"
        case .detail: return "\(spike.source) · \(spike.topic) · \(spike.language)"
        }
    }
}
