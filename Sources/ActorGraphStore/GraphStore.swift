import ActorGraphModel
import Foundation
import GRDB

/// The embedded graph store: one SQLite file (GRDB, WAL mode) holding the
/// ingested articles and the graph extracted from all of them.
///
/// Readers never block: the file is opened as a `DatabasePool` in WAL mode.
/// Two writers (threads or processes) wait for each other for up to
/// ``busyTimeout`` seconds instead of failing. Thread-safe; share one instance.
public final class GraphStore: Sendable {
    /// How long a writer waits for another one before giving up, in seconds.
    public static let busyTimeout: TimeInterval = 10

    /// The store file, or `":memory:"` for an in-memory store.
    public let path: String
    let writer: any DatabaseWriter

    /// Opens the store at `path`, creating it if the file does not exist and
    /// migrating it in place if it was written by an older schema.
    ///
    /// The file is inspected read-only first: a file that is not SQLite, an
    /// SQLite database of something else, or a store of a newer schema throws
    /// a ``StoreError`` and is left byte-for-byte untouched.
    public init(path: String) throws {
        self.path = path
        if FileManager.default.fileExists(atPath: path) {
            try Self.inspect(path)
        }
        do {
            writer = try DatabasePool(path: path, configuration: Self.configuration())
        } catch {
            throw Self.openError(error, path: path)
        }
        try migrate()
    }

    /// A store that lives in memory and disappears with this value (for
    /// `build` without `--store`: the same code path, nothing on disk).
    public init(inMemory: Void = ()) throws {
        path = ":memory:"
        do {
            writer = try DatabaseQueue(configuration: Self.configuration())
        } catch {
            throw StoreError.cannotOpen(":memory:", reason: Self.reason(error))
        }
        try migrate()
    }

    static func configuration(readonly: Bool = false) -> Configuration {
        var config = Configuration()
        config.readonly = readonly
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(busyTimeout)
        config.label = "ActorGraphStore"
        return config
    }

    private func migrate() throws {
        let migrator = Self.migrator()
        do {
            try migrator.migrate(writer)
        } catch {
            // Two processes creating the same new store race between reading the
            // applied migrations and running them; the loser's transaction rolls
            // back, and a second pass sees the winner's schema and has nothing to do.
            do {
                try migrator.migrate(writer)
            } catch {
                throw StoreError.database(path, reason: Self.reason(error))
            }
        }
    }

    // MARK: - Error mapping

    /// Runs a read, mapping SQLite failures to ``StoreError``.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database(path, reason: Self.reason(error))
        }
    }

    static func reason(_ error: Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "\(error.resultCode)"
        }
        return "\(error)"
    }

    static func openError(_ error: Error, path: String) -> StoreError {
        if let error = error as? DatabaseError, error.resultCode == .SQLITE_NOTADB {
            return .notADatabase(path)
        }
        return .cannotOpen(path, reason: reason(error))
    }
}
