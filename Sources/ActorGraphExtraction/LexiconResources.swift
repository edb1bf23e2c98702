#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Where the lexicon's resource files are read from: a bundle, or the
/// module's resource folder read directly.
///
/// Every command loads the bundled lexicon, so this is start-up time.
/// `Bundle.module` makes the main bundle and the resource bundle, listing
/// the executable's folder (forty entries in a build folder) and the
/// resource folder several times, and each `url(forResource:)` and
/// `Data(contentsOf:)` goes through `URL` and Foundation's file reading:
/// about 2.5 million instructions before the first article. Here the
/// folder is found from `/proc/self/exe` and its files read with `open`
/// and `read`: beside the executable, where SwiftPM's build puts it and
/// `Bundle.module` looks first, or in `../share/actorgraph`, where
/// `make install` puts it (`Bundle.module` knows only the build folder
/// besides, so an installed binary stopped when that was deleted). Where
/// neither holds it (another platform), the bundle is used as before.
struct LexiconResources {
    private enum Source {
        case folder(String)
        case bundle(Bundle)
    }

    private let source: Source

    /// The files of `bundle`.
    init(bundle: Bundle) {
        source = .bundle(bundle)
    }

    /// The files of a folder, read directly.
    init(folder: String) {
        source = .folder(folder)
    }

    /// The module's own resource files: its folder when it is found,
    /// else `Bundle.module`.
    static var module: LexiconResources {
        if let folder = installedFolder { return LexiconResources(folder: folder) }
        return LexiconResources(bundle: .module)
    }

    /// The module's resource folder, beside the executable or in
    /// `../share/actorgraph` from it, when it is there with the compiled
    /// tables in it.
    static let installedFolder: String? = {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = buffer.withUnsafeMutableBufferPointer { readlink("/proc/self/exe", $0.baseAddress!, $0.count - 1) }
        guard n > 0 else { return nil }
        return folder(forExecutable: buffer.withUnsafeBufferPointer {
            String(decoding: $0.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        })
        #else
        return nil
        #endif
    }()

    /// The resource folder of the executable at `executable` (a path):
    /// the first of its two places that holds a readable compiled table.
    static func folder(forExecutable executable: String) -> String? {
        guard let slash = executable.utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
        let bin = String(executable[..<slash])
        return [bin + "/" + bundleName, bin + "/../share/actorgraph/" + bundleName].first {
            access($0 + "/lexicon.snapshot", R_OK) == 0
        }
    }

    /// The name SwiftPM gives the module's resource bundle.
    static let bundleName = "ActorGraph_ActorGraphExtraction.resources"

    /// The bytes of resource `name.ext`.
    func bytes(_ name: String, _ ext: String) throws -> [UInt8] {
        switch source {
        case .bundle(let bundle):
            guard let url = bundle.url(forResource: name, withExtension: ext) else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "\(name).\(ext)"])
            }
            return Array(try Data(contentsOf: url))
        case .folder(let folder):
            return try Self.contents(of: "\(folder)/\(name).\(ext)")
        }
    }

    /// A whole file, read with `open`, `fstat` and `read`; errors as
    /// `Data(contentsOf:)` reports them, with the system's reason.
    private static func contents(of path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(path) }
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: bytes.count) }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(path)
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    private static func failure(_ path: String) -> CocoaError {
        CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path,
                                                NSLocalizedDescriptionKey: String(cString: strerror(errno))])
    }
}
