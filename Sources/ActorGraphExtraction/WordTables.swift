/// The word lists a user lexicon may extend: titles, organization words and
/// the cue verbs of accusations, denials and backing.
///
/// The built-in lists live in `Vocabulary` and `RelationCues`;
/// ``standard`` holds them, and a ``UserLexicon`` adds to a copy. Held by a
/// ``Lexicon``, so an extractor built on it stays a `Sendable` value.
public struct WordTables: Sendable, Equatable {
    /// Offices a person holds ("holds-office" titles).
    public var officeTitles: Set<String>
    /// Titles of people who speak for someone else ("spokesperson-of").
    public var speakerTitles: Set<String>
    /// Words that end an organization's name ("Brigade", "Council").
    public var organizationTails: Set<String>
    /// Verb forms that make an accusation.
    public var accuseVerbs: Set<String>
    /// Verb forms that make a denial.
    public var denyVerbs: Set<String>
    /// Verb forms that make backing.
    public var backVerbs: Set<String>

    init(officeTitles: Set<String>, speakerTitles: Set<String>, organizationTails: Set<String>,
         accuseVerbs: Set<String>, denyVerbs: Set<String>, backVerbs: Set<String>) {
        self.officeTitles = officeTitles
        self.speakerTitles = speakerTitles
        self.organizationTails = organizationTails
        self.accuseVerbs = accuseVerbs
        self.denyVerbs = denyVerbs
        self.backVerbs = backVerbs
    }

    /// The built-in tables.
    public static let standard = WordTables(
        officeTitles: Vocabulary.officeTitles, speakerTitles: Vocabulary.speakerTitles,
        organizationTails: Vocabulary.organizationTails, accuseVerbs: RelationCues.accuseVerbs,
        denyVerbs: RelationCues.denyVerbs, backVerbs: RelationCues.backVerbs)

    /// These tables with `user`'s additions, lowercased and with runs of
    /// spaces collapsed, the way the extractor compares words.
    public func adding(_ user: UserLexicon) -> WordTables {
        func words(_ list: [String]?) -> Set<String> {
            Set((list ?? []).map { $0.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
                .filter { !$0.isEmpty })
        }
        return WordTables(
            officeTitles: officeTitles.union(words(user.titles)),
            speakerTitles: speakerTitles.union(words(user.speakerTitles)),
            organizationTails: organizationTails.union(words(user.organizationWords)),
            accuseVerbs: accuseVerbs.union(words(user.relationCues?.accuses)),
            denyVerbs: denyVerbs.union(words(user.relationCues?.denies)),
            backVerbs: backVerbs.union(words(user.relationCues?.backs)))
    }
}
