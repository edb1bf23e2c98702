import ActorGraphModel
import Foundation
import GRDB
@testable import ActorGraphStore
import Testing

@Suite("GraphStore opening files")
struct GraphStoreOpeningTests {
    @Test("a file of random bytes is not a database: StoreError naming the file, bytes unchanged")
    func randomBytes() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        var generator = SystemRandomNumberGenerator()
        let bytes = Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let path = folder.storePath
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADatabase(path)) { try GraphStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["store.sqlite"])
        #expect(StoreError.notADatabase(path).description.contains(path))
    }

    /// Another program's tables; and GRDB's bookkeeping table holding a
    /// migration of another program's (only ours may be in a store's).
    static let foreignDatabases: [(sql: String, tables: [String])] = [
        ("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5)", ["invoices"]),
        ("""
         CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
         INSERT INTO grdb_migrations VALUES ('createInvoices');
         """, ["grdb_migrations"]),
    ]

    @Test("an SQLite database of something else is refused and left untouched", arguments: foreignDatabases)
    func foreignDatabase(sql: String, tables: [String]) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.storePath
        try DatabaseQueue(path: path).write { db in try db.execute(sql: sql) }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notAStore(path, tables: tables)) { try GraphStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(StoreError.notAStore(path, tables: tables).description.contains(tables[0]))
    }

    @Test("a file another process is making a store of (only GRDB's bookkeeping table so far) opens as a store")
    func storeBeingCreated() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.storePath
        // What GRDB's migrator commits before the first migration does.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        }
        let store = try GraphStore(path: path)
        try store.ingest([try StoreFixtures.a])
        #expect(try store.graph().documents.count == 1)
    }

    @Test("a store from a newer schema is refused and left untouched")
    func newerSchema() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.storePath
        do {
            let store = try GraphStore(path: path)
            try store.ingest([try StoreFixtures.a])
            try store.writer.write { try $0.execute(sql: "PRAGMA user_version = 99") }
        }
        // Checkpoint the WAL into the main file so the bytes compared are the whole store.
        try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.newerSchema(path, version: 99, supported: GraphStore.schemaVersion)) {
            try GraphStore(path: path)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test("a store with a migration this code does not know is refused")
    func unknownMigration() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.storePath
        do {
            let store = try GraphStore(path: path)
            try store.writer.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9-future')") }
        }
        #expect(throws: StoreError.self) { try GraphStore(path: path) }
    }

    @Test("a store of the first schema version is migrated in place, its data kept")
    func migrationFromV1() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.storePath
        do {
            let pool = try DatabasePool(path: path)
            try GraphStore.migrator().migrate(pool, upTo: "v1")
            try pool.write { db in
                try db.execute(sql: """
                    INSERT INTO document (id, content_hash, title, date, source, text)
                    VALUES ('a-dam-dispute', ?, 'old', '2025-02-18', 'x.txt', ?)
                    """, arguments: [SHA256.hexDigest(of: StoreFixtures.damDispute), StoreFixtures.damDispute])
            }
            #expect(try pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == 1)
        }
        let store = try GraphStore(path: path)
        let (version, indexes) = try store.writer.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version"),
             try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%_by_%'"))
        }
        #expect(version == GraphStore.schemaVersion)
        #expect(indexes.contains("relation_by_target") && indexes.contains("alias_by_folded"))
        #expect(try store.graph().documents.map(\.id) == ["a-dam-dispute"])
        // The document is stored, so ingesting it again is a no-op.
        #expect(try store.ingest([try StoreFixtures.a]).skipped == 1)
        // Reopening a current store changes nothing.
        #expect(try GraphStore(path: path).graph() == store.graph())
    }

    @Test("a new store is marked as ActorGraph's and runs in WAL mode with foreign keys on")
    func newStore() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let store = try GraphStore(path: folder.storePath)
        let (application, journal, foreignKeys) = try store.writer.read { db in
            (try Int32.fetchOne(db, sql: "PRAGMA application_id"), try String.fetchOne(db, sql: "PRAGMA journal_mode"),
             try Bool.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(application == GraphStore.applicationID)
        #expect(journal == "wal")
        #expect(foreignKeys == true)
    }

    @Test("an empty file becomes a store; a missing folder is a clear error")
    func emptyAndMissing() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.storePath
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        try GraphStore(path: path).ingest([try StoreFixtures.a])
        #expect(try GraphStore(path: path).counts().documents == 1)

        let nowhere = folder.path("no/such/folder/store.sqlite")
        let error = #expect(throws: StoreError.self) { try GraphStore(path: nowhere) }
        #expect(error?.path == nowhere)
    }

    @Test("two threads creating the same new store at once both succeed")
    func concurrentCreation() async throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.storePath
        let documents = [[try StoreFixtures.a], [try StoreFixtures.b]]
        try await withThrowingTaskGroup(of: Void.self) { group in
            for batch in documents {
                group.addTask { try GraphStore(path: path).ingest(batch) }
            }
            try await group.waitForAll()
        }
        #expect(try GraphStore(path: path).counts().documents == 2)
    }
}
