import Glibc

/// Chunked conversion to UTF-8 through glibc's iconv. Bytes the source encoding does not
/// define become U+FFFD instead of aborting the document: one bad byte in a 5,000-item feed
/// must not lose the other items.
final class IconvConverter {
    /// Owned; closed in deinit.
    private let descriptor: iconv_t
    /// Bytes of a multi-byte character split across two chunks.
    private var carry: [UInt8] = []
    private let replacementSkip: Int

    /// Nil when iconv does not know `encoding`.
    init?(from encoding: String, unitSize: Int = 1) {
        let descriptor = iconv_open("UTF-8", encoding)
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { return nil }
        self.descriptor = descriptor
        replacementSkip = unitSize
    }

    deinit { iconv_close(descriptor) }

    static func isSupported(_ encoding: String) -> Bool {
        IconvConverter(from: encoding) != nil
    }

    /// Appends the UTF-8 form of `input` to `output`; `isLast` flushes a dangling partial character.
    func convert(_ input: UnsafeRawBufferPointer, isLast: Bool, into output: inout [UInt8]) {
        var source = carry
        source.append(contentsOf: input)
        carry.removeAll(keepingCapacity: true)
        let capacity = source.count * 4 + 16
        var scratch = [UInt8](repeating: 0, count: capacity)
        source.withUnsafeMutableBytes { sourceBytes in
            scratch.withUnsafeMutableBytes { scratchBytes in
                var inPointer = sourceBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = sourceBytes.count
                let outBase = scratchBytes.baseAddress!.assumingMemoryBound(to: CChar.self)
                while inLeft > 0 {
                    var outPointer: UnsafeMutablePointer<CChar>? = outBase
                    var outLeft = capacity
                    let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    output.append(contentsOf: UnsafeRawBufferPointer(start: outBase, count: capacity - outLeft))
                    if result != -1 { break }
                    let failure = errno
                    if failure == EINVAL, !isLast {
                        // Incomplete character at the chunk end: keep it for the next chunk.
                        carry.append(contentsOf: UnsafeRawBufferPointer(start: inPointer, count: inLeft))
                        break
                    }
                    if failure == E2BIG { continue }
                    output.append(contentsOf: [0xEF, 0xBF, 0xBD])  // U+FFFD
                    let skip = min(replacementSkip, inLeft)
                    inPointer = inPointer.map { $0 + skip }
                    inLeft -= skip
                }
            }
        }
    }
}
