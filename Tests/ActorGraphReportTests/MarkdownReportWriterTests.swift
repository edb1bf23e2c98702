@testable import ActorGraphReport
import ActorGraphModel
import Foundation
import Testing

@Suite("MarkdownReportWriter", .serialized)
struct MarkdownReportWriterTests {
    static func markdown() throws -> String {
        let report = try Report.rendered(ReportFixtures.hostile, title: "Report *one*")
        return MarkdownReportWriter().markdown(for: report, svgPath: "my report.svg")
    }

    @Test("The diagram is a relative image reference to the SVG beside the file")
    func svgReference() throws {
        let md = try Self.markdown()
        #expect(md.contains("![Diagram of the graph](<my%20report.svg>)"))
        #expect(!md.contains("<svg"), "the SVG is not inlined")
    }

    @Test("Markdown and HTML special characters in article text are escaped")
    func escaping() throws {
        let md = try Self.markdown()
        #expect(md.hasPrefix("# Report \\*one\\*\n"))
        #expect(!md.contains("<script"))
        #expect(md.contains("&lt;script&gt;alert\\('x'\\)&lt;/script&gt; &amp; \"Co\" &lt;/td&gt;&lt;/tr&gt;"))
        #expect(md.contains("\\*bold\\* \\[link\\]\\(http://x\\) \\| pipe"))
        #expect(md.contains("| &lt;b&gt;bold&lt;/b&gt;; a\\|b |"), "a pipe in a cell does not split the table")
        #expect(md.contains("[Title &lt;img src=x onerror=alert\\(1\\)&gt; &amp; co](<https://example.org/a?x=1&y=%222%22%3Cb%3E>)"))
        #expect(!md.contains("javascript:"))
    }

    @Test("Same content as the HTML: legend, entities, relations with evidence, documents")
    func content() throws {
        let md = try Self.markdown()
        for heading in ["## Diagram", "## Legend", "## Entities", "## Relations and evidence", "## Documents"] {
            #expect(md.contains("\n\(heading)\n"), "missing \(heading)")
        }
        #expect(md.contains("| accuses | bold line #D55E00, arrowhead normal |"))
        #expect(md.contains("| Lonely &amp; Unlinked | ORGANIZATION |  | 1 | 0 |"))
        #expect(md.contains("### Armenia — denies → &lt;script&gt;"))
        #expect(md.contains("- “Plain second sentence.” — Second, 2020-10-30"))
    }

    @Test("Escaping keeps text on one line", arguments: [
        ("a\nb", "a b"), ("# not a heading", "\\# not a heading"), ("x_y*z", "x\\_y\\*z"), ("a\\b", "a\\\\b"),
    ])
    func markdownText(input: String, expected: String) {
        #expect(MarkdownText.escaped(input) == expected)
    }

    @Test("Inline SVG keeps only the <svg> element")
    func inlineSVG() {
        let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"x\" \"http://www.w3.org/x.dtd\">\n<!-- c -->\n<svg a=\"1\"><!-- n&#45;x --><g/></svg>\n"
        #expect(InlineSVG.element(from: svg) == "<svg a=\"1\"><g/></svg>")
    }
}
