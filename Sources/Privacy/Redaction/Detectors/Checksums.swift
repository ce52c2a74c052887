/// The check-digit algorithms that separate real identifiers from look-alike digit strings.
enum Checksums {
    /// ISO 7064 MOD 97-10 as used by IBAN (ISO 13616): move the first four characters to the
    /// end, read letters as 10…35, take the number mod 97; valid IBANs give 1.
    static func ibanRemainder(_ characters: [UInt8]) -> Int {
        var remainder = 0
        for b in characters[4...] + characters[..<4] {
            if ASCII.isDigit(b) {
                remainder = (remainder * 10 + Int(b - ASCII.zero)) % 97
            } else {
                remainder = (remainder * 100 + Int(b - 0x41) + 10) % 97
            }
        }
        return remainder
    }

    /// Luhn (ISO/IEC 7812-1 Annex B) over ASCII digits: payment card numbers pass it.
    static func luhnIsValid(_ digits: [UInt8]) -> Bool {
        var sum = 0
        for (offset, b) in digits.reversed().enumerated() {
            var value = Int(b - ASCII.zero)
            if offset % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum % 10 == 0
    }

    /// German tax identification number (Steuer-IdNr, § 139b AO), 11 ASCII digits:
    /// - the first digit is not 0;
    /// - in the first ten digits exactly one digit occurs twice or three times, every other at
    ///   most once, and a triple may not stand three in a row (BZSt rule since 2016);
    /// - the eleventh digit is the ISO 7064 MOD 11,10 check digit of the first ten.
    static func taxIDIsValid(_ digits: [UInt8]) -> Bool {
        guard digits.count == 11, digits[0] != ASCII.zero else { return false }
        var counts = [Int](repeating: 0, count: 10)
        for b in digits[0..<10] { counts[Int(b - ASCII.zero)] += 1 }
        let repeated = counts.filter { $0 > 1 }
        guard repeated.count == 1, repeated[0] <= 3 else { return false }
        if repeated[0] == 3 {
            for index in 0..<8 where digits[index] == digits[index + 1] && digits[index] == digits[index + 2] {
                return false
            }
        }
        var product = 10
        for b in digits[0..<10] {
            var sum = (Int(b - ASCII.zero) + product) % 10
            if sum == 0 { sum = 10 }
            product = (sum * 2) % 11
        }
        var check = 11 - product
        if check == 10 { check = 0 }
        return check == Int(digits[10] - ASCII.zero)
    }
}
