import ActorGraphRender
import Testing

@Suite("RenderError")
struct RenderErrorTests {
    @Test("Descriptions carry Graphviz's message and the failing engine or format")
    func descriptions() {
        #expect(RenderError.parse("syntax error in line 1 near ';'").description
            == "Graphviz could not parse the DOT text: syntax error in line 1 near ';'")
        #expect(RenderError.layout(.sfdp, "boom").description.contains("'sfdp'"))
        #expect(RenderError.render(.svg, "boom").description.contains("SVG"))
    }

    @Test("A missing cairo plugin names the package to install")
    func missingPlugin() {
        let text = RenderError.formatUnavailable(.png, #"Format: "png" not recognized."#).description
        #expect(text.contains("apt-get install libgvc6"))
        #expect(text.contains(#"Format: "png" not recognized."#))
    }
}
