/// An open-addressing hash table keyed by `TermHash` values.
///
/// The keys already are well-mixed 64-bit hashes, so this table uses them directly instead of
/// re-hashing with SipHash as `Dictionary` does; a miss, by far the most common lookup (most
/// words carry no sentiment), costs one or two array reads. Built once at load time and
/// read-only afterwards.
struct TermTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    /// Key 0 marks an empty slot; a term hashing to 0 is stored under 1 (FNV-1a practically
    /// never yields either).
    @inline(__always)
    static func slotKey(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// A filter of every stored key (as `slotKey` stores it), for tables mostly probed for
    /// keys they do not hold: test `filter.mayContain(slotKey(key))` before the lookup.
    func keyFilter() -> TermFilter {
        var filter = TermFilter()
        for key in keys where key != 0 { filter.insert(key) }
        return filter
    }

    /// Every stored key (as `slotKey` stores it), for tables built from this one's keys.
    var storedKeys: [UInt64] { keys.filter { $0 != 0 } }

    init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
    }

    @inline(__always)
    subscript(key: UInt64) -> Value? {
        get {
            let key = Self.slotKey(key)
            var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
            while true {
                let stored = keys[slot]
                if stored == key { return values[slot] }
                if stored == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
        set {
            guard let newValue else { return }  // removal is never needed: tables only grow
            if (count + 1) * 2 > keys.count { grow() }
            let key = Self.slotKey(key)
            var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == 0 { count += 1 }
            keys[slot] = key
            values[slot] = newValue
        }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        let capacity = keys.count * 2
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
        count = 0
        for (key, value) in zip(oldKeys, oldValues) where key != 0 { self[key] = value }
    }
}
