/// Why a graph could not be drawn, with Graphviz's own message when it gave one.
public enum RenderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Graphviz could not start (no memory, or no plugins could be loaded).
    case unavailable(String)
    /// The DOT text is not valid DOT.
    case parse(String)
    /// The layout engine failed or is not installed.
    case layout(LayoutEngine, String)
    /// Drawing the laid-out graph in the format failed.
    case render(RenderFormat, String)
    /// The format needs a Graphviz plugin that is not installed.
    case formatUnavailable(RenderFormat, String)

    /// The Debian/Ubuntu package that ships Graphviz's cairo plugin
    /// (`libgvplugin_pango.so.6`), which draws PNG and PDF.
    public static let cairoPluginPackage = "libgvc6"

    public var description: String {
        switch self {
        case .unavailable(let message):
            return "Graphviz is unavailable: \(message)"
        case .parse(let message):
            return "Graphviz could not parse the DOT text: \(message)"
        case .layout(let engine, let message):
            return "Graphviz layout with '\(engine.rawValue)' failed: \(message)"
        case .render(let format, let message):
            return "Graphviz could not render \(format.rawValue.uppercased()): \(message)"
        case .formatUnavailable(let format, let message):
            return "Graphviz cannot write \(format.rawValue.uppercased()) here: its cairo plugin "
                + "(libgvplugin_pango) is missing or not registered. Install it with "
                + "`apt-get install \(Self.cairoPluginPackage)` (or `graphviz`), then run "
                + "`dot -c` as root if the plugin is still not found. Graphviz said: \(message)"
        }
    }
}
