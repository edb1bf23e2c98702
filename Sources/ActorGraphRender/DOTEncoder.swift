import ActorGraphModel
import Foundation

/// Writes a `KnowledgeGraph` as Graphviz DOT text. Pure Swift, no C.
///
/// The output is deterministic (the graph is normalized and every list
/// sorted), so equal graphs give byte-identical DOT that diffs well. Every
/// node and edge carries an `id` and a tooltip with its evidence, which
/// Graphviz copies into SVG for a reader to hover over.
public struct DOTEncoder: Sendable {
    public var style: GraphStyle
    /// Longest label drawn on a node, in characters; longer names are cut.
    public var labelLimit: Int
    /// Longest tooltip, in characters; keeps SVG small whatever the evidence.
    public var tooltipLimit: Int

    public init(style: GraphStyle = .standard, labelLimit: Int = 60, tooltipLimit: Int = 400) {
        self.style = style
        self.labelLimit = labelLimit
        self.tooltipLimit = tooltipLimit
    }

    /// The DOT text of `graph`, with `title` drawn above it when given.
    ///
    /// Relations whose source or target is not an entity of the graph are
    /// left out: Graphviz would otherwise invent an unstyled node for them.
    public func encode(_ graph: KnowledgeGraph, title: String? = nil) -> String {
        let graph = graph.normalized()
        var lines = ["digraph \"actorgraph\" {"]
        let small = graph.entities.count <= LayoutEngine.labelledNodeLimit
            && graph.relations.count <= LayoutEngine.dotEdgeLimit
        lines += header(title: title, curvedEdges: small)

        var entities: [String: Entity] = [:]
        for entity in graph.entities where entities[entity.id] == nil {
            entities[entity.id] = entity
            lines.append("\t" + node(entity))
        }

        var edgeIDs: Set<String> = []
        var relationTypes: Set<RelationType> = []
        for relation in graph.relations {
            guard let source = entities[relation.source], let target = entities[relation.target] else { continue }
            let id = Self.unique(Self.edgeID(for: relation), in: &edgeIDs)
            lines.append("\t" + edge(relation, id: id, from: source, to: target, labelled: small))
            relationTypes.insert(relation.type)
        }

        if !entities.isEmpty {
            lines += legend(entityTypes: Set(entities.values.map(\.type)), relationTypes: relationTypes)
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Graph

    /// `curvedEdges` asks for obstacle-avoiding splines; on large graphs
    /// straight lines are used instead, because the force-directed engines
    /// route splines slowly (sfdp: seconds for 80 nodes, 0.1 s with lines).
    ///
    /// `curvedEdges` also means labelled edges.
    ///
    /// `overlap=prism20` removes node overlaps in neato, fdp and sfdp with
    /// the prism algorithm, in at most 20 rounds instead of `false`'s 1,000:
    /// measured in process on news-like graphs (3 edges a node, sfdp), 1,000
    /// nodes took 0.74 s instead of 1.7 s with no overlap left either way,
    /// and 5,000 nodes 7.3 s instead of 20 s with 18 pairs of 5,000 nodes
    /// still touching. `sep`/`esep` keep a margin around nodes so labels do
    /// not touch; `dot` ignores all three.
    private func header(title: String?, curvedEdges: Bool) -> [String] {
        var graph: [(String, String)] = [
            ("charset", "UTF-8"), ("fontname", style.fontName), ("rankdir", "LR"),
            ("overlap", "prism20"), ("sep", "+12"), ("esep", "+6"),
            ("splines", curvedEdges ? "true" : "line"), ("outputorder", "edgesfirst"),
            ("nodesep", "0.35"), ("ranksep", "0.7"), ("pad", "0.3"), ("bgcolor", "white"),
        ]
        // Packing lays disconnected stories side by side instead of in one
        // tall column, but Graphviz 2.43's dot then loses most edge labels
        // (measured on the sample articles: 2 of 10 `accuses` labels drawn), so only
        // unlabelled drawings are packed.
        if !curvedEdges { graph.append(("pack", "true")) }
        if let title {
            graph += [("label", DOTString.truncated(title, to: 200)), ("labelloc", "t"), ("fontsize", "16")]
        }
        return [
            "\tgraph " + Self.attributes(graph) + ";",
            "\tnode " + Self.attributes([
                ("fontname", style.fontName), ("fontsize", "11"), ("style", "filled"), ("penwidth", "1.2"),
            ]) + ";",
            "\tedge " + Self.attributes([
                ("fontname", style.fontName), ("fontsize", "9"), ("fontcolor", "#444444"), ("arrowsize", "0.8"),
            ]) + ";",
        ]
    }

    // MARK: - Nodes and edges

    /// Longest entity id used verbatim in node and edge ids; longer ids are
    /// shortened with a hash so SVG stays small and ids stay unique.
    public static let idLimit = 80

    /// The DOT node name and SVG `id` of an entity: `n-` + its id.
    ///
    /// The prefix keeps node ids apart from edge (`e-`) and legend
    /// (`legend-`) ids; reports use this to find an entity in the SVG.
    public static func nodeID(for entityID: String) -> String { "n-" + bounded(entityID) }

    /// The SVG `id` of a relation's edge: `e-source-type-target` (a suffix
    /// `-2`, `-3`... is added if the same relation appears twice).
    public static func edgeID(for relation: Relation) -> String {
        "e-\(bounded(relation.source))-\(relation.type.rawValue)-\(bounded(relation.target))"
    }

    /// An entity id cut to `idLimit` characters the way node and edge ids
    /// are (a stable hash keeps it unique): safe for file names too.
    public static func boundedID(_ entityID: String) -> String { bounded(entityID) }

    /// `id` itself, or its first characters plus a 64-bit FNV-1a hash of the
    /// whole (stable across runs and platforms, unlike `Hasher`).
    static func bounded(_ id: String) -> String {
        guard id.count > idLimit else { return id }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(id.prefix(idLimit - 17)) + "-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    private func node(_ entity: Entity) -> String {
        let look = style.style(for: entity.type)
        let id = Self.nodeID(for: entity.id)
        let aliases = entity.aliases.isEmpty ? "none" : entity.aliases.joined(separator: ", ")
        let tooltip = "\(entity.type.rawValue): \(entity.name)\naliases: \(aliases)\nmentions: \(entity.mentions)"
        return DOTString.quoted(id) + " " + Self.attributes([
            ("id", id), ("label", DOTString.truncated(entity.name, to: labelLimit)),
            ("tooltip", DOTString.tooltip(tooltip, limit: tooltipLimit)),
            ("shape", look.shape), ("fillcolor", look.fillColor), ("color", look.borderColor),
        ]) + ";"
    }

    /// An edge; `labelled` writes the relation type beside it. Large graphs
    /// go without (colour, line and arrowhead still tell the type, the
    /// tooltip says it): edge labels are what crowds a big picture, and
    /// each one is an extra node for the layout to place.
    private func edge(_ relation: Relation, id: String, from source: Entity, to target: Entity,
                      labelled: Bool) -> String {
        let look = style.style(for: relation.type)
        let width = style.penWidth(for: relation.type, evidenceCount: relation.evidence.count)
        let tooltip = DOTString.tooltip(tooltip(relation, from: source, to: target), limit: tooltipLimit)
        return DOTString.quoted(Self.nodeID(for: source.id)) + " -> " + DOTString.quoted(Self.nodeID(for: target.id))
            + " " + Self.attributes([("id", id)] + (labelled ? [("label", relation.type.rawValue)] : []) + [
                ("tooltip", tooltip), ("labeltooltip", tooltip),
                ("color", look.color), ("fontcolor", look.color), ("style", look.lineStyle),
                ("arrowhead", look.arrowhead), ("penwidth", "\(width)"),
            ]) + ";"
    }

    /// What a reader needs to check the claim: who, what, how often, and
    /// the first sentence that says so, with its document and date.
    private func tooltip(_ relation: Relation, from source: Entity, to target: Entity) -> String {
        var text = "\(relation.type.rawValue): \(source.name) -> \(target.name)"
        if let title = relation.title, !title.isEmpty { text += " (\(title))" }
        let count = relation.evidence.count
        text += "\nevidence: \(count) sentence\(count == 1 ? "" : "s"), confidence "
            + String(format: "%.2f", relation.confidence)
        if let first = relation.evidence.first {
            text += "\n[\(first.document)" + (first.date.map { ", \($0)" } ?? "") + "] " + first.sentence
        }
        return text
    }

    // MARK: - Legend

    /// The key, as one node with an HTML-like table label: every engine
    /// draws it whole (a `cluster` legend is only honoured by `dot` and
    /// `fdp`; neato and sfdp would scatter its sample nodes among the
    /// actors). One row per entity type and relation type present: a swatch
    /// with the type's fill and border, or a line sample in the relation's
    /// colour and line style with a look-alike of its arrowhead.
    private func legend(entityTypes: Set<EntityType>, relationTypes: Set<RelationType>) -> [String] {
        var rows = [#"<TR><TD COLSPAN="2" ALIGN="LEFT"><B>Legend</B></TD></TR>"#]
        for type in EntityType.allCases where entityTypes.contains(type) {
            let look = style.style(for: type)
            let rounded = look.shape == "ellipse" ? #" STYLE="rounded""# : ""
            let id = "legend-" + type.rawValue.lowercased()
            rows.append(#"<TR><TD ID="\#(id)" TOOLTIP="entity type \#(type.rawValue)" BGCOLOR="\#(look.fillColor)" COLOR="\#(look.borderColor)" BORDER="1"\#(rounded)>"#
                + type.rawValue.lowercased() + #"</TD><TD ALIGN="LEFT">"# + GraphStyle.shapeName(look.shape)
                + "</TD></TR>")
        }
        for type in RelationType.allCases where relationTypes.contains(type) {
            let look = style.style(for: type)
            let dash = ["dashed", "dotted"].contains(look.lineStyle) ? #" STYLE="\#(look.lineStyle)""# : ""
            let border = look.lineStyle == "bold" ? 3 : 2
            let id = "legend-" + type.rawValue
            rows.append(#"<TR><TD ID="\#(id)" TOOLTIP="relation type \#(type.rawValue)" SIDES="B" BORDER="\#(border)" COLOR="\#(look.color)"\#(dash) WIDTH="44" ALIGN="RIGHT">"#
                + #"<FONT COLOR="\#(look.color)">"# + String(repeating: "&#160;", count: 9) + GraphStyle.arrowGlyph(look.arrowhead)
                + #"</FONT></TD><TD ALIGN="LEFT"><FONT COLOR="\#(look.color)">"# + type.rawValue + "</FONT></TD></TR>")
        }
        if !relationTypes.isEmpty {
            rows.append(#"<TR><TD COLSPAN="2" ALIGN="LEFT"><FONT POINT-SIZE="8">thicker line: more evidence sentences</FONT></TD></TR>"#)
        }
        let table = ##"<TABLE BORDER="1" CELLBORDER="0" CELLSPACING="3" CELLPADDING="3" COLOR="#999999" BGCOLOR="white">"##
            + rows.joined() + "</TABLE>"
        let attributes = Self.attributes([
            ("id", "legend"), ("shape", "plaintext"), ("style", "solid"), ("margin", "0"), ("fontsize", "9"),
            ("tooltip", "Legend: entity types and relation types"),
        ])
        return ["\t\"legend\" " + String(attributes.dropLast()) + ", label=<" + table + ">];"]
    }

    // MARK: - Text

    /// `[key="value", ...]` with every value quoted and escaped; keys are
    /// our own constants.
    static func attributes(_ pairs: [(String, String)]) -> String {
        "[" + pairs.map { "\($0.0)=\(DOTString.quoted($0.1))" }.joined(separator: ", ") + "]"
    }

    /// `id`, or `id-2`, `id-3`... if taken, so SVG ids stay unique.
    private static func unique(_ id: String, in used: inout Set<String>) -> String {
        var candidate = id
        var suffix = 2
        while used.contains(candidate) {
            candidate = "\(id)-\(suffix)"
            suffix += 1
        }
        used.insert(candidate)
        return candidate
    }
}
