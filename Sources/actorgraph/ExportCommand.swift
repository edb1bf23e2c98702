import ActorGraphStore
import ArgumentParser
import Foundation

/// `actorgraph export`: the stored graph as JSON, GraphML or Neo4j CSV.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the stored graph as JSON, GraphML or CSV for Neo4j.",
        discussion: """
        json is the graph JSON (the same bytes as `extract` on the same \
        articles); graphml opens in networkx, Gephi and yEd; csv writes \
        nodes.csv and relationships.csv for neo4j-admin import into the folder \
        given by -o.
        Example: actorgraph export --format graphml -o graph.graphml
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, graphml, csv
    }

    @Option(name: .shortAndLong, help: "Export format.")
    var format: Format = .json

    @Option(name: .shortAndLong, help: "Output file (a folder for csv; default: standard output).")
    var output: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if format == .csv && (output == nil || output == "-") {
            throw ValidationError("--format csv writes two files: give the folder with -o.")
        }
    }

    func run() throws {
        let graph = try store.withStore(creating: false) { try $0.graph() }
        switch format {
        case .json:
            try OutputWriter.write(try graph.jsonData(), to: output)
        case .graphml:
            try OutputWriter.write(Data(GraphMLEncoder().encode(graph).utf8), to: output)
        case .csv:
            guard let output else { return }
            let files = Neo4jCSVEncoder().encode(graph)
            try OutputWriter.makeFolder(output)
            for file in files {
                try OutputWriter.write(Data(file.contents.utf8), to: (output as NSString).appendingPathComponent(file.name))
            }
        }
    }
}
