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
        Reads the articles together, so an entity is merged across them. When \
        standard error is a terminal, a progress bar shows while reading \
        (--quiet for none).
        Example: actorgraph extract articles/ --format json -o graph.json
        Example: actorgraph extract article.html --lexicon conflict.json | jq '.entities[].name'
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var progress: ProgressOptions

    @Option(name: .shortAndLong, help: "Output format.")
    var format: OutputFormat = .json

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    @Option(help: "Layout engine for svg/png (default: chosen by graph size).")
    var layout: LayoutEngine?

    func run() throws {
        let lexicon = try lexicon.load()
        let bar = progress.bar("extracting")
        defer { bar.finish() }
        let graph = try input.read { try Extractor(lexicon: lexicon ?? .shared).graph(for: $0, progress: bar.callback) }
        bar.finish()
        try GraphOutput.write(graph, as: format, layout: layout, to: output)
        ProcessLifetime.keepUntilExit(graph)
    }
}
