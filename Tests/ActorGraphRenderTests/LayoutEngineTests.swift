import ActorGraphRender
import Testing

@Suite("LayoutEngine")
struct LayoutEngineTests {
    @Test("Raw values are Graphviz engine names")
    func rawValues() {
        #expect(LayoutEngine.allCases.map(\.rawValue) == ["dot", "neato", "fdp", "sfdp", "circo"])
    }

    @Test("Small graphs and sparse mid-sized ones use dot; dense or large ones sfdp", arguments: [
        (0, 0, LayoutEngine.dot),
        (12, 20, .dot),
        (60, 150, .dot),
        (61, 10, .dot),
        (61, 62, .sfdp),
        (10, 151, .sfdp),
        (150, 147, .dot),
        (300, 300, .dot),
        (300, 301, .sfdp),
        (301, 100, .sfdp),
        (150, 444, .sfdp),
        (5_000, 20_000, .sfdp),
    ])
    func automatic(nodes: Int, edges: Int, expected: LayoutEngine) {
        #expect(LayoutEngine.automatic(nodeCount: nodes, edgeCount: edges) == expected)
    }
}
