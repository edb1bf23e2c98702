import ActorGraphModel
import ActorGraphRender
import ArgumentParser
import Foundation

/// `actorgraph-bench render`: wall time to draw graphs of given sizes as SVG
/// in process, with the engine `actorgraph` picks by default
/// (`LayoutEngine.automatic`).
///
/// The time covers DOT encoding, layout and SVG rendering, as
/// `GraphvizRenderer.render(_:as:)` does them for `render` and `build`; the
/// Graphviz context (plugin loading, once per process) is made before timing.
struct RenderBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "SVG render time of synthetic news-like graphs, with the default layout engine.",
        discussion: "Example: actorgraph-bench render --nodes 100,1000,5000 --json"
    )

    @Option(parsing: .upToNextOption, help: "Graph sizes in nodes, comma- or space-separated.")
    var nodes: [String] = ["100", "1000", "5000"]

    @Option(help: "Most runs per size; the median is reported.")
    var runs = 3

    @Option(help: "After a run, no further runs of a size once this many seconds were spent on it.")
    var budget = 20.0

    @Option(help: "Seed of the graph generator.")
    var seed: UInt64 = 1

    @Flag(help: "Print one JSON object instead of lines of text.")
    var json = false

    /// The figures of one size.
    struct Result: Codable {
        var nodes: Int
        var edges: Int
        var engine: String
        var runs: Int
        var medianSeconds: Double
        var svgBytes: Int
    }

    func validate() throws {
        guard let sizes = try? sizes(), !sizes.isEmpty, sizes.allSatisfy({ $0 >= 2 }) else {
            throw ValidationError("--nodes takes sizes of at least 2, like 100,1000,5000.")
        }
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1.") }
    }

    func run() throws {
        let renderer = GraphvizRenderer()
        _ = try renderer.render(SyntheticGraph.make(nodes: 2, seed: seed), as: .svg)
        var results: [Result] = []
        for size in try sizes() {
            let graph = SyntheticGraph.make(nodes: size, seed: seed)
            let engine = LayoutEngine.automatic(nodeCount: graph.entities.count, edgeCount: graph.relations.count)
            var samples: [Double] = []
            var svgBytes = 0
            while samples.count < runs && samples.reduce(0, +) < budget {
                let start = DispatchTime.now().uptimeNanoseconds
                svgBytes = try renderer.render(graph, as: .svg).count
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            samples.sort()
            let result = Result(nodes: size, edges: graph.relations.count, engine: engine.rawValue, runs: samples.count,
                                medianSeconds: samples[(samples.count - 1) / 2], svgBytes: svgBytes)
            results.append(result)
            if !json {
                print("render \(size) nodes, \(result.edges) edges (\(result.engine)): "
                      + "median \(String(format: "%.3f", result.medianSeconds)) s over \(result.runs) runs, "
                      + "\(String(format: "%.1f", Double(svgBytes) / 1e6)) MB SVG")
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(["render": results]), as: UTF8.self))
        }
    }

    private func sizes() throws -> [Int] {
        try nodes.flatMap { $0.split(separator: ",") }.map { item in
            guard let size = Int(item.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--nodes: \(item) is not a number.")
            }
            return size
        }
    }
}
