/// A small command-line reader in the shape of swift-argument-parser: each command declares
/// its options; unknown options and missing values are usage errors that say what is allowed.
struct Arguments {
    private var remaining: [String]
    private let command: String

    init(_ arguments: [String], command: String) {
        remaining = arguments
        self.command = command
    }

    /// `--name` present?
    mutating func flag(_ name: String) -> Bool {
        guard let index = remaining.firstIndex(of: name) else { return false }
        remaining.remove(at: index)
        return true
    }

    /// `--name VALUE` or `--name=VALUE`.
    mutating func option(_ name: String) throws -> String? {
        if let index = remaining.firstIndex(of: name) {
            guard index + 1 < remaining.count, !remaining[index + 1].hasPrefix("--") else {
                throw UsageError("\(command): \(name) needs a value")
            }
            let value = remaining[index + 1]
            remaining.removeSubrange(index...(index + 1))
            return value
        }
        if let index = remaining.firstIndex(where: { $0.hasPrefix(name + "=") }) {
            let value = String(remaining[index].dropFirst(name.count + 1))
            remaining.remove(at: index)
            return value
        }
        return nil
    }

    mutating func requiredOption(_ name: String, hint: String) throws -> String {
        guard let value = try option(name) else { throw UsageError("\(command): \(name) is required (\(hint))") }
        return value
    }

    /// The positional arguments left; fails on any leftover option.
    mutating func positionals(max: Int) throws -> [String] {
        if let unknown = remaining.first(where: { $0.hasPrefix("-") && $0 != "-" }) {
            throw UsageError("\(command): unknown option \(unknown); see `monitor \(command) --help`")
        }
        guard remaining.count <= max else {
            throw UsageError("\(command): unexpected argument \(remaining[max]); see `monitor \(command) --help`")
        }
        defer { remaining = [] }
        return remaining
    }
}

struct UsageError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

/// One subcommand: parses its own arguments, runs, returns the exit code.
protocol Command: SendableMetatype {
    static var name: String { get }
    static var summary: String { get }
    static var help: String { get }
    init(arguments: inout Arguments) throws
    func run() throws -> Int32
}

