import GRDB

// MARK: - Schema and migrations

extension GraphStore {
    /// `PRAGMA application_id` of every ActorGraph store ("AGRF"): marks the
    /// file as ours, so a foreign SQLite database is never migrated.
    public static let applicationID: Int32 = 0x4147_5246

    /// The schema version this code writes (`PRAGMA user_version`), one per migration.
    public static let schemaVersion = 2

    /// Migration identifiers in order; the n-th sets `user_version` to n.
    static let migrationIdentifiers = ["v1", "v2-query-indexes"]

    /// The migrations from an empty file (or an older store) to ``schemaVersion``.
    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()

        // v1: the tables. Documents keep their full text so the graph can be
        // re-extracted from everything stored; the other tables are derived.
        migrator.registerMigration(migrationIdentifiers[0]) { db in
            try db.execute(sql: """
                PRAGMA application_id = \(applicationID);
                CREATE TABLE document (
                    id TEXT NOT NULL PRIMARY KEY,
                    content_hash TEXT NOT NULL UNIQUE,
                    title TEXT,
                    date TEXT,
                    source TEXT,
                    url TEXT,
                    headline_start INTEGER,
                    headline_end INTEGER,
                    text TEXT NOT NULL
                );
                CREATE TABLE entity (
                    id TEXT NOT NULL PRIMARY KEY,
                    name TEXT NOT NULL,
                    folded_name TEXT NOT NULL,
                    type TEXT NOT NULL,
                    mentions INTEGER NOT NULL
                );
                CREATE TABLE alias (
                    entity_id TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    alias TEXT NOT NULL,
                    folded TEXT NOT NULL,
                    PRIMARY KEY (entity_id, alias)
                );
                CREATE TABLE relation (
                    id INTEGER PRIMARY KEY,
                    source TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    type TEXT NOT NULL,
                    target TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    confidence REAL NOT NULL,
                    title TEXT,
                    UNIQUE (source, type, target)
                );
                CREATE TABLE evidence (
                    relation_id INTEGER NOT NULL REFERENCES relation(id) ON DELETE CASCADE,
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    sentence TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    date TEXT
                );
                PRAGMA user_version = 1;
                """)
        }

        // v2: indexes for the queries (names, neighbors in both directions, evidence).
        // UNIQUE (source, type, target) already serves lookups by source.
        migrator.registerMigration(migrationIdentifiers[1]) { db in
            try db.execute(sql: """
                CREATE INDEX entity_by_folded_name ON entity(folded_name);
                CREATE INDEX entity_by_type ON entity(type, id);
                CREATE INDEX alias_by_folded ON alias(folded);
                CREATE INDEX relation_by_target ON relation(target, type, source);
                CREATE INDEX evidence_by_relation ON evidence(relation_id);
                CREATE INDEX evidence_by_document ON evidence(document_id);
                PRAGMA user_version = 2;
                """)
        }
        return migrator
    }

    // MARK: - Inspection before any write

    /// Checks, read-only, that the existing file at `path` is an ActorGraph
    /// store this code can use (or an empty database it may initialize).
    static func inspect(_ path: String) throws {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration(readonly: true))
        } catch {
            throw openError(error, path: path)
        }
        defer { try? queue.close() }
        do {
            try queue.read { db in
                let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                let tables = try String.fetchAll(db, sql: """
                    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
                    """)
                guard application == applicationID else {
                    // An empty database (a zero-byte file) may become a store; anything else is not ours.
                    if tables.isEmpty && version == 0 { return }
                    // Another process creating this store right now: GRDB's migrator
                    // commits its bookkeeping table before the first migration (which
                    // marks the file as ours) commits. Only our migrations may be in it.
                    if tables == ["grdb_migrations"], version == 0,
                       try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                        .allSatisfy(migrationIdentifiers.contains) {
                        return
                    }
                    throw StoreError.notAStore(path, tables: tables)
                }
                let superseded = try migrator().hasBeenSuperseded(db)
                if version > schemaVersion || superseded {
                    throw StoreError.newerSchema(path, version: version, supported: schemaVersion)
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw openError(error, path: path)
        }
    }
}
