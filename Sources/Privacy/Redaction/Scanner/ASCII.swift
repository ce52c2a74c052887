/// Byte classes for the UTF-8 scanner. ASCII-only on purpose: every trigger character and
/// every identifier format (digits, `@`, `+`, URL syntax) is ASCII; non-ASCII letters matter
/// only as parts of words and are classified through their lead byte in `UTF8Text`.
enum ASCII {
    static let space: UInt8 = 0x20, tab: UInt8 = 0x09, newline: UInt8 = 0x0A, carriageReturn: UInt8 = 0x0D
    static let at: UInt8 = 0x40, plus: UInt8 = 0x2B, minus: UInt8 = 0x2D, dot: UInt8 = 0x2E
    static let slash: UInt8 = 0x2F, colon: UInt8 = 0x3A, comma: UInt8 = 0x2C, underscore: UInt8 = 0x5F
    static let openParen: UInt8 = 0x28, closeParen: UInt8 = 0x29, openBracket: UInt8 = 0x5B
    static let closeBracket: UInt8 = 0x5D, openBrace: UInt8 = 0x7B, closeBrace: UInt8 = 0x7D
    static let hash: UInt8 = 0x23, apostrophe: UInt8 = 0x27, zero: UInt8 = 0x30

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) }
    @inline(__always) static func isHexDigit(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20) &- 0x61 < 6 }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
    @inline(__always) static func upper(_ b: UInt8) -> UInt8 { (b &- 0x61 < 26) ? b & 0xDF : b }
    @inline(__always) static func isBlank(_ b: UInt8) -> Bool { b == space || b == tab }
    @inline(__always) static func isLineBreak(_ b: UInt8) -> Bool { b == newline || b == carriageReturn }
    @inline(__always) static func isWhitespace(_ b: UInt8) -> Bool { isBlank(b) || isLineBreak(b) }

    /// Lowercased bytes of an ASCII string literal, for comparisons against lowered text.
    static func bytes(_ string: String) -> [UInt8] { Array(string.lowercased().utf8) }
}
