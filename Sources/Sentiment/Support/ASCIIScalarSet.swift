/// A set of ASCII scalars as a 128-bit mask: one bit test per scalar, no hashing (the
/// tokeniser asks at every scalar whether an emoticon can start there).
struct ASCIIScalarSet: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// Adds `scalar`; scalars beyond ASCII are left out (they are never members).
    mutating func insert(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 64 {
            low |= 1 << value
        } else if value < 128 {
            high |= 1 << (value - 64)
        }
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 64 { return low & (1 << value) != 0 }
        if value < 128 { return high & (1 << (value - 64)) != 0 }
        return false
    }
}
