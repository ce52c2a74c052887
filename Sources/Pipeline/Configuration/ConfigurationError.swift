import Foundation

/// A configuration problem, always naming the file and the key path (`sources[2].url`).
public struct ConfigurationError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var keyPath: String
    public var message: String

    public init(file: String, keyPath: String, message: String) {
        self.file = file
        self.keyPath = keyPath
        self.message = message
    }

    public var description: String {
        keyPath.isEmpty ? "\(file): \(message)" : "\(file): \(keyPath): \(message)"
    }
}
