@testable import ActorGraphRender
import ActorGraphModel
import Foundation
import Testing

@Suite("GraphvizRenderer", .serialized)
struct GraphvizRendererTests {
    let renderer = GraphvizRenderer()

    @Test("SVG is well-formed and carries node and edge ids and tooltips")
    func svgCarriesIdsAndTooltips() throws {
        let svg = try SVGDocument.parse(renderer.render(Fixtures.small, as: .svg))
        #expect(svg.ids.contains("n-hikmet-hajiyev"))
        #expect(svg.ids.contains("n-armenia"))
        #expect(svg.ids.contains("e-hikmet-hajiyev-accuses-armenia"))
        #expect(svg.ids.contains("e-armenia-denies-azerbaijan"))
        #expect(svg.ids.contains("legend"))
        #expect(svg.tooltips.contains("Legend: entity types and relation types"))
        #expect(svg.tooltips.contains { $0.hasPrefix("PERSON: Hikmet Hajiyev\naliases: Hajiyev, Hikmat Hajiyev") })
        let accusation = try #require(svg.tooltips.first { $0.hasPrefix("accuses: Hikmet Hajiyev -> Armenia") })
        #expect(accusation.contains("evidence: 2 sentences"))
        #expect(accusation.contains("[barda-strike, 2020-10-28] Hikmet Hajiyev said Armenian forces shelled Barda."))
        let denial = try #require(svg.tooltips.first { $0.hasPrefix("denies: Armenia -> Azerbaijan") })
        #expect(denial.contains("Yerevan denied \"any involvement\""))
        #expect(svg.titles.contains("n-armenia"))
        #expect(svg.texts.contains("OSCE Minsk Group"))
    }

    @Test("DOT format returns the encoder's text without layout")
    func dotFormatIsTheEncodedText() throws {
        let data = try renderer.render(Fixtures.small, as: .dot)
        #expect(String(decoding: data, as: UTF8.self) == DOTEncoder().encode(Fixtures.small))
        let raw = try renderer.render(dot: "not even DOT", format: .dot, layout: .dot)
        #expect(raw == Data("not even DOT".utf8))
    }

    @Test("PNG starts with the PNG signature, or names the missing cairo plugin")
    func pngSignature() throws {
        do {
            let png = try renderer.render(Fixtures.small, as: .png)
            #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            #expect(png.count > 1000)
        } catch let error as RenderError {
            guard case .formatUnavailable(.png, _) = error else {
                Issue.record("unexpected error: \(error)")
                return
            }
            #expect(error.description.contains(RenderError.cairoPluginPackage))
        }
    }

    @Test("PDF starts with %PDF, or names the missing cairo plugin")
    func pdfSignature() throws {
        do {
            let pdf = try renderer.render(Fixtures.small, as: .pdf)
            #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        } catch let error as RenderError {
            guard case .formatUnavailable(.pdf, _) = error else {
                Issue.record("unexpected error: \(error)")
                return
            }
            #expect(error.description.contains(RenderError.cairoPluginPackage))
        }
    }

    @Test("Malformed DOT is a parse error carrying Graphviz's message")
    func malformedDOT() throws {
        #expect {
            try renderer.render(dot: "digraph { a -> ; }}", format: .svg, layout: .dot)
        } throws: { error in
            guard case .parse(let message) = error as? RenderError else { return false }
            return message.localizedCaseInsensitiveContains("syntax error")
        }
        // The parser recovers: a valid graph right after still renders.
        let svg = try renderer.render(dot: "digraph { a -> b }", format: .svg, layout: .dot)
        #expect(try SVGDocument.parse(svg).titles.contains("a->b"))
    }

    @Test("Every layout engine draws the fixture", arguments: LayoutEngine.allCases)
    func everyEngine(engine: LayoutEngine) throws {
        let svg = try SVGDocument.parse(renderer.render(Fixtures.small, as: .svg, layout: engine))
        #expect(svg.ids.contains("n-barda"))
    }

    @Test("Plugins load from the library files when the config file is ignored")
    func libraryFilePlugins() throws {
        let fallback = GraphvizRenderer(pluginLoading: .libraryFiles())
        let svg = try SVGDocument.parse(fallback.render(Fixtures.small, as: .svg, layout: .dot))
        #expect(svg.ids.contains("e-hikmet-hajiyev-accuses-armenia"))
        let png = try fallback.render(Fixtures.small, as: .png, layout: .neato)
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    }

    @Test("Without the cairo plugin, PNG fails with advice naming the package")
    func missingCairoPlugin() throws {
        let bare = GraphvizRenderer(pluginLoading: .libraryFiles(["core", "dot_layout"]))
        #expect(try SVGDocument.parse(bare.render(Fixtures.small, as: .svg)).ids.contains("n-armenia"))
        #expect {
            try bare.render(Fixtures.small, as: .png)
        } throws: { error in
            guard case .formatUnavailable(.png, let message) = error as? RenderError else { return false }
            return message.contains("png") && "\(error)".contains("apt-get install \(RenderError.cairoPluginPackage)")
        }
    }

    @Test("Concurrent renders are serialized and all succeed")
    func concurrentRenders() async throws {
        let renderer = self.renderer
        let sizes = try await withThrowingTaskGroup(of: Int.self) { group in
            for n in 1...8 {
                group.addTask { try renderer.render(Fixtures.chain(n * 3), as: .svg).count }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(sizes.count == 8)
        #expect(sizes.allSatisfy { $0 > 500 })
    }

    /// dot would take minutes on this graph; which engine is chosen is what
    /// is checked (speed is `make bench`'s).
    @Test("A large dense graph lays out with the automatic engine (sfdp)")
    func largeGraph() throws {
        let graph = Fixtures.dense(300, perNode: 3)
        #expect(LayoutEngine.automatic(nodeCount: graph.entities.count, edgeCount: graph.relations.count) == .sfdp)
        let svg = try SVGDocument.parse(renderer.render(graph, as: .svg))
        #expect(svg.ids.contains("n-e299"))
        #expect(svg.ids.contains("legend"))
    }

    @Test("A long sparse graph lays out with dot")
    func sparseGraph() throws {
        let graph = Fixtures.chain(200)
        #expect(LayoutEngine.automatic(nodeCount: 200, edgeCount: 199) == .dot)
        let svg = try SVGDocument.parse(renderer.render(graph, as: .svg))
        #expect(svg.ids.contains("e-p0-backs-p1"))
    }

    @Test("The legend is drawn as one table node by every engine",
          arguments: LayoutEngine.allCases)
    func legendEveryEngine(engine: LayoutEngine) throws {
        let svg = try SVGDocument.parse(renderer.render(Fixtures.small, as: .svg, layout: engine))
        #expect(svg.ids.contains("legend"))
        #expect(svg.texts.contains("accuses"))
        #expect(svg.texts.contains("double octagon"))
        #expect(svg.texts.contains("denies"))
        #expect(svg.texts.contains("person"))
        #expect(svg.texts.contains("thicker line: more evidence sentences"))
    }
}
