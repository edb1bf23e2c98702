import ActorGraphExtraction
import ActorGraphModel
import ActorGraphRender
import ArgumentParser
import Foundation

/// `actorgraph extract`: articles in, one graph out; no store.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the knowledge graph of some articles (no store).",
        discussion: """
        Reads the articles together, so an entity is merged across them.
        Example: actorgraph extract articles/ --format json -o graph.json
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Output format.")
    var format: OutputFormat = .json

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    @Option(help: "Layout engine for svg/png (default: chosen by graph size).")
    var layout: LayoutEngine?

    func run() throws {
        let graph = Extractor().graph(for: try input.load())
        try OutputWriter.write(try GraphOutput.data(for: graph, as: format, layout: layout), to: output)
    }
}
