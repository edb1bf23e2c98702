import Foundation

/// Graphviz's SVG made fit to sit inside an HTML page.
enum InlineSVG {
    /// The `<svg>` element of `svg` alone: the XML declaration, the DOCTYPE
    /// (which names a remote DTD) and comments are removed. Text inside is
    /// left as Graphviz escaped it.
    static func element(from svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        var body = String(svg[start.lowerBound...])
        while let open = body.range(of: "<!--") {
            guard let close = body.range(of: "-->", range: open.upperBound..<body.endIndex) else {
                body.removeSubrange(open.lowerBound...)
                break
            }
            body.removeSubrange(open.lowerBound..<close.upperBound)
        }
        return body.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
