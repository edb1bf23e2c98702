/// What one ``GraphStore/ingest(_:)`` did, and what the store holds afterwards.
public struct IngestSummary: Sendable, Equatable, Codable {
    /// Documents stored for the first time.
    public var added: Int
    /// Documents whose id was already stored with another text: the new text replaced the old.
    public var replaced: Int
    /// Documents whose exact text (content hash) was already stored.
    public var skipped: Int
    /// Documents the store holds now.
    public var documents: Int
    /// Entities the store holds now.
    public var entities: Int
    /// Relations the store holds now.
    public var relations: Int

    public init(added: Int, replaced: Int = 0, skipped: Int, documents: Int, entities: Int, relations: Int) {
        self.added = added
        self.replaced = replaced
        self.skipped = skipped
        self.documents = documents
        self.entities = entities
        self.relations = relations
    }

    /// One line for a person: "added 3 documents, skipped 2; the store holds 41 entities and 37 relations".
    public var line: String {
        var parts = ["added \(Self.count(added, "document"))"]
        if replaced > 0 { parts.append("replaced \(replaced)") }
        parts.append("skipped \(skipped)")
        return parts.joined(separator: ", ")
            + "; the store holds \(Self.count(documents, "document")), \(Self.count(entities, "entity", "entities"))"
            + " and \(Self.count(relations, "relation"))"
    }

    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }
}
