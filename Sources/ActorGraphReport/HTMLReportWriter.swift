import ActorGraphModel
import ActorGraphRender

/// Writes a `Report` as one self-contained HTML page: inline CSS, the SVG
/// inline, no script, and nothing fetched from anywhere (no remote styles,
/// fonts or images). The only outward references are `<a href>` links to
/// the articles' own web addresses.
///
/// Every piece of article text is escaped (`HTMLText`), in elements and in
/// attributes alike.
public struct HTMLReportWriter: Sendable {
    public init() {}

    /// The page, ending in a newline.
    public func html(for report: Report) -> String {
        var out: [String] = [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(HTMLText.escaped(report.title))</title>",
            "<style>", Self.css, "</style>",
            "</head>",
            "<body>",
            "<header>",
            "<h1>\(HTMLText.escaped(report.title))</h1>",
            "<p class=\"summary\">\(HTMLText.escaped(report.summary))</p>",
        ]
        if !report.notes.isEmpty {
            out.append("<ul class=\"notes\">" + report.notes.map { "<li>\(HTMLText.escaped($0))</li>" }.joined() + "</ul>")
        }
        out.append("</header>")
        out += diagram(report)
        out += legend(report)
        out += entities(report)
        out += relations(report)
        out += documents(report)
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: - Sections

    private func diagram(_ report: Report) -> [String] {
        [
            "<section id=\"diagram\">",
            "<h2>Diagram</h2>",
            "<p class=\"hint\">Hover over a node or an edge for its type, aliases and first evidence.</p>",
            "<figure>", InlineSVG.element(from: report.svg), "</figure>",
            "</section>",
        ]
    }

    private func legend(_ report: Report) -> [String] {
        let entityTypes = Set(report.graph.entities.map(\.type))
        let relationTypes = Set(report.drawnRelations.map(\.type))
        var rows: [String] = []
        for type in EntityType.allCases where entityTypes.contains(type) {
            let look = report.style.style(for: type)
            let radius = look.shape == "ellipse" ? "border-radius:1em;" : ""
            rows.append("<tr><td><span class=\"swatch\" style=\"background:\(look.fillColor);"
                + "border-color:\(look.borderColor);\(radius)\">\(type.rawValue.lowercased())</span></td>"
                + "<td>entity, shape: \(GraphStyle.shapeName(look.shape))</td></tr>")
        }
        for type in RelationType.allCases where relationTypes.contains(type) {
            let look = report.style.style(for: type)
            let line = look.lineStyle == "bold" ? "solid" : look.lineStyle
            let width = look.lineStyle == "bold" ? 4 : 2
            rows.append("<tr><td><span class=\"line\" style=\"border-bottom:\(width)px \(line) \(look.color);"
                + "color:\(look.color)\">\(GraphStyle.arrowGlyph(look.arrowhead))</span></td>"
                + "<td style=\"color:\(look.color)\">\(type.rawValue)</td></tr>")
        }
        return [
            "<section id=\"legend\">",
            "<h2>Legend</h2>",
            "<table class=\"legend\">", rows.joined(separator: "\n"), "</table>",
            "<p class=\"hint\">A thicker line means more evidence sentences.</p>",
            "</section>",
        ]
    }

    private func entities(_ report: Report) -> [String] {
        let degrees = KnowledgeGraph(entities: report.graph.entities, relations: report.drawnRelations).degreeByEntity()
        let rows = report.graph.entities.map { entity in
            "<tr id=\"\(HTMLText.escaped(Report.anchor(for: entity)))\">"
                + "<td>\(HTMLText.escaped(entity.name))</td>"
                + "<td>\(entity.type.rawValue)</td>"
                + "<td>\(HTMLText.escaped(entity.aliases.joined(separator: "; ")))</td>"
                + "<td class=\"n\">\(entity.mentions)</td>"
                + "<td class=\"n\">\(degrees[entity.id, default: 0])</td></tr>"
        }
        return [
            "<section id=\"entities\">",
            "<h2>Entities</h2>",
            "<table class=\"data\">",
            "<thead><tr><th>Name</th><th>Type</th><th>Aliases</th><th>Mentions</th><th>Relations</th></tr></thead>",
            "<tbody>", rows.joined(separator: "\n"), "</tbody>",
            "</table>",
            "</section>",
        ]
    }

    private func relations(_ report: Report) -> [String] {
        var out = ["<section id=\"relations\">", "<h2>Relations and evidence</h2>"]
        let relations = report.drawnRelations
        if relations.isEmpty { out.append("<p>No relations.</p>") }
        for relation in relations {
            let color = report.style.style(for: relation.type).color
            var heading = HTMLText.escaped(report.name(of: relation.source))
                + " <span class=\"rel\" style=\"color:\(color)\">\(relation.type.rawValue)</span> "
                + HTMLText.escaped(report.name(of: relation.target))
            if let title = relation.title, !title.isEmpty { heading += " <span class=\"office\">(\(HTMLText.escaped(title)))</span>" }
            out.append("<article class=\"relation\" id=\"\(HTMLText.escaped(Report.anchor(for: relation)))\">")
            out.append("<h3>\(heading)</h3>")
            if relation.evidence.isEmpty {
                out.append("<p class=\"hint\">No evidence sentence recorded.</p>")
            } else {
                out.append("<ol>")
                for evidence in relation.evidence {
                    out.append("<li><q>\(HTMLText.escaped(evidence.sentence))</q> "
                        + "<span class=\"source\">— \(source(of: evidence, in: report))</span></li>")
                }
                out.append("</ol>")
            }
            out.append("</article>")
        }
        out.append("</section>")
        return out
    }

    /// "Title (link when known), date".
    private func source(of evidence: Evidence, in report: Report) -> String {
        let document = report.documentsByID[evidence.document]
        let title = HTMLText.escaped(document?.title ?? evidence.document)
        var text = title
        if let url = HTMLText.linkableURL(document?.url) {
            text = "<a href=\"\(HTMLText.escaped(url))\" rel=\"noopener noreferrer\">\(title)</a>"
        }
        if let date = report.date(of: evidence) { text += ", " + HTMLText.escaped(date) }
        return text
    }

    private func documents(_ report: Report) -> [String] {
        let rows = report.citedDocuments.map { document in
            var title = HTMLText.escaped(document.title ?? document.id)
            if let url = HTMLText.linkableURL(document.url) {
                title = "<a href=\"\(HTMLText.escaped(url))\" rel=\"noopener noreferrer\">\(title)</a>"
            }
            return "<tr><td>\(title)</td><td>\(HTMLText.escaped(document.date ?? ""))</td>"
                + "<td>\(HTMLText.escaped(document.source ?? ""))</td></tr>"
        }
        return [
            "<section id=\"documents\">",
            "<h2>Documents</h2>",
            "<table class=\"data\">",
            "<thead><tr><th>Title</th><th>Date</th><th>Source</th></tr></thead>",
            "<tbody>", rows.joined(separator: "\n"), "</tbody>",
            "</table>",
            "</section>",
        ]
    }

    // MARK: - Style

    /// The page's only style sheet: system fonts, nothing loaded.
    static let css = """
    body { font-family: system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 2rem auto; \
    max-width: 72rem; padding: 0 1rem; color: #222; line-height: 1.45; }
    h1 { margin-bottom: .2rem; } h2 { border-bottom: 1px solid #ddd; padding-bottom: .2rem; margin-top: 2rem; }
    h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
    .summary { color: #555; margin-top: 0; } .notes { color: #555; } .hint { color: #666; font-size: .9rem; }
    figure { margin: 0; overflow: auto; max-height: 75vh; border: 1px solid #eee; resize: vertical; }
    figure svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
    table.data { border-collapse: collapse; width: 100%; font-size: .92rem; }
    table.data th, table.data td { border-bottom: 1px solid #e5e5e5; padding: .3rem .5rem; text-align: left; vertical-align: top; }
    table.data th { background: #f5f5f5; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
    table.legend td { padding: .2rem .6rem; }
    .swatch { display: inline-block; min-width: 6.5rem; text-align: center; border: 1.5px solid; padding: .1rem .4rem; }
    .line { display: inline-block; width: 5rem; text-align: right; line-height: 1; }
    .rel { font-weight: 600; } .office { color: #555; font-weight: normal; }
    .relation ol { margin-top: .2rem; } .relation li { margin-bottom: .3rem; }
    .source { color: #555; font-size: .9rem; }
    """
}
