/// A value per scored language, read with a switch. The rules' tables are written as
/// `[Language: Value]` literals; looking one up hashed the language with SipHash, several
/// times per text, so the hot paths read this copy instead.
struct PerLanguage<Value: Sendable>: Sendable {
    let de: Value?
    let en: Value?

    /// `other` is never scored, and no table lists it.
    init(_ table: [Language: Value]) {
        de = table[.de]
        en = table[.en]
    }

    @inline(__always)
    subscript(language: Language) -> Value? {
        switch language {
        case .de: de
        case .en: en
        case .other: nil
        }
    }
}
