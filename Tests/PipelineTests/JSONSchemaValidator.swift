import Foundation

/// The part of JSON Schema 2020-12 the shipped report schemas use (`type`, `const`, `enum`,
/// `properties`, `required`, `additionalProperties: false`, `items`, `$ref` to `#/$defs/…`,
/// `minimum`/`maximum`, `minItems`/`maxItems`, `maxLength`, `pattern`, `format: date-time`), so a
/// test checks every nested row of a real report file against its schema without a Python
/// package. An unknown keyword is an error here, not silently ignored.
struct JSONSchemaValidator {
    let root: [String: Any]

    private static let annotations: Set<String> = ["$schema", "$id", "title", "description", "$defs"]

    /// Messages like `rows[3].volume: -1 is below the minimum 0`; empty when `value` is valid.
    func errors(_ value: Any) -> [String] {
        var errors: [String] = []
        check(value, against: root, at: "", into: &errors)
        return errors
    }

    private func check(_ value: Any, against schema: [String: Any], at path: String, into errors: inout [String]) {
        func fail(_ message: String) { errors.append("\(path.isEmpty ? "(root)" : path): \(message)") }
        for (keyword, rule) in schema {
            switch keyword {
            case "$ref":
                guard let ref = rule as? String, ref.hasPrefix("#/$defs/"),
                      let target = (root["$defs"] as? [String: Any])?[String(ref.dropFirst(8))] as? [String: Any]
                else { fail("unresolved $ref \(rule)"); continue }
                check(value, against: target, at: path, into: &errors)
            case "type":
                let allowed = (rule as? [String]) ?? [rule as? String ?? ""]
                if !allowed.contains(where: { Self.has(value, type: $0) }) { fail("\(value) is not of type \(allowed)") }
            case "const":
                if !Self.equal(value, rule) { fail("\(value) is not the constant \(rule)") }
            case "enum":
                if !((rule as? [Any]) ?? []).contains(where: { Self.equal(value, $0) }) { fail("\(value) is not one of \(rule)") }
            case "required":
                for key in rule as? [String] ?? [] where (value as? [String: Any])?[key] == nil && value is [String: Any] {
                    fail("required key \(key) missing")
                }
            case "properties":
                guard let object = value as? [String: Any], let properties = rule as? [String: Any] else { continue }
                for (key, sub) in properties {
                    if let child = object[key], let sub = sub as? [String: Any] {
                        check(child, against: sub, at: path.isEmpty ? key : "\(path).\(key)", into: &errors)
                    }
                }
            case "additionalProperties":
                guard let object = value as? [String: Any], (rule as? Bool) == false else { continue }
                let declared = Set((schema["properties"] as? [String: Any] ?? [:]).keys)
                for key in object.keys.sorted() where !declared.contains(key) { fail("undeclared key \(key)") }
            case "items":
                guard let array = value as? [Any], let sub = rule as? [String: Any] else { continue }
                for (index, element) in array.enumerated() { check(element, against: sub, at: "\(path)[\(index)]", into: &errors) }
            case "minimum", "maximum":
                guard let number = Self.number(value), let bound = Self.number(rule) else { continue }
                if keyword == "minimum" ? number < bound : number > bound { fail("\(number) is beyond the \(keyword) \(bound)") }
            case "minItems", "maxItems":
                guard let array = value as? [Any], let bound = rule as? Int else { continue }
                if keyword == "minItems" ? array.count < bound : array.count > bound { fail("\(array.count) items, \(keyword) \(bound)") }
            case "maxLength":
                if let text = value as? String, let bound = rule as? Int, text.unicodeScalars.count > bound {
                    fail("\(text.unicodeScalars.count) characters, maxLength \(bound)")
                }
            case "pattern":
                if let text = value as? String, let pattern = rule as? String,
                   text.range(of: pattern, options: .regularExpression) == nil {
                    fail("\"\(text)\" does not match \(pattern)")
                }
            case "format":
                if let text = value as? String, (rule as? String) == "date-time", ISO8601DateFormatter().date(from: text) == nil {
                    fail("\"\(text)\" is not an RFC 3339 date-time")
                }
            default:
                if !Self.annotations.contains(keyword) { fail("keyword \(keyword) is not supported by this validator") }
            }
        }
    }

    /// JSONSerialization gives `true` as an NSNumber that also casts to Int (and 1 to Bool);
    /// only its class tells them apart.
    private static func isBool(_ value: Any) -> Bool {
        String(describing: type(of: value)) == "__NSCFBoolean"
    }

    private static func number(_ value: Any) -> Double? {
        isBool(value) ? nil : (value as? NSNumber)?.doubleValue
    }

    private static func has(_ value: Any, type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "boolean": return isBool(value)
        case "integer": return number(value).map { $0 == $0.rounded() } ?? false
        case "number": return number(value) != nil
        case "string": return value is String
        case "array": return value is [Any]
        case "object": return value is [String: Any]
        default: return false
        }
    }

    private static func equal(_ a: Any, _ b: Any) -> Bool {
        if let x = number(a), let y = number(b) { return x == y }
        if isBool(a) || isBool(b) { return isBool(a) && isBool(b) && (a as? Bool) == (b as? Bool) }
        if let x = a as? String, let y = b as? String { return x == y }
        return a is NSNull && b is NSNull
    }
}
