import ActorGraphModel
import ActorGraphStore
import ArgumentParser
import Foundation

/// The filters `render` and `report` share, so that a large graph can be
/// cut down to what a reader needs.
struct DiagramOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Draw only the ego network of this entity: its name, an alias or its id, in any case.",
        valueName: "name"))
    var focus: String?

    @Option(help: ArgumentHelp("With --focus: how many edges away to go, following edges both ways (default 1).",
                               valueName: "n"))
    var depth: Int?

    @Option(help: ArgumentHelp(
        "Only these relation types, comma-separated: " + RelationType.allCases.map(\.rawValue).joined(separator: ", ") + ".",
        valueName: "types"))
    var relations: [String] = []

    @Option(help: ArgumentHelp(
        "Only entities of these types, comma-separated: " + EntityType.allCases.map(\.rawValue).joined(separator: ", ") + ".",
        valueName: "types"))
    var types: [String] = []

    @Option(name: .customLong("min-evidence"),
            help: ArgumentHelp("Only relations stated by at least this many sentences.", valueName: "n"))
    var minimumEvidence: Int?

    @Option(help: ArgumentHelp(
        "Only relations with evidence dated on or after this day (YYYY-MM-DD). Undated evidence is then left out.",
        valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp(
        "Only relations with evidence dated on or before this day (YYYY-MM-DD). Undated evidence is then left out.",
        valueName: "date"))
    var until: String?

    @Option(help: ArgumentHelp("Only the N entities with the most relations, and the relations among them.",
                               valueName: "n"))
    var top: Int?

    /// What `--help` says about how the filters combine.
    static let discussion = """
        Filters apply in this order: --relations, --since/--until, --min-evidence, \
        --types, --focus/--depth, --top. With --since or --until a relation is kept \
        when at least one of its evidence sentences is dated in the range (inclusive); \
        only that evidence is kept, and evidence without a date is left out. Entities \
        left with no relation are not drawn (except the --focus entity).
        """

    func validate() throws {
        if let depth, depth < 1 { throw ValidationError("--depth must be at least 1 (got \(depth)).") }
        if depth != nil && focus == nil { throw ValidationError("--depth needs --focus NAME.") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1 (got \(top)).") }
        if let minimumEvidence, minimumEvidence < 0 {
            throw ValidationError("--min-evidence must be 0 or more (got \(minimumEvidence)).")
        }
        _ = try relationTypes()
        _ = try entityTypes()
        if let since { _ = try Self.day(since, option: "--since") }
        if let until { _ = try Self.day(until, option: "--until") }
        if let since, let until, since > until { throw ValidationError("--since \(since) is after --until \(until).") }
    }

    /// The filter these options describe, with `--focus` resolved in `store`
    /// like `neighbors` does (an ambiguous or unknown name is a failure that
    /// lists candidates or close matches).
    func filter(in store: GraphStore) throws -> KnowledgeGraph.Filter {
        KnowledgeGraph.Filter(
            focus: try focus.map { try Self.resolve($0, in: store).id },
            depth: depth ?? 1,
            relationTypes: try relationTypes(),
            entityTypes: try entityTypes(),
            minimumEvidence: minimumEvidence,
            since: since, until: until, top: top)
    }

    /// One line per filter given, for a report's header.
    func notes(focusName: String?) -> [String] {
        var notes: [String] = []
        if let focusName { notes.append("Focus: \(focusName), depth \(depth ?? 1)") }
        if let types = try? relationTypes() { notes.append("Relation types: " + types.sorted().map(\.rawValue).joined(separator: ", ")) }
        if let types = try? entityTypes() { notes.append("Entity types: " + types.sorted().map(\.rawValue).joined(separator: ", ")) }
        if let minimumEvidence { notes.append("At least \(minimumEvidence) evidence sentence\(minimumEvidence == 1 ? "" : "s")") }
        if since != nil || until != nil {
            notes.append("Evidence dated \(since.map { "from \($0)" } ?? "")\(since != nil && until != nil ? " " : "")"
                + "\(until.map { "to \($0)" } ?? "") (undated evidence left out)")
        }
        if let top { notes.append("The \(top) best-connected entities") }
        return notes
    }

    // MARK: - Parsing

    func relationTypes() throws -> Set<RelationType>? {
        let names = Self.items(relations)
        guard !names.isEmpty else { return nil }
        return Set(try names.map(ModelArgument.relationType))
    }

    func entityTypes() throws -> Set<EntityType>? {
        let names = Self.items(types)
        guard !names.isEmpty else { return nil }
        return Set(try names.map(ModelArgument.entityType))
    }

    /// Comma-separated values of a repeatable option, trimmed.
    private static func items(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `text` when it is a real calendar day written `YYYY-MM-DD`.
    static func day(_ text: String, option: String) throws -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.isLenient = false
        let digits = text.utf8.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        guard text.utf8.count == 10, digits, let date = formatter.date(from: text), formatter.string(from: date) == text else {
            throw ValidationError("\(option) takes a day written YYYY-MM-DD, such as 2020-10-28 (got '\(text)').")
        }
        return text
    }

    // MARK: - The focus entity

    /// The one entity `name` means, or a failure listing candidates or close matches.
    static func resolve(_ name: String, in store: GraphStore) throws -> Entity {
        let matches = try store.entities(named: name)
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw CommandFailure("--focus \"\(name)\" is ambiguous; it may mean: " + list(matches)
                + "; give a full name or an id")
        }
        let close = try store.closeMatches(to: name)
        throw CommandFailure("--focus: no entity named \"\(name)\" in \(store.path)"
            + (close.isEmpty ? "" : "; close matches: " + list(close)))
    }

    private static func list(_ entities: [Entity]) -> String {
        entities.map { "\($0.name) (\($0.id), \($0.type.rawValue))" }.joined(separator: ", ")
    }
}
