/// An output format the renderer can produce.
///
/// Raw values are Graphviz's own format names, so they pass straight to
/// `gvRenderData` and read naturally on the command line (`--format svg`).
public enum RenderFormat: String, Sendable, CaseIterable, Codable {
    /// The DOT text itself: no layout, no C call; diffable and committable.
    case dot
    /// Scalable vector graphics with ids and tooltips, for reports and browsers.
    case svg
    /// A raster image (needs Graphviz's cairo plugin).
    case png
    /// A vector document for print (needs Graphviz's cairo plugin).
    case pdf

    /// Whether Graphviz draws this format through its cairo plugin, which a
    /// minimal install may lack; used to turn a cryptic failure into advice.
    var needsCairo: Bool {
        switch self {
        case .png, .pdf: true
        case .dot, .svg: false
        }
    }

    /// The usual file extension for the format.
    public var fileExtension: String { rawValue }
}
