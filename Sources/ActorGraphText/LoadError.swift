/// Why an input could not be read. Every case names the file, so a user
/// reading a one-line message knows what to fix.
public enum LoadError: Error, Equatable, CustomStringConvertible, Sendable {
    case missingFile(String)
    case unreadable(String, reason: String)
    case invalidUTF8(String, byteOffset: Int)
    case binary(String)
    case empty(String)
    case noArticles(String)
    case unsupportedType(String)
    /// An HTML page with no visible article text once scripts, navigation
    /// and other page furniture are removed.
    case noVisibleText(String)
    /// A JSON Lines file none of whose lines is a usable article; `firstProblem`
    /// is the first skipped line's warning, so the one-line message says why.
    case noUsableLines(String, skipped: Int, firstProblem: String)
    /// A single-article file (or standard input) larger than the loader
    /// reads whole; `bytes` is its size when known (not for a pipe), `limit`
    /// is `DocumentLoader.maxArticleBytes`.
    case tooLarge(String, bytes: Int?, limit: Int)

    /// The path standard input goes by in inputs and messages.
    public static let standardInput = "-"

    public var description: String {
        switch self {
        case .missingFile(let path): "\(path): no such file or folder"
        case .unreadable(let path, let reason): "\(path): cannot be read (\(reason))"
        case .invalidUTF8(let path, let offset): "\(path): not valid UTF-8 (first bad byte at offset \(offset)); convert it to UTF-8 first, e.g. `iconv -f latin1 -t utf-8`"
        case .binary(let path): "\(path): looks like binary data, not an article"
        case .empty(let path) where path == Self.standardInput:
            "\(path): standard input is empty; pipe an article in, e.g. `actorgraph extract - < article.txt`"
        case .empty(let path): "\(path): the file is empty"
        case .noArticles(let path): "\(path): no articles found (expected .txt, .html or .jsonl files)"
        case .unsupportedType(let path): "\(path): unsupported file type (expected .txt, .html or .jsonl)"
        case .noVisibleText(let path): "\(path): no article text found in the page (only markup, scripts or navigation)"
        case .noUsableLines(let path, let skipped, let first):
            "\(path): no usable article line (\(skipped) line\(skipped == 1 ? "" : "s") skipped; first: \(first))"
        case .tooLarge(let path, let bytes, let limit):
            "\(path): too large for one article (\(bytes.map { "\($0) bytes" } ?? "more than \(limit) bytes"); the limit is \(limit >> 20) MB); split it into articles, or give a .jsonl feed, which is read a line at a time"
        }
    }
}
