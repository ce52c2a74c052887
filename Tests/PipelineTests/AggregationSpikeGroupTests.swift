import Foundation
import XCTest

@testable import Pipeline

final class AggregationSpikeGroupTests: XCTestCase {
    private func spike(_ kind: Spike.Kind, _ scope: TrendRow.Scope, source: String = "(all)", topic: String = "(all)",
                       language: String = "(all)", p: Double) -> Spike {
        Spike(kind: kind, scope: scope, source: source, topic: topic, language: language, observed: 10, expected: 1,
              probability: p, summary: "10 posts vs 1.0 expected")
    }

    func testTheSameSurgeAtDetailSourceTopicAndOverallIsOneGroup() {
        let spikes = [
            spike(.volume, .overall, p: 1e-9),
            spike(.volume, .source, source: "social", p: 1e-8),
            spike(.volume, .topic, topic: "network", p: 1e-7),
            spike(.volume, .detail, source: "social", topic: "network", language: "de", p: 1e-6),
            spike(.volume, .topic, topic: "billing", p: 1e-5),
            spike(.sentiment, .topic, topic: "network", p: 1e-4),
        ]
        let groups = SpikeGroup.groups(spikes)
        XCTAssertEqual(groups.map { SpikeGroup.label($0.spike) }, ["social · network · de", "topic billing", "topic network"])
        XCTAssertEqual(groups[0].alsoFlagged, ["overall", "source social", "topic network"])
        XCTAssertEqual(groups[1].alsoFlagged, ["overall"])
        XCTAssertEqual(groups[2].alsoFlagged, [], "a sentiment drop does not group with volume spikes")
    }

    func testScenarioReportGroupsEverySpikeExactlyOnce() {
        let report = ReportBuilder().build(ReportScenario.full())
        XCTAssertFalse(report.spikeGroups.isEmpty)
        let shown = Set(report.spikeGroups.map { SpikeGroup.label($0.spike) + $0.spike.kind.rawValue })
        XCTAssertEqual(shown.count, report.spikeGroups.count)
        for spike in report.spikes {
            let covered = report.spikeGroups.contains { group in
                group.spike == spike || (group.spike.kind == spike.kind && group.alsoFlagged.contains(SpikeGroup.label(spike)))
            }
            XCTAssertTrue(covered, "\(spike) is in no group")
        }
    }
}
