/// A Graphviz layout engine.
///
/// Raw values are the engine names `gvLayout` expects.
public enum LayoutEngine: String, Sendable, CaseIterable, Codable {
    /// Hierarchical: reads best for the small, directed graphs of one story.
    case dot
    /// Spring model: for undirected-looking, mid-sized graphs.
    case neato
    /// Force-directed placement with clusters.
    case fdp
    /// Scalable force-directed placement: the only engine fast enough for big graphs.
    case sfdp
    /// Circular: for ring-like structures.
    case circo

    /// Largest graph `dot` still lays out quickly and legibly.
    ///
    /// Beyond this, `dot`'s rank assignment and crossing minimisation slow
    /// down sharply and the picture turns into a wide band of crossing edges.
    public static let dotNodeLimit = 60
    public static let dotEdgeLimit = 150

    /// The engine to use when the user does not choose one: `dot` for small
    /// graphs (hierarchy reads best), `sfdp` for large ones (it scales).
    public static func automatic(nodeCount: Int, edgeCount: Int) -> LayoutEngine {
        nodeCount <= dotNodeLimit && edgeCount <= dotEdgeLimit ? .dot : .sfdp
    }
}
