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
        var out = self
        out.officeTitles.formUnion(words(user.titles))
        out.speakerTitles.formUnion(words(user.speakerTitles))
        out.organizationTails.formUnion(words(user.organizationWords))
        out.accuseVerbs.formUnion(words(user.relationCues?.accuses))
        out.denyVerbs.formUnion(words(user.relationCues?.denies))
        out.backVerbs.formUnion(words(user.relationCues?.backs))
        return out
    }
}
