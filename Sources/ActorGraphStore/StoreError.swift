/// Why the store could not be opened or used. Every case names the store
/// file, so a one-line message tells the user what to fix.
public enum StoreError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The file exists but is not an SQLite database at all.
    case notADatabase(String)
    /// The file is an SQLite database of something else (its tables are listed).
    case notAStore(String, tables: [String])
    /// The store was written by a newer ActorGraph whose schema this one does not know.
    case newerSchema(String, version: Int, supported: Int)
    /// SQLite could not open the file (missing folder, permissions, a folder...).
    case cannotOpen(String, reason: String)
    /// An SQLite failure while reading or writing the store.
    case database(String, reason: String)

    /// The store file the error is about.
    public var path: String {
        switch self {
        case .notADatabase(let path), .notAStore(let path, _), .newerSchema(let path, _, _),
             .cannotOpen(let path, _), .database(let path, _):
            path
        }
    }

    public var description: String {
        switch self {
        case .notADatabase(let path):
            "\(path): not an SQLite database, so not an ActorGraph store; the file was left untouched"
        case .notAStore(let path, let tables):
            "\(path): an SQLite database but not an ActorGraph store (it holds \(tables.prefix(5).joined(separator: ", "))"
                + "\(tables.count > 5 ? ", ..." : "")); the file was left untouched"
        case .newerSchema(let path, let version, let supported):
            "\(path): written by a newer ActorGraph (store schema \(version), this version knows up to \(supported)); "
                + "upgrade actorgraph; the file was left untouched"
        case .cannotOpen(let path, let reason):
            "\(path): cannot open the store (\(reason))"
        case .database(let path, let reason):
            "\(path): store error (\(reason))"
        }
    }
}
