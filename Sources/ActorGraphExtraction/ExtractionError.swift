/// Why extraction stopped, other than its input's own errors (which are
/// `LoadError`s or the store's).
public enum ExtractionError: Error, Equatable, CustomStringConvertible {
    /// The temporary file that keeps the first pass's sentences for the
    /// second could not be created, written or read; `reason` is the
    /// system's message ("No space left on device").
    case spill(path: String, reason: String)
    /// The temporary file gave back bytes its writer did not write
    /// (truncated or changed by something else while extraction ran).
    case damagedSpill

    public var description: String {
        switch self {
        case .spill(let path, let reason):
            return "cannot use the temporary file \(path) that extraction keeps between its passes: \(reason) (set TMPDIR to a folder with free space)"
        case .damagedSpill:
            return "the temporary file that extraction keeps between its passes was changed or cut short while it ran"
        }
    }
}
