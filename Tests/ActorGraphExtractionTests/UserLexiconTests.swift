import ActorGraphModel
import ActorGraphText
import Foundation
import Testing

@testable import ActorGraphExtraction

/// A user lexicon extends the built-in one: entities win over built-in
/// entries, words join the tables, and the built-in lexicon is untouched.
@Suite("UserLexicon")
struct UserLexiconTests {
    static let article = """
        The Grey Herons attacked a convoy near Varsen. Talia Morrow, the war envoy of the Kestrel Council, \
        said the attack broke the truce. The Kestrel Council castigated the Grey Heron Syndicate.
        """

    static let user = UserLexicon(
        entities: [.init(name: "Grey Heron Syndicate", type: .organization, aliases: ["Grey Herons"])],
        titles: ["War  Envoy"],
        relationCues: .init(accuses: ["castigated"]))

    static func graph(_ lexicon: Lexicon) throws -> KnowledgeGraph {
        let doc = try DocumentLoader().parse(Data(article.utf8), id: "heron", source: "heron.txt")
        return try Extractor(lexicon: lexicon).graph(for: [doc])
    }

    @Test func entitiesTitlesAndCuesChangeTheGraph() throws {
        let graph = try Self.graph(try Lexicon(adding: Self.user))
        let syndicate = try #require(graph.entities.first { $0.id == "grey-heron-syndicate" })
        #expect(syndicate.type == .organization)
        #expect(syndicate.aliases == ["Grey Herons"])
        #expect(graph.relations.contains { $0.source == "talia-morrow" && $0.type == .holdsOffice && $0.title == "War Envoy" })
        #expect(graph.relations.contains { $0.source == "kestrel-council" && $0.type == .accuses && $0.target == "grey-heron-syndicate" })
    }

    @Test func wordsAreLowercasedAndTheBuiltInTablesKept() throws {
        let words = WordTables.standard.adding(Self.user)
        #expect(words.officeTitles.contains("war envoy"))
        #expect(words.officeTitles.isSuperset(of: Vocabulary.officeTitles))
        #expect(!Lexicon.shared.words.officeTitles.contains("war envoy"))
    }

    @Test func aUserEntityWinsOverABuiltInOne() throws {
        let user = UserLexicon(entities: [.init(name: "Paris Group", type: .organization, aliases: ["Paris"])])
        let lexicon = try Lexicon(adding: user)
        #expect(lexicon.entry(forKey: Lexicon.key("Paris"))?.name == "Paris Group")
        #expect(Lexicon.shared.entry(forKey: Lexicon.key("Paris"))?.name == "Paris")
    }

    @Test func progressCountsEveryDocumentOfBothPassesAndChangesNothing() throws {
        let docs = try ExtractorTests.documents(ExtractorTests.articles + ExtractorTests.articles.map { $0 + " Again." })
        let seen = Reports()
        let graph = try Extractor().graph(for: docs) { seen.append($0) }
        #expect(try graph.jsonData() == (try Extractor().graph(for: docs)).jsonData())
        let first = seen.values.filter { $0.pass == 1 }, second = seen.values.filter { $0.pass == 2 }
        // The first pass cannot know a streamed input's size; the second does.
        #expect(first.allSatisfy { $0.total == nil })
        #expect(second.allSatisfy { $0.total == docs.count })
        #expect(first.map(\.done).sorted() == Array(1...docs.count))
        #expect(second.map(\.done).sorted() == Array(1...docs.count))
        #expect(first.count + second.count == seen.values.count)
    }
}

/// The reports a progress callback saw, from many threads.
private final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [ExtractionProgress] = []

    func append(_ report: ExtractionProgress) { lock.withLock { list.append(report) } }
    var values: [ExtractionProgress] { lock.withLock { list } }
}
