import ActorGraphModel
import ActorGraphText

/// Reads relations from resolved sentences, one document at a time, with
/// frames for each relation type (see the `RelationExtractor+` files).
///
/// Document state carries what a reader remembers: the accusations so far
/// (a later denial answers them) and the last person named (for "he"/"she").
struct RelationExtractor {
    let resolution: Resolution
    /// "country id|title" -> the person holding that office, where one does.
    let officeHolders: [String: String]
    /// "person id|title" -> the polity of an office written without one
    /// ("President X" in an article that speaks of "the Kenyan President").
    let impliedOffices: [String: String]
    /// Titles and cue verbs, a user lexicon's included.
    let words: WordTables

    struct DocumentState {
        var accusations: [(source: String, target: String)] = []
        var lastPerson: String?
    }

    init(resolution: Resolution, sentences: [ReadSentence], words: WordTables = .standard) {
        self.resolution = resolution
        self.words = words
        (self.officeHolders, self.impliedOffices) = Self.offices(resolution, sentences)
    }

    /// Holders of titled offices: "Armenian Prime Minister Nikol Pashinyan";
    /// and "President X" whose article names the office with its country
    /// elsewhere ("a spokesman for the Kenyan President"), when only one.
    static func offices(_ res: Resolution, _ sentences: [ReadSentence]) -> (holders: [String: String], implied: [String: String]) {
        var found: [String: Set<String>] = [:]
        var roles: [Int: [String: Set<String>]] = [:]
        var untold: [(document: Int, person: String, title: String)] = []
        for (si, s) in sentences.enumerated() {
            for (mi, m) in s.mentions.enumerated() {
                if case .role(let title) = m.kind, let cid = m.country.flatMap({ res.polityID[$0] }) {
                    roles[s.document, default: [:]][title.lowercased(), default: []].insert(cid)
                }
                guard m.kind == .person, !m.isSpeaker, let title = m.title,
                      let pid = res.entityOf[MentionSite(document: s.document, sentence: si, mention: mi)] else { continue }
                if let cid = m.country.flatMap({ res.polityID[$0] }) {
                    found["\(cid)|\(title.lowercased())", default: []].insert(pid)
                } else {
                    untold.append((s.document, pid, title.lowercased()))
                }
            }
        }
        var implied: [String: String] = [:]
        for u in untold {
            guard let countries = roles[u.document]?[u.title], countries.count == 1, let cid = countries.first else { continue }
            implied["\(u.person)|\(u.title)"] = cid
            found["\(cid)|\(u.title)", default: []].insert(u.person)
        }
        return (found.compactMapValues { $0.count == 1 ? $0.first : nil }, implied)
    }

    /// Relations of one document's sentences (`indices` into `sentences`).
    func relations(of document: Document, sentences: [ReadSentence], indices: [Int]) -> [Relation] {
        var sink = RelationSink(document: document)
        var state = DocumentState()
        for si in indices {
            let s = sentences[si]
            let view = makeView(s, sentenceIndex: si, state: state)
            readOffices(view, s.sentence, &sink)
            readSpeakers(view, s.sentence, &sink)
            readAccusations(view, s.sentence, &sink, &state)
            readSupport(view, s.sentence, &sink)
            readCoChairs(view, s.sentence, &sink)
            readGeography(view, s.sentence, &sink)
            readMembership(view, s.sentence, &sink)
            if let p = view.mentions.indices.last(where: { view.mentions[$0].kind == .person && view.ids[$0] != nil }) {
                state.lastPerson = view.ids[p]
            }
        }
        return Array(sink.edges.values)
    }

    func makeView(_ s: ReadSentence, sentenceIndex si: Int, state: DocumentState) -> SentenceView {
        let ids = s.mentions.indices.map { resolution.entityOf[MentionSite(document: s.document, sentence: si, mention: $0)] }
        let actors = s.mentions.indices.map { actorID(s.mentions[$0], ids[$0]) }
        return SentenceView(tokens: s.sentence.tokens, lower: Words(s.sentence.tokens.map { $0.text.lowercased() }),
                            mentions: s.mentions, ids: ids, actors: actors, typeOf: resolution.typeOf,
                            pronounReferent: state.lastPerson, words: words)
    }

    /// The entity a mention stands for when it acts: a capital's government,
    /// a role's holder (or its country), otherwise the entity itself.
    func actorID(_ m: Mention, _ id: String?) -> String? {
        switch m.kind {
        case .capital:
            return m.country.flatMap { resolution.polityID[$0] } ?? id
        case .role(let title):
            guard let cid = m.country.flatMap({ resolution.polityID[$0] }) else { return nil }
            return officeHolders["\(cid)|\(title.lowercased())"] ?? cid
        default:
            return id
        }
    }

    /// The country an actor belongs to: itself for a country, a body's or a
    /// titled person's country otherwise.
    func country(of id: String) -> String? {
        if resolution.typeOf[id] == .country { return id }
        return resolution.countryOfEntity[id].flatMap { resolution.polityID[$0] }
    }
}
