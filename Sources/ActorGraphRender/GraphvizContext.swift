import CGraphviz
import Foundation

/// Owns one `GVC_t` (a Graphviz context with its plugins) and frees it.
///
/// Create and use it only inside `Graphviz.serialized`; its `deinit` takes
/// that (recursive) lock itself.
final class GraphvizContext {
    /// Where the context gets its plugins from.
    enum PluginLoading: Sendable {
        /// Graphviz's configuration file, falling back to the plugin
        /// libraries when the file is missing or lists no layouts.
        case configuration
        /// These plugin libraries only (`GraphvizPlugins.packages` by
        /// default), ignoring any configuration file: what the fallback does;
        /// tests use it to exercise that path and a missing plugin.
        case libraryFiles([String] = GraphvizPlugins.packages)
    }

    private let handle: OpaquePointer
    /// Kept alive as long as the context, which points into it.
    private let plugins: GraphvizPlugins.SymbolTable?

    private init(handle: OpaquePointer, plugins: GraphvizPlugins.SymbolTable?) {
        self.handle = handle
        self.plugins = plugins
    }

    deinit {
        Graphviz.serialized { _ = gvFreeContext(handle) }
    }

    /// A context that can lay out with `dot`, or an error saying why not.
    static func make(loading: PluginLoading) throws(RenderError) -> GraphvizContext {
        var packages = GraphvizPlugins.packages
        switch loading {
        case .configuration:
            if let handle = gvContext() {
                let context = GraphvizContext(handle: handle, plugins: nil)
                if context.canLayout() { return context }
            }
        case .libraryFiles(let chosen):
            packages = chosen
        }
        guard let table = GraphvizPlugins.table(for: packages) else {
            throw .unavailable("no Graphviz plugins found in "
                + GraphvizPlugins.searchDirectories().joined(separator: ", ")
                + "; install libgvc6 (apt-get install libgraphviz-dev)")
        }
        // Demand loading off: only the libraries handed over are used.
        guard let handle = gvContextPlugins(table.entries, 0) else {
            throw .unavailable("gvContextPlugins returned no context (out of memory?)")
        }
        let context = GraphvizContext(handle: handle, plugins: table)
        guard context.canLayout() else {
            throw .unavailable("plugins " + table.names.joined(separator: ", ")
                + " were loaded but the dot layout is still unavailable")
        }
        return context
    }

    /// Lays out and draws `dot` in `format`, releasing every C object it made.
    func render(dot: String, format: RenderFormat, layout: LayoutEngine) throws(RenderError) -> Data {
        GraphvizErrorLog.begin()
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw .parse(GraphvizErrorLog.message(or: "syntax error"))
        }
        defer { agclose(graph) }

        guard gvLayout(handle, graph, layout.rawValue) == 0 else {
            throw .layout(layout, GraphvizErrorLog.message(or: "gvLayout failed"))
        }
        defer { gvFreeLayout(handle, graph) }

        var bytes: UnsafeMutablePointer<CChar>?
        let (status, length) = Self.renderData(gvRenderData, handle, graph, format.rawValue, &bytes)
        defer { if let bytes { gvFreeRenderData(bytes) } }
        guard status == 0, let bytes else {
            let message = GraphvizErrorLog.message(or: "gvRenderData failed")
            // 2.43 says "renderer for png is unavailable" or 'Format: "png"
            // not recognized', depending on which half of the plugin is missing.
            let missing = ["not recognized", "unavailable", "not found"].contains { message.contains($0) }
            if format.needsCairo, missing {
                throw .formatUnavailable(format, message)
            }
            throw .render(format, message)
        }
        return Data(bytes: bytes, count: length)
    }

    /// Whether the `dot` engine is registered: a one-node layout.
    private func canLayout() -> Bool {
        GraphvizErrorLog.begin()
        guard let graph = agmemread("digraph { probe }") else { return false }
        defer { agclose(graph) }
        guard gvLayout(handle, graph, LayoutEngine.dot.rawValue) == 0 else { return false }
        gvFreeLayout(handle, graph)
        return true
    }

    /// Calls `gvRenderData`, whose length is `unsigned int *` in Graphviz 2.x
    /// and `size_t *` later: the integer type is inferred from the imported
    /// function, so the same source compiles against both.
    private static func renderData<Length: BinaryInteger>(
        _ function: (OpaquePointer?, UnsafeMutablePointer<Agraph_t>?, UnsafePointer<CChar>?,
                     UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, UnsafeMutablePointer<Length>?) -> Int32,
        _ context: OpaquePointer,
        _ graph: UnsafeMutablePointer<Agraph_t>,
        _ format: String,
        _ result: inout UnsafeMutablePointer<CChar>?
    ) -> (status: Int32, length: Int) {
        var length: Length = 0
        let status = format.withCString { function(context, graph, $0, &result, &length) }
        return (status, Int(length))
    }
}
