/// The bytes `ParsedFeedJSONWriter` has not written out yet, in one block of memory it
/// manages itself. `Array.append(contentsOf:)` cost about 95 instructions per call (capacity
/// and uniqueness checks, a generic copy), and the writer appends some 25 pieces per entry;
/// here a caller reserves room once per piece and stores through a pointer.
///
/// Ownership: the block is allocated by `init`, replaced by `grow` and freed by `deinit`; no
/// pointer handed out by `reserve` may be kept past the next `reserve` (it may move the block).
final class JSONOutputBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    /// Bytes in use, from `base`.
    var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// Room for at least `extra` more bytes: where they go. Set `count` after storing them.
    @inline(__always)
    func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
        if count + extra > capacity { grow(toAtLeast: count + extra) }
        return base + count
    }

    @inline(never)
    private func grow(toAtLeast minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        moved.initialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = newCapacity
    }

    @inline(__always)
    func append(_ literal: StaticString) {
        let length = literal.utf8CodeUnitCount
        reserve(length).initialize(from: literal.utf8Start, count: length)
        count += length
    }

    /// Copies `length` bytes that are already in the buffer, from `offset`, to its end.
    func appendCopy(from offset: Int, length: Int) {
        let target = reserve(length)
        target.initialize(from: base + offset, count: length)
        count += length
    }

    var bytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base, count: count)
    }
}
