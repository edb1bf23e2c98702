import ActorGraphModel
import ActorGraphRender
import Foundation
import Testing

@Suite("DOTEncoder", .serialized)
struct DOTEncoderTests {
    let encoder = DOTEncoder()

    // MARK: - Determinism and golden output

    @Test("Encoding twice gives the same text")
    func deterministic() {
        #expect(encoder.encode(Fixtures.small) == encoder.encode(Fixtures.small))
    }

    @Test("Input order does not matter")
    func orderIndependent() {
        let shuffled = Fixtures.shuffled(Fixtures.small)
        #expect(shuffled.entities.map(\.id) != Fixtures.small.entities.map(\.id))
        #expect(encoder.encode(shuffled, title: "T") == encoder.encode(Fixtures.small, title: "T"))
    }

    /// Re-record with `ACTORGRAPH_RECORD_GOLDEN=1 swift test ...` after a
    /// deliberate change to the output, and review the diff.
    @Test("The small fixture matches the golden DOT file")
    func golden() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/small.dot")
        let dot = encoder.encode(Fixtures.small, title: "Barda strike (fixture)")
        if ProcessInfo.processInfo.environment["ACTORGRAPH_RECORD_GOLDEN"] == "1" {
            try Data(dot.utf8).write(to: url)
            Issue.record("Recorded \(url.path); unset ACTORGRAPH_RECORD_GOLDEN and run again.")
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(dot == golden, "DOT differs from \(url.path); re-record with ACTORGRAPH_RECORD_GOLDEN=1 if intended")
    }

    // MARK: - Content

    @Test("Nodes and edges carry ids, labels, tooltips and styles")
    func content() {
        let dot = encoder.encode(Fixtures.small)
        #expect(dot.hasPrefix("digraph \"actorgraph\" {\n"))
        #expect(dot.contains(#"rankdir="LR""#))
        #expect(dot.contains(#""n-hikmet-hajiyev" [id="n-hikmet-hajiyev", label="Hikmet Hajiyev", "#
            + #"tooltip="PERSON: Hikmet Hajiyev\naliases: Hajiyev, Hikmat Hajiyev\nmentions: 6", shape="ellipse""#))
        #expect(dot.contains(#""n-hikmet-hajiyev" -> "n-armenia" [id="e-hikmet-hajiyev-accuses-armenia", "#
            + #"label="accuses""#))
        #expect(dot.contains(#"[barda-strike, 2020-10-28] Hikmet Hajiyev said Armenian forces shelled Barda.""#))
        #expect(dot.contains(#"Yerevan denied \"any involvement\" in the attack."#))
        #expect(dot.contains(#"holds-office: Nikol Pashinyan -> Armenia (Prime Minister)"#))
        #expect(dot.contains(#"penwidth="3.0""#), "two sentences widen the accusation edge")
        #expect(dot.contains(#"overlap="prism20", sep="+12", esep="+6", splines="true""#))
        #expect(!dot.contains("pack="), "packing loses dot's edge labels")
    }

    @Test("The legend lists the entity types and the relation types present")
    func legend() throws {
        let dot = encoder.encode(Fixtures.small)
        #expect(!dot.contains("cluster"), "a cluster legend is ignored by neato and sfdp")
        let start = try #require(dot.range(of: "\t\"legend\" [id=\"legend\", shape=\"plaintext\""))
        let legend = dot[start.upperBound...]
        #expect(legend.contains("label=<<TABLE "), "an HTML-like table label, which every engine draws")
        for id in ["legend-person", "legend-organization", "legend-place", "legend-country",
                   "legend-accuses", "legend-denies", "legend-co-chairs", "legend-located-in"] {
            #expect(legend.contains("ID=\"\(id)\""), "missing \(id)")
        }
        #expect(!legend.contains("legend-backs"), "no backs relation in the fixture")
        #expect(!legend.contains("legend-part-of"))
    }

    @Test("Relations to unknown entities are left out; an empty graph has no legend")
    func danglingAndEmpty() {
        var graph = Fixtures.small
        graph.relations.append(Relation(source: "armenia", type: .backs, target: "nobody", confidence: 1))
        #expect(!encoder.encode(graph).contains("nobody"))
        let empty = encoder.encode(KnowledgeGraph())
        #expect(!empty.contains("legend"))
        #expect(empty.hasSuffix("}\n"))
    }

    @Test("Accusations stand out; denials answer them in the same hue family, dashed, ending in a bar")
    func accusationsAndDenials() {
        let dot = encoder.encode(Fixtures.small)
        #expect(dot.contains(#"id="e-hikmet-hajiyev-accuses-armenia", label="accuses""#))
        #expect(dot.contains(##"color="#D55E00", fontcolor="#D55E00", style="bold", arrowhead="normal""##))
        #expect(dot.contains(##"color="#E69F00", fontcolor="#E69F00", style="dashed", arrowhead="tee""##))
    }

    @Test("Large graphs drop edge labels (tooltips stay) and are packed; small ones keep them")
    func largeGraphsUnlabelled() {
        let large = encoder.encode(Fixtures.dense(200, perNode: 2))
        #expect(!large.contains(#"label="backs""#))
        #expect(large.contains(#"tooltip="backs: "#))
        #expect(large.contains(#"splines="line""#))
        #expect(large.contains(#"pack="true""#))
        let sparse = encoder.encode(Fixtures.chain(150))
        #expect(sparse.contains(#"label="backs""#), "150 nodes in a chain are still labelled")
    }

    @Test("Duplicate relations still get unique edge ids")
    func uniqueEdgeIDs() {
        var graph = Fixtures.small
        graph.relations.append(Relation(source: "barda", type: .locatedIn, target: "azerbaijan", confidence: 0.5))
        let dot = encoder.encode(graph)
        #expect(dot.contains(#"id="e-barda-located-in-azerbaijan""#))
        #expect(dot.contains(#"id="e-barda-located-in-azerbaijan-2""#))
    }

    @Test("Very long entity ids are shortened with a stable hash, keeping them unique")
    func longIDs() {
        let short = "armenia"
        #expect(DOTEncoder.nodeID(for: short) == "n-armenia")
        let long = String(repeating: "ab-", count: 3_000)
        let id = DOTEncoder.nodeID(for: long)
        #expect(id.count == 2 + DOTEncoder.idLimit)
        #expect(id == DOTEncoder.nodeID(for: long))
        #expect(id != DOTEncoder.nodeID(for: long + "x"))
        #expect(id.hasPrefix("n-ab-ab-"))
    }

    // MARK: - Hostile text

    static let hostileNames = [
        #"The "Quoted" Party"#,
        #"Back\slash \N \G \L \n \l \\ ends with\"#,
        "{braces} [brackets]; -> -- // /* comment */ #",
        "<script>alert('x')</script> & &amp; &foo; &#xZZ; ]]>",
        "Line one\nLine two\r\nLine three\rfour",
        "Ctrl\u{0}\u{7}\u{1B}[31m\u{7F}\u{85}\u{2028}chars\u{FFFE}",
        "Türkiye — Ильхам Алиев — 習近平 — مسعود — 👩🏽‍⚖️",
        String(repeating: "Ab\"\\<", count: 2_000),
    ]

    static func hostileGraph() -> KnowledgeGraph {
        let entities = hostileNames.enumerated().map { index, name in
            Entity(id: index == 0 ? #"id "with" \quotes\"# : nil, name: name,
                   type: EntityType.allCases[index % 4], aliases: [name + " alias", "\"x\""])
        }
        let relations = zip(entities, entities.dropFirst()).enumerated().map { index, pair in
            Relation(source: pair.0.id, type: RelationType.allCases[index % 8], target: pair.1.id,
                     confidence: 0.5, title: pair.1.name, evidence: [
                        Evidence(document: pair.0.name, sentence: pair.1.name + " said " + pair.0.name,
                                 start: 0, end: 10, date: "2020-10-28\\\""),
                     ])
        }
        return KnowledgeGraph(entities: entities, relations: relations)
    }

    @Test("Hostile names give DOT that Graphviz parses into well-formed SVG")
    func hostileNamesRender() throws {
        let graph = Self.hostileGraph()
        let dot = encoder.encode(graph)
        for line in dot.split(separator: "\n") where !line.hasPrefix("\t\"legend\" ") {
            #expect(line.count < 2_000, "labels and tooltips are bounded")
        }
        let svgData = try GraphvizRenderer().render(dot: dot, format: .svg, layout: .dot)
        let svg = try SVGDocument.parse(svgData)
        for entity in graph.entities {
            #expect(svg.ids.contains(DOTEncoder.nodeID(for: entity.id)), "missing node \(entity.id)")
        }
        for relation in graph.relations {
            #expect(svg.ids.contains(DOTEncoder.edgeID(for: relation)), "missing edge \(relation.key)")
        }
        #expect(svg.ids.contains(#"n-id "with" \quotes\"#))
        #expect(svg.texts.contains(#"The "Quoted" Party"#))
        #expect(svg.texts.contains(#"Back\slash \N \G \L \n \l \\ ends with\"#), "escapes are drawn literally")
        #expect(svg.texts.contains("<script>alert('x')</script> & &amp; &foo; &#xZZ; ]]>"))
        #expect(svg.texts.contains("Türkiye — Ильхам Алиев — 習近平 — مسعود — 👩🏽‍⚖️"))
        #expect(svg.texts.contains { $0.hasSuffix("…") && $0.count == 60 }, "the 10,000-character name is cut")
        #expect(svg.tooltips.contains { $0.hasPrefix("PERSON: The \"Quoted\" Party\naliases: ") })
        #expect(svg.tooltips.allSatisfy { $0.count <= 400 })
    }
}
