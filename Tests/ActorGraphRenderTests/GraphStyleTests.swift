import ActorGraphModel
import ActorGraphRender
import Testing

@Suite("GraphStyle")
struct GraphStyleTests {
    let style = GraphStyle.standard

    @Test("Every entity and relation type has its own entry")
    func complete() {
        #expect(Set(style.nodes.keys) == Set(EntityType.allCases))
        #expect(Set(style.edges.keys) == Set(RelationType.allCases))
    }

    @Test("Entity types differ in shape, not only colour (grey print)")
    func distinctShapes() {
        let shapes = EntityType.allCases.map { style.style(for: $0).shape }
        #expect(Set(shapes).count == EntityType.allCases.count)
        #expect(style.style(for: .person).shape == "ellipse")
        #expect(style.style(for: .organization).shape == "box")
    }

    @Test("Relation types differ in line style or arrowhead, not only colour")
    func distinctEdges() {
        let looks = RelationType.allCases.map { "\(style.style(for: $0).lineStyle)/\(style.style(for: $0).arrowhead)" }
        #expect(Set(looks).count == RelationType.allCases.count)
        #expect(Set(RelationType.allCases.map { style.style(for: $0).color }).count == RelationType.allCases.count)
        #expect(style.style(for: .accuses).lineStyle == "bold")
        #expect(style.style(for: .denies).lineStyle == "dashed")
        #expect(style.style(for: .spokespersonOf).lineStyle == "dotted")
    }

    @Test("Pen width grows with log2 of the evidence count and is capped")
    func penWidth() {
        let base = style.style(for: .backs).basePenWidth
        #expect(style.penWidth(for: .backs, evidenceCount: 0) == base)
        #expect(style.penWidth(for: .backs, evidenceCount: 1) == base)
        #expect(style.penWidth(for: .backs, evidenceCount: 4) == base + 2)
        #expect(style.penWidth(for: .backs, evidenceCount: 3) > base + 1)
        #expect(style.penWidth(for: .backs, evidenceCount: 1_000_000) == style.maximumPenWidth)
    }

    @Test("A custom style missing a type still draws it")
    func fallback() {
        let sparse = GraphStyle(nodes: [:], edges: [:])
        #expect(!sparse.style(for: .place).shape.isEmpty)
        #expect(!sparse.style(for: .partOf).color.isEmpty)
    }
}
