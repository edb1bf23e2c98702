import ActorGraphModel

/// Writes a graph as GraphML (http://graphml.graphdrawing.org), readable by
/// networkx, Gephi and yEd.
///
/// Nodes carry `label`/`name`, `type`, `aliases` (joined by ";") and
/// `mentions`; edges carry `type`, `evidence` (the number of sentences),
/// `confidence` and `title`. Every attribute is declared by a `<key>`.
/// Deterministic: the graph is normalized first.
public struct GraphMLEncoder: Sendable {
    /// The separator between aliases in the `aliases` attribute.
    public static let aliasSeparator = ";"

    private static let keys: [(id: String, domain: String, name: String, type: String)] = [
        ("label", "node", "label", "string"),
        ("name", "node", "name", "string"),
        ("type", "node", "type", "string"),
        ("aliases", "node", "aliases", "string"),
        ("mentions", "node", "mentions", "int"),
        ("relation", "edge", "type", "string"),
        ("evidence", "edge", "evidence", "int"),
        ("confidence", "edge", "confidence", "double"),
        ("title", "edge", "title", "string"),
    ]

    public init() {}

    public func encode(_ graph: KnowledgeGraph) -> String {
        let graph = graph.normalized()
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for key in Self.keys {
            out += "  <key id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n"
        }
        out += "  <graph id=\"actorgraph\" edgedefault=\"directed\">\n"
        for e in graph.entities {
            out += "    <node id=\"\(Self.escaped(e.id))\">\n"
            out += Self.data("label", e.name) + Self.data("name", e.name) + Self.data("type", e.type.rawValue)
            out += Self.data("aliases", e.aliases.joined(separator: Self.aliasSeparator))
            out += Self.data("mentions", String(e.mentions))
            out += "    </node>\n"
        }
        for (n, r) in graph.relations.enumerated() {
            out += "    <edge id=\"e\(n)\" source=\"\(Self.escaped(r.source))\" target=\"\(Self.escaped(r.target))\">\n"
            out += Self.data("relation", r.type.rawValue) + Self.data("evidence", String(r.evidence.count))
            out += Self.data("confidence", String(r.confidence))
            if let title = r.title { out += Self.data("title", title) }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    private static func data(_ key: String, _ value: String) -> String {
        "      <data key=\"\(key)\">\(escaped(value))</data>\n"
    }

    /// `text` safe inside XML 1.0 character data and quoted attributes.
    /// Characters XML cannot carry at all (most C0 controls, lone surrogates
    /// cannot occur in a Swift String) become U+FFFD.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
