import ActorGraphText
import Foundation
import Testing

/// Inputs listed up front and read lazily, as often as extraction reads them.
@Suite("ArticleInputs")
struct ArticleInputsTests {
    static func ids(_ inputs: ArticleInputs, batch: Int = 2) throws -> (ids: [String], batches: [Int]) {
        var ids: [String] = []
        var batches: [Int] = []
        try inputs.forEachBatch(of: batch) { docs in
            ids += docs.map(\.document.id)
            batches.append(docs.count)
        }
        return (ids, batches)
    }

    @Test("Files, folders and feeds are read in input order, in batches of the size asked for")
    func batches() throws {
        let folder = try TemporaryFolder()
        let feed = try folder.write("news/feed.jsonl", """
            {"id": "f1", "text": "Kenya said."}
            {"id": "f2", "text": "Chad said."}
            {"id": "f3", "text": "Mali said."}
            """)
        try folder.write("news/b.txt", "Niger said.")
        let single = try folder.write("z.txt", "Togo said.")
        let inputs = try ArticleInputs([single, folder.url.appendingPathComponent("news").path])
        let read = try Self.ids(inputs)
        #expect(read.ids == ["z", "b", "f1", "f2", "f3"])
        #expect(read.batches == [2, 2, 1])
        #expect(inputs.warnings.isEmpty)
        _ = feed
    }

    @Test("Repeated ids are as written in the first reading, unique from the second on, with one warning each")
    func idsSettleAfterTheFirstReading() throws {
        let folder = try TemporaryFolder()
        let feed = try folder.write("feed.jsonl", """
            {"id": "a", "text": "Kenya said."}
            {"id": "a", "text": "Chad said."}
            {"id": "a-2", "text": "Mali said."}
            not json
            """)
        let inputs = try ArticleInputs([feed])
        #expect(try Self.ids(inputs).ids == ["a", "a", "a-2"])
        #expect(try Self.ids(inputs).ids == ["a", "a-3", "a-2"])
        #expect(try Self.ids(inputs, batch: 1).ids == ["a", "a-3", "a-2"])
        // The skipped line and the rename, once each, however often the input is read.
        #expect(inputs.warnings.map(\.line) == [4, 2])
        #expect(inputs.warnings[1].reason.contains("renamed \"a-3\""))
    }

    @Test("settleIDs makes the very next reading give unique ids; readAll gives them too")
    func settleIDs() throws {
        let folder = try TemporaryFolder()
        let feed = try folder.write("feed.jsonl", "{\"id\": \"a\", \"text\": \"Kenya said.\"}\n{\"id\": \"a\", \"text\": \"Chad said.\"}\n")
        let settled = try ArticleInputs([feed])
        try settled.settleIDs()
        #expect(try Self.ids(settled).ids == ["a", "a-2"])
        #expect(try ArticleInputs([feed]).readAll().documents.map(\.document.id) == ["a", "a-2"])
    }

    @Test("A missing file fails when listed, before anything is read; a bad file fails when its reading reaches it")
    func errors() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("a.txt", "Kenya said.")
        let missing = folder.url.appendingPathComponent("missing.txt").path
        #expect(throws: LoadError.missingFile(missing)) { try ArticleInputs([good, missing]) }
        let bad = try folder.write("b.txt", bytes: [0x4B, 0xFF, 0x0A])
        let inputs = try ArticleInputs([good, bad])
        var seen: [String] = []
        #expect(throws: LoadError.invalidUTF8(bad, byteOffset: 1)) {
            try inputs.forEachBatch(of: 1) { seen += $0.map(\.document.id) }
        }
        #expect(seen == ["a"])
    }

    @Test("Standard input is read once, when listed, and given again in every reading")
    func standardInputOnce() throws {
        let reads = ReadCounter()
        let loader = DocumentLoader(standardInput: {
            reads.increment()
            return Data("Chad said.".utf8)
        })
        let inputs = try ArticleInputs(["-"], loader: loader)
        #expect(try Self.ids(inputs).ids == ["stdin"])
        #expect(try Self.ids(inputs).ids == ["stdin"])
        #expect(reads.count == 1)
    }
}

/// Counts calls from a `@Sendable` closure.
private final class ReadCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func increment() { lock.withLock { n += 1 } }
    var count: Int { lock.withLock { n } }
}
