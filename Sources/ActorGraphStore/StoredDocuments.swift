import ActorGraphModel
import ActorGraphText
import GRDB

/// The store's documents as the loader gave them, in document id order (so
/// extraction does not depend on the order documents arrived in), read from
/// the database a batch at a time: re-extracting a large store holds one
/// batch of texts in memory, not all of them.
///
/// Reads through `db`, so it is used inside the transaction that owns it.
struct StoredDocuments: DocumentSource {
    let db: Database

    func forEachBatch(of size: Int, _ body: ([SourceDocument]) -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, title, date, source, url, headline_start, headline_end, text FROM document ORDER BY id
            """)
        var batch: [SourceDocument] = []
        batch.reserveCapacity(size)
        while let row = try rows.next() {
            batch.append(Self.document(row))
            if batch.count >= size {
                body(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { body(batch) }
    }

    static func document(_ row: Row) -> SourceDocument {
        let document = Document(id: row["id"], title: row["title"], date: row["date"], source: row["source"], url: row["url"])
        var headline: Range<Int>?
        if let start: Int = row["headline_start"], let end: Int = row["headline_end"], start <= end {
            headline = start..<end
        }
        return SourceDocument(document: document, text: row["text"], headlineRange: headline)
    }
}
