import ActorGraphModel
import Testing

@Suite("KnowledgeGraph filters")
struct KnowledgeGraphFilterTests {
    static func evidence(_ date: String?, _ n: Int = 0) -> Evidence {
        Evidence(document: "d\(n)", sentence: "Sentence \(n).", start: n, end: n + 1, date: date)
    }

    /// a accuses b (2 sentences, Oct and Nov), b denies a (undated), c backs a,
    /// d (a place) located-in c, e is linked to nothing.
    static let graph = KnowledgeGraph(
        entities: [
            Entity(id: "a", name: "A", type: .person, mentions: 5),
            Entity(id: "b", name: "B", type: .country, mentions: 4),
            Entity(id: "c", name: "C", type: .organization, mentions: 3),
            Entity(id: "d", name: "D", type: .place, mentions: 2),
            Entity(id: "e", name: "E", type: .person, mentions: 9),
        ],
        relations: [
            Relation(source: "a", type: .accuses, target: "b", confidence: 1,
                     evidence: [evidence("2020-10-01", 1), evidence("2020-11-15", 2)]),
            Relation(source: "b", type: .denies, target: "a", confidence: 1, evidence: [evidence(nil, 3)]),
            Relation(source: "c", type: .backs, target: "a", confidence: 1, evidence: [evidence("2020-09-30", 4)]),
            Relation(source: "d", type: .locatedIn, target: "c", confidence: 1),
        ])

    func ids(_ graph: KnowledgeGraph) -> [String] { graph.entities.map(\.id).sorted() }
    func keys(_ graph: KnowledgeGraph) -> [String] { graph.relations.map(\.key).sorted() }

    @Test("The empty filter keeps everything")
    func empty() {
        #expect(Self.graph.filtered(by: .init()) == Self.graph)
    }

    @Test("Relation types keep those relations and drop entities left without any")
    func relationTypes() {
        let g = Self.graph.filtered(by: .init(relationTypes: [.accuses, .denies]))
        #expect(keys(g) == ["a|accuses|b", "b|denies|a"])
        #expect(ids(g) == ["a", "b"])
    }

    @Test("Entity types drop the other entities and the relations that touch them")
    func entityTypes() {
        let g = Self.graph.filtered(by: .init(entityTypes: [.person, .country]))
        #expect(ids(g) == ["a", "b", "e"])
        #expect(keys(g) == ["a|accuses|b", "b|denies|a"])
    }

    @Test("Minimum evidence counts sentences")
    func minimumEvidence() {
        let g = Self.graph.filtered(by: .init(minimumEvidence: 2))
        #expect(keys(g) == ["a|accuses|b"])
        #expect(ids(g) == ["a", "b"])
    }

    @Test("Since/until keep relations with evidence in range, only that evidence, and drop undated evidence")
    func dates() {
        let october = Self.graph.filtered(by: .init(since: "2020-10-01", until: "2020-10-31"))
        #expect(keys(october) == ["a|accuses|b"])
        #expect(october.relations.first?.evidence.map(\.date) == ["2020-10-01"], "inclusive; November cut")
        let fromOctober = Self.graph.filtered(by: .init(since: "2020-10-01"))
        #expect(keys(fromOctober) == ["a|accuses|b"], "the undated denial and the September backing are dropped")
        #expect(fromOctober.relations.first?.evidence.count == 2)
        let untilSeptember = Self.graph.filtered(by: .init(until: "2020-09-30"))
        #expect(keys(untilSeptember) == ["c|backs|a"])
    }

    @Test("Dates filter before minimum evidence")
    func datesThenEvidence() {
        let g = Self.graph.filtered(by: .init(minimumEvidence: 2, since: "2020-11-01"))
        #expect(g.relations.isEmpty, "only one sentence of the accusation is in range")
    }

    @Test("Focus and depth follow edges both ways")
    func ego() {
        let one = Self.graph.filtered(by: .init(focus: "c", depth: 1))
        #expect(ids(one) == ["a", "c", "d"])
        #expect(keys(one) == ["c|backs|a", "d|located-in|c"])
        let two = Self.graph.filtered(by: .init(focus: "c", depth: 2))
        #expect(ids(two) == ["a", "b", "c", "d"])
        let alone = Self.graph.filtered(by: .init(focus: "e", depth: 3))
        #expect(ids(alone) == ["e"])
    }

    @Test("The focus survives a relation filter even when nothing touches it")
    func focusKept() {
        let g = Self.graph.filtered(by: .init(focus: "d", depth: 1, relationTypes: [.accuses]))
        #expect(ids(g) == ["d"])
        #expect(g.relations.isEmpty)
    }

    @Test("Top N keeps the best-connected entities (ties: mentions, then id) and the relations among them")
    func top() {
        // degrees: a 3, b 2, c 2, d 1, e 0; b (4 mentions) beats c (3).
        let two = Self.graph.filtered(by: .init(top: 2))
        #expect(ids(two) == ["a", "b"])
        #expect(keys(two) == ["a|accuses|b", "b|denies|a"])
        let three = Self.graph.filtered(by: .init(top: 3))
        #expect(ids(three) == ["a", "b", "c"])
        #expect(Self.graph.filtered(by: .init(top: 0)).entities.isEmpty)
    }

    @Test("Filters combine: a relation filter, then the ego network")
    func combined() {
        let g = Self.graph.filtered(by: .init(focus: "b", depth: 2, relationTypes: [.accuses, .backs]))
        #expect(ids(g) == ["a", "b", "c"])
        #expect(keys(g) == ["a|accuses|b", "c|backs|a"])
    }

    @Test("Degrees count each relation once per end")
    func degrees() {
        #expect(Self.graph.degreeByEntity() == ["a": 3, "b": 2, "c": 2, "d": 1])
    }
}
