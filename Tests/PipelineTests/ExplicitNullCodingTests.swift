import Foundation
import XCTest
@testable import Pipeline

/// `@ExplicitNull` fields: report JSON shows every key, and the decoder reads what older
/// hand-written encoders wrote (`null`) as well as a key that is missing.
final class ExplicitNullCodingTests: XCTestCase {
    private func encoded(_ row: WatchRow) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(row), as: UTF8.self)
    }

    private let emptyRow = WatchRow(
        group: "own", term: "Nordlicht", volume: 0, positive: 0, neutral: 0, negative: 0, unscored: 0,
        netSentiment: nil, shareOfVoice: nil, volume7d: 0, netSentiment7d: nil, shareOfVoice7d: nil)

    func testNilFieldIsWrittenAsNullNotLeftOut() throws {
        XCTAssertEqual(
            try encoded(emptyRow),
            #"{"group":"own","negative":0,"net_sentiment":null,"net_sentiment_7d":null,"neutral":0,"positive":0,"#
                + #""share_of_voice":null,"share_of_voice_7d":null,"term":"Nordlicht","unscored":0,"volume":0,"volume_7d":0}"#)
    }

    func testValueIsWrittenAsThePlainValue() throws {
        var row = emptyRow
        row.netSentiment = -0.25
        XCTAssertTrue(try encoded(row).contains(#""net_sentiment":-0.25,"#))
    }

    func testNullAndMissingKeyBothDecodeAsNil() throws {
        let withNulls = Data(try encoded(emptyRow).utf8)
        XCTAssertEqual(try JSONDecoder().decode(WatchRow.self, from: withNulls), emptyRow)
        let withoutOptionalKeys = Data(
            #"{"group":"own","term":"Nordlicht","volume":0,"positive":0,"neutral":0,"negative":0,"unscored":0,"volume_7d":0}"#
                .utf8)
        XCTAssertEqual(try JSONDecoder().decode(WatchRow.self, from: withoutOptionalKeys), emptyRow)
    }

    func testValueRoundTrips() throws {
        var row = emptyRow
        row.shareOfVoice7d = 0.5
        XCTAssertEqual(try JSONDecoder().decode(WatchRow.self, from: Data(try encoded(row).utf8)), row)
    }
}
