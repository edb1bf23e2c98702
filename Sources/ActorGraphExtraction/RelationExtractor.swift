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

    struct DocumentState {
        var accusations: [(source: String, target: String)] = []
        var lastPerson: String?
    }

    init(resolution: Resolution, sentences: [ReadSentence]) {
        self.resolution = resolution
        self.officeHolders = Self.officeHolders(resolution, sentences)
    }

    /// Holders of titled offices: "Armenian Prime Minister Nikol Pashinyan".
    static func officeHolders(_ res: Resolution, _ sentences: [ReadSentence]) -> [String: String] {
        var found: [String: Set<String>] = [:]
        for (si, s) in sentences.enumerated() {
            for (mi, m) in s.mentions.enumerated() where m.kind == .person && !m.isSpeaker {
                guard let title = m.title, let country = m.country, let cid = res.polityID[country],
                      let pid = res.entityOf[MentionSite(document: s.document, sentence: si, mention: mi)] else { continue }
                found["\(cid)|\(title.lowercased())", default: []].insert(pid)
            }
        }
        return found.compactMapValues { $0.count == 1 ? $0.first : nil }
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
        return SentenceView(tokens: s.sentence.tokens, lower: s.sentence.tokens.map { $0.text.lowercased() },
                            mentions: s.mentions, ids: ids, actors: actors, typeOf: resolution.typeOf,
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
