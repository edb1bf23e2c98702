import ActorGraphRender
import Testing

@Suite("LayoutEngine")
struct LayoutEngineTests {
    @Test("Raw values are Graphviz engine names")
    func rawValues() {
        #expect(LayoutEngine.allCases.map(\.rawValue) == ["dot", "neato", "fdp", "sfdp", "circo"])
    }

    @Test("Small graphs use dot, large ones sfdp", arguments: [
        (0, 0, LayoutEngine.dot),
        (12, 20, .dot),
        (60, 150, .dot),
        (61, 10, .sfdp),
        (10, 151, .sfdp),
        (5_000, 20_000, .sfdp),
    ])
    func automatic(nodes: Int, edges: Int, expected: LayoutEngine) {
        #expect(LayoutEngine.automatic(nodeCount: nodes, edgeCount: edges) == expected)
    }
}
