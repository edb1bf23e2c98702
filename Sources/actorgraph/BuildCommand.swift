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
        abstract: "Extract the graph of some articles and write graph.json, graph.dot, graph.svg and ego diagrams.",
        discussion: """
        Besides the whole graph, writes ego-<entity-id>.svg for each of the \(egoCount) \
        entities with the most relations (ties: more mentions, then id): the \
        entity and its direct neighbours.
        Prints a summary on standard error (a progress bar too when it is a \
        terminal; --quiet for neither).
        Example: actorgraph build examples/articles -o graphs
        Example: actorgraph build new-conflict/ --lexicon conflict.json -o graphs
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var progress: ProgressOptions

    @Option(name: .shortAndLong, help: "Output folder.")
    var output: String = "graphs"

    @Option(help: "Layout engine (default: chosen by graph size).")
    var layout: LayoutEngine?

    @Option(help: ArgumentHelp(
        "Also ingest into this store and draw its whole graph (default: a throwaway in-memory store).",
        valueName: "path"))
    var store: String?

    /// How many ego diagrams `build` writes.
    static let egoCount = 5

    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    func run() throws {
        let lexicon = try lexicon.load()
        let bar = progress.bar("building")
        defer { bar.finish() }
        // Through the store, like `ingest`: in memory unless --store names a file,
        // so `make graphs` leaves no database behind.
        let graph = try input.read { articles in
            return try StoreOptions.mappingErrors {
                let store = try store.map { try GraphStore(path: $0) } ?? GraphStore(inMemory: ())
                try store.ingest(articles, lexicon: lexicon, progress: bar.callback)
                return try store.graph()
            }
        }
        // Render everything before writing anything: an extraction or render failure writes nothing.
        var files: [(String, Data)] = [
            ("graph.json", try GraphOutput.data(for: graph, as: .json, layout: layout)),
            ("graph.dot", try GraphOutput.data(for: graph, as: .dot, layout: layout)),
            // The diagram shows who relates to whom; unrelated entities stay in the JSON.
            ("graph.svg", try GraphOutput.data(for: graph.withoutIsolatedEntities(), as: .svg, layout: layout)),
        ]
        let egos = try Self.egoDiagrams(of: graph, layout: layout)
        files += egos
        try OutputWriter.makeFolder(output)
        for (name, data) in files {
            try OutputWriter.write(data, to: (output as NSString).appendingPathComponent(name))
        }
        let summary = "\(Self.count(graph.documents.count, "document")), \(Self.count(graph.entities.count, "entity", "entities")), "
            + "\(Self.count(graph.relations.count, "relation")) -> \(output)/graph.{json,dot,svg}"
            + (egos.isEmpty ? "" : " and \(Self.count(egos.count, "ego diagram")) (ego-*.svg)")
        bar.finish()
        progress.summary(summary)
    }

    /// `ego-<entity-id>.svg` for the `egoCount` best-connected entities:
    /// each with its neighbours one edge away, sorted by file name.
    static func egoDiagrams(of graph: KnowledgeGraph, layout: LayoutEngine?) throws -> [(String, Data)] {
        let centers = graph.withoutIsolatedEntities().keepingBestConnected(egoCount).entities
        return try centers.map { center in
            let ego = graph.filtered(by: KnowledgeGraph.Filter(focus: center.id, depth: 1))
            let safe = String(DOTEncoder.boundedID(center.id).unicodeScalars.map {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") ? Character($0) : "_"
            })
            let name = "ego-" + safe + ".svg"
            let svg = try renderingErrors {
                try GraphvizRenderer().render(ego, as: .svg, layout: layout, title: "Ego network of \(center.name) (depth 1)")
            }
            return (name, svg)
        }.sorted { $0.0 < $1.0 }
    }

    private static func renderingErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as RenderError {
            throw CommandFailure(error.description)
        }
    }
}
