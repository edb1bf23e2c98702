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

    public var description: String {
        switch self {
        case .missingFile(let path): "\(path): no such file or folder"
        case .unreadable(let path, let reason): "\(path): cannot be read (\(reason))"
        case .invalidUTF8(let path, let offset): "\(path): not valid UTF-8 (first bad byte at offset \(offset)); convert it to UTF-8 first, e.g. with iconv"
        case .binary(let path): "\(path): looks like binary data, not an article"
        case .empty(let path): "\(path): the file is empty"
        case .noArticles(let path): "\(path): no articles found (expected .txt files)"
        case .unsupportedType(let path): "\(path): unsupported file type (expected .txt)"
        }
    }
}
