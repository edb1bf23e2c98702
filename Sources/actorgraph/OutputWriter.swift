import Foundation

/// Writes command output to a file or standard output. A file is written
/// to a temporary sibling and renamed into place, so a failure never leaves
/// a partial file behind.
enum OutputWriter {
    /// Receives the output a chunk at a time; the bytes are valid only during the call.
    typealias Sink = (UnsafeRawBufferPointer) throws -> Void

    static func write(_ data: Data, to path: String?) throws {
        try write(to: path) { sink in try data.withUnsafeBytes(sink) }
    }

    /// Writes what `produce` hands its sink, chunk by chunk, so output of
    /// hundreds of megabytes never has to be whole in memory.
    ///
    /// Standard output gets each chunk as it comes. A file gets them in a
    /// temporary sibling that replaces it only once `produce` has finished;
    /// on any error the sibling is removed and the file left as it was.
    static func write(to path: String?, _ produce: (_ sink: Sink) throws -> Void) throws {
        guard let path, path != "-" else {
            try produce { FileHandle.standardOutput.write(Data($0)) }
            return
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure("\(path): the folder \(folder.path) does not exist")
        }
        let file = try TemporarySibling(of: url, shownAs: path)
        try produce { try file.append($0) }
        try file.replaceTarget()
    }

    /// Creates `path` (and parents) if needed.
    static func makeFolder(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("\(path): cannot create the folder (\((error as NSError).localizedDescription))")
        }
    }
}

/// A hidden file next to the target (`.graph.json.1a2b3c4d.tmp`) that
/// takes the target's name once complete, and is removed otherwise.
///
/// Made with mode 0666 less the umask, as `Data.write(to:options: .atomic)`
/// makes its file.
private final class TemporarySibling {
    private let path: String
    private let target: String
    private let shownAs: String
    private var descriptor: Int32
    private var isPlaced = false

    init(of target: URL, shownAs: String) throws {
        self.target = target.path
        self.shownAs = shownAs
        let folder = target.deletingLastPathComponent().path
        for _ in 0..<16 {
            let suffix = String(UInt32.random(in: .min ... .max), radix: 16)
            let path = (folder as NSString).appendingPathComponent(".\(target.lastPathComponent).\(suffix).tmp")
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 {
                (self.path, self.descriptor) = (path, descriptor)
                return
            }
            if errno != EEXIST { break }
        }
        throw CommandFailure("\(shownAs): cannot write (\(Self.reason()))")
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        if !isPlaced { unlink(path) }
    }

    /// Writes every byte of `chunk`, through short writes and signals.
    func append(_ chunk: UnsafeRawBufferPointer) throws {
        guard let start = chunk.baseAddress else { return }
        var offset = 0
        while offset < chunk.count {
            let written = write(descriptor, start + offset, chunk.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw failure()
            }
            offset += written
        }
    }

    /// Closes the file and renames it over the target.
    func replaceTarget() throws {
        let status = close(descriptor)
        descriptor = -1
        guard status == 0, rename(path, target) == 0 else { throw failure() }
        isPlaced = true
    }

    /// The message of `OutputWriter.write`, with the system's reason.
    private func failure() -> CommandFailure {
        CommandFailure("\(shownAs): cannot write (\(Self.reason()))")
    }

    private static func reason() -> String {
        String(cString: strerror(errno))
    }
}
