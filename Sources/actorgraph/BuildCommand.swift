import ActorGraphExtraction
import ActorGraphModel
import ActorGraphRender
import ArgumentParser
import Foundation

/// `actorgraph build`: the main job. Articles in; the graph as JSON, DOT and
/// SVG out, into one folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Extract the graph of some articles and write graph.json, graph.dot and graph.svg.",
        discussion: "Example: actorgraph build examples/articles -o graphs"
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Output folder.")
    var output: String = "graphs"

    @Option(help: "Layout engine (default: chosen by graph size).")
    var layout: LayoutEngine?

    func run() throws {
        let graph = Extractor().graph(for: try input.load())
        // Render everything before writing anything: a failure leaves the folder as it was.
        let files: [(String, Data)] = [
            ("graph.json", try GraphOutput.data(for: graph, as: .json, layout: layout)),
            ("graph.dot", try GraphOutput.data(for: graph, as: .dot, layout: layout)),
            ("graph.svg", try GraphOutput.data(for: graph, as: .svg, layout: layout)),
        ]
        try OutputWriter.makeFolder(output)
        for (name, data) in files {
            try OutputWriter.write(data, to: (output as NSString).appendingPathComponent(name))
        }
        let summary = "\(graph.documents.count) documents, \(graph.entities.count) entities, \(graph.relations.count) relations -> \(output)/graph.{json,dot,svg}\n"
        FileHandle.standardError.write(Data(summary.utf8))
    }
}
