import ActorGraphModel
import ActorGraphRender
import ActorGraphStore
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

    @Option(help: ArgumentHelp(
        "Also ingest into this store and draw its whole graph (default: a throwaway in-memory store).",
        valueName: "path"))
    var store: String?

    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    func run() throws {
        let documents = try input.load()
        // Through the store, like `ingest`: in memory unless --store names a file,
        // so `make graphs` leaves no database behind.
        let graph = try StoreOptions.mappingErrors {
            let store = try store.map { try GraphStore(path: $0) } ?? GraphStore(inMemory: ())
            try store.ingest(documents)
            return try store.graph()
        }
        // Render everything before writing anything: an extraction or render failure writes nothing.
        let files: [(String, Data)] = [
            ("graph.json", try GraphOutput.data(for: graph, as: .json, layout: layout)),
            ("graph.dot", try GraphOutput.data(for: graph, as: .dot, layout: layout)),
            // The diagram shows who relates to whom; unrelated entities stay in the JSON.
            ("graph.svg", try GraphOutput.data(for: graph.withoutIsolatedEntities(), as: .svg, layout: layout)),
        ]
        try OutputWriter.makeFolder(output)
        for (name, data) in files {
            try OutputWriter.write(data, to: (output as NSString).appendingPathComponent(name))
        }
        let summary = "\(Self.count(graph.documents.count, "document")), \(Self.count(graph.entities.count, "entity", "entities")), "
            + "\(Self.count(graph.relations.count, "relation")) -> \(output)/graph.{json,dot,svg}\n"
        FileHandle.standardError.write(Data(summary.utf8))
    }
}
