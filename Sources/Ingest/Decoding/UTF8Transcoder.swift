/// Turns a document's bytes into UTF-8, chunk by chunk, whatever `SourceEncoding` it has.
/// windows-1252 (the commonest legacy feed encoding) uses a table instead of iconv: it is the
/// fallback for every undeclared non-UTF-8 feed, and its five undefined bytes map to the C1
/// code points as browsers do rather than failing.
struct UTF8Transcoder {
    private enum Mode {
        case passthrough
        case windows1252
        case table([UInt32])
        case iconv(IconvConverter)
    }

    private let mode: Mode

    init(encoding: SourceEncoding) {
        switch encoding {
        case .utf8, .ascii: mode = .passthrough
        case .windows1252: mode = .windows1252
        case .utf16LE: mode = IconvConverter(from: "UTF-16LE", unitSize: 2).map(Mode.iconv) ?? .windows1252
        case .utf16BE: mode = IconvConverter(from: "UTF-16BE", unitSize: 2).map(Mode.iconv) ?? .windows1252
        case .utf32LE: mode = IconvConverter(from: "UTF-32LE", unitSize: 4).map(Mode.iconv) ?? .windows1252
        case .utf32BE: mode = IconvConverter(from: "UTF-32BE", unitSize: 4).map(Mode.iconv) ?? .windows1252
        case .iconv(let name): mode = IconvConverter(from: name).map(Mode.iconv) ?? .windows1252
        case .singleByte(let page): mode = .table(page.upperHalf)
        }
    }

    /// True when the input is already UTF-8 and chunks can be used as they are.
    var isPassthrough: Bool {
        if case .passthrough = mode { return true }
        return false
    }

    /// Appends the UTF-8 form of `input` to `output`.
    func convert(_ input: UnsafeRawBufferPointer, isLast: Bool, into output: inout [UInt8]) {
        switch mode {
        case .passthrough:
            output.append(contentsOf: input)
        case .windows1252:
            output.reserveCapacity(output.count + input.count * 2)
            for byte in input {
                if byte < 0x80 {
                    output.append(byte)
                } else {
                    let value = byte < 0xA0 ? EntityReference.windows1252C1[Int(byte - 0x80)] : UInt32(byte)
                    appendUTF8(value, to: &output)
                }
            }
        case .table(let upperHalf):
            output.reserveCapacity(output.count + input.count * 2)
            for byte in input {
                if byte < 0x80 { output.append(byte) } else { appendUTF8(upperHalf[Int(byte - 0x80)], to: &output) }
            }
        case .iconv(let converter):
            converter.convert(input, isLast: isLast, into: &output)
        }
    }

    private func appendUTF8(_ value: UInt32, to output: inout [UInt8]) {
        if value < 0x800 {
            output.append(UInt8(0xC0 | (value >> 6)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        } else {
            output.append(UInt8(0xE0 | (value >> 12)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        }
    }
}
