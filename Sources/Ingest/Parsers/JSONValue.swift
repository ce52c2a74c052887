import Foundation

/// Reading `JSONSerialization` output without force casts: numbers and strings both become
/// strings where ids and dates are expected, since APIs send ids either way.
enum JSONValue {
    static func object(_ value: Any?) -> [String: Any]? { value as? [String: Any] }

    static func array(_ value: Any?) -> [Any]? { value as? [Any] }

    /// A string, or a number written without a fractional part when integral; nil for null.
    static func string(_ value: Any?) -> String? {
        switch value {
        case let string as String: return string
        case let number as NSNumber:
            let double = number.doubleValue
            if double == double.rounded(), abs(double) < 1e15 { return String(Int64(double)) }
            return number.stringValue
        default: return nil
        }
    }

    static func int(_ value: Any?) -> Int? {
        switch value {
        case let number as NSNumber: return number.intValue
        case let string as String: return Int(string)
        default: return nil
        }
    }

    static func bool(_ value: Any?) -> Bool {
        switch value {
        case let number as NSNumber: return number.boolValue
        case let string as String: return string == "true" || string == "1"
        default: return false
        }
    }

    /// True when the key is present with a non-null value.
    static func isPresent(_ value: Any?) -> Bool {
        guard let value else { return false }
        return !(value is NSNull)
    }

    /// Follows a dot-separated path (`data.items`, `post_stream.posts`, `items.0.title`).
    static func value(at path: String, in root: Any?) -> Any? {
        var current = root
        for component in path.split(separator: ".") where !component.isEmpty {
            if let object = current as? [String: Any] {
                current = object[String(component)]
            } else if let array = current as? [Any], let index = Int(component), index >= 0, index < array.count {
                current = array[index]
            } else {
                return nil
            }
        }
        return current
    }

    /// Parses a JSON document, turning Foundation's error into our own.
    static func parse(_ body: Data) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])
        } catch {
            let nsError = error as NSError
            let detail = (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
            throw ParseError.invalidJSON(detail)
        }
    }
}
