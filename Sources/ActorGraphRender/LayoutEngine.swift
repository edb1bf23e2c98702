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

    /// Largest graph `dot` lays out quickly with labelled, curved edges
    /// (the DOT encoder labels edges only up to this size).
    ///
    /// Measured in process (libgvc 2.43, this project's 2-core machine, SVG,
    /// random graphs of the standard style): labelled graphs up to 60 nodes
    /// and 150 edges take 0.2 to 1.7 s with `dot`.
    public static let dotNodeLimit = 60
    public static let dotEdgeLimit = 150

    /// Most nodes drawn with labelled, curved edges (when there are also at
    /// most `dotEdgeLimit` edges): 150 nodes with 147 labelled edges took
    /// 0.11 s with `dot` (but 3.4 s with `sfdp`, whose spline routing is slow).
    public static let labelledNodeLimit = 150

    /// Largest sparse graph (no more edges than nodes) still given to `dot`:
    /// 300 nodes with 297 edges took 0.10 s, 150 nodes with 147 edges 0.05 s.
    public static let sparseDotNodeLimit = 300

    /// The engine to use when the user does not choose one: `dot` where it
    /// stays fast (hierarchy reads best), `sfdp` otherwise (it scales).
    ///
    /// `dot`'s crossing minimisation grows with density, not just size.
    /// Measured (unlabelled edges, same setup as above): 2 edges a node took
    /// 0.4 s at 100 nodes, 0.9 s at 120, 3.0 s at 150; 3 edges a node 8.6 s
    /// at 100 nodes and 47 s at 150 (the issue's "25 s for 150 dense
    /// nodes"). `sfdp` on 3 edges a node: 0.14 s at 100 nodes, 0.58 s at
    /// 300, 2.5 s at 1,000, 5.0 s at 2,000. So: `dot` for small graphs and
    /// for sparse ones up to 300 nodes, `sfdp` for everything else.
    public static func automatic(nodeCount: Int, edgeCount: Int) -> LayoutEngine {
        if nodeCount <= dotNodeLimit && edgeCount <= dotEdgeLimit { return .dot }
        if nodeCount <= sparseDotNodeLimit && edgeCount <= nodeCount { return .dot }
        return .sfdp
    }
}
