/// The kinds of article file the loader reads, told apart by extension.
public enum InputFormat: String, CaseIterable, Sendable {
    /// A plain-text article; the first line may be its headline.
    case text
    /// A web page; only the visible article text is kept.
    case html
    /// JSON Lines: one article object per line.
    case jsonLines

    /// Extensions (lowercased, without the dot) of each format.
    public var extensions: Set<String> {
        switch self {
        case .text: ["txt", "text"]
        case .html: ["html", "htm"]
        case .jsonLines: ["jsonl"]
        }
    }

    /// The format of a file with extension `pathExtension`; a file without
    /// an extension is read as plain text, anything else unknown is `nil`.
    public init?(pathExtension: String) {
        let ext = pathExtension.lowercased()
        if ext.isEmpty {
            self = .text
            return
        }
        guard let format = Self.allCases.first(where: { $0.extensions.contains(ext) }) else { return nil }
        self = format
    }

    /// Whether a folder walk picks up files with this extension (files
    /// without an extension are read only when named explicitly).
    static func isArticleFile(pathExtension: String) -> Bool {
        !pathExtension.isEmpty && InputFormat(pathExtension: pathExtension) != nil
    }
}
