/// A lexicon or topic file could not be used. Every case names the file (relative to the
/// lexicon directory, or the path given in the configuration), the 1-based line where it
/// applies, and what the user can do about it.
public enum LexiconError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case malformedLine(file: String, line: Int, problem: String, fix: String)
    case invalidTopics(file: String, problem: String, fix: String)

    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "lexicon \(file): cannot read (\(reason)); check the path and that the file is UTF-8"
        case let .malformedLine(file, line, problem, fix):
            return "lexicon \(file):\(line): \(problem); \(fix)"
        case let .invalidTopics(file, problem, fix):
            return "topics \(file): \(problem); \(fix)"
        }
    }
}
