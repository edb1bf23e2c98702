import ActorGraphModel
import ActorGraphText
import Foundation
import Testing

@testable import ActorGraphExtraction

/// Two-pass extraction over a source read in batches: the graph does not
/// depend on where batches end, and the source is read once, a batch at a
/// time, never whole; the second pass reads the documents kept in memory or,
/// past the memory budget, the spill.
@Suite("Streaming extraction")
struct StreamingExtractionTests {
    /// Articles that need cross-document resolution: a surname alone, an
    /// acronym spelt out in another article, a titled person whose office
    /// only another sentence names, a ministry without its country.
    static let articles = [
        "Malian Defence Minister Oumar Traore accused the Azawad Liberation Front (ALF) of breaking the truce.",
        "Traore said the ALF had moved fighters north. Algeria backs the ALF, officials said. Algeria denied it.",
        "A spokeswoman for the Malian Defence Minister, Awa Keita, said talks were over.",
        "The defence ministry said on Tuesday that Mali's army had retaken Kidal.",
        "Niger and Chad co-chair the Sahel Contact Group, which met in Niamey.",
        "President Mohamed Bazoum said the talks in Niamey would resume.",
        "A spokesman for the Nigerien President said Bazoum backs the truce.",
    ]

    static func corpus(copies: Int) throws -> [SourceDocument] {
        try ExtractorTests.documents((0..<copies).flatMap { n in articles.map { $0 + " Report \(n)." } })
    }

    @Test("The graph is the same for batches of 1, 2, 3, 7 and 256 documents", arguments: [1, 2, 3, 7])
    func batchBoundariesChangeNothing(batchSize: Int) throws {
        let docs = try Self.corpus(copies: 3)
        let whole = try Extractor(lexicon: .shared, batchSize: 256).graph(for: docs).jsonData()
        #expect(try Extractor(lexicon: .shared, batchSize: batchSize).graph(for: docs).jsonData() == whole)
    }

    @Test("The graph is the same whether the documents stay in memory or all go to the spill")
    func spillingEverythingChangesNothing() throws {
        let docs = try Self.corpus(copies: 3)
        let kept = try Extractor(lexicon: .shared, batchSize: 4).graph(for: docs)
        let spilled = try Extractor(lexicon: .shared, batchSize: 4, memoryBudget: 0).graph(for: docs)
        #expect(try spilled.jsonData() == kept.jsonData())
        #expect(kept.relations.count > 5)
    }

    @Test("A budget passed in the middle of a batch sends the documents kept so far and the rest to the spill; same graph")
    func spillingMidRunChangesNothing() throws {
        let docs = try Self.corpus(copies: 3)
        let reader = DocumentReader(segmenter: ArticleSegmenter(), recognizer: MentionRecognizer(lexicon: .shared),
                                    resolver: EntityResolver(lexicon: .shared))
        let sizes = docs.map { ReadDocument(document: $0.document, sentences: reader.read($0)).estimatedBytes }
        // Room for the first six documents: the seventh, the third of the second batch of four, passes it.
        let budget = sizes[0..<6].reduce(0, +)
        #expect(sizes[6] > 0 && budget < sizes.reduce(0, +))
        let kept = try Extractor(lexicon: .shared, batchSize: 4).graph(for: docs)
        let switched = try Extractor(lexicon: .shared, batchSize: 4, memoryBudget: budget).graph(for: docs)
        #expect(try switched.jsonData() == kept.jsonData())
    }

    @Test("A document's estimated size grows with its text")
    func estimatedSizeFollowsText() throws {
        let reader = DocumentReader(segmenter: ArticleSegmenter(), recognizer: MentionRecognizer(lexicon: .shared),
                                    resolver: EntityResolver(lexicon: .shared))
        let docs = try ExtractorTests.documents([Self.articles[0], Self.articles[0] + " " + Self.articles[1] + " " + Self.articles[4]])
        let (short, long) = (docs[0], docs[1])
        let shortSize = ReadDocument(document: short.document, sentences: reader.read(short)).estimatedBytes
        let longSize = ReadDocument(document: long.document, sentences: reader.read(long)).estimatedBytes
        #expect(shortSize > short.text.utf8.count)
        #expect(longSize > shortSize + (long.text.utf8.count - short.text.utf8.count))
    }

    @Test("Resolution across batches: a surname and an acronym in a later batch join the entity named in an earlier one")
    func resolutionCrossesBatches() throws {
        let graph = try Extractor(lexicon: .shared, batchSize: 1).graph(for: try Self.corpus(copies: 1))
        let traore = try #require(graph.entities.first { $0.name == "Oumar Traore" })
        #expect(traore.mentions >= 2)
        let front = try #require(graph.entities.first { $0.aliases.contains("ALF") })
        #expect(front.name == "Azawad Liberation Front")
        #expect(graph.relations.contains { $0.source == "algeria" && $0.type == .backs && $0.target == front.id })
        #expect(graph.relations.contains { $0.source == traore.id && $0.type == .accuses && $0.target == front.id })
    }

    @Test("A source is read exactly once, never more than a batch at a time, and gives the array's graph")
    func sourceReadOnceInBatches() throws {
        let docs = try Self.corpus(copies: 5)
        let source = CountingSource(documents: docs)
        let streamed = try Extractor(lexicon: .shared, batchSize: 4).graph(for: source)
        #expect(source.readings == 1)
        #expect(source.largestBatch == 4)
        #expect(try streamed.jsonData() == (try Extractor().graph(for: docs)).jsonData())
    }

    @Test("Ids a source renames after its reading are the documents' and the evidence's ids")
    func renamedIDsReachTheGraph() throws {
        let docs = try Self.corpus(copies: 1)
        let source = CountingSource(documents: docs, renamedIDs: [0: "first-renamed", 6: "last-renamed"])
        let graph = try Extractor(lexicon: .shared, batchSize: 2).graph(for: source)
        let ids = Set(graph.documents.map(\.id))
        #expect(ids.isSuperset(of: ["first-renamed", "last-renamed"]))
        #expect(!ids.contains(docs[0].document.id) && !ids.contains(docs[6].document.id))
        let cited = Set(graph.relations.flatMap { $0.evidence.map(\.document) })
        #expect(cited.contains("first-renamed"))
        #expect(cited.isSubset(of: ids))
    }

    @Test("A spill folder that cannot hold the temporary file stops extraction with the folder and the system's reason")
    func unusableSpillFolder() throws {
        let folder = "/nonexistent-actorgraph-\(UInt32.random(in: 0...UInt32.max))"
        let extractor = Extractor(lexicon: .shared, batchSize: 4, spillFolder: folder)
        let error = try #require(throws: ExtractionError.self) { try extractor.graph(for: try Self.corpus(copies: 1)) }
        guard case .spill(let path, let reason) = error else { Issue.record("unexpected \(error)"); return }
        #expect(path.hasPrefix(folder + "/actorgraph-spill-"))
        #expect(reason == "No such file or directory")
        #expect(error.description.contains(folder))
    }

    @Test("A source that fails in the middle of a reading makes extraction throw its error")
    func failingSourceThrows() throws {
        let source = CountingSource(documents: try Self.corpus(copies: 2), failAfter: 5)
        #expect(throws: CountingSource.Failure.self) { try Extractor(lexicon: .shared, batchSize: 2).graph(for: source) }
    }
}

/// An in-memory source that records how it is read.
private final class CountingSource: DocumentSource, @unchecked Sendable {
    struct Failure: Error {}

    let documents: [SourceDocument]
    let failAfter: Int?
    let renamedIDs: [Int: String]
    private(set) var readings = 0
    private(set) var largestBatch = 0

    init(documents: [SourceDocument], failAfter: Int? = nil, renamedIDs: [Int: String] = [:]) {
        self.documents = documents
        self.failAfter = failAfter
        self.renamedIDs = renamedIDs
    }

    func forEachBatch(of size: Int, _ body: ([SourceDocument]) -> Void) throws {
        readings += 1
        var given = 0
        for start in stride(from: 0, to: documents.count, by: size) {
            let batch = Array(documents[start..<min(start + size, documents.count)])
            if let failAfter, given + batch.count > failAfter { throw Failure() }
            largestBatch = max(largestBatch, batch.count)
            given += batch.count
            body(batch)
        }
    }
}
