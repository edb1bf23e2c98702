import ActorGraphModel
import ActorGraphText

/// `holds-office` and `spokesperson-of`: titles before names, appositions
/// after them, possessives ("Putin's spokesman, Peskov").
extension RelationExtractor {
    /// Office titles that belong to the armed forces or a ministry; without a
    /// modifier they are read against the sentence's country.
    static let contextualTitles: Set<String> = [
        "general", "major general", "lieutenant general", "brigadier general", "major-general", "colonel",
        "lieutenant colonel", "major", "captain", "lieutenant", "admiral", "commander", "sergeant", "brigadier",
    ]

    func readOffices(_ v: SentenceView, _ sentence: Sentence, _ sink: inout RelationSink) {
        for (mi, m) in v.mentions.enumerated() where m.kind == .person && !m.isSpeaker {
            guard let title = m.title, let person = v.ids[mi] else { continue }
            var target: String?
            if let mod = m.modifier { target = v.actors[mod] }
            if target == nil { target = impliedOffices["\(person)|\(title.lowercased())"] }
            if target == nil, Self.contextualTitles.contains(title.lowercased()) {
                // "Azerbaijan's defence ministry said two officers, major general X ...".
                target = v.mentions.indices.first {
                    $0 < mi && v.actors[$0] != nil && [.country, .organization].contains(v.typeOf[v.actors[$0]!] ?? .place)
                }.flatMap { v.actors[$0] }
            }
            sink.add(person, .holdsOffice, target, confidence: 0.9, title: title, sentence: sentence)
        }
        readAppositiveOffices(v, sentence, &sink)
    }

    /// "Khalifa Haftar, the commander of the LNA", "Sergey Lavrov, Russia's
    /// foreign minister,": an office given in an apposition after the name.
    private func readAppositiveOffices(_ v: SentenceView, _ sentence: Sentence, _ sink: inout RelationSink) {
        for (mi, m) in v.mentions.enumerated() where m.kind == .person {
            guard let person = v.ids[mi], v.lower[m.tokens.upperBound] == "," else { continue }
            var k = m.tokens.upperBound + 1
            var holder: String?
            if let owner = v.head(startingAt: k), v.tokens.indices.contains(v.mentions[owner].tokens.upperBound),
               v.tokens[v.mentions[owner].tokens.upperBound].isPossessive {
                holder = v.actors[owner]
                k = v.mentions[owner].tokens.upperBound + 1
            } else {
                while Vocabulary.determiners.contains(v.lower[k]) { k += 1 }
            }
            while Vocabulary.titleModifiers.contains(v.lower[k]), !isOfficeTitle(at: k, v) { k += 1 }
            guard let t = officeTitle(at: k, v) else { continue }
            if holder == nil, v.lower[t.end] == "of", let o = v.object(after: t.end) { holder = v.actors[o] }
            sink.add(person, .holdsOffice, holder, confidence: 0.8, title: t.title, sentence: sentence)
        }
    }

    private func isOfficeTitle(at k: Int, _ v: SentenceView) -> Bool { officeTitle(at: k, v) != nil }

    /// The longest office title (not a speaker's) at `k`.
    private func officeTitle(at k: Int, _ v: SentenceView) -> (title: String, end: Int)? {
        // Only a title's first word can start one: the phrases are joined
        // and looked up only after that bit (they were 1% of a run).
        guard v.cue(k).contains(.officeTitleStart) else { return nil }
        for len in stride(from: 4, through: 1, by: -1) {
            let phrase = (k..<(k + len)).map { v.lower[$0] }.joined(separator: " ")
            if words.officeTitles.contains(phrase) {
                return (SentenceReader.titleCase(phrase), k + len)
            }
        }
        return nil
    }

    func readSpeakers(_ v: SentenceView, _ sentence: Sentence, _ sink: inout RelationSink) {
        // Pre-modified: "defence ministry spokeswoman X", "Azerbaijani presidential aide X", "Putin's spokesman, X".
        for (mi, m) in v.mentions.enumerated() where m.kind == .person && m.isSpeaker {
            guard let mod = m.modifier, let speaker = v.ids[mi] else { continue }
            sink.add(speaker, .spokespersonOf, spokenFor(title: m.title, modifier: mod, v), confidence: 0.9, sentence: sentence)
        }
        // Apposition after the name: "Maria Zakharova, the Russian foreign ministry spokeswoman".
        for (mi, m) in v.mentions.enumerated() where m.kind == .person && v.lower[m.tokens.upperBound] == "," {
            guard let speaker = v.ids[mi] else { continue }
            var k = m.tokens.upperBound + 1
            while Vocabulary.determiners.contains(v.lower[k]) { k += 1 }
            guard let body = v.head(startingAt: k) else { continue }
            var t = v.mentions[body].tokens.upperBound
            while v.cue(t).contains(.titleModifier) && !v.cue(t).contains(.speakerTitle) { t += 1 }
            if isSpeakerTitle(at: t, v) {
                sink.add(speaker, .spokespersonOf, spokenFor(title: v.lower[t], modifier: body, v), confidence: 0.85, sentence: sentence)
            }
        }
        // Appositions: "X, a spokesman for Y", "A spokeswoman for Y, X,", "The advisor to Y, Z, X".
        for k in 0..<v.count where isSpeakerTitle(at: k, v) {
            guard k + 1 < v.count, ["for", "to", "of"].contains(v.lower[k + 1]), let t = v.object(after: k + 1) else { continue }
            if v.mentions.contains(where: { $0.kind == .person && $0.isSpeaker && $0.tokens.contains(k) }) { continue }
            var j = k - 1
            while j >= 0, Vocabulary.determiners.contains(v.lower[j]) || Vocabulary.titleModifiers.contains(v.lower[j]) { j -= 1 }
            if j >= 0, v.tokens[j].text == ",", let p = v.head(endingAt: j), v.idTypes[p] == .person {
                sink.add(v.ids[p], .spokespersonOf, v.actors[t], confidence: 0.9, sentence: sentence)
                continue
            }
            // The speaker follows: collect the comma-separated people after Y.
            var people: [Int] = []
            var e = v.end(of: t)
            while e + 1 < v.count, v.tokens[e].text == ",", let p = v.head(startingAt: e + 1), v.idTypes[p] == .person {
                people.append(p)
                e = v.end(of: p)
            }
            guard let speaker = people.last else { continue }
            // "The advisor to the Azerbaijani President, Ilham Aliyev, Hikmat Hajiyev": the first names the role.
            let spoken = people.count >= 2 ? v.ids[people[0]] : v.actors[t]
            sink.add(v.ids[speaker], .spokespersonOf, spoken, confidence: 0.85, sentence: sentence)
        }
    }

    private func isSpeakerTitle(at k: Int, _ v: SentenceView) -> Bool {
        v.cue(k).contains(.speakerTitle)
    }

    /// Whom a speaker speaks for: a "presidential" aide for the president of
    /// the modifier's country (or the country), otherwise the modifier.
    private func spokenFor(title: String?, modifier mod: Int, _ v: SentenceView) -> String? {
        let lowered = title?.lowercased() ?? ""
        for (adjective, office) in Vocabulary.officeAdjectives where lowered.hasPrefix(adjective) {
            guard let cid = v.actors[mod].flatMap({ country(of: $0) }) else { break }
            return officeHolders["\(cid)|\(office)"] ?? cid
        }
        return v.actors[mod]
    }
}
