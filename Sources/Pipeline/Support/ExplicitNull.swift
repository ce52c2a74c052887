import Foundation

/// An optional field that a synthesized `Encodable` writes as `null` when it has no value;
/// a plain optional is left out instead. Report files show the same keys on every row
/// (docs/schemas/ requires them), so consumers never have to tell "absent" from "undefined".
///
/// Decoding accepts both forms: `null` and a missing key give nil, as for a plain optional
/// (see the `KeyedDecodingContainer` overload below).
@propertyWrapper
public struct ExplicitNull<Value: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value = wrappedValue {
            try container.encode(value)
        } else {
            try container.encodeNil()
        }
    }
}

extension KeyedDecodingContainer {
    /// Synthesized decoders call this overload for `@ExplicitNull` fields, so a missing key
    /// reads as nil rather than failing, as it would for any other non-optional type.
    public func decode<Value>(_ type: ExplicitNull<Value>.Type, forKey key: Key) throws -> ExplicitNull<Value> {
        try decodeIfPresent(type, forKey: key) ?? ExplicitNull(wrappedValue: nil)
    }
}
