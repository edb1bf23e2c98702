import ActorGraphModel
import ActorGraphRender

/// Writes a `Report` as Markdown (CommonMark with GitHub tables), for
/// pasting into existing reports. The diagram is not inlined: it is an
/// image reference to the SVG file written beside the Markdown.
///
/// Article text is escaped (`MarkdownText`): Markdown punctuation is
/// backslash-escaped and `& < >` written as entities, so a name cannot
/// become a link, emphasis, a table cell break or raw HTML.
public struct MarkdownReportWriter: Sendable {
    public init() {}

    /// The Markdown text; `svgPath` is the diagram's path relative to the
    /// Markdown file (`report.svg`), written as a link destination.
    public func markdown(for report: Report, svgPath: String) -> String {
        var out = ["# " + MarkdownText.escaped(report.title), "", MarkdownText.escaped(report.summary) + "."]
        if !report.notes.isEmpty {
            out.append("")
            out += report.notes.map { "- " + MarkdownText.escaped($0) }
        }
        out += ["", "## Diagram", "", "![Diagram of the graph](\(MarkdownText.destination(svgPath)))", ""]
        out += ["*Open the SVG in a browser and hover over a node or an edge for its evidence.*", ""]
        out += legend(report)
        out += entities(report)
        out += relations(report)
        out += documents(report)
        return out.joined(separator: "\n") + "\n"
    }

    private func legend(_ report: Report) -> [String] {
        var out = ["## Legend", "", "| type | drawn as |", "| --- | --- |"]
        for type in EntityType.allCases where report.graph.entities.contains(where: { $0.type == type }) {
            let look = report.style.style(for: type)
            out.append("| \(type.rawValue.lowercased()) | \(GraphStyle.shapeName(look.shape)), filled \(look.fillColor) |")
        }
        let present = Set(report.drawnRelations.map(\.type))
        for type in RelationType.allCases where present.contains(type) {
            let look = report.style.style(for: type)
            out.append("| \(type.rawValue) | \(look.lineStyle) line \(look.color), arrowhead \(look.arrowhead) |")
        }
        return out + ["", "A thicker line means more evidence sentences.", ""]
    }

    private func entities(_ report: Report) -> [String] {
        let degrees = KnowledgeGraph(entities: report.graph.entities, relations: report.drawnRelations).degreeByEntity()
        var out = ["## Entities", "", "| name | type | aliases | mentions | relations |", "| --- | --- | --- | ---: | ---: |"]
        for entity in report.graph.entities {
            out.append("| \(MarkdownText.escaped(entity.name)) | \(entity.type.rawValue) | "
                + "\(MarkdownText.escaped(entity.aliases.joined(separator: "; "))) | \(entity.mentions) | "
                + "\(degrees[entity.id, default: 0]) |")
        }
        return out + [""]
    }

    private func relations(_ report: Report) -> [String] {
        var out = ["## Relations and evidence", ""]
        let relations = report.drawnRelations
        if relations.isEmpty { out += ["No relations.", ""] }
        for relation in relations {
            var heading = "### " + MarkdownText.escaped(report.name(of: relation.source)) + " — "
                + relation.type.rawValue + " → " + MarkdownText.escaped(report.name(of: relation.target))
            if let title = relation.title, !title.isEmpty { heading += " (" + MarkdownText.escaped(title) + ")" }
            out += [heading, ""]
            if relation.evidence.isEmpty { out.append("No evidence sentence recorded.") }
            for evidence in relation.evidence {
                out.append("- “" + MarkdownText.escaped(evidence.sentence) + "” — " + source(of: evidence, in: report))
            }
            out.append("")
        }
        return out
    }

    private func source(of evidence: Evidence, in report: Report) -> String {
        let document = report.documentsByID[evidence.document]
        var text = MarkdownText.escaped(document?.title ?? evidence.document)
        if let url = HTMLText.linkableURL(document?.url) {
            text = "[\(text)](\(MarkdownText.destination(url)))"
        }
        if let date = report.date(of: evidence) { text += ", " + MarkdownText.escaped(date) }
        return text
    }

    private func documents(_ report: Report) -> [String] {
        var out = ["## Documents", "", "| title | date | source |", "| --- | --- | --- |"]
        for document in report.citedDocuments {
            var title = MarkdownText.escaped(document.title ?? document.id)
            if let url = HTMLText.linkableURL(document.url) { title = "[\(title)](\(MarkdownText.destination(url)))" }
            out.append("| \(title) | \(MarkdownText.escaped(document.date ?? "")) | "
                + "\(MarkdownText.escaped(document.source ?? "")) |")
        }
        return out
    }
}
