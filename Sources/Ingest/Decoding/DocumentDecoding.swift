import Foundation

/// Whole-document decoding for inputs that are small and need a tree anyway (HTML pages).
enum DocumentDecoding {
    /// The page as UTF-8, whatever it was declared or sent as.
    static func utf8HTML(_ body: Data, contentType: String?) -> [UInt8] {
        body.withUnsafeBytes { raw in
            let detection = CharsetDetector.detect(raw, contentType: contentType, markup: .html)
            let transcoder = UTF8Transcoder(encoding: detection.encoding)
            var output: [UInt8] = []
            output.reserveCapacity(raw.count)
            transcoder.convert(UnsafeRawBufferPointer(rebasing: raw[detection.bomLength...]), isLast: true, into: &output)
            return output
        }
    }
}
