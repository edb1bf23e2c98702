import ActorGraphModel
import Foundation
import ActorGraphStore
import Testing

@Suite("GraphStore queries")
struct GraphStoreQueryTests {
    /// A store holding the three fixture articles; the caller removes the folder.
    func filledStore() throws -> (GraphStore, ScratchFolder) {
        let folder = try ScratchFolder()
        let store = try GraphStore(path: folder.storePath)
        try store.ingest(try StoreFixtures.all)
        return (store, folder)
    }

    @Test("a name, an alias or an id finds the entity, in any case and without diacritics",
          arguments: ["Grace Wanjiru Mwangi", "grace wanjiru mwangi", "MWANGI", "Mwángi", "grace-wanjiru-mwangi", "  Grace  Wanjiru Mwangi "])
    func byName(_ name: String) throws {
        let (store, folder) = try filledStore()
        defer { folder.remove() }
        #expect(try store.entities(named: name).map(\.id) == ["grace-wanjiru-mwangi"])
    }

    @Test("a demonym alias finds its country")
    func byAlias() throws {
        let (store, folder) = try filledStore()
        defer { folder.remove() }
        #expect(try store.entities(named: "kenyan").map(\.id) == ["kenya"])
    }

    @Test("a surname two people share is ambiguous")
    func ambiguous() throws {
        let (store, folder) = try filledStore()
        defer { folder.remove() }
        #expect(try store.entities(named: "okoth").map(\.id) == ["daniel-okoth", "peter-okoth"])
    }

    @Test("an unknown name finds nothing; its close matches come first by spelling")
    func unknown() throws {
        let (store, folder) = try filledStore()
        defer { folder.remove() }
        #expect(try store.entities(named: "Grace Mwangy").isEmpty)
        #expect(try store.closeMatches(to: "Mwangy").first?.id == "grace-wanjiru-mwangi")
        #expect(try store.closeMatches(to: "Ethopia").first?.id == "ethiopia")
        #expect(try store.closeMatches(to: "Peter Okot").first?.id == "peter-okoth")
        #expect(try store.closeMatches(to: "Zanzibar Quux").isEmpty)
        #expect(try store.closeMatches(to: "Okoth", limit: 1).count == 1)
    }

    @Test("entities by type, sorted by id")
    func byType() throws {
        let (store, folder) = try filledStore()
        defer { folder.remove() }
        let people = try store.entities(type: .person)
        #expect(people.map(\.id) == ["daniel-okoth", "grace-wanjiru-mwangi", "peter-okoth"])
        #expect(try store.entities().count == store.graph().entities.count)
        #expect(try store.entities() == store.graph().entities)
    }

    @Test("depth 1 in both directions lists every edge of the entity, with its evidence")
    func neighborsBoth() throws {
        let (store, folder) = try filledStore()
        defer { folder.remove() }
        let neighbors = try store.neighbors(of: "grace-wanjiru-mwangi")
        let edges = neighbors.map { "\($0.direction.rawValue) \($0.relation.type.rawValue) \($0.entity.id)" }
        #expect(edges == ["out accuses ethiopia", "in denies ethiopia", "out holds-office kenya"])
        let graph = try store.graph()
        for n in neighbors {
            #expect(n.depth == 1 && n.via == "grace-wanjiru-mwangi")
            #expect(graph.relations.contains(n.relation), "\(n.relation.key) differs from the stored graph")
            #expect(!n.relation.evidence.isEmpty)
            #expect(n.entity == graph.entity(id: n.entity.id))
        }
    }

    @Test("the direction filter keeps only outgoing or incoming edges")
    func neighborsDirection() throws {
        let (store, folder) = try filledStore()
        defer { folder.remove() }
        let out = try store.neighbors(of: "grace-wanjiru-mwangi", direction: .outgoing)
        #expect(out.map(\.entity.id) == ["ethiopia", "kenya"] && out.allSatisfy { $0.direction == .outgoing })
        let incoming = try store.neighbors(of: "grace-wanjiru-mwangi", direction: .incoming)
        #expect(incoming.map(\.relation.type) == [.denies])
        #expect(incoming.allSatisfy { $0.relation.target == "grace-wanjiru-mwangi" })
    }

    @Test("the relation filter keeps only the given types")
    func neighborsRelation() throws {
        let (store, folder) = try filledStore()
        defer { folder.remove() }
        let backers = try store.neighbors(of: "kenya", relations: [.backs])
        #expect(backers.map(\.entity.id) == ["somalia", "uganda"])
        #expect(try store.neighbors(of: "kenya", relations: [.coChairs]).isEmpty)
    }

    @Test("depth 2 reaches the entities behind the neighbors, each once, nearest first")
    func neighborsDepthTwo() throws {
        let (store, folder) = try filledStore()
        defer { folder.remove() }
        let one = try store.neighbors(of: "somalia")
        #expect(one.map(\.entity.id) == ["kenya"])
        let two = try store.neighbors(of: "somalia", depth: 2)
        #expect(Array(two.prefix(1)) == one)
        let second = two.dropFirst()
        #expect(second.allSatisfy { $0.depth == 2 && $0.via == "kenya" })
        let reached = Set(second.map(\.entity.id))
        #expect(reached.isSuperset(of: ["uganda", "ethiopia", "grace-wanjiru-mwangi", "peter-okoth"]))
        #expect(!reached.contains("somalia") && !reached.contains("kenya"))
        // The same search through the in-memory model reaches the same entities.
        let ego = try store.graph().egoNetwork(around: "somalia", depth: 2)
        #expect(Set(two.map(\.entity.id)).union(["somalia"]) == Set(ego.entities.map(\.id)))
        // Filters apply at every level.
        let backsOnly = try store.neighbors(of: "somalia", depth: 2, relations: [.backs], direction: .outgoing)
        #expect(backsOnly.map(\.entity.id) == ["kenya"])
    }

    @Test("an unknown id or a depth below 1 has no neighbors")
    func neighborsEdgeCases() throws {
        let (store, folder) = try filledStore()
        defer { folder.remove() }
        #expect(try store.neighbors(of: "atlantis").isEmpty)
        #expect(try store.neighbors(of: "kenya", depth: 0).isEmpty)
    }
}
