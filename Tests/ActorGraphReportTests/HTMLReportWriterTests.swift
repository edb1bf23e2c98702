@testable import ActorGraphReport
import ActorGraphModel
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite("HTMLReportWriter", .serialized)
struct HTMLReportWriterTests {
    static func report() throws -> Report {
        try Report.rendered(ReportFixtures.hostile, title: "Report on <script>", notes: ["Focus: <b>x</b>"])
    }

    @Test("Article text never becomes markup: no <script>, <img> or </td> from the data")
    func escaping() throws {
        let html = HTMLReportWriter().html(for: try Self.report())
        #expect(!html.localizedCaseInsensitiveContains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot; &lt;/td&gt;&lt;/tr&gt;"))
        #expect(html.contains("He said &lt;/td&gt;&lt;script&gt;evil()&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39;"))
        #expect(html.contains("Title &lt;img src=x onerror=alert(1)&gt; &amp; co"))
        #expect(html.contains("<title>Report on &lt;script&gt;</title>"))
        #expect(html.contains("<li>Focus: &lt;b&gt;x&lt;/b&gt;</li>"))
        // The only closing cells are the writer's own: one per cell it opened.
        #expect(html.components(separatedBy: "</td>").count == html.components(separatedBy: "<td").count)
    }

    @Test("URLs are links only when http(s), escaped inside the attribute")
    func links() throws {
        let html = HTMLReportWriter().html(for: try Self.report())
        #expect(html.contains(#"<a href="https://example.org/a?x=1&amp;y=&quot;2&quot;&lt;b&gt;" rel="noopener noreferrer">"#))
        #expect(!html.contains("javascript:"))
    }

    @Test("Self-contained: no script, no external style, font or image; http(s) only in <a href>")
    func selfContained() throws {
        let html = HTMLReportWriter().html(for: try Self.report())
        for tag in ["<script", "<link", "<img", "<iframe", "@import", "url(", "<object", "<embed"] {
            #expect(!html.localizedCaseInsensitiveContains(tag), "found \(tag)")
        }
        #expect(!html.contains("<!DOCTYPE svg"), "the SVG's remote DTD is stripped")
        #expect(!html.contains("<?xml"))
        // Attribute references: no src at all; every href is an <a>'s. (Article
        // text cannot forge one: its quotes are escaped.)
        #expect(!html.localizedCaseInsensitiveContains("src=\""))
        #expect(!html.localizedCaseInsensitiveContains("xlink:href"))
        var rest = Substring(html)
        var links = 0
        while let range = rest.range(of: "href=\"") {
            #expect(rest[..<range.lowerBound].hasSuffix("<a "), "href outside an <a>")
            links += 1
            rest = rest[range.upperBound...]
        }
        #expect(links == 2, "the one http(s) document is linked from its evidence and the document table")
    }

    @Test("The page holds the inline SVG, a legend, the entity table and the evidence")
    func content() throws {
        let report = try Self.report()
        let html = HTMLReportWriter().html(for: report)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<figure>\n<svg "))
        #expect(html.contains(#"id="e&#45;evil&#45;accuses&#45;armenia""#), "edge ids survive in the inline SVG")
        #expect(html.contains(#"<section id="legend">"#))
        #expect(html.contains(">accuses</td>") && html.contains(">denies</td>"))
        #expect(html.contains("<td>Lonely &amp; Unlinked</td><td>ORGANIZATION</td>"), "unlinked entities are listed")
        #expect(html.contains(#"<article class="relation" id="evidence-e-evil-accuses-armenia">"#))
        #expect(html.contains("2020-10-28"))
        #expect(html.contains("Plain second sentence.</q> <span class=\"source\">— Second, 2020-10-30</span>"),
                "a dateless evidence takes its document's date")
        #expect(html.contains("No evidence sentence recorded."))
    }

    @Test("The whole report, SVG included, parses as XML (so nothing is left unclosed)")
    func wellFormed() throws {
        let html = HTMLReportWriter().html(for: try Self.report())
        let body = html.replacingOccurrences(of: "<!DOCTYPE html>\n", with: "")
            .replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "<meta charset=\"utf-8\"/>")
            .replacingOccurrences(of: "initial-scale=1\">", with: "initial-scale=1\"/>")
        let parser = XMLParser(data: Data(body.utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError)) at line \(parser.lineNumber)")
    }

    @Test("Output is deterministic")
    func deterministic() throws {
        #expect(HTMLReportWriter().html(for: try Self.report()) == HTMLReportWriter().html(for: try Self.report()))
    }

    @Test("Escaping covers the five characters and drops control characters", arguments: [
        ("a<b>c", "a&lt;b&gt;c"), ("&amp;", "&amp;amp;"), (#"x"y'z"#, "x&quot;y&#39;z"), ("a\u{0}\u{7}b", "ab"),
        ("Türkiye\nnext", "Türkiye\nnext"),
    ])
    func htmlText(input: String, expected: String) {
        #expect(HTMLText.escaped(input) == expected)
    }

    @Test("Only http and https URLs are linkable", arguments: [
        ("https://example.org/x", true), ("HTTP://EXAMPLE.ORG", true), ("javascript:alert(1)", false),
        ("data:text/html,x", false), ("/relative", false), ("https://a b", false), ("", false),
    ])
    func linkable(url: String, expected: Bool) {
        #expect((HTMLText.linkableURL(url) != nil) == expected)
    }
}
