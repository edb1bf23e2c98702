import ActorGraphModel
import ActorGraphRender
import Foundation

/// What a report says: a graph (already filtered), its diagram as SVG, and
/// a few lines on how it was chosen. The writers turn it into HTML or
/// Markdown; both list the same things in the same order.
public struct Report: Sendable {
    /// The heading of the report.
    public var title: String
    /// The graph reported on, normalized (sorted) so output is deterministic.
    public var graph: KnowledgeGraph
    /// The rendered diagram (Graphviz SVG).
    public var svg: String
    /// How the graph was chosen ("focus: Armenia, depth 2"), one line each.
    public var notes: [String]
    /// The style the diagram was drawn in; the legend repeats it.
    public var style: GraphStyle

    public init(title: String, graph: KnowledgeGraph, svg: String, notes: [String] = [],
                style: GraphStyle = .standard) {
        self.title = title
        self.graph = graph.normalized()
        self.svg = svg
        self.notes = notes
        self.style = style
    }

    /// A report on `graph` with its diagram drawn by `renderer`: the
    /// entities that take part in a relation (plus `keeping`, such as a
    /// focus), laid out with `layout` or the automatic engine.
    public static func rendered(_ graph: KnowledgeGraph, title: String, notes: [String] = [],
                                keeping: Set<String> = [], layout: LayoutEngine? = nil,
                                renderer: GraphvizRenderer = GraphvizRenderer()) throws -> Report {
        let diagram = graph.withoutIsolatedEntities(except: keeping)
        let svg = try renderer.render(diagram, as: .svg, layout: layout)
        return Report(title: title, graph: graph, svg: String(decoding: svg, as: UTF8.self), notes: notes)
    }

    // MARK: - What both writers list

    /// Documents by id.
    var documentsByID: [String: Document] {
        Dictionary(graph.documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Entities by id.
    var entitiesByID: [String: Entity] {
        Dictionary(graph.entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The relations whose two ends are entities of the graph, in order.
    var drawnRelations: [Relation] {
        let ids = Set(graph.entities.map(\.id))
        return graph.relations.filter { ids.contains($0.source) && ids.contains($0.target) }
    }

    /// The documents that some reported evidence comes from, by id.
    var citedDocuments: [Document] {
        let cited = Set(drawnRelations.flatMap { $0.evidence.map(\.document) })
        return graph.documents.filter { cited.contains($0.id) }
    }

    /// The one-line summary under the title.
    var summary: String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        return count(citedDocuments.count, "document", "documents") + " cited, "
            + count(graph.entities.count, "entity", "entities") + ", "
            + count(drawnRelations.count, "relation", "relations")
    }

    /// The name shown for an entity id (the id itself if unknown).
    func name(of id: String) -> String { entitiesByID[id]?.name ?? id }

    /// The anchor of a relation's evidence, matching its SVG edge id.
    static func anchor(for relation: Relation) -> String { "evidence-" + DOTEncoder.edgeID(for: relation) }

    /// The anchor of an entity's table row.
    static func anchor(for entity: Entity) -> String { "entity-" + DOTEncoder.nodeID(for: entity.id) }

    /// `evidence`'s date, or its document's.
    func date(of evidence: Evidence) -> String? {
        evidence.date ?? documentsByID[evidence.document]?.date
    }
}
