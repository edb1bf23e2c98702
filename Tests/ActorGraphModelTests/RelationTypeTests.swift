import ActorGraphModel
import Testing

@Suite("RelationType")
struct RelationTypeTests {
    @Test("Raw values are the JSON contract strings")
    func rawValues() {
        #expect(RelationType.allCases.map(\.rawValue) == [
            "spokesperson-of", "backs", "co-chairs", "accuses", "holds-office", "located-in", "part-of", "denies",
        ])
    }

    @Test("The four core types are the first four")
    func core() {
        #expect(RelationType.allCases.filter(\.isCore) == [.spokespersonOf, .backs, .coChairs, .accuses])
    }

    @Test("Types order by declaration")
    func order() {
        #expect(RelationType.denies > RelationType.spokespersonOf)
        #expect([RelationType.partOf, .backs, .accuses].sorted() == [.backs, .accuses, .partOf])
    }
}
