/// What the recognizer's word lists say about one lowercased word, as bits:
/// looked up once per token, so each reader tests a bit where it would
/// otherwise hash the word into one set after another.
///
/// Built from the same lists the readers used to consult (`Vocabulary`,
/// `RelationCues` and a lexicon's `WordTables`), so every test reads as
/// before: "is in the set" for single words, "starts an entry" for the
/// first word of a multiword entry.
struct WordCues: OptionSet, Sendable {
    let rawValue: UInt32

    /// First word of a `Vocabulary.ministryKinds` key ("defence", "foreign").
    static let ministryKindStart = WordCues(rawValue: 1 << 0)
    /// First word of a `Vocabulary.officeKinds` key ("prosecutor").
    static let officeKindStart = WordCues(rawValue: 1 << 1)
    /// First word of an office or speaker title, a user's included.
    static let titleStart = WordCues(rawValue: 1 << 2)
    /// "minister" or "secretary": a portfolio may stand before it.
    static let ministerial = WordCues(rawValue: 1 << 3)
    /// In `Vocabulary.placeNouns`.
    static let placeNoun = WordCues(rawValue: 1 << 4)
    /// In `RelationCues.objectStops`.
    static let objectStop = WordCues(rawValue: 1 << 5)
    /// In `Vocabulary.timeWords`.
    static let timeWord = WordCues(rawValue: 1 << 6)
    /// In `Vocabulary.commonCapitalized`.
    static let commonCapitalized = WordCues(rawValue: 1 << 7)
    /// In `Vocabulary.sentenceOpeners`.
    static let sentenceOpener = WordCues(rawValue: 1 << 8)
    /// A one-word entry of `Vocabulary.actorNouns` ("forces").
    static let actorNoun = WordCues(rawValue: 1 << 9)
    /// First word of a multiword entry of `Vocabulary.actorNouns` ("armed").
    static let actorNounStart = WordCues(rawValue: 1 << 10)
    /// Any word of an office or speaker title, a user's included: a title
    /// phrase is a run of such words, so the run's length bounds the
    /// phrases worth building.
    static let titleWord = WordCues(rawValue: 1 << 11)
    /// In `Vocabulary.titleModifiers`.
    static let titleModifier = WordCues(rawValue: 1 << 12)
    /// In `Vocabulary.honorifics`.
    static let honorific = WordCues(rawValue: 1 << 13)
    /// "ministry": a body reader asks at almost every word.
    static let ministry = WordCues(rawValue: 1 << 14)
    /// "office": a body reader asks at almost every word.
    static let office = WordCues(rawValue: 1 << 15)
    /// In `Vocabulary.administrativeUnits`.
    static let administrativeUnit = WordCues(rawValue: 1 << 16)
    /// In the lexicon's `WordTables.organizationTails`, a user's included.
    static let organizationTail = WordCues(rawValue: 1 << 17)
    /// In `Vocabulary.organizationHeads`.
    static let organizationHead = WordCues(rawValue: 1 << 18)
    /// In `Vocabulary.nameParticles`.
    static let nameParticle = WordCues(rawValue: 1 << 19)
    /// In `Vocabulary.nameConnectors`.
    static let nameConnector = WordCues(rawValue: 1 << 20)
    /// In `Vocabulary.eventHeads`.
    static let eventHead = WordCues(rawValue: 1 << 21)
    /// In `Vocabulary.geographicTails`.
    static let geographicTail = WordCues(rawValue: 1 << 22)
    /// In `Vocabulary.locativePrepositions`.
    static let locativePreposition = WordCues(rawValue: 1 << 23)

    /// The cues of every word any of the lists name; a word absent has none.
    static func table(words: WordTables) -> [String: WordCues] {
        var table: [String: WordCues] = [:]
        forEachCue(words: words) { table[$0, default: []].insert($1) }
        return table
    }

    /// Calls `body` with each word of each list and the list's cue (a word
    /// in several lists comes once for each): the lexicon files them in its
    /// one table of both kinds of cues (`TokenCues.table`) without a table
    /// of each kind first.
    static func forEachCue(words: WordTables, _ body: (String, WordCues) -> Void) {
        func mark(_ list: some Sequence<String>, _ cue: WordCues) {
            for w in list { body(w, cue) }
        }
        func firstWords(_ list: some Sequence<String>) -> [String] {
            list.compactMap { $0.split(separator: " ").first.map(String.init) }
        }
        mark(firstWords(Vocabulary.ministryKinds.keys), .ministryKindStart)
        mark(firstWords(Vocabulary.officeKinds.keys), .officeKindStart)
        mark(firstWords(words.officeTitles.union(words.speakerTitles)), .titleStart)
        mark(["minister", "secretary"], .ministerial)
        mark(Vocabulary.placeNouns, .placeNoun)
        mark(RelationCues.objectStops, .objectStop)
        mark(Vocabulary.timeWords, .timeWord)
        mark(Vocabulary.commonCapitalized, .commonCapitalized)
        mark(Vocabulary.sentenceOpeners, .sentenceOpener)
        mark(Vocabulary.actorNouns.filter { !$0.contains(" ") }, .actorNoun)
        mark(firstWords(Vocabulary.actorNouns.filter { $0.contains(" ") }), .actorNounStart)
        mark(words.officeTitles.union(words.speakerTitles).flatMap { $0.split(separator: " ").map(String.init) }, .titleWord)
        mark(Vocabulary.titleModifiers, .titleModifier)
        mark(Vocabulary.honorifics, .honorific)
        mark(["ministry"], .ministry)
        mark(["office"], .office)
        mark(Vocabulary.administrativeUnits, .administrativeUnit)
        mark(words.organizationTails, .organizationTail)
        mark(Vocabulary.organizationHeads, .organizationHead)
        mark(Vocabulary.nameParticles, .nameParticle)
        mark(Vocabulary.nameConnectors, .nameConnector)
        mark(Vocabulary.eventHeads, .eventHead)
        mark(Vocabulary.geographicTails, .geographicTail)
        mark(Vocabulary.locativePrepositions, .locativePreposition)
    }
}
