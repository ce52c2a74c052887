import XCTest
@testable import Sentiment

/// Topics, escalation markers and question detection.
final class SignalTests: XCTestCase {
    private func analysis(_ text: String, _ hint: Language? = nil) -> TextAnalysis {
        Fixtures.analyzer.analyze(text, languageHint: hint)
    }

    func testTopicWildcardsReachIntoCompounds() {
        let german = analysis("Das Lieferchaos und der Expressversand nerven", .de)
        XCTAssertEqual(german.topics.map(\.topic), ["lieferung"])
        XCTAssertEqual(german.topics[0].terms, ["expressversand", "lieferchaos"])
        XCTAssertEqual(german.topics[0].score, 2)
        XCTAssertEqual(analysis("The delivery was late", .en).topics.map(\.topic), ["lieferung"])
    }

    func testTopicsAreMultiLabelAndSortedByName() {
        let result = analysis("Der Kundendienst der Deutsche Bahn hat die Lieferung verloren", .de)
        XCTAssertEqual(result.topics.map(\.topic), ["bahn", "lieferung", "service"])
        XCTAssertEqual(result.topics[0].terms, ["deutsche bahn"])
    }

    func testTopicTermsMatchUmlautFreeSpelling() throws {
        let topics = try TopicSet(definitions: ["zug": [.de: ["verspätung*"]]])
        let analyzer = Analyzer(resources: Fixtures.resources, topics: topics)
        XCTAssertEqual(analyzer.analyze("Schon wieder Verspaetungen heute", languageHint: .de).topics.map(\.topic), ["zug"])
    }

    func testTopicTermWithInnerWildcardIsRejected() {
        XCTAssertThrowsError(try TopicSet(definitions: ["x": [.de: ["lie*fer"]]]))
        XCTAssertThrowsError(try TopicSet(json: #"{"x": {"fr": ["a"]}}"#))
    }

    func testEscalationMarkersUsePrefixesAndPhrases() {
        XCTAssertEqual(analysis("Ich schalte meinen Anwalt ein und kündige. Nie wieder!", .de).escalationMarkers,
                       ["anwalt*", "kündig*", "nie wieder"])
        XCTAssertEqual(analysis("I will call my lawyers and cancel, never again", .en).escalationMarkers,
                       ["cancel*", "lawyer*", "never again"])
    }

    func testQuestionMarkMakesAQuestion() {
        XCTAssertTrue(analysis("Fährt der Zug heute?", .de).isQuestion)
        XCTAssertTrue(analysis("Is the train on time?", .en).isQuestion)
        XCTAssertFalse(analysis("Der Zug ist pünktlich.", .de).isQuestion)
    }

    func testQuestionCueOpeningASentenceMakesAQuestion() {
        XCTAssertTrue(analysis("Weiß jemand wann der Zug fährt", .de).isQuestion)
        XCTAssertTrue(analysis("Does anyone know when the train leaves", .en).isQuestion)
    }

    func testGermanVerbFirstSentenceAddressedToSomeoneIsAQuestion() {
        XCTAssertTrue(analysis("Kann mir jemand sagen wann der Zug kommt", .de).isQuestion)
        XCTAssertTrue(analysis("Hat jemand Erfahrung mit dem Service", .de).isQuestion)
        XCTAssertFalse(analysis("Ich hoffe der Zug kommt", .de).isQuestion)
    }
}
