@testable import ActorGraphRender
import Testing

@Suite("RenderFormat")
struct RenderFormatTests {
    @Test("Raw values are Graphviz format names")
    func rawValues() {
        #expect(RenderFormat.allCases.map(\.rawValue) == ["dot", "svg", "png", "pdf"])
        #expect(RenderFormat(rawValue: "svg") == .svg)
        #expect(RenderFormat(rawValue: "SVG") == nil)
    }

    @Test("Only PNG and PDF depend on the cairo plugin")
    func cairo() {
        #expect(RenderFormat.allCases.filter(\.needsCairo) == [.png, .pdf])
    }
}
