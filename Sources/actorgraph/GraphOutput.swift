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
}
