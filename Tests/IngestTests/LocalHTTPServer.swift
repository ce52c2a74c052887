import Foundation
import XCTest

/// Starts `Fixtures/http/test_server.py` on 127.0.0.1 (a free port) for the life of a test case.
final class LocalHTTPServer {
    let port: Int
    private let process: Process

    init() throws {
        guard let script = Bundle.module.url(forResource: "test_server", withExtension: "py", subdirectory: "Fixtures/http") else {
            throw XCTSkip("test_server.py fixture missing from the test bundle")
        }
        let python = "/usr/bin/python3"
        guard FileManager.default.isExecutableFile(atPath: python) else {
            XCTFail("the fetch tests need Debian's python3: apt-get install -y python3")
            throw CocoaError(.executableNotLoadable)
        }
        process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script.path, "--lifetime", "300"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let line = output.fileHandleForReading.readLine()
        guard let line, line.hasPrefix("PORT "), let port = Int(line.dropFirst(5)) else {
            process.terminate()
            XCTFail("test HTTP server did not start (printed \(line ?? "nothing"))")
            throw CocoaError(.fileReadUnknown)
        }
        self.port = port
    }

    func url(_ path: String) -> URL {
        URL(string: "http://127.0.0.1:\(port)\(path)")!
    }

    deinit {
        process.terminate()
        process.waitUntilExit()
    }
}

extension FileHandle {
    /// Reads one line byte by byte (the server prints one short line, then nothing).
    func readLine() -> String? {
        var bytes: [UInt8] = []
        while true {
            let chunk = readData(ofLength: 1)
            guard let byte = chunk.first else { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            if byte == 0x0A { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
    }
}
