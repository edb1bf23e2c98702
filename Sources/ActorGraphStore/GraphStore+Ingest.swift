import ActorGraphExtraction
import ActorGraphModel
import ActorGraphText
import Foundation
import GRDB

// MARK: - Ingest

extension GraphStore {
    /// Adds `documents` to the store and brings the stored graph up to date.
    ///
    /// A document whose text (SHA-256 of its UTF-8 bytes) is already stored
    /// is skipped; a document whose id is stored with another text replaces
    /// it. If anything changed, the graph is re-extracted from *every* stored
    /// document and the derived tables (entities, aliases, relations,
    /// evidence) are replaced. All of it is one write transaction: a crash at
    /// any moment leaves either the old store or the new one, never a mix.
    ///
    /// Re-extraction is O(size of the store) per ingest. That is the price of
    /// correctness: entity resolution works across all documents (a surname in
    /// a new article joins a full name in an old one, and that can change
    /// entity ids, canonical names and relations already stored), so the graph
    /// after two ingests equals the graph of one ingest of both. An incremental
    /// ingest would have to re-resolve only the clusters the new mentions touch.
    ///
    /// With a `lexicon` (a user lexicon added to the built-in one) the graph
    /// is always re-extracted with it, even when no document changed;
    /// without one, the built-in lexicon is used and only a change
    /// re-extracts. So the stored graph is what the lexicon in force at the
    /// latest re-extracting ingest reads. `progress` reports documents read
    /// during re-extraction (see ``Extractor/graph(for:progress:)``).
    @discardableResult
    public func ingest(_ documents: some DocumentSource, lexicon: Lexicon? = nil,
                       progress: Extractor.Progress? = nil) throws -> IngestSummary {
        do {
            return try writer.writeWithoutTransaction { db in
                var summary = IngestSummary(added: 0, skipped: 0, documents: 0, entities: 0, relations: 0)
                // IMMEDIATE: take the write lock before reading, so two processes
                // ingesting at once queue up instead of failing on a stale snapshot.
                try db.inTransaction(.immediate) {
                    summary = try ingest(documents, lexicon: lexicon, progress: progress, in: db)
                    return .commit
                }
                return summary
            }
        } catch let error as StoreError {
            throw error
        } catch let error as LoadError {
            throw error
        } catch {
            throw StoreError.database(path, reason: Self.reason(error))
        }
    }

    /// `documents` are read once, a batch at a time, and stored; the graph
    /// is then re-extracted from the stored documents, read in batches too.
    /// A document that cannot be read rolls back the whole ingest.
    private func ingest(_ documents: some DocumentSource, lexicon: Lexicon?, progress: Extractor.Progress?,
                        in db: Database) throws -> IngestSummary {
        var hashOf: [String: String] = [:]  // document id -> content hash
        for row in try Row.fetchAll(db, sql: "SELECT id, content_hash FROM document") {
            hashOf[row["id"]] = row["content_hash"]
        }
        var storedHashes = Set(hashOf.values)
        let storedBefore = Set(hashOf.keys)
        var added: Set<String> = []
        var replaced: Set<String> = []
        var skipped = 0
        var failure: Error?
        // Read once, so the ids must be final before this reading.
        try documents.settleIDs()
        try documents.forEachBatch(of: Extractor.batchSize) { batch in
            guard failure == nil else { return }
            do {
                for source in batch {
                    let hash = SHA256.hexDigest(of: source.text)
                    if storedHashes.contains(hash) {
                        skipped += 1
                        continue
                    }
                    let id = source.document.id
                    if let oldHash = hashOf[id] {
                        // Same id, new text: the article was edited; keep the latest version.
                        try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [id])
                        storedHashes.remove(oldHash)
                        if storedBefore.contains(id) { replaced.insert(id) }
                    } else {
                        added.insert(id)
                    }
                    try insert(source, hash: hash, in: db)
                    hashOf[id] = hash
                    storedHashes.insert(hash)
                }
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        if !added.isEmpty || !replaced.isEmpty || lexicon != nil {
            let extractor = Extractor(lexicon: lexicon ?? .shared)
            let graph = try extractor.graph(for: StoredDocuments(db: db), progress: progress)
            try replaceDerivedTables(with: graph, in: db)
        }
        let counts = try Row.fetchOne(db, sql: """
            SELECT (SELECT count(*) FROM document) AS d, (SELECT count(*) FROM entity) AS e,
                   (SELECT count(*) FROM relation) AS r
            """)
        return IngestSummary(added: added.count, replaced: replaced.count, skipped: skipped,
                             documents: counts?["d"] ?? 0, entities: counts?["e"] ?? 0, relations: counts?["r"] ?? 0)
    }

    private func insert(_ source: SourceDocument, hash: String, in db: Database) throws {
        let d = source.document
        try db.execute(sql: """
            INSERT INTO document (id, content_hash, title, date, source, url, headline_start, headline_end, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [d.id, hash, d.title, d.date, d.source, d.url,
                             source.headlineRange?.lowerBound, source.headlineRange?.upperBound, source.text])
    }

    /// Replaces entities, aliases, relations and evidence with `graph`'s.
    private func replaceDerivedTables(with graph: KnowledgeGraph, in db: Database) throws {
        try db.execute(sql: "DELETE FROM evidence; DELETE FROM relation; DELETE FROM alias; DELETE FROM entity;")
        let entity = try db.makeStatement(sql: "INSERT INTO entity (id, name, folded_name, type, mentions) VALUES (?, ?, ?, ?, ?)")
        let alias = try db.makeStatement(sql: "INSERT OR IGNORE INTO alias (entity_id, alias, folded) VALUES (?, ?, ?)")
        for e in graph.entities {
            try entity.execute(arguments: [e.id, e.name, NameKey.fold(e.name), e.type.rawValue, e.mentions])
            for a in e.aliases where a != e.name {
                try alias.execute(arguments: [e.id, a, NameKey.fold(a)])
            }
        }
        let relation = try db.makeStatement(sql: """
            INSERT INTO relation (source, type, target, confidence, title) VALUES (?, ?, ?, ?, ?)
            """)
        let evidence = try db.makeStatement(sql: """
            INSERT INTO evidence (relation_id, document_id, sentence, start, "end", date) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for r in graph.relations {
            try relation.execute(arguments: [r.source, r.type.rawValue, r.target, r.confidence, r.title])
            let id = db.lastInsertedRowID
            for e in r.evidence {
                try evidence.execute(arguments: [id, e.document, e.sentence, e.start, e.end, e.date])
            }
        }
    }
}
