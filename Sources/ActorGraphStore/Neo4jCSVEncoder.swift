import ActorGraphModel
import Foundation

/// Writes a graph as the two CSV files Neo4j's bulk importer reads
/// (`neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv`).
///
/// Nodes: `id:ID,name,type,aliases,mentions:int,:LABEL`, the label being the
/// entity type in Neo4j's style (`Person`); aliases are joined by ";", the
/// importer's array delimiter. Relationships:
/// `:START_ID,:END_ID,:TYPE,confidence:double,evidence:int,title`, the type in
/// Neo4j's style (`SPOKESPERSON_OF`). Fields are quoted per RFC 4180 when needed;
/// lines end in `\n`. Deterministic: the graph is normalized first.
public struct Neo4jCSVEncoder: Sendable {
    public static let nodesFile = "nodes.csv"
    public static let relationshipsFile = "relationships.csv"
    public static let nodesHeader = "id:ID,name,type,aliases,mentions:int,:LABEL"
    public static let relationshipsHeader = ":START_ID,:END_ID,:TYPE,confidence:double,evidence:int,title"

    public init() {}

    /// The two files, by name.
    public func encode(_ graph: KnowledgeGraph) -> [(name: String, contents: String)] {
        let graph = graph.normalized()
        var nodes = Self.nodesHeader + "\n"
        for e in graph.entities {
            nodes += Self.line([e.id, e.name, e.type.rawValue, e.aliases.joined(separator: ";"), String(e.mentions),
                                Self.label(for: e.type)])
        }
        var relationships = Self.relationshipsHeader + "\n"
        for r in graph.relations {
            relationships += Self.line([r.source, r.target, Self.neo4jType(r.type), String(r.confidence),
                                        String(r.evidence.count), r.title ?? ""])
        }
        return [(Self.nodesFile, nodes), (Self.relationshipsFile, relationships)]
    }

    /// `Person`, `Organization`, `Place`, `Country`.
    static func label(for type: EntityType) -> String {
        type.rawValue.prefix(1) + type.rawValue.dropFirst().lowercased()
    }

    /// `spokesperson-of` -> `SPOKESPERSON_OF`: a relationship type Cypher can use unquoted.
    static func neo4jType(_ type: RelationType) -> String {
        type.rawValue.uppercased().replacingOccurrences(of: "-", with: "_")
    }

    static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\n"
    }

    /// A CSV field: quoted (with inner quotes doubled) when it holds a comma,
    /// a quote, a line break, or leading/trailing spaces.
    static func quoted(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
