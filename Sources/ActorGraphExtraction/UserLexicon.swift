import ActorGraphModel
import Foundation

/// What an analyst teaches ActorGraph about a new conflict: entities with
/// their type and aliases, extra titles and organization words, extra
/// relation cue verbs. The `--lexicon FILE` format (JSON); every field is
/// optional.
public struct UserLexicon: Sendable, Equatable, Decodable {
    /// An actor or place the built-in lexicon does not know (or knows otherwise).
    public struct Entry: Sendable, Equatable, Decodable {
        public var name: String
        public var type: EntityType
        public var aliases: [String]?
        /// For an organization or place: the country it belongs to.
        public var country: String?

        public init(name: String, type: EntityType, aliases: [String]? = nil, country: String? = nil) {
            self.name = name
            self.type = type
            self.aliases = aliases
            self.country = country
        }
    }

    /// Extra cue verbs, every inflected form written out ("castigated", "castigates").
    public struct Cues: Sendable, Equatable, Decodable {
        public var accuses: [String]?
        public var backs: [String]?
        public var denies: [String]?

        public init(accuses: [String]? = nil, backs: [String]? = nil, denies: [String]? = nil) {
            self.accuses = accuses
            self.backs = backs
            self.denies = denies
        }
    }

    public var entities: [Entry]?
    public var titles: [String]?
    public var speakerTitles: [String]?
    public var organizationWords: [String]?
    public var relationCues: Cues?

    public init(entities: [Entry]? = nil, titles: [String]? = nil, speakerTitles: [String]? = nil,
                organizationWords: [String]? = nil, relationCues: Cues? = nil) {
        self.entities = entities
        self.titles = titles
        self.speakerTitles = speakerTitles
        self.organizationWords = organizationWords
        self.relationCues = relationCues
    }

    /// Reads a lexicon file; failures name the file and, for bad content, the field.
    public init(contentsOf path: String) throws(UserLexiconError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw UserLexiconError(path: path, reason: "cannot read the file (\((error as NSError).localizedDescription))")
        }
        do {
            self = try JSONDecoder().decode(UserLexicon.self, from: data)
        } catch let error as DecodingError {
            throw UserLexiconError(path: path, reason: Self.reason(error))
        } catch {
            throw UserLexiconError(path: path, reason: "not a valid lexicon (\(error))")
        }
        for (i, entry) in (entities ?? []).enumerated() where entry.name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw UserLexiconError(path: path, reason: "entities[\(i)].name: must not be empty")
        }
    }

    /// "entities[2].type: unknown value ..." from a decoding error.
    private static func reason(_ error: DecodingError) -> String {
        func describe(_ type: Any.Type) -> String {
            let name = String(describing: type)
            if type == String.self { return "a string" }
            if name.hasPrefix("Array") { return "a list" }
            return "an object"
        }
        func field(_ path: [CodingKey]) -> String {
            path.reduce("") { out, key in
                if let i = key.intValue { return out + "[\(i)]" }
                return out.isEmpty ? key.stringValue : out + "." + key.stringValue
            }
        }
        switch error {
        case .dataCorrupted(let c) where c.codingPath.isEmpty:
            return "not valid JSON (\((c.underlyingError as NSError?)?.localizedDescription ?? c.debugDescription))"
        case .dataCorrupted(let c):
            if c.codingPath.last?.stringValue == "type" {
                return "\(field(c.codingPath)): unknown entity type; valid: "
                    + EntityType.allCases.map(\.rawValue).joined(separator: ", ")
            }
            return "\(field(c.codingPath)): \(c.debugDescription)"
        case .keyNotFound(let key, let c):
            return "\(field(c.codingPath + [key])): missing"
        case .typeMismatch(let type, let c):
            return "\(field(c.codingPath)): expected \(describe(type))"
        case .valueNotFound(let type, let c):
            return "\(field(c.codingPath)): expected \(describe(type)), found null"
        @unknown default:
            return "not a valid lexicon"
        }
    }
}

/// A lexicon file that could not be used: which file, and why.
public struct UserLexiconError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public var description: String { "\(path): \(reason)" }
}
