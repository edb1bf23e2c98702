import ActorGraphModel
import GRDB

// MARK: - Reading the graph back

extension GraphStore {
    /// The whole stored graph, normalized: equal (and byte-identical as
    /// `jsonData()`) to the extractor's graph of all stored documents.
    public func graph() throws -> KnowledgeGraph {
        try read { db in
            let documents = try Row.fetchAll(db, sql: "SELECT id, title, date, source, url FROM document ORDER BY id").map {
                Document(id: $0["id"], title: $0["title"], date: $0["date"], source: $0["source"], url: $0["url"])
            }
            let entities = try allEntities(in: db)
            var evidence: [Int64: [Evidence]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT relation_id, document_id, sentence, start, "end", date FROM evidence
                """) {
                evidence[row["relation_id"], default: []].append(Self.evidence(from: row))
            }
            let relations = try Row.fetchAll(db, sql: "SELECT id, source, type, target, confidence, title FROM relation").map {
                try Self.relation(from: $0, evidence: evidence[$0["id"]] ?? [])
            }
            return KnowledgeGraph(documents: documents, entities: entities, relations: relations).normalized()
        }
    }

    /// How many documents, entities and relations the store holds.
    public func counts() throws -> (documents: Int, entities: Int, relations: Int) {
        try read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM entity") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM relation") ?? 0)
        }
    }

    // MARK: - Rows to values

    /// Every entity with its aliases, by id; `whereSQL` filters the entity table.
    func allEntities(in db: Database, whereSQL: String = "", arguments: StatementArguments = []) throws -> [Entity] {
        var aliases: [String: [String]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT entity_id, alias FROM alias WHERE entity_id IN (SELECT id FROM entity \(whereSQL)) ORDER BY entity_id, alias
            """, arguments: arguments) {
            aliases[row["entity_id"], default: []].append(row["alias"])
        }
        return try Row.fetchAll(db, sql: "SELECT id, name, type, mentions FROM entity \(whereSQL) ORDER BY id",
                                arguments: arguments).map {
            try Self.entity(from: $0, aliases: aliases[$0["id"]] ?? [])
        }
    }

    /// The entity with this id, aliases included.
    func entity(id: String, in db: Database) throws -> Entity? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, name, type, mentions FROM entity WHERE id = ?"),
                                         arguments: [id]) else { return nil }
        let aliases = try String.fetchAll(db.cachedStatement(sql: "SELECT alias FROM alias WHERE entity_id = ? ORDER BY alias"),
                                          arguments: [id])
        return try Self.entity(from: row, aliases: aliases)
    }

    static func entity(from row: Row, aliases: [String]) throws -> Entity {
        let raw: String = row["type"]
        guard let type = EntityType(rawValue: raw) else {
            throw DatabaseError(message: "entity \(row["id"] as String? ?? "?") has an unknown type \(raw)")
        }
        return Entity(id: row["id"], name: row["name"], type: type, aliases: aliases, mentions: row["mentions"])
    }

    static func relation(from row: Row, evidence: [Evidence]) throws -> Relation {
        let raw: String = row["type"]
        guard let type = RelationType(rawValue: raw) else {
            throw DatabaseError(message: "relation \(row["id"] as Int64? ?? 0) has an unknown type \(raw)")
        }
        return Relation(source: row["source"], type: type, target: row["target"], confidence: row["confidence"],
                        title: row["title"], evidence: evidence.sorted())
    }

    static func evidence(from row: Row) -> Evidence {
        Evidence(document: row["document_id"], sentence: row["sentence"], start: row["start"], end: row["end"], date: row["date"])
    }
}
