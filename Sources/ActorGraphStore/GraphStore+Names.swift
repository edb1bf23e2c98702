import ActorGraphModel
import GRDB

// MARK: - Finding entities by name and type

extension GraphStore {
    /// The entities `name` refers to: those whose id, name or any alias
    /// equals it, ignoring case, diacritics and punctuation ("hikmat hajiyev"
    /// finds Hikmet Hajiyev when "Hikmat Hajiyev" is an alias). When nothing
    /// matches exactly, a single word matches the people with that surname.
    ///
    /// More than one result means the name is ambiguous; none means unknown
    /// (see ``closeMatches(to:limit:)``).
    public func entities(named name: String) throws -> [Entity] {
        let key = NameKey.fold(name)
        guard !key.isEmpty else { return [] }
        return try read { db in
            let exact = try allEntities(in: db, whereSQL: """
                WHERE id = ? OR folded_name = ? OR id IN (SELECT entity_id FROM alias WHERE folded = ?)
                """, arguments: [name, key, key])
            if !exact.isEmpty || key.contains(" ") { return exact }
            return try allEntities(in: db, whereSQL: "WHERE type = ? AND folded_name LIKE ? ESCAPE '\\'",
                                   arguments: [EntityType.person.rawValue, "% " + Self.likeEscaped(key)])
        }
    }

    /// Up to `limit` entities whose names look like `name`: a small edit
    /// distance between folded names, or a shared word; closest first.
    public func closeMatches(to name: String, limit: Int = 5) throws -> [Entity] {
        let key = NameKey.fold(name)
        guard !key.isEmpty else { return [] }
        let words = Set(key.split(separator: " ").filter { $0.count >= 3 })
        return try read { db in
            var best: [String: Int] = [:]
            let rows = try Row.fetchAll(db, sql: "SELECT id, folded_name AS folded FROM entity UNION ALL SELECT entity_id, folded FROM alias")
            for row in rows {
                let id: String = row["id"], folded: String = row["folded"]
                var score = NameKey.editDistance(key, folded)
                let sharesWord = !words.isDisjoint(with: folded.split(separator: " "))
                if score > max(2, key.count / 3) {
                    guard sharesWord else { continue }
                    score = max(2, key.count / 3) + 1  // after every near spelling
                }
                best[id] = min(best[id] ?? .max, score)
            }
            let ranked = best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(limit).map(\.key)
            return try ranked.compactMap { try entity(id: $0, in: db) }
        }
    }

    /// Every entity, or those of one type, by id, with aliases and mentions.
    public func entities(type: EntityType? = nil) throws -> [Entity] {
        try read { db in
            guard let type else { return try allEntities(in: db) }
            return try allEntities(in: db, whereSQL: "WHERE type = ?", arguments: [type.rawValue])
        }
    }

    /// The entity with this id, if the store holds it.
    public func entity(id: String) throws -> Entity? {
        try read { db in try entity(id: id, in: db) }
    }

    static func likeEscaped(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
