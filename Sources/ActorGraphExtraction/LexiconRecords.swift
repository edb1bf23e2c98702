/// The shapes of the lexicon resource files (`Resources/*.json`), written by
/// `scripts/lexicon/build_lexicons.py`.
struct LexiconFile<Entry: Decodable>: Decodable {
    var source: String
    var entries: [Entry]
}

/// A sovereign state with the names, adjectives and capitals that stand for it.
struct CountryRecord: Decodable {
    var name: String
    var aliases: [String]
    /// Demonyms and adjectives, the primary adjective first ("Azerbaijani", "Azeri", "Azeris").
    var adjectives: [String]
    var capitals: [String]
    /// Other spellings of a capital ("Kyiv": ["Kiev"]).
    var capitalAliases: [String: [String]]?
    var iso: String?
}

/// A place that is not a country: region, territory, city, continent.
struct PlaceRecord: Decodable {
    var name: String
    var aliases: [String]
    var kind: String?
    var container: String?
}

/// An organization known by name and usually by acronym.
struct OrganizationRecord: Decodable {
    var name: String
    var acronym: String?
    var aliases: [String]
    var kind: String?
    /// For government bodies known by proper name ("State Department"): their country.
    var country: String?
}
