// White-box tests of internal types: built only in debug, because release builds (the
// throughput run, `make bench`) do not compile `Privacy` for testing and `@testable` fails there.
#if DEBUG
@testable import Privacy
import XCTest

/// The libcrypto wrapper against RFC 4231 (HMAC-SHA256 test vectors) and FIPS 180-2 (SHA-256).
final class HMACTests: XCTestCase {
    func hex(_ string: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = string.startIndex
        while index < string.endIndex {
            let next = string.index(index, offsetBy: 2)
            bytes.append(UInt8(string[index..<next], radix: 16)!)
            index = next
        }
        return bytes
    }

    func hexString(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    func testLibcryptoLoadsOnFirstUse() {
        // Not linked but loaded by the shim (Sources/CCrypto/shim.h); the vectors below prove the calls.
        XCTAssertNil(LibCrypto.loadError)
    }

    func testRFC4231Case1ShortKeyHiThere() {
        let tag = LibCrypto.hmacSHA256(key: [UInt8](repeating: 0x0b, count: 20), message: Array("Hi There".utf8))
        XCTAssertEqual(hexString(tag), "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
    }

    func testRFC4231Case2KeyShorterThanOutput() {
        let tag = LibCrypto.hmacSHA256(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
        XCTAssertEqual(hexString(tag), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    func testRFC4231Case3CombinedLength50Bytes() {
        let tag = LibCrypto.hmacSHA256(key: [UInt8](repeating: 0xaa, count: 20),
                                       message: [UInt8](repeating: 0xdd, count: 50))
        XCTAssertEqual(hexString(tag), "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe")
    }

    func testRFC4231Case4IncrementingKey() {
        let tag = LibCrypto.hmacSHA256(key: hex("0102030405060708090a0b0c0d0e0f10111213141516171819"),
                                       message: [UInt8](repeating: 0xcd, count: 50))
        XCTAssertEqual(hexString(tag), "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b")
    }

    func testRFC4231Case6KeyLargerThanBlockSize() {
        let tag = LibCrypto.hmacSHA256(key: [UInt8](repeating: 0xaa, count: 131),
                                       message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8))
        XCTAssertEqual(hexString(tag), "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    func testRFC4231Case7KeyAndDataLargerThanBlockSize() {
        let message = "This is a test using a larger than block-size key and a larger than block-size data. "
            + "The key needs to be hashed before being used by the HMAC algorithm."
        let tag = LibCrypto.hmacSHA256(key: [UInt8](repeating: 0xaa, count: 131), message: Array(message.utf8))
        XCTAssertEqual(hexString(tag), "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2")
    }

    func testEmptyKeyAndMessageDoNotCrash() {
        XCTAssertEqual(LibCrypto.hmacSHA256(key: [], message: []).count, 32)
    }

    func testSHA256OfAbcMatchesFIPS180() {
        XCTAssertEqual(hexString(LibCrypto.sha256(Array("abc".utf8))),
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    func testRandomBytesHaveRequestedLengthAndDiffer() throws {
        let first = try LibCrypto.randomBytes(count: 32).get()
        let second = try LibCrypto.randomBytes(count: 32).get()
        XCTAssertEqual(first.count, 32)
        XCTAssertNotEqual(first, second)
    }
}
#endif
