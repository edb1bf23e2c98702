import ActorGraphModel
import ActorGraphRender
import Foundation

/// Serializes a graph in the format a command was asked for.
enum GraphOutput {
    static func data(for graph: KnowledgeGraph, as format: OutputFormat, layout: LayoutEngine?) throws -> Data {
        do {
            switch format {
            case .json: return try graph.jsonData()
            case .dot: return Data(DOTEncoder().encode(graph).utf8)
            case .svg: return try GraphvizRenderer().render(graph, as: .svg, layout: layout)
            case .png: return try GraphvizRenderer().render(graph, as: .png, layout: layout)
            }
        } catch let error as RenderError {
            throw CommandFailure(error.description)
        }
    }

    /// Writes the graph to `path` (standard output for nil or `-`) through
    /// `OutputWriter`.
    ///
    /// JSON streams a chunk at a time: the graph of a large corpus is
    /// hundreds of megabytes of it, which need not sit in memory whole.
    static func write(_ graph: KnowledgeGraph, as format: OutputFormat, layout: LayoutEngine?, to path: String?) throws {
        if format == .json {
            try OutputWriter.write(to: path) { sink in try graph.writeJSON(sink) }
        } else {
            try OutputWriter.write(try data(for: graph, as: format, layout: layout), to: path)
        }
    }
}
