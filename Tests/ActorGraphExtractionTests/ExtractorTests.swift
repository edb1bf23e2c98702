import ActorGraphModel
import ActorGraphText
import Foundation
import Testing

@testable import ActorGraphExtraction

/// The extractor as a whole: its graph depends on the documents, not on
/// their order or on how the work was spread over threads.
@Suite("Extractor")
struct ExtractorTests {
    static let articles = [
        "Kenyan Foreign Minister Grace Wanjiru Mwangi accused Ethiopia of withholding water. Ethiopia denied the claim.",
        "Mwangi said Somalia, which backs Kenya, would attend. Ethiopian Water Minister Hailu Gebremedhin disagreed.",
        "The contact group, co-chaired by Norway, Djibouti and the African Union, met in the Ethiopian town of Moyale.",
        "Gebremedhin said Kenya's defence ministry had misread the figures.",
    ]

    static func documents(_ texts: [String]) throws -> [SourceDocument] {
        try texts.enumerated().map { i, text in
            try DocumentLoader().parse(Data(text.utf8), id: "article-\(i)", source: "article-\(i).txt")
        }
    }

    @Test("The graph is the same whatever the order of the documents")
    func orderIndependent() throws {
        let docs = try Self.documents(Self.articles)
        let forward = try Extractor().graph(for: docs).jsonData()
        let backward = try Extractor().graph(for: docs.reversed()).jsonData()
        let shuffled = try Extractor().graph(for: [docs[2], docs[0], docs[3], docs[1]]).jsonData()
        #expect(forward == backward)
        #expect(forward == shuffled)
    }

    @Test("Repeated runs over many documents give byte-identical JSON")
    func deterministicInParallel() throws {
        let docs = try Self.documents(Array(repeating: Self.articles, count: 25).flatMap { $0 })
        let first = try Extractor().graph(for: docs).jsonData()
        for _ in 0..<3 {
            #expect(try Extractor().graph(for: docs).jsonData() == first)
        }
        let graph = try KnowledgeGraph(jsonData: first)
        #expect(graph.documents.count == 100)
        #expect(graph.relations.contains { $0.source == "kenya" && $0.type == .accuses } == false)
        #expect(graph.relations.contains { $0.source == "grace-wanjiru-mwangi" && $0.type == .accuses && $0.target == "ethiopia" })
    }
}
