/// What the relation frames' cue lists say about one lowercased word, as
/// bits: looked up once per token in the first pass, with the recognizer's
/// (`TokenCues`), and kept with the sentence for the second, so each frame
/// tests a bit where it would otherwise hash every word of the sentence
/// into one set after another.
///
/// Built from the same lists the frames consult (`RelationCues`,
/// `Vocabulary` and a lexicon's `WordTables`), a user's verbs and titles
/// included, so each test reads as before: "the word is in the list".
struct FrameCues: OptionSet, Sendable, Equatable {
    let rawValue: UInt32

    /// In `WordTables.accuseVerbs`.
    static let accuseVerb = FrameCues(rawValue: 1 << 0)
    /// In `RelationCues.condemnVerbs`.
    static let condemnVerb = FrameCues(rawValue: 1 << 1)
    /// In `WordTables.denyVerbs`.
    static let denyVerb = FrameCues(rawValue: 1 << 2)
    /// In `RelationCues.rejectVerbs`.
    static let rejectVerb = FrameCues(rawValue: 1 << 3)
    /// In `RelationCues.accusationNouns`.
    static let accusationNoun = FrameCues(rawValue: 1 << 4)
    /// In `RelationCues.claimNouns`.
    static let claimNoun = FrameCues(rawValue: 1 << 5)
    /// In `WordTables.backVerbs`.
    static let backVerb = FrameCues(rawValue: 1 << 6)
    /// In `RelationCues.supportNouns`.
    static let supportNoun = FrameCues(rawValue: 1 << 7)
    /// In `RelationCues.supportVerbs`.
    static let supportVerb = FrameCues(rawValue: 1 << 8)
    /// In `RelationCues.allyNouns`.
    static let allyNoun = FrameCues(rawValue: 1 << 9)
    /// In `RelationCues.coChairNouns`.
    static let coChairNoun = FrameCues(rawValue: 1 << 10)
    /// "chaired", "co-chaired": a passive co-chair frame ("co-chaired by").
    static let chairedVerb = FrameCues(rawValue: 1 << 11)
    /// "co-chair", "co-chairs", "co-chairing": an active co-chair frame.
    static let coChairVerb = FrameCues(rawValue: 1 << 12)
    /// In `WordTables.speakerTitles`.
    static let speakerTitle = FrameCues(rawValue: 1 << 13)
    /// In `WordTables.officeTitles`.
    static let officeTitle = FrameCues(rawValue: 1 << 14)
    /// In `Vocabulary.titleModifiers`.
    static let titleModifier = FrameCues(rawValue: 1 << 15)
    /// In `RelationCues.negations` or `RelationCues.negatingVerbs`.
    static let negation = FrameCues(rawValue: 1 << 16)
    /// In `Vocabulary.determiners`.
    static let determiner = FrameCues(rawValue: 1 << 17)
    /// In `RelationCues.objectStops`.
    static let objectStop = FrameCues(rawValue: 1 << 18)
    /// In `RelationCues.passiveAuxiliaries`.
    static let passiveAuxiliary = FrameCues(rawValue: 1 << 19)
    /// In `RelationCues.personalPronouns` ("he", "she"): asked at the first
    /// words of every sentence (`SentenceView.mainSubject`).
    static let personalPronoun = FrameCues(rawValue: 1 << 20)
    /// In `RelationCues.foundingVerbs`.
    static let foundingVerb = FrameCues(rawValue: 1 << 21)
    /// In `RelationCues.subjectSkips`, `RelationCues.infinitiveLeads`,
    /// `Vocabulary.timeWords` or `Vocabulary.actorNouns`: the words a
    /// subject search steps over (`SentenceView.subject(before:)`). A
    /// token is one word, so only the one-word actor nouns can match.
    static let subjectSkip = FrameCues(rawValue: 1 << 22)
    /// The first word of a title in `WordTables.officeTitles` ("prime" of
    /// "prime minister"): where an office title can start
    /// (`RelationExtractor.officeTitle(at:_:)`).
    static let officeTitleStart = FrameCues(rawValue: 1 << 23)

    /// The word starts an accusation or denial frame.
    static let accusationFrames: FrameCues = [.accuseVerb, .condemnVerb, .denyVerb, .rejectVerb, .accusationNoun]
    /// The word starts a backing frame.
    static let supportFrames: FrameCues = [.supportNoun, .backVerb, .allyNoun]
    /// The word is a title or a title's modifier (`SentenceView.isTitleWord`).
    static let titleWord: FrameCues = [.officeTitle, .speakerTitle, .titleModifier]

    /// The cues of every word any of the lists name; a word absent has none.
    static func entries(words: WordTables) -> [String: FrameCues] {
        var table: [String: FrameCues] = [:]
        forEachCue(words: words) { table[$0, default: []].insert($1) }
        return table
    }

    /// Calls `body` with each word of each list and the list's cue (a word
    /// in several lists comes once for each): the lexicon files them in its
    /// one table of both kinds of cues (`TokenCues.table`) without a table
    /// of each kind first.
    static func forEachCue(words: WordTables, _ body: (String, FrameCues) -> Void) {
        func mark(_ list: some Sequence<String>, _ cue: FrameCues) {
            for w in list { body(w, cue) }
        }
        mark(words.accuseVerbs, .accuseVerb)
        mark(RelationCues.condemnVerbs, .condemnVerb)
        mark(words.denyVerbs, .denyVerb)
        mark(RelationCues.rejectVerbs, .rejectVerb)
        mark(RelationCues.accusationNouns, .accusationNoun)
        mark(RelationCues.claimNouns, .claimNoun)
        mark(words.backVerbs, .backVerb)
        mark(RelationCues.supportNouns, .supportNoun)
        mark(RelationCues.supportVerbs, .supportVerb)
        mark(RelationCues.allyNouns, .allyNoun)
        mark(RelationCues.coChairNouns, .coChairNoun)
        mark(["chaired", "co-chaired"], .chairedVerb)
        mark(["co-chair", "co-chairs", "co-chairing"], .coChairVerb)
        mark(words.speakerTitles, .speakerTitle)
        mark(words.officeTitles, .officeTitle)
        mark(words.officeTitles.compactMap { $0.split(separator: " ").first.map(String.init) }, .officeTitleStart)
        mark(Vocabulary.titleModifiers, .titleModifier)
        mark(RelationCues.negations.union(RelationCues.negatingVerbs), .negation)
        mark(Vocabulary.determiners, .determiner)
        mark(RelationCues.objectStops, .objectStop)
        mark(RelationCues.passiveAuxiliaries, .passiveAuxiliary)
        mark(RelationCues.personalPronouns, .personalPronoun)
        mark(RelationCues.foundingVerbs, .foundingVerb)
        mark(RelationCues.subjectSkips.union(RelationCues.infinitiveLeads).union(Vocabulary.timeWords)
            .union(Vocabulary.actorNouns.filter { !$0.contains(" ") }), .subjectSkip)
    }
}
