/// Open-addressing hash table from a precomputed 64-bit hash to a small integer id, for
/// `FastXMLScanner`'s element names: a feed has a few dozen distinct names and opens one
/// every few dozen bytes, so the lookup must cost a handful of instructions, not a `Hasher`
/// run over a `String`. The caller confirms a candidate (`find`'s `where`), so hash
/// collisions cost a probe, never a wrong answer.
struct NameTable {
    private var slots = [Int32](repeating: -1, count: 64)
    private var hashes = [UInt64](repeating: 0, count: 64)
    private var count = 0

    /// The id stored under `hash` for which `matches` holds, or nil.
    func find(_ hash: UInt64, where matches: (Int) -> Bool) -> Int? {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index] >= 0 {
            if hashes[index] == hash, matches(Int(slots[index])) { return Int(slots[index]) }
            index = (index + 1) & mask
        }
        return nil
    }

    mutating func insert(_ hash: UInt64, id: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index] >= 0 { index = (index + 1) & mask }
        slots[index] = Int32(id)
        hashes[index] = hash
        count += 1
    }

    private mutating func grow() {
        let old = zip(hashes, slots).filter { $0.1 >= 0 }
        slots = [Int32](repeating: -1, count: slots.count * 2)
        hashes = [UInt64](repeating: 0, count: slots.count)
        count = 0
        for (hash, id) in old { insert(hash, id: Int(id)) }
    }
}
