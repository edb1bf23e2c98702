import Foundation

/// Writes command output to a file or standard output. A file is written
/// to a temporary sibling and renamed into place, so a failure never leaves
/// a partial file behind.
enum OutputWriter {
    static func write(_ data: Data, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure("\(path): the folder \(folder.path) does not exist")
        }
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw CommandFailure("\(path): cannot write (\((error as NSError).localizedDescription))")
        }
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
