/// The kinds of personal identifiers the `Redactor` replaces; the raw value is the
/// placeholder text without brackets (`[EMAIL]`) and the label in gold files.
public enum PIIType: String, Sendable, Codable, CaseIterable {
    case email = "EMAIL", phone = "PHONE", iban = "IBAN", card = "CARD", ip = "IP"
    case address = "ADDRESS", taxID = "TAXID", profile = "PROFILE", handle = "HANDLE", name = "NAME"

    /// The text that replaces an identifier of this type, e.g. `[PHONE]`.
    public var placeholder: String { "[\(rawValue)]" }
}
