import ActorGraphModel
import ActorGraphRender
import ArgumentParser
import Foundation

/// `actorgraph render`: a diagram of the stored graph, or of part of it.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the stored graph (or a filtered part of it) as SVG, PNG, PDF or DOT.",
        discussion: DiagramOptions.discussion + """


        Without -o, SVG and DOT go to standard output; PNG and PDF need -o. \
        The layout engine is chosen by graph size and density unless --layout \
        is given (--verbose says which).
        Example: actorgraph render --format svg --focus Turkey --depth 2 -o turkey.svg
        """
    )

    @Option(name: .shortAndLong, help: "Output format.")
    var format: RenderFormat = .svg

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file (default: standard output, for svg and dot).",
                                                    valueName: "file"))
    var output: String?

    @Option(help: "Layout engine (default: dot for small or sparse graphs, sfdp for large ones).")
    var layout: LayoutEngine?

    @OptionGroup var diagram: DiagramOptions
    @OptionGroup var store: StoreOptions

    @Flag(help: "Say on standard error which layout engine was used and how many nodes and edges were drawn.")
    var verbose = false

    func validate() throws {
        if [.png, .pdf].contains(format) && (output == nil || output == "-") {
            throw ValidationError("--format \(format.rawValue) is binary: give the output file with -o.")
        }
    }

    func run() throws {
        let (graph, filter, focus) = try store.withStore(creating: false) { store in
            let filter = try diagram.filter(in: store)
            return (try store.graph(), filter, try filter.focus.flatMap { try store.entity(id: $0) })
        }
        let drawn = graph.filtered(by: filter).withoutIsolatedEntities(except: Set(filter.focus.map { [$0] } ?? []))
        let engine = layout ?? .automatic(nodeCount: drawn.entities.count, edgeCount: drawn.relations.count)
        let title = focus.map { "Ego network of \($0.name) (depth \(filter.depth))" }
        let data: Data
        do {
            data = try GraphvizRenderer().render(drawn, as: format, layout: engine, title: title)
        } catch let error as RenderError {
            throw CommandFailure(error.description)
        }
        try OutputWriter.write(data, to: output)
        if drawn.entities.isEmpty {
            FileHandle.standardError.write(Data("warning: no entity matches the filters; the diagram is empty\n".utf8))
        }
        if verbose {
            let how = layout == nil ? "chosen by size" : "given by --layout"
            let what = format == .dot ? "DOT text, not laid out; engine for this size" : "layout engine"
            FileHandle.standardError.write(Data("""
                \(what): \(engine.rawValue) (\(how))
                drew \(BuildCommand.count(drawn.entities.count, "node")) and \(BuildCommand.count(drawn.relations.count, "edge")) \
                of \(BuildCommand.count(graph.entities.count, "entity", "entities")) and \(BuildCommand.count(graph.relations.count, "relation")) stored

                """.utf8))
        }
    }
}

extension RenderFormat: ExpressibleByArgument {}
