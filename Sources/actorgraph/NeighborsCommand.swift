import ActorGraphModel
import ActorGraphStore
import ArgumentParser
import Foundation

/// `actorgraph neighbors`: who an entity relates to, with the evidence.
struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "Show the entities related to one entity, with the evidence.",
        discussion: """
        NAME may be the name, any alias or the id, in any case and with or \
        without diacritics. An ambiguous or unknown name exits 1 and lists the \
        candidates or close matches.
        Example: actorgraph neighbors "Hikmet Hajiyev" --relation accuses --direction out
        """
    )

    @Argument(help: "The entity: its name, an alias or its id.")
    var name: String

    @Option(help: "How many edges away to look (1 = adjacent).")
    var depth: Int = 1

    @Option(name: .customLong("relation"),
            help: ArgumentHelp("Follow only this relation type (repeatable).", valueName: "type"),
            transform: ModelArgument.relationType)
    var relations: [RelationType] = []

    @Option(help: "Which edges to follow: out (the entity acts), in (it is acted on) or both.")
    var direction: NeighborDirection = .both

    @Option(help: "Output format.")
    var format: QueryFormat = .table

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if depth < 1 { throw ValidationError("--depth must be at least 1 (got \(depth)).") }
    }

    /// The JSON document: the entity asked about and what surrounds it.
    struct Output: Encodable {
        var entity: Entity
        var depth: Int
        var direction: NeighborDirection
        var relations: [RelationType]?
        var neighbors: [Neighbor]
    }

    func run() throws {
        let filter = relations.isEmpty ? nil : Set(relations)
        let (center, neighbors) = try store.withStore(creating: false) { store in
            let center = try resolve(name, in: store)
            return (center, try store.neighbors(of: center.id, depth: depth, relations: filter, direction: direction))
        }
        switch format {
        case .json:
            let output = Output(entity: center, depth: depth, direction: direction,
                                relations: filter.map { $0.sorted() }, neighbors: neighbors)
            FileHandle.standardOutput.write(try ModelArgument.json(output))
        case .table:
            FileHandle.standardOutput.write(Data(table(neighbors).rendered.utf8))
        }
    }

    /// The one entity `name` means, or a failure listing candidates or close matches.
    private func resolve(_ name: String, in store: GraphStore) throws -> Entity {
        let matches = try store.entities(named: name)
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw CommandFailure("\"\(name)\" is ambiguous; it may mean: " + Self.list(matches)
                + "; give a full name or an id")
        }
        let close = try store.closeMatches(to: name)
        throw CommandFailure("no entity named \"\(name)\" in \(store.path)"
            + (close.isEmpty ? "" : "; close matches: " + Self.list(close)))
    }

    private static func list(_ entities: [Entity]) -> String {
        entities.map { "\($0.name) (\($0.id), \($0.type.rawValue))" }.joined(separator: ", ")
    }

    private func table(_ neighbors: [Neighbor]) -> TextTable {
        var header = ["DIRECTION", "RELATION", "ENTITY", "TYPE", "EVIDENCE", "FIRST EVIDENCE"]
        if depth > 1 { header = ["DEPTH", "VIA"] + header }
        var table = TextTable(header: header)
        for n in neighbors {
            var row = [n.direction.rawValue, n.relation.type.rawValue, n.entity.name, n.entity.type.rawValue,
                       String(n.relation.evidence.count),
                       TextTable.shortened(n.relation.evidence.first?.sentence ?? "", to: 80)]
            if depth > 1 { row = [String(n.depth), n.via] + row }
            table.rows.append(row)
        }
        return table
    }
}
