import ActorGraphModel
import ActorGraphStore
import ArgumentParser
import Foundation

/// `actorgraph entities`: list the stored entities.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the entities in the store with their type, aliases and mentions.",
        discussion: "Example: actorgraph entities --type PERSON"
    )

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Only entities of this type (PERSON, ORGANIZATION, PLACE, COUNTRY).", valueName: "type"),
            transform: ModelArgument.entityType)
    var type: EntityType?

    @Option(help: "Output format.")
    var format: QueryFormat = .table

    func run() throws {
        let entities = try store.withStore(creating: false) { try $0.entities(type: type) }
        switch format {
        case .json:
            FileHandle.standardOutput.write(try ModelArgument.json(entities))
        case .table:
            var table = TextTable(header: ["ID", "NAME", "TYPE", "MENTIONS", "ALIASES"])
            table.rows = entities.map { [$0.id, $0.name, $0.type.rawValue, String($0.mentions), $0.aliases.joined(separator: "; ")] }
            FileHandle.standardOutput.write(Data(table.rendered.utf8))
        }
    }
}
