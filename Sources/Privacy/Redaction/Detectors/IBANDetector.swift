/// IBANs, written with or without the customary groups of four (`DE89 3704 0044 0532 0130 00`),
/// validated with the ISO 13616 / ISO 7064 mod-97 check, so a random letter-digit string
/// with the right shape is accepted only one time in 97.
enum IBANDetector {
    /// IBAN length per country, from the SWIFT IBAN Registry (release 2024); countries not listed
    /// are not matched rather than guessed.
    static let lengths: [String: Int] = [
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
        "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28,
        "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
        "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
        "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
        "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18,
        "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24,
        "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
        "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
    ]

    /// Cheap shape test used at every word start: two letters and two check digits.
    @inline(__always) static func mayStart(_ text: UTF8Text, at start: Int) -> Bool {
        ASCII.isLetter(text[start]) && ASCII.isLetter(text[start + 1])
            && ASCII.isDigit(text[start + 2]) && ASCII.isDigit(text[start + 3])
    }

    static func match(_ text: UTF8Text, at start: Int) -> Detection? {
        guard mayStart(text, at: start) else { return nil }
        let country = String(decoding: [ASCII.upper(text[start]), ASCII.upper(text[start + 1])], as: UTF8.self)
        guard let length = lengths[country] else { return nil }
        var characters: [UInt8] = []
        characters.reserveCapacity(length)
        var i = start
        var end = start
        while characters.count < length {
            let b = text[i]
            if ASCII.isAlnum(b) {
                characters.append(ASCII.upper(b))
                i += 1
                end = i
            } else if b == ASCII.space && characters.count >= 4 && ASCII.isAlnum(text[i + 1]) {
                i += 1
            } else {
                break
            }
        }
        guard characters.count == length, !text.isWordScalar(at: end),
              characters[4...].allSatisfy({ ASCII.isAlnum($0) }),
              Checksums.ibanRemainder(characters) == 1
        else { return nil }
        return Detection(.iban, start, end)
    }
}
