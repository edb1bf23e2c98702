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

    init(resolution: Resolution, titledPeople: [(person: DocumentDigest.TitledPerson, position: Int32)], words: WordTables = .standard) {
        self.resolution = resolution
        self.words = words
        (self.officeHolders, self.impliedOffices) = Self.offices(resolution, titledPeople)
    }

    /// Holders of titled offices: "Armenian Prime Minister Nikol Pashinyan";
    /// and "President X" whose article names the office with its country
    /// elsewhere ("a spokesman for the Kenyan President"), when only one.
    static func offices(_ res: Resolution, _ titledPeople: [(person: DocumentDigest.TitledPerson, position: Int32)])
        -> (holders: [String: String], implied: [String: String]) {
        var found: [String: Set<String>] = [:]
        var untold: [(person: String, title: String, countries: Set<String>)] = []
        // Read in place: each titled person taken out of the list was a copy.
        titledPeople.withUnsafeBufferPointer { titled in
            for k in titled.indices {
                guard let pid = res.entityOf[position: titled[k].position] else { continue }
                if let cid = titled[k].person.person.country.flatMap({ res.polityID[$0] }) {
                    found["\(cid)|\(titled[k].person.title)", default: []].insert(pid)
                } else {
                    untold.append((pid, titled[k].person.title, Set(titled[k].person.roleCountries.compactMap { res.polityID[$0] })))
                }
            }
        }
        var implied: [String: String] = [:]
        for u in untold {
            guard u.countries.count == 1, let cid = u.countries.first else { continue }
            implied["\(u.person)|\(u.title)"] = cid
            found["\(cid)|\(u.title)", default: []].insert(u.person)
        }
        return (found.compactMapValues { $0.count == 1 ? $0.first : nil }, implied)
    }

    /// Relations of one document, from its sentences in order;
    /// `signaturePositions` holds each mention's position in the mention
    /// table, mention by mention (see `ReadDocument`).
    func relations(of document: Document, sentences: [ReadSentence], signaturePositions: [Int32]) -> [Relation] {
        var sink = RelationSink(document: document)
        var state = DocumentState()
        var next = 0
        for s in sentences {
            let positions = signaturePositions[next..<(next + s.mentions.count)]
            next += s.mentions.count
            let view = makeView(s, state: state, signaturePositions: positions)
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

    func makeView(_ s: ReadSentence, state: DocumentState, signaturePositions: ArraySlice<Int32>) -> SentenceView {
        let ids = signaturePositions.map { resolution.entityOf[position: $0] }
        let idTypes = signaturePositions.map { resolution.entityOf[typeAt: $0] }
        let actors = s.mentions.indices.map { actorID(s.mentions[$0], ids[$0]) }
        return SentenceView(tokens: s.sentence.tokens, lower: Words(s.lower), cues: s.frameCues,
                            mentions: s.mentions, ids: ids, idTypes: idTypes, actors: actors, typeOf: resolution.typeOf,
                            pronounReferent: state.lastPerson)
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
