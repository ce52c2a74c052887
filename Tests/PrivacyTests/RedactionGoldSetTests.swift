import Foundation
import Privacy
import XCTest

/// Precision and recall over the hand-labelled gold set (exact span match).
final class RedactionGoldSetTests: XCTestCase {
    static func loadGold() throws -> [GoldSentence] {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "redaction-gold", withExtension: "tsv",
                                                  subdirectory: "Fixtures"))
        return try GoldSentence.load(from: url)
    }

    func testGoldSetMeetsPrecisionAndRecallTargets() throws {
        let gold = try Self.loadGold()
        let evaluation = RedactionEvaluation.evaluate(gold: gold, redactor: Redactor())
        print("Redaction gold set: \(gold.count) sentences\n" + evaluation.table())
        for miss in evaluation.misses {
            let scalars = Array(miss.sentence.unicodeScalars)
            let part = String(String.UnicodeScalarView(scalars[miss.span.start..<miss.span.end]))
            print("  \(miss.isFalsePositive ? "FP" : "FN") \(miss.span.type.rawValue) «\(part)» in: "
                  + miss.sentence.replacingOccurrences(of: "\n", with: "\\n"))
        }
        let structured: [PIIType] = [.email, .phone, .iban, .card, .ip, .taxID]
        for type in PIIType.allCases {
            let score = try XCTUnwrap(evaluation.scores[type])
            let target = structured.contains(type) ? 0.95 : 0.85
            XCTAssertGreaterThanOrEqual(score.precision, target, "precision of \(type.rawValue)")
            XCTAssertGreaterThanOrEqual(score.recall, target, "recall of \(type.rawValue)")
        }
    }

    /// The Presidio-style set (short English sentences with US, UK and international formats,
    /// written for monitor in the style of presidio-analyzer's tests): the structured types
    /// still meet their targets on the peer's home ground.
    func testPresidioStyleSetMeetsStructuredTargets() throws {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "presidio-style-gold", withExtension: "tsv",
                                                  subdirectory: "Fixtures"))
        let gold = try GoldSentence.load(from: url)
        let evaluation = RedactionEvaluation.evaluate(gold: gold, redactor: Redactor())
        print("Presidio-style set: \(gold.count) sentences\n" + evaluation.table())
        for type in [PIIType.email, .phone, .iban, .card, .ip, .taxID] {
            let score = try XCTUnwrap(evaluation.scores[type])
            XCTAssertGreaterThanOrEqual(score.support, 8, "examples of \(type.rawValue)")
            XCTAssertGreaterThanOrEqual(score.precision, 0.95, "precision of \(type.rawValue)")
            XCTAssertGreaterThanOrEqual(score.recall, 0.95, "recall of \(type.rawValue)")
        }
    }

    func testGoldSetHasEnoughExamplesPerTypeAndLookAlikes() throws {
        let gold = try Self.loadGold()
        XCTAssertGreaterThanOrEqual(gold.count, 300)
        for type in PIIType.allCases {
            let support = gold.reduce(0) { $0 + $1.spans.filter { $0.type == type }.count }
            XCTAssertGreaterThanOrEqual(support, 40, "examples of \(type.rawValue)")
        }
        let survivors = gold.filter { $0.spans.isEmpty }.count
        XCTAssertGreaterThanOrEqual(Double(survivors) / Double(gold.count), 0.30)
    }
}
