import Foundation

/// A file path's extension and its last component without it, as
/// `URL(fileURLWithPath:)` gives them (`pathExtension`,
/// `deletingPathExtension().lastPathComponent`).
///
/// The loader asks both of every input file; building a `URL` for each took
/// about as long as reading a short article. A plain name with a plain
/// extension ("dir/article-12.txt") is cut on bytes; every other path
/// (no dot, a leading dot, an extension with a space or a non-ASCII
/// letter, a trailing slash, "..") goes through `URL`, whose rules for
/// those cases are its own.
struct PathName {
    let stem: String
    let pathExtension: String

    init(_ path: String) {
        if let cut = Self.plainCut(path) {
            (stem, pathExtension) = cut
        } else {
            let url = URL(fileURLWithPath: path)
            (stem, pathExtension) = (url.deletingPathExtension().lastPathComponent, url.pathExtension)
        }
    }

    /// The cut of a last component like "name.ext": a name that does not
    /// start with a dot and an extension of ASCII letters and digits.
    /// `URL` and `NSString` agree on such names, and only there.
    static func plainCut(_ path: String) -> (String, String)? {
        let bytes = Array(path.utf8)
        let componentStart = (bytes.lastIndex(of: 0x2F) ?? -1) + 1
        guard componentStart < bytes.count, bytes[componentStart] != 0x2E,
              let dot = bytes[componentStart...].lastIndex(of: 0x2E), dot + 1 < bytes.count,
              bytes[(dot + 1)...].allSatisfy({ $0 < 0x80 && (($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 >= 0x30 && $0 <= 0x39) })
        else { return nil }
        return (String(decoding: bytes[componentStart..<dot], as: UTF8.self), String(decoding: bytes[(dot + 1)...], as: UTF8.self))
    }
}
