/// One lexical piece of a free-form date.
enum DateToken: Equatable {
    /// A run of digits, with its length ("04" is two digits, a two-digit year).
    case number(Int, digits: Int)
    /// A run of letters, lowercased, without a trailing dot.
    case word(String)
    /// `H:MM`, `H:MM:SS` (more than three parts is rejected by the parser).
    case time([Int])
    case punctuation(Character)

    /// Splits `text` into tokens; fractions of seconds (`:58.0`) are dropped.
    static func tokenize(_ text: String) -> [DateToken]? {
        var tokens: [DateToken] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace || scalar == "," {
                index += 1
            } else if let digit = digitValue(scalar) {
                var value = digit
                var count = 1
                index += 1
                while index < scalars.count, let next = digitValue(scalars[index]) {
                    guard count < 14 else { return nil }
                    value = value * 10 + next
                    count += 1
                    index += 1
                }
                if index + 1 < scalars.count, scalars[index] == ":", digitValue(scalars[index + 1]) != nil {
                    var parts = [value]
                    while index + 1 < scalars.count, scalars[index] == ":", digitValue(scalars[index + 1]) != nil {
                        index += 1
                        var part = 0
                        var partDigits = 0
                        while index < scalars.count, let next = digitValue(scalars[index]), partDigits < 3 {
                            part = part * 10 + next
                            partDigits += 1
                            index += 1
                        }
                        guard partDigits == 2 else { return nil }
                        parts.append(part)
                    }
                    if index + 1 < scalars.count, scalars[index] == ".", digitValue(scalars[index + 1]) != nil, parts.count == 3 {
                        index += 1
                        while index < scalars.count, digitValue(scalars[index]) != nil { index += 1 }
                    }
                    tokens.append(.time(parts))
                } else {
                    tokens.append(.number(value, digits: count))
                }
            } else if scalar.properties.isAlphabetic {
                var word = String.UnicodeScalarView()
                while index < scalars.count, scalars[index].properties.isAlphabetic
                    || (scalars[index] == "/" && String(word).lowercased() == "etc")
                    || (scalars[index] == "." && index + 1 < scalars.count && scalars[index + 1].properties.isAlphabetic && word.count == 1)
                {
                    word.append(scalars[index])
                    index += 1
                }
                tokens.append(.word(String(word).lowercased()))
                if index < scalars.count, scalars[index] == "." { index += 1 }  // "Nov." "Mo."
            } else {
                tokens.append(.punctuation(Character(scalar)))
                index += 1
            }
        }
        return tokens
    }

    private static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        scalar.value >= 0x30 && scalar.value <= 0x39 ? Int(scalar.value - 0x30) : nil
    }
}
