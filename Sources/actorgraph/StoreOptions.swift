import ActorGraphModel
import ActorGraphStore
import ArgumentParser
import Foundation

/// The store a command reads or writes: `--store PATH`, by default
/// `actorgraph.sqlite` in the working folder.
struct StoreOptions: ParsableArguments {
    static let defaultPath = "actorgraph.sqlite"

    @Option(help: ArgumentHelp("The store file (SQLite).", valueName: "path"))
    var store: String = defaultPath

    /// Opens the store (creating it when `creating`) and runs `body` on it;
    /// store failures become a one-line message naming the file (exit 1).
    func withStore<T>(creating: Bool, _ body: (GraphStore) throws -> T) throws -> T {
        if !creating && !FileManager.default.fileExists(atPath: store) {
            throw CommandFailure("\(store): no such store; add articles first with `actorgraph ingest ARTICLES --store \(store)`")
        }
        return try Self.mappingErrors { try body(try GraphStore(path: store)) }
    }

    static func mappingErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
    }
}

/// How query commands print: an aligned table for people, JSON for programs.
enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

extension NeighborDirection: ExpressibleByArgument {}

/// Parses option values into model enums without making the model types
/// `ExpressibleByArgument` (another command may want to do that too).
enum ModelArgument {
    static func relationType(_ text: String) throws -> RelationType {
        guard let type = RelationType(rawValue: text.lowercased()) else {
            throw ValidationError("unknown relation type '\(text)'; valid: "
                + RelationType.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "))
        }
        return type
    }

    static func entityType(_ text: String) throws -> EntityType {
        guard let type = EntityType(rawValue: text.uppercased()) else {
            throw ValidationError("unknown entity type '\(text)'; valid: "
                + EntityType.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "))
        }
        return type
    }

    /// JSON the way every ActorGraph output is written: sorted keys, pretty, newline-terminated.
    static func json(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }
}
