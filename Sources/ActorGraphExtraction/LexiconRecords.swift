import ActorGraphText

/// The shapes of the lexicon resource files (`Resources/*.json`), written by
/// `scripts/lexicon/build_lexicons.py`.
///
/// Read from a `JSONValue` tree (see `Lexicon.init(bundle:user:)`); the
/// `Decodable` conformances say the same shapes for `JSONDecoder`, which
/// the tests use as the reference reader.
struct LexiconFile<Entry: LexiconRecord>: Decodable, Equatable {
    var source: String
    var entries: [Entry]

    init(json: JSONValue) throws(LexiconRecordError) {
        source = try json.required("source")
        guard let entries = json["entries"]?.array else { throw LexiconRecordError(field: "entries", reason: "must be a list") }
        self.entries = []
        for (i, entry) in entries.enumerated() {
            do { try self.entries.append(Entry(json: entry)) } catch {
                throw LexiconRecordError(field: "entries[\(i)].\(error.field)", reason: error.reason)
            }
        }
    }
}

/// A record of a lexicon file, readable from a `JSONValue`.
protocol LexiconRecord: Decodable, Equatable {
    init(json: JSONValue) throws(LexiconRecordError)
}

/// A lexicon file's field that is missing or of the wrong type.
struct LexiconRecordError: Error, CustomStringConvertible {
    var field: String
    var reason: String
    var description: String { "\(field): \(reason)" }
}

private extension JSONValue {
    /// A string field that must be there.
    func required(_ key: String) throws(LexiconRecordError) -> String {
        guard let value = self[key]?.string else { throw LexiconRecordError(field: key, reason: "must be a string") }
        return value
    }

    /// A string field that may be missing or null, as `Decodable` reads `String?`.
    func optional(_ key: String) throws(LexiconRecordError) -> String? {
        guard let value = self[key], !value.isNull else { return nil }
        guard let string = value.string else { throw LexiconRecordError(field: key, reason: "must be a string or null") }
        return string
    }

    /// A list of strings that must be there.
    func strings(_ key: String) throws(LexiconRecordError) -> [String] {
        guard let value = self[key] else { throw LexiconRecordError(field: key, reason: "is missing") }
        return try Self.strings(value, key)
    }

    static func strings(_ value: JSONValue, _ key: String) throws(LexiconRecordError) -> [String] {
        guard let list = value.array else { throw LexiconRecordError(field: key, reason: "must be a list of strings") }
        var out: [String] = []
        for element in list {
            guard let string = element.string else { throw LexiconRecordError(field: key, reason: "must be a list of strings") }
            out.append(string)
        }
        return out
    }
}

/// A sovereign state with the names, adjectives and capitals that stand for it.
struct CountryRecord: LexiconRecord {
    var name: String
    var aliases: [String]
    /// Demonyms and adjectives, the primary adjective first ("Azerbaijani", "Azeri", "Azeris").
    var adjectives: [String]
    var capitals: [String]
    /// Other spellings of a capital ("Kyiv": ["Kiev"]).
    var capitalAliases: [String: [String]]?
    var iso: String?

    init(json: JSONValue) throws(LexiconRecordError) {
        name = try json.required("name")
        aliases = try json.strings("aliases")
        adjectives = try json.strings("adjectives")
        capitals = try json.strings("capitals")
        if let value = json["capitalAliases"], !value.isNull {
            guard let fields = value.object else { throw LexiconRecordError(field: "capitalAliases", reason: "must be an object") }
            var aliases: [String: [String]] = [:]
            for (capital, list) in fields { aliases[capital] = try JSONValue.strings(list, "capitalAliases.\(capital)") }
            capitalAliases = aliases
        }
        iso = try json.optional("iso")
    }
}

/// A place that is not a country: region, territory, city, continent.
struct PlaceRecord: LexiconRecord {
    var name: String
    var aliases: [String]
    var kind: String?
    var container: String?

    init(json: JSONValue) throws(LexiconRecordError) {
        name = try json.required("name")
        aliases = try json.strings("aliases")
        kind = try json.optional("kind")
        container = try json.optional("container")
    }
}

/// An organization known by name and usually by acronym.
struct OrganizationRecord: LexiconRecord {
    var name: String
    var acronym: String?
    var aliases: [String]
    var kind: String?
    /// For government bodies known by proper name ("State Department"): their country.
    var country: String?

    init(json: JSONValue) throws(LexiconRecordError) {
        name = try json.required("name")
        acronym = try json.optional("acronym")
        aliases = try json.strings("aliases")
        kind = try json.optional("kind")
        country = try json.optional("country")
    }
}
