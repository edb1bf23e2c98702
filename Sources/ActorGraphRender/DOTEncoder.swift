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
        let small = graph.entities.count <= LayoutEngine.dotNodeLimit
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
            lines.append("\t" + edge(relation, id: id, from: source, to: target))
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
    private func header(title: String?, curvedEdges: Bool) -> [String] {
        var graph: [(String, String)] = [
            ("charset", "UTF-8"), ("fontname", style.fontName), ("rankdir", "LR"),
            ("overlap", "false"), ("splines", curvedEdges ? "true" : "line"), ("outputorder", "edgesfirst"),
            ("nodesep", "0.35"), ("ranksep", "0.7"), ("pad", "0.3"), ("bgcolor", "white"),
        ]
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

    private func edge(_ relation: Relation, id: String, from source: Entity, to target: Entity) -> String {
        let look = style.style(for: relation.type)
        let width = style.penWidth(for: relation.type, evidenceCount: relation.evidence.count)
        return DOTString.quoted(Self.nodeID(for: source.id)) + " -> " + DOTString.quoted(Self.nodeID(for: target.id))
            + " " + Self.attributes([
                ("id", id), ("label", relation.type.rawValue),
                ("tooltip", DOTString.tooltip(tooltip(relation, from: source, to: target), limit: tooltipLimit)),
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

    /// A key in its own cluster: one sample node per entity type, one sample
    /// edge per relation type that appears.
    private func legend(entityTypes: Set<EntityType>, relationTypes: Set<RelationType>) -> [String] {
        var lines = [
            "\tsubgraph \"cluster_legend\" {",
            "\t\tgraph " + Self.attributes([
                ("id", "legend"), ("label", "Legend"), ("style", "rounded,dashed"),
                ("color", "#999999"), ("fontsize", "10"),
            ]) + ";",
        ]
        for type in EntityType.allCases where entityTypes.contains(type) {
            let look = style.style(for: type)
            let id = "legend-" + type.rawValue.lowercased()
            lines.append("\t\t" + DOTString.quoted(id) + " " + Self.attributes([
                ("id", id), ("label", type.rawValue.lowercased()), ("tooltip", "entity type \(type.rawValue)"),
                ("shape", look.shape), ("fillcolor", look.fillColor), ("color", look.borderColor), ("fontsize", "9"),
            ]) + ";")
        }
        for type in RelationType.allCases where relationTypes.contains(type) {
            let look = style.style(for: type)
            let from = "legend-\(type.rawValue)-from", to = "legend-\(type.rawValue)-to"
            let point = [("shape", "point"), ("width", "0.05"), ("style", "invis")]
            lines.append("\t\t" + DOTString.quoted(from) + " " + Self.attributes([("id", from)] + point) + ";")
            lines.append("\t\t" + DOTString.quoted(to) + " " + Self.attributes([("id", to)] + point) + ";")
            lines.append("\t\t" + DOTString.quoted(from) + " -> " + DOTString.quoted(to) + " " + Self.attributes([
                ("id", "legend-" + type.rawValue), ("label", type.rawValue), ("tooltip", "relation type \(type.rawValue)"),
                ("color", look.color), ("fontcolor", look.color), ("style", look.lineStyle),
                ("arrowhead", look.arrowhead), ("penwidth", "\(look.basePenWidth)"),
            ]) + ";")
        }
        lines.append("\t}")
        return lines
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
