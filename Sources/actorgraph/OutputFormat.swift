import ActorGraphRender
import ArgumentParser

/// What `extract` writes: the graph JSON, or a diagram.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, dot, svg, png
}

extension LayoutEngine: ExpressibleByArgument {}
