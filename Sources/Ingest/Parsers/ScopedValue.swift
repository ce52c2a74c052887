/// A value an element sets for its whole subtree (`xml:base`, `xml:lang`), kept as the list of
/// changes with the depth that made them: an element that changes nothing (nearly all of them)
/// costs nothing on the way in or out.
struct ScopedValue<Value> {
    private var changes: [(depth: Int, value: Value)]

    init(_ initial: Value) {
        changes = [(0, initial)]
    }

    /// The value in effect at the innermost open element.
    var current: Value { changes[changes.count - 1].value }

    /// The value in effect at `depth` (an open element's depth or less).
    func value(atDepth depth: Int) -> Value {
        changes.last { $0.depth <= depth }!.value
    }

    /// The element at `depth` sets `value` for itself and its descendants.
    mutating func set(_ value: Value, atDepth depth: Int) {
        changes.append((depth, value))
    }

    /// The element at `depth` closes: what it set ends.
    mutating func leave(depth: Int) {
        while changes.count > 1, changes[changes.count - 1].depth >= depth { changes.removeLast() }
    }
}
