import ActorGraphExtraction
import ActorGraphModel
import ActorGraphText
import Foundation
@testable import ActorGraphStore
import Testing

@Suite("GraphStore ingest")
struct GraphStoreIngestTests {
    @Test("ingesting the same article twice skips it and changes nothing")
    func idempotent() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let store = try GraphStore(path: folder.storePath)
        let first = try store.ingest([try StoreFixtures.a])
        #expect(first.added == 1 && first.skipped == 0)
        let before = try store.graph().jsonData()
        let dataVersion = try store.writer.read { try Int.fetchOne($0, sql: "PRAGMA schema_version") }

        let second = try store.ingest([try StoreFixtures.a, try StoreFixtures.a])
        #expect(second.added == 0 && second.skipped == 2)
        #expect(second.entities == first.entities && second.relations == first.relations)
        #expect(try store.graph().jsonData() == before)
        #expect(try store.writer.read { try Int.fetchOne($0, sql: "PRAGMA schema_version") } == dataVersion)
        #expect(second.line.hasPrefix("added 0 documents, skipped 2; the store holds 1 document, "))
    }

    @Test("the same text under another file name is skipped too (content hash)")
    func sameTextOtherName() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let store = try GraphStore(path: folder.storePath)
        try store.ingest([try StoreFixtures.a])
        let copy = try StoreFixtures.document(StoreFixtures.damDispute, id: "copy-of-a")
        #expect(try store.ingest([copy]).skipped == 1)
        #expect(try store.graph().documents.map(\.id) == ["a-dam-dispute"])
    }

    @Test("a second ingest of a grown folder adds only the new article")
    func incremental() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let store = try GraphStore(path: folder.storePath)
        let first = try store.ingest([try StoreFixtures.a, try StoreFixtures.b])
        #expect(first.added == 2 && first.skipped == 0 && first.documents == 2)
        let second = try store.ingest(try StoreFixtures.all)
        #expect(second.added == 1 && second.skipped == 2 && second.documents == 3)
        #expect(try store.graph().documents.map(\.id) == ["a-dam-dispute", "b-talks-stall", "c-two-okoths"])
    }

    @Test("a surname in a later ingest joins the full name from an earlier one; two ingests equal one")
    func crossIngestResolution() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let twice = try GraphStore(path: folder.path("twice.sqlite"))
        try twice.ingest([try StoreFixtures.a])
        try twice.ingest([try StoreFixtures.b])
        let once = try GraphStore(path: folder.path("once.sqlite"))
        try once.ingest([try StoreFixtures.b, try StoreFixtures.a])

        let graph = try twice.graph()
        #expect(try graph.jsonData() == once.graph().jsonData())
        let mwangi = try #require(graph.entity(id: "grace-wanjiru-mwangi"))
        #expect(mwangi.aliases.contains("Mwangi"))
        #expect(!graph.entities.contains { $0.id == "mwangi" })
        let accusation = try #require(graph.relations.first {
            $0.source == "grace-wanjiru-mwangi" && $0.type == .accuses && $0.target == "ethiopia"
        })
        #expect(Set(accusation.evidence.map(\.document)) == ["a-dam-dispute", "b-talks-stall"])
    }

    @Test("the stored graph is byte-identical to the extractor's graph of every stored article")
    func equalsExtraction() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let store = try GraphStore(path: folder.storePath)
        for document in try StoreFixtures.all.reversed() { try store.ingest([document]) }
        let expected = try Extractor().graph(for: try StoreFixtures.all)
        #expect(try store.graph() == expected)
        #expect(try store.graph().jsonData() == expected.jsonData())
        #expect(!expected.relations.isEmpty)
    }

    @Test("an edited article (same id, new text) replaces the stored one")
    func replaced() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let store = try GraphStore(path: folder.storePath)
        try store.ingest([try StoreFixtures.a])
        let edited = try StoreFixtures.document(StoreFixtures.twoOkoths, id: "a-dam-dispute")
        let summary = try store.ingest([edited])
        #expect(summary.added == 0 && summary.replaced == 1 && summary.documents == 1)
        #expect(summary.line.contains("replaced 1"))
        #expect(try store.graph() == Extractor().graph(for: [edited]))
    }

    @Test("an in-memory store behaves like a file store")
    func inMemory() throws {
        let store = try GraphStore(inMemory: ())
        try store.ingest(try StoreFixtures.all)
        #expect(try store.graph() == Extractor().graph(for: try StoreFixtures.all))
        #expect(store.path == ":memory:")
    }

    @Test("two stores on one file ingest at the same time from two threads; both succeed")
    func concurrentIngests() async throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.storePath
        _ = try GraphStore(path: path)
        let batches = [[try StoreFixtures.a, try StoreFixtures.c], [try StoreFixtures.b]]
        // Separate GraphStore values: separate connection pools, as two processes would have.
        let summaries = try await withThrowingTaskGroup(of: IngestSummary.self) { group in
            for batch in batches {
                group.addTask { try GraphStore(path: path).ingest(batch) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(summaries.map(\.added).reduce(0, +) == 3)
        let store = try GraphStore(path: path)
        #expect(try store.graph() == Extractor().graph(for: try StoreFixtures.all))
    }

    @Test("a feed with a repeated id is ingested from files, read once, with the ids made unique first")
    func ingestFromFilesSettlesIDs() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let feed = folder.path("feed.jsonl")
        try Data("""
            {"id": "a", "text": "Kenya accused Ethiopia of holding back water."}
            {"id": "a", "text": "Chad backs Niger, officials said."}

            """.utf8).write(to: URL(fileURLWithPath: feed))
        let store = try GraphStore(path: folder.storePath)
        let summary = try store.ingest(try ArticleInputs([feed]))
        #expect(summary.added == 2 && summary.documents == 2)
        #expect(try store.graph().documents.map(\.id) == ["a", "a-2"])
        #expect(try store.graph() == Extractor().graph(for: try ArticleInputs([feed]).readAll().documents))
    }

    @Test("a source that fails part-way through stores nothing and leaves the previous store as it was")
    func failingSourceRollsBack() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let store = try GraphStore(path: folder.storePath)
        try store.ingest([try StoreFixtures.a])
        let before = try store.graph().jsonData()
        let good = folder.path("b.txt"), bad = folder.path("c.txt")
        try Data("Chad backs Niger, officials said.".utf8).write(to: URL(fileURLWithPath: good))
        try Data([0x4B, 0xFF]).write(to: URL(fileURLWithPath: bad))
        #expect(throws: LoadError.invalidUTF8(bad, byteOffset: 1)) { try store.ingest(try ArticleInputs([good, bad])) }
        #expect(try store.graph().jsonData() == before)
    }
}
