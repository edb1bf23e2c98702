import ActorGraphModel
import Testing

@Suite("EntityType")
struct EntityTypeTests {
    @Test("Raw values are the JSON contract strings")
    func rawValues() {
        #expect(EntityType.allCases.map(\.rawValue) == ["PERSON", "ORGANIZATION", "PLACE", "COUNTRY"])
        #expect(EntityType(rawValue: "person") == nil)
    }

    @Test("Types order by declaration, not alphabetically")
    func order() {
        #expect([EntityType.country, .place, .person, .organization].sorted() == [.person, .organization, .place, .country])
    }
}
