// White-box tests of internal types: built only in debug, because release builds (the
// throughput run, `make bench`) do not compile `Privacy` for testing and `@testable` fails there.
#if DEBUG
import Foundation
@testable import Privacy
import XCTest

final class PseudonymKeyTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("privacy-key-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func mode(of url: URL) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    func testCreatedKeyFileHasMode0600And32Bytes() throws {
        let url = directory.appendingPathComponent("pseudonym.key")
        _ = try PseudonymKey.create(at: url)
        XCTAssertEqual(try mode(of: url), 0o600)
        XCTAssertEqual(try Data(contentsOf: url).count, 32)
    }

    func testCreatedKeyLoadsBackEqual() throws {
        let url = directory.appendingPathComponent("pseudonym.key")
        let created = try PseudonymKey.create(at: url)
        XCTAssertEqual(try PseudonymKey.load(from: url), created)
    }

    func testCreateLeavesNoTemporaryFileBehind() throws {
        _ = try PseudonymKey.create(at: directory.appendingPathComponent("pseudonym.key"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["pseudonym.key"])
    }

    func testCreateRefusesToOverwriteAnExistingFile() throws {
        let url = directory.appendingPathComponent("pseudonym.key")
        let first = try PseudonymKey.create(at: url)
        XCTAssertThrowsError(try PseudonymKey.create(at: url)) { error in
            XCTAssertEqual(error as? PrivacyError, .keyFileExists(path: url.path))
        }
        XCTAssertEqual(try PseudonymKey.load(from: url), first)
    }

    func testCreateRefusesAnExistingEmptyFile() throws {
        let url = directory.appendingPathComponent("pseudonym.key")
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: Data()))
        XCTAssertThrowsError(try PseudonymKey.create(at: url))
    }

    func testTwoCreatedKeysDiffer() throws {
        let first = try PseudonymKey.create(at: directory.appendingPathComponent("a.key"))
        let second = try PseudonymKey.create(at: directory.appendingPathComponent("b.key"))
        XCTAssertNotEqual(first, second)
    }

    func testLoadRefusesWorldReadableFileAndNamesTheChmodFix() throws {
        let url = directory.appendingPathComponent("pseudonym.key")
        try Data(repeating: 7, count: 32).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path)
        XCTAssertThrowsError(try PseudonymKey.load(from: url)) { error in
            XCTAssertEqual(error as? PrivacyError, .keyFileTooOpen(path: url.path, mode: 0o644))
            XCTAssertTrue("\(error)".contains("chmod 600 \(url.path)"), "\(error)")
        }
    }

    func testLoadRefusesGroupReadableFile() throws {
        let url = directory.appendingPathComponent("pseudonym.key")
        try Data(repeating: 7, count: 32).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: url.path)
        XCTAssertThrowsError(try PseudonymKey.load(from: url))
    }

    func testLoadRefusesWrongSize() throws {
        let url = directory.appendingPathComponent("pseudonym.key")
        try Data(repeating: 7, count: 31).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        XCTAssertThrowsError(try PseudonymKey.load(from: url)) { error in
            XCTAssertEqual(error as? PrivacyError, .keyFileWrongSize(path: url.path, byteCount: 31))
        }
    }

    func testLoadOfMissingFileNamesTheFile() {
        let url = directory.appendingPathComponent("missing.key")
        XCTAssertThrowsError(try PseudonymKey.load(from: url)) { error in
            XCTAssertTrue("\(error)".contains(url.path))
        }
    }

    func testFingerprintIsEightHexDigitsStableAndKeySpecific() throws {
        let key = try PseudonymKey(bytes: Array(0..<32))
        XCTAssertEqual(key.fingerprint.count, 8)
        XCTAssertTrue(key.fingerprint.allSatisfy { "0123456789abcdef".contains($0) })
        XCTAssertEqual(key.fingerprint, try PseudonymKey(bytes: Array(0..<32)).fingerprint)
        XCTAssertNotEqual(key.fingerprint, try PseudonymKey(bytes: Array(1..<33)).fingerprint)
    }

    func testDescriptionShowsFingerprintButNotKeyBytes() throws {
        let key = try PseudonymKey(bytes: [UInt8](repeating: 0xAB, count: 32))
        XCTAssertEqual("\(key)", "PseudonymKey(fingerprint: \(key.fingerprint))")
    }

    func testKeyOfWrongLengthIsRejected() {
        XCTAssertThrowsError(try PseudonymKey(bytes: [1, 2, 3]))
    }

    func testEveryErrorMessageIsOneLine() {
        let errors: [PrivacyError] = [
            .keyFileMissing(path: "/k"), .keyFileTooOpen(path: "/k", mode: 0o644), .keyFileWrongSize(path: "/k", byteCount: 1),
            .keyFileExists(path: "/k"), .keyFileIO(path: "/k", operation: "open", errno: 13), .invalidKeyLength(byteCount: 1),
            .randomBytesUnavailable(status: 0), .goldFileMalformed(path: "/g", line: 3, reason: "x"),
            .lexiconMalformed(line: 2, reason: "y"),
        ]
        for error in errors { XCTAssertFalse(error.description.contains("\n"), error.description) }
    }
}
#endif
