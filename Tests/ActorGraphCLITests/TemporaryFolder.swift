import Foundation

/// A fresh folder under the system temporary directory. Each test makes its
/// own, so suites share no files and can run in parallel.
///
/// Removal is explicit (`defer { folder.remove() }`), not in a `deinit`: ARC may
/// end a value's life at its last use, which could delete a folder while the
/// command still writes into it.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("actorgraph-cli-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Deletes the folder and everything in it.
    func remove() {
        // A test may have made something unreadable; give it back before removing.
        if let walker = FileManager.default.enumerator(atPath: url.path) {
            for case let path as String in walker {
                chmod(url.appendingPathComponent(path).path, 0o755)
            }
        }
        try? FileManager.default.removeItem(at: url)
    }

    /// The path of `name` inside the folder.
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Writes `data` to `name` inside the folder and returns its path.
    @discardableResult
    func write(_ data: Data, to name: String) throws -> String {
        let path = path(name)
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The names of the files in the folder, sorted.
    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }
}
