import ActorGraphModel
import Testing

@Suite("Relation")
struct RelationTests {
    @Test("key joins source, type and target")
    func key() {
        let r = Relation(source: "hikmet-hajiyev", type: .spokespersonOf, target: "azerbaijan", confidence: 0.8)
        #expect(r.key == "hikmet-hajiyev|spokesperson-of|azerbaijan")
        #expect(r.evidence.isEmpty)
        #expect(r.title == nil)
    }

    @Test("precedes orders by source, then type name, then target")
    func precedes() {
        let a = Relation(source: "armenia", type: .partOf, target: "zz", confidence: 1)
        let b = Relation(source: "azerbaijan", type: .accuses, target: "armenia", confidence: 1)
        let c = Relation(source: "azerbaijan", type: .backs, target: "armenia", confidence: 1)
        let d = Relation(source: "azerbaijan", type: .backs, target: "turkiye", confidence: 1)
        #expect(Relation.precedes(a, b))
        #expect(Relation.precedes(b, c))
        #expect(Relation.precedes(c, d))
        #expect(!Relation.precedes(d, c))
        #expect(!Relation.precedes(c, c))
        #expect([d, c, b, a].sorted(by: Relation.precedes) == [a, b, c, d])
    }
}
