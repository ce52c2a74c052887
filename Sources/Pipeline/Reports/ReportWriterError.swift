import Foundation

/// Why writing a report failed, with the path and what the operator can check.
public enum ReportWriterError: Error, Equatable, CustomStringConvertible {
    case createDirectory(path: String, reason: String)
    case encode(file: String, reason: String)
    case writeFile(path: String, reason: String)
    case replace(path: String, errno: Int32, reason: String)
    case listDirectory(path: String, reason: String)

    public var description: String {
        switch self {
        case .createDirectory(let path, let reason):
            return "cannot create report folder \(path): \(reason) (check that the reports directory is writable)"
        case .encode(let file, let reason):
            return "cannot encode \(file): \(reason)"
        case .writeFile(let path, let reason):
            return "cannot write \(path): \(reason) (disk full or no permission?)"
        case .replace(let path, let errno, let reason):
            return "cannot move \(path) into place: \(reason) (errno \(errno)); a folder in the way must be removed by hand"
        case .listDirectory(let path, let reason):
            return "cannot list \(path) for index.html: \(reason)"
        }
    }
}
