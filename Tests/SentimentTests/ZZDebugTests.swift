import XCTest
@testable import Sentiment

final class ZZDebugTests: XCTestCase {
    func testDebugPrint() throws {
        guard let texts = ProcessInfo.processInfo.environment["DEBUG_TEXTS"] else { throw XCTSkip("debug only") }
        let resources = try LexiconResources.embedded()
        print("de valence lemmas", resources.german.profileWords.count, "en", resources.english.profileWords.count, "stop", resources.german.profileStopwords.count, resources.english.profileStopwords.count)
        let analyzer = Analyzer(resources: resources, topics: try .embeddedDefault())
        for text in texts.split(separator: "|") {
            let result = analyzer.analyze(String(text), languageHint: nil)
            print(text, "→", result.language, result.sentiment.label, String(format: "%.3f", result.sentiment.score), result.sentiment.terms.map { "\($0.term)=\(String(format: "%.2f", $0.contribution))\($0.rules)" }, result.topics.map(\.topic), result.escalationMarkers, result.isQuestion)
        }
    }
}
