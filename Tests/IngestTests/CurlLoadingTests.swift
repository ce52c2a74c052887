import Foundation
import XCTest

@testable import Ingest

/// libcurl is not linked but loaded at first use (Sources/CCurl/shim.h); where it is
/// installed, loading must work and name the library version that will fetch.
final class CurlLoadingTests: XCTestCase {
    func testLibcurlLoadsOnFirstUseAndReportsItsVersion() {
        XCTAssertNil(CurlRuntime.loadError)
        XCTAssertTrue(CurlRuntime.versionDescription.hasPrefix("libcurl/"), CurlRuntime.versionDescription)
    }
}
