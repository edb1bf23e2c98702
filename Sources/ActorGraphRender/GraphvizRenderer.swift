import ActorGraphModel
import Foundation

/// Draws graphs with the Graphviz C library, in process.
///
/// The only type in ActorGraph that touches C. Every call into Graphviz goes
/// through one process-wide lock (the library is not thread-safe), so a
/// renderer may be shared freely; the Graphviz context is created on first
/// use and released with the renderer. No `dot` process is ever started.
public final class GraphvizRenderer: @unchecked Sendable {
    private let encoder: DOTEncoder
    private let pluginLoading: GraphvizContext.PluginLoading
    /// Guarded by `Graphviz.serialized`.
    private var context: GraphvizContext?

    /// A renderer that writes DOT with `encoder` (the standard style unless told).
    public convenience init(encoder: DOTEncoder = DOTEncoder()) {
        self.init(encoder: encoder, pluginLoading: .configuration)
    }

    init(encoder: DOTEncoder = DOTEncoder(), pluginLoading: GraphvizContext.PluginLoading) {
        self.encoder = encoder
        self.pluginLoading = pluginLoading
    }

    /// Lays out DOT text with `layout` and draws it as `format`.
    ///
    /// `.dot` returns the text unchanged, without calling Graphviz.
    public func render(dot: String, format: RenderFormat, layout: LayoutEngine) throws -> Data {
        if format == .dot { return Data(dot.utf8) }
        return try Graphviz.serialized { () throws(RenderError) -> Data in
            try readyContext().render(dot: dot, format: format, layout: layout)
        }
    }

    /// Encodes `graph` and draws it as `format`; with no `layout`, the engine
    /// is picked by graph size (`LayoutEngine.automatic`).
    public func render(_ graph: KnowledgeGraph, as format: RenderFormat, layout: LayoutEngine? = nil,
                       title: String? = nil) throws -> Data {
        let dot = encoder.encode(graph, title: title)
        let engine = layout ?? .automatic(nodeCount: graph.entities.count, edgeCount: graph.relations.count)
        return try render(dot: dot, format: format, layout: engine)
    }

    private func readyContext() throws(RenderError) -> GraphvizContext {
        if let context { return context }
        let made = try GraphvizContext.make(loading: pluginLoading)
        context = made
        return made
    }
}
