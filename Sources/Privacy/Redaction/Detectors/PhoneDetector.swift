/// German and international phone numbers: `+49 171 1234567`, `+49 (0)30 7781 2290`,
/// `0049-89-55512345`, `0171/1234567`, `(030) 123 45 67`, `+1 (555) 123-4567`, and North
/// American numbers written without the country code in their two usual shapes,
/// `(425) 882-9090` and `425-882-9090` (see `matchNorthAmerican`).
///
/// A number counts only if it starts like one: `+` and a country code, `00` and a country code,
/// or the German trunk prefix `0` and a non-zero area code digit. That single rule keeps dates
/// (`23.11.2026`), prices, times and version numbers out without a list of exceptions; dots
/// are never separators, so `03.11.2026` stops after "03".
enum PhoneDetector {
    /// Fewer digits than a German local number with area code ("030 1234") is something else.
    static let minDigits = 7
    /// ITU-T E.164 §6: at most 15 digits including the country code.
    static let maxDigits = 15
    /// After a group this long the subscriber number is complete: a further space-separated
    /// group ("030 12345678 12 Uhr") belongs to the sentence, not the number.
    static let subscriberGroupLength = 6

    /// The phone number starting at `start` (`+`, `(` or `0`).
    static func match(_ text: UTF8Text, at start: Int) -> Detection? {
        var i = start
        var international = false
        if text[i] == ASCII.plus {
            guard ASCII.isDigit(text[i + 1]), text[i + 1] != ASCII.zero else { return nil }
            international = true
            i += 1
        }
        var digitCount = 0
        var groupLengths: [Int] = []
        var separators: [UInt8] = []
        var end = start
        var separator: UInt8 = 0
        while true {
            let groupStart = i
            var parenthesised = false
            if text[i] == ASCII.openParen {
                parenthesised = true
                i += 1
                if groupLengths.isEmpty && text[i] == ASCII.plus && text[i + 1] != ASCII.zero {
                    international = true
                    i += 1
                }
            }
            let digitsStart = i
            while ASCII.isDigit(text[i]) { i += 1 }
            let length = i - digitsStart
            if length == 0 || (parenthesised && text[i] != ASCII.closeParen) {
                i = groupStart
                break
            }
            if parenthesised { i += 1 }
            // "+49 (0)30": the bracketed trunk zero is dialled only from inside Germany.
            let isBracketedTrunkZero = parenthesised && length == 1 && text[digitsStart] == ASCII.zero
                && !groupLengths.isEmpty
            let counted = isBracketedTrunkZero ? 0 : length
            if groupLengths.isEmpty {
                guard length <= maxDigits else { return nil }
                if !international {
                    // Leading "0": either "00" + country code or trunk "0" + area code 1–9.
                    guard text[digitsStart] == ASCII.zero else { return nil }
                    let second = length > 1 ? text[digitsStart + 1] : text[i + 1]
                    if second == ASCII.zero {
                        guard length > 2, text[digitsStart + 2] != ASCII.zero else { return nil }
                        digitCount -= 2  // the "00" prefix is not part of the E.164 number
                        international = true
                    }
                }
            } else {
                // Single digits only as a bracketed trunk zero, a one-digit area code after the
                // country code ("+33 1", "+353 1"), an extension after "-", or the tail of short
                // groups ("(0800) 123 456 7"); after a long group a lone digit is prose.
                let isAreaAfterCountryCode = international && groupLengths.count == 1
                let isShortGroupTail = (groupLengths.last ?? 0) <= 3 && groupLengths.count >= 2
                if length == 1 && !isBracketedTrunkZero && separator != ASCII.minus && !isAreaAfterCountryCode
                    && !isShortGroupTail {
                    i = groupStart
                    break
                }
                if digitCount + counted > maxDigits {
                    i = groupStart
                    break
                }
            }
            digitCount += counted
            groupLengths.append(length)
            end = i
            // Separators: one space, "-", "/", " / ", " - ", or none next to a bracket.
            let separatorStart = i
            let b = text[i]
            if b == ASCII.space {
                let next = text[i + 1]
                if (next == ASCII.minus || next == ASCII.slash) && text[i + 2] == ASCII.space {
                    separator = next
                    i += 3
                } else {
                    separator = ASCII.space
                    i += 1
                }
            } else if b == ASCII.minus || b == ASCII.slash {
                separator = b
                i += 1
            } else if b == ASCII.openParen || (text[i - 1] == ASCII.closeParen && ASCII.isDigit(b)) {
                separator = 0
            } else {
                break
            }
            let crossesSpace = separator == ASCII.space && length >= subscriberGroupLength
            if crossesSpace || !(ASCII.isDigit(text[i]) || text[i] == ASCII.openParen) {
                i = separatorStart
                break
            }
            separators.append(separator)
        }
        guard digitCount >= minDigits else { return nil }
        // Glued to a word or continuing as a decimal ("0171abc", "0,99"): not a phone number.
        let after = text[end]
        if text.isWordScalar(at: end) { return nil }
        if (after == ASCII.dot || after == ASCII.comma || after == ASCII.colon) && ASCII.isDigit(text[end + 1]) {
            return nil
        }
        if looksLikeDate(groupLengths: groupLengths, separators: separators) { return nil }
        return Detection(.phone, start, end)
    }

    /// A North American number without `+1`: `(NXX) NXX-XXXX`, `(NXX)NXX-XXXX`,
    /// `(NXX) NXX XXXX` or `NXX-NXX-XXXX`, where N is 2–9 (NANP: area codes and exchanges never
    /// start with 0 or 1). Only these exact 3-3-4 shapes count, so German order numbers
    /// (`4711-2026-883`), dates (`2026-11-23`) and ISBNs (`978-3-16-148410-0`) stay; dots are not
    /// accepted as separators (`425.882.9090` reads like a version or an IP).
    static func matchNorthAmerican(_ text: UTF8Text, at start: Int) -> Detection? {
        var i = start
        let bracketed = text[i] == ASCII.openParen
        if bracketed { i += 1 }
        guard isNANPGroupStart(text[i]), ASCII.isDigit(text[i + 1]), ASCII.isDigit(text[i + 2]) else { return nil }
        i += 3
        if bracketed {
            guard text[i] == ASCII.closeParen else { return nil }
            i += 1
            if text[i] == ASCII.space { i += 1 }
        } else {
            guard text[i] == ASCII.minus else { return nil }
            i += 1
        }
        guard isNANPGroupStart(text[i]), ASCII.isDigit(text[i + 1]), ASCII.isDigit(text[i + 2]) else { return nil }
        i += 3
        let separator = text[i]
        guard separator == ASCII.minus || (bracketed && separator == ASCII.space) else { return nil }
        i += 1
        for offset in 0..<4 where !ASCII.isDigit(text[i + offset]) { return nil }
        i += 4
        // Glued to more digits or a word ("425-882-90901", "425-882-9090x"): something else.
        if text.isWordScalar(at: i) || ((text[i] == ASCII.minus || text[i] == ASCII.dot) && ASCII.isDigit(text[i + 1])) {
            return nil
        }
        return Detection(.phone, start, i)
    }

    @inline(__always) private static func isNANPGroupStart(_ b: UInt8) -> Bool { b >= 0x32 && b <= 0x39 }

    /// "01-12-2026", "1/12/26": three short groups with one repeated separator.
    static func looksLikeDate(groupLengths: [Int], separators: [UInt8]) -> Bool {
        guard groupLengths.count == 3, separators.count == 2, separators[0] == separators[1],
              separators[0] == ASCII.minus || separators[0] == ASCII.slash else { return false }
        return groupLengths[0] <= 2 && groupLengths[1] <= 2 && (groupLengths[2] == 2 || groupLengths[2] == 4)
    }
}
