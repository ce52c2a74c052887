import Foundation

/// Reads one JSON object of the configuration, tracking the key path for error messages and
/// which keys were used, so unknown keys (usually typos) are reported instead of ignored.
struct JSONObjectReader {
    let file: String
    let path: String
    private let object: [String: Any]
    private var used: Set<String> = []

    init(_ value: Any, file: String, path: String) throws {
        guard let object = value as? [String: Any] else {
            throw ConfigurationError(file: file, keyPath: path, message: "expected an object {…}, found \(JSONObjectReader.typeName(of: value))")
        }
        self.file = file
        self.path = path
        self.object = object
    }

    func childPath(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    func error(_ key: String, _ message: String) -> ConfigurationError {
        ConfigurationError(file: file, keyPath: childPath(key), message: message)
    }

    mutating func raw(_ key: String) -> Any? {
        used.insert(key)
        guard let value = object[key], !(value is NSNull) else { return nil }
        return value
    }

    mutating func string(_ key: String) throws -> String? {
        guard let value = raw(key) else { return nil }
        guard let string = value as? String else { throw typeError(key, "a string", value) }
        return string
    }

    mutating func requiredString(_ key: String) throws -> String {
        guard let value = try string(key) else { throw error(key, "missing; this key is required") }
        guard !value.trimmingCharacters(in: .whitespaces).isEmpty else { throw error(key, "must not be empty") }
        return value
    }

    mutating func bool(_ key: String) throws -> Bool? {
        guard let value = raw(key) else { return nil }
        guard let number = value as? NSNumber, JSONObjectReader.isBoolean(number)
        else { throw typeError(key, "true or false", value) }
        return number.boolValue
    }

    mutating func number(_ key: String) throws -> Double? {
        guard let value = raw(key) else { return nil }
        guard let number = value as? NSNumber, !JSONObjectReader.isBoolean(number) else {
            throw typeError(key, "a number", value)
        }
        return number.doubleValue
    }

    mutating func integer(_ key: String, range: ClosedRange<Int>) throws -> Int? {
        guard let value = try number(key) else { return nil }
        guard value == value.rounded(), let integer = Int(exactly: value), range.contains(integer) else {
            throw error(key, "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return integer
    }

    mutating func positiveSeconds(_ key: String) throws -> Double? {
        guard let value = try number(key) else { return nil }
        guard value > 0, value <= 86_400 else { throw error(key, "must be a number of seconds above 0") }
        return value
    }

    mutating func stringList(_ key: String) throws -> [String]? {
        guard let value = raw(key) else { return nil }
        guard let list = value as? [Any] else { throw typeError(key, "a list of strings", value) }
        return try list.enumerated().map { index, item in
            guard let string = item as? String else {
                throw ConfigurationError(file: file, keyPath: "\(childPath(key))[\(index)]", message: "expected a string")
            }
            return string
        }
    }

    mutating func object(_ key: String) throws -> JSONObjectReader? {
        guard let value = raw(key) else { return nil }
        return try JSONObjectReader(value, file: file, path: childPath(key))
    }

    mutating func list(_ key: String) throws -> [Any]? {
        guard let value = raw(key) else { return nil }
        guard let list = value as? [Any] else { throw typeError(key, "a list […]", value) }
        return list
    }

    mutating func oneOf<T: RawRepresentable>(_ key: String, _ type: T.Type) throws -> T?
    where T.RawValue == String, T: CaseIterable {
        guard let value = try string(key) else { return nil }
        guard let parsed = T(rawValue: value) else {
            let allowed = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            throw error(key, "\"\(value)\" is not one of \(allowed)")
        }
        return parsed
    }

    /// All keys of the object, for maps such as `headers` or `watch`.
    var keys: [String] { object.keys.sorted() }

    /// Call last: fails on the first key nobody read.
    func rejectUnknownKeys() throws {
        if let unknown = object.keys.sorted().first(where: { !used.contains($0) }) {
            let known = used.sorted().joined(separator: ", ")
            throw error(unknown, "unknown key (known here: \(known)); check the spelling in docs/CONFIG.md")
        }
    }

    private func typeError(_ key: String, _ expected: String, _ value: Any) -> ConfigurationError {
        error(key, "expected \(expected), found \(JSONObjectReader.typeName(of: value))")
    }

    static func isBoolean(_ number: NSNumber) -> Bool {
        // On Linux, JSONSerialization gives booleans as NSNumber; objCType tells them apart.
        String(cString: number.objCType) == "c"
    }

    static func typeName(of value: Any) -> String {
        switch value {
        case is String: return "a string"
        case let number as NSNumber: return isBoolean(number) ? "a boolean" : "a number"
        case is [Any]: return "a list"
        case is [String: Any]: return "an object"
        default: return "null"
        }
    }
}
