import ActorGraphModel
import ActorGraphRender
import ActorGraphReport
import ArgumentParser
import Foundation

/// `actorgraph report`: an HTML or Markdown report of the stored graph,
/// with its diagram and every evidence sentence.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report: the diagram, a legend, the entities, and each relation with its evidence.",
        discussion: """
        html is one self-contained page (inline CSS, the SVG inline, nothing \
        fetched from the network); it goes to standard output without -o. md \
        is Markdown that references the diagram as an SVG file written beside \
        it (report.md -> report.svg), so md requires -o.
        """ + "\n\n" + DiagramOptions.discussion + """

        Example: actorgraph report --focus Armenia --depth 2 -o armenia.html
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, md
    }

    @Option(name: .shortAndLong, help: "Report format.")
    var format: Format = .html

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Output file (html: default standard output; md: required, the SVG is written beside it).", valueName: "file"))
    var output: String?

    @Option(help: "Layout engine for the diagram (default: chosen by graph size).")
    var layout: LayoutEngine?

    @Option(help: ArgumentHelp("Heading of the report.", valueName: "text"))
    var title: String?

    @OptionGroup var diagram: DiagramOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        if format == .md && (output == nil || output == "-") {
            throw ValidationError("--format md writes the diagram to an SVG file beside the Markdown: give the file with -o.")
        }
    }

    func run() throws {
        let (graph, filter, focus) = try store.withStore(creating: false) { store in
            let filter = try diagram.filter(in: store)
            return (try store.graph(), filter, try filter.focus.flatMap { try store.entity(id: $0) })
        }
        let heading = title ?? "ActorGraph report" + (focus.map { ": \($0.name)" } ?? "")
        let report: Report
        do {
            report = try Report.rendered(graph.filtered(by: filter), title: heading,
                                         notes: diagram.notes(focusName: focus?.name),
                                         keeping: Set(filter.focus.map { [$0] } ?? []), layout: layout)
        } catch let error as RenderError {
            throw CommandFailure(error.description)
        }
        switch format {
        case .html:
            try OutputWriter.write(Data(HTMLReportWriter().html(for: report).utf8), to: output)
        case .md:
            guard let output else { return }
            let svgName = Self.svgName(besides: output)
            let svgPath = (((output as NSString).deletingLastPathComponent) as NSString).appendingPathComponent(svgName)
            try OutputWriter.write(Data(report.svg.utf8), to: svgPath)
            try OutputWriter.write(Data(MarkdownReportWriter().markdown(for: report, svgPath: svgName).utf8), to: output)
        }
    }

    /// The file name of the diagram beside a Markdown report: `report.md`
    /// -> `report.svg` (`x.svg.md`... never the report's own name).
    static func svgName(besides output: String) -> String {
        let name = (output as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        let candidate = (stem.isEmpty ? name : stem) + ".svg"
        return candidate == name ? stem + "-diagram.svg" : candidate
    }
}
