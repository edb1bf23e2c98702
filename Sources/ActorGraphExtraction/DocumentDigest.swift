/// What the first pass keeps of one document: its distinct mention
/// signatures with counts, its bracketed acronyms, and its titled people
/// with the offices the document names. Built from the document's read
/// sentences, which are then dropped.
struct DocumentDigest: Sendable {
    /// A person written with a title ("President X"), and the countries of
    /// the roles with that title in the same article ("the Kenyan
    /// President"), which tell the office when the person's own mention
    /// names no country.
    struct TitledPerson: Hashable, Sendable {
        var person: MentionSignature
        /// Lowercased title.
        var title: String
        var roleCountries: Set<String>
    }

    /// Distinct signatures in order of first occurrence, and their counts.
    var signatures: [MentionSignature] = []
    var counts: [Int] = []
    /// Each mention's signature, as an index into `signatures`, mention by
    /// mention in sentence order: with the table's positions (see
    /// `MentionTable.add`) the second pass finds a mention's entity by index.
    var mentionSignatures: [Int32] = []
    /// Acronym -> cluster key, in the order the article gives them.
    var acronyms: [(String, String)] = []
    var titledPeople: [TitledPerson] = []
    /// Each titled person's signature, as an index into `signatures`.
    var titledSignatures: [Int32] = []

    init(sentences: [ReadSentence], resolver: EntityResolver) {
        var index = SignatureIndex(capacity: sentences.reduce(0) { $0 + $1.mentions.count })
        var roles: [String: Set<String>] = [:]
        var titled: [(MentionSignature, String, Int32)] = []
        for s in sentences {
            for m in s.mentions {
                let signature = MentionSignature(m)
                if let p = index.position(of: signature, among: signatures) {
                    counts[p] += 1
                    mentionSignatures.append(Int32(p))
                } else {
                    mentionSignatures.append(Int32(signatures.count))
                    signatures.append(signature)
                    counts.append(1)
                }
                if case .role(let title) = m.kind, let country = m.country {
                    roles[title.lowercased(), default: []].insert(country)
                }
                if m.kind == .person, !m.isSpeaker, let title = m.title, let local = mentionSignatures.last {
                    titled.append((signature, title.lowercased(), local))
                }
            }
        }
        acronyms = resolver.pairedAcronyms(sentences)
        var seen: Set<TitledPerson> = []
        for (person, title, local) in titled {
            let t = TitledPerson(person: person, title: title, roleCountries: roles[title] ?? [])
            if seen.insert(t).inserted {
                titledPeople.append(t)
                titledSignatures.append(local)
            }
        }
    }
}
