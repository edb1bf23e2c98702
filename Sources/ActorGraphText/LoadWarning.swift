/// A problem the loader worked around: one bad line of a JSON Lines file was
/// skipped, or a duplicate document id was renamed. The rest of the input
/// still loads; the command line prints each warning on standard error.
public struct LoadWarning: Equatable, Sendable, CustomStringConvertible {
    /// The file the problem is in (`-` for standard input).
    public var file: String
    /// The 1-based line number, when the problem is on one line.
    public var line: Int?
    /// What was wrong and what the loader did about it.
    public var reason: String

    public init(file: String, line: Int? = nil, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// One line: `feed.jsonl:7: not valid JSON (...); line skipped`.
    public var description: String {
        if let line { return "\(file):\(line): \(reason)" }
        return "\(file): \(reason)"
    }
}
