import Foundation

/// Every entry under a folder, found with `opendir` and `readdir`: what
/// `FileManager.enumerator(atPath:)` lists (hidden entries included,
/// folders descended, symbolic links listed but not followed), with each
/// entry's type as the folder reports it.
///
/// Foundation's enumerator made a string, a dictionary and several system
/// calls of every entry: listing a folder of short articles took as long
/// as reading them. A subfolder that cannot be opened is passed over, as
/// the enumerator passes it over.
struct FolderWalk {
    /// An entry's path relative to the folder walked, and whether the
    /// folder says it is a regular file (a symbolic link is not, whatever
    /// it points to).
    struct Entry {
        var relativePath: String
        var isRegularFile: Bool
    }

    /// The entries under `folder`, or nil when `folder` cannot be opened.
    static func entries(under folder: String) -> [Entry]? {
        guard let top = opendir(folder) else { return nil }
        var entries: [Entry] = []
        walk(top, path: folder, prefix: "", into: &entries)
        return entries
    }

    /// Reads the open folder `dir` (at `path`, whose entries are listed as
    /// `prefix` + name) and closes it, descending into its subfolders.
    private static func walk(_ dir: OpaquePointer, path: String, prefix: String, into entries: inout [Entry]) {
        var subfolders: [(path: String, prefix: String)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            let full = path.hasSuffix("/") ? path + name : path + "/" + name
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                // Some file systems do not say: ask for the entry itself, not what a link points to.
                var info = stat()
                if lstat(full, &info) == 0 {
                    switch info.st_mode & S_IFMT {
                    case S_IFDIR: type = UInt8(DT_DIR)
                    case S_IFREG: type = UInt8(DT_REG)
                    default: break
                    }
                }
            }
            entries.append(Entry(relativePath: relative, isRegularFile: type == UInt8(DT_REG)))
            if type == UInt8(DT_DIR) { subfolders.append((full, relative)) }
        }
        closedir(dir)
        // After closing this folder, so a deep tree holds one open folder per level at most.
        for sub in subfolders {
            guard let dir = opendir(sub.path) else { continue }
            walk(dir, path: sub.path, prefix: sub.prefix, into: &entries)
        }
    }
}
