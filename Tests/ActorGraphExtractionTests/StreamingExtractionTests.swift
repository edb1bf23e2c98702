import ActorGraphModel
import ActorGraphText
import Foundation
import Testing

@testable import ActorGraphExtraction

/// Two-pass extraction over a source read in batches: the graph does not
/// depend on where batches end, and the source is read twice, a batch at a
/// time, never whole.
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

    @Test("Resolution across batches: a surname and an acronym in a later batch join the entity named in an earlier one")
    func resolutionCrossesBatches() throws {
        let graph = Extractor(lexicon: .shared, batchSize: 1).graph(for: try Self.corpus(copies: 1))
        let traore = try #require(graph.entities.first { $0.name == "Oumar Traore" })
        #expect(traore.mentions >= 2)
        let front = try #require(graph.entities.first { $0.aliases.contains("ALF") })
        #expect(front.name == "Azawad Liberation Front")
        #expect(graph.relations.contains { $0.source == "algeria" && $0.type == .backs && $0.target == front.id })
        #expect(graph.relations.contains { $0.source == traore.id && $0.type == .accuses && $0.target == front.id })
    }

    @Test("A source is read exactly twice, never more than a batch at a time, and gives the array's graph")
    func sourceReadTwiceInBatches() throws {
        let docs = try Self.corpus(copies: 5)
        let source = CountingSource(documents: docs)
        let streamed = try Extractor(lexicon: .shared, batchSize: 4).graph(for: source)
        #expect(source.readings == 2)
        #expect(source.largestBatch == 4)
        #expect(try streamed.jsonData() == Extractor().graph(for: docs).jsonData())
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
    private(set) var readings = 0
    private(set) var largestBatch = 0

    init(documents: [SourceDocument], failAfter: Int? = nil) {
        self.documents = documents
        self.failAfter = failAfter
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
