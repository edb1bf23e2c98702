import ActorGraphModel
import ActorGraphText

/// The fallback reader: a run of capitalized words, typed by the lexicon,
/// by the words it ends or starts with, and by what follows it.
extension SentenceReader {
    mutating func readNameRun(at i: Int) -> Int? {
        guard isNameWord(i) || (isCapWord(i) && hasGazetteer(at: i)) else { return nil }
        if let g = gazetteer(at: i) {
            if let org = organizationExtension(from: i, after: g.end) { return org }
            var m = mention(for: g.entry, surface: text(i..<g.end), tokens: i..<g.end)
            m.sentenceInitial = isSentenceInitial(i)
            _ = append(m)
            return g.end
        }
        var e = i
        while e < count {
            if isNameWord(e) { e += 1; continue }
            if e > i, isWord(e), isParticle(e), isNameWord(e + 1) || tokens[e].text.contains("-") { e += 1; continue }
            // "European Court of Human Rights", "Organization for Security and ...".
            if e > i, cue(e).contains(.nameConnector), hasOrganizationWord(i..<e) {
                var k = e + 1
                if k < count, lower[k] == "the" { k += 1 }
                if isNameWord(k) { e = k; continue }
            }
            // "Prosecutor's Office", "People's Army".
            if e > i, isPossessive(e), isNameWord(e + 1), (e + 1..<min(count, e + 4)).contains(where: { cues[$0].contains(.organizationTail) }) {
                e += 1
                continue
            }
            break
        }
        guard e > i else { return nil }
        if let org = organizationExtension(from: i, after: e) { return org }
        classifyRun(i..<e)
        return e
    }

    func hasOrganizationWord(_ r: Range<Int>) -> Bool {
        r.contains { !cue($0).isDisjoint(with: [.organizationHead, .organizationTail]) }
    }

    /// A name continued by organization words: "Minsk Group", "Minsk group",
    /// "OSCE Minsk Group", "Ria Novosti news agency". Returns the end, having
    /// appended the organization.
    mutating func organizationExtension(from i: Int, after e: Int) -> Int? {
        var k = e
        // Capitalized continuation ending in an organization word.
        var last: Int?
        while isNameWord(k) || (isCapWord(k) && hasGazetteer(at: k))
                || (k > e && isPossessive(k) && isNameWord(k + 1)) {
            if cues[k].contains(.organizationTail) { last = k }
            k += 1
        }
        if var last, last >= e {
            // "United Nations Support Mission in Libya".
            while last + 2 < count, ["in", "of", "for", "on"].contains(lower[last + 1]), isCapWord(last + 2),
                  !cues[last + 2].contains(.timeWord) {
                var j = last + 2
                while isNameWord(j) || (isCapWord(j) && hasGazetteer(at: j)) { j += 1 }
                last = j - 1
            }
            appendOrganization(i..<(last + 1), name: text(i..<(last + 1)))
            return last + 1
        }
        // Lowercase organization word: "Minsk group" (part of the name) or
        // "Ria Novosti news agency" (a description).
        if e < count, isWord(e), !tokens[e].isCapitalized, !isCountryWord(at: i) {
            if e + 1 < count, lower[e] == "news", lower[e + 1] == "agency" {
                appendOrganization(i..<e, name: text(i..<e))
                return e + 2
            }
            if Self.namePartWords.contains(lower[e]) {
                let name = text(i..<e) + " " + lower[e].prefix(1).uppercased() + lower[e].dropFirst()
                appendOrganization(i..<(e + 1), name: name)
                return e + 1
            }
            if ["newspaper", "broadcaster", "daily", "channel", "agency"].contains(lower[e]), gazetteer(at: i)?.entry.type != .country {
                appendOrganization(i..<e, name: text(i..<e))
                return e + 1
            }
        }
        return nil
    }

    /// Lowercase organization words that belong to the name before them
    /// ("Minsk group" is the "Minsk Group"); built once, not at every call.
    static let namePartWords: Set<String> = ["group", "council", "committee", "court", "party", "movement", "alliance", "coalition", "militia", "front"]

    mutating func appendOrganization(_ r: Range<Int>, name: String) {
        var name = name
        var r = r
        if lower[r.lowerBound] == "the", r.count > 1 {
            r = (r.lowerBound + 1)..<r.upperBound
            if name.lowercased().hasPrefix("the ") { name = String(name.dropFirst(4)) }
        }
        var m = Mention(kind: .organization, surface: text(r), name: name, tokens: r)
        m.sentenceInitial = isSentenceInitial(r.lowerBound)
        // "OSCE Minsk Group": the leading known organization is its parent.
        if let g = gazetteer(at: r.lowerBound), g.end < r.upperBound, g.entry.type == .organization {
            let parent = append(mention(for: g.entry, surface: text(r.lowerBound..<g.end), tokens: r.lowerBound..<g.end))
            m.modifier = parent
        } else if let g = gazetteer(at: r.lowerBound), g.end < r.upperBound, g.entry.type == .country,
                  Vocabulary.stateInstitutions.contains((g.end..<r.upperBound).map { lower[$0] }.joined(separator: " ")) {
            m.country = g.entry.country
        }
        _ = append(m)
    }

    /// Types a run that no lexicon entry covers.
    mutating func classifyRun(_ run: Range<Int>) {
        var r = run
        if lower[r.lowerBound] == "the", r.count > 1 { r = (r.lowerBound + 1)..<r.upperBound }
        guard !r.isEmpty else { return }
        let firstWord = lower[r.lowerBound], lastWord = lower[r.upperBound - 1]
        let first = cues[r.lowerBound], last = cues[r.upperBound - 1]
        let surface = text(r)
        let after = r.upperBound
        // "Operation Iron Swords", "Battle of Bakhmut": an event, not an actor.
        if first.contains(.eventHead), r.count > 1 { return }
        if first.contains(.organizationHead) && r.count > 1 || last.contains(.organizationTail) && r.count > 1 {
            appendOrganization(r, name: surface)
            return
        }
        if last.contains(.geographicTail), r.count > 1 {
            var m = Mention(kind: .place, surface: surface, name: surface, tokens: r)
            m.placeCue = true
            _ = append(m)
            return
        }
        if last.contains(.administrativeUnit), r.count > 1 {
            var m = Mention(kind: .place, surface: surface, name: text(r.lowerBound..<(r.upperBound - 1)), tokens: r)
            m.placeCue = true
            _ = append(m)
            return
        }
        if r.count == 1, tokens[r.lowerBound].isAllCaps, !Vocabulary.nonAcronyms.contains(firstWord) {
            appendOrganization(r, name: surface)
            return
        }
        if r.count >= 2 {
            // "Central Asian", "Latin American": the adjective of a known region, not a person.
            if lastWord.hasSuffix("n"), lexicon.entry(forKey: Lexicon.key(String(surface.dropLast()))) != nil { return }
            var m = Mention(kind: .person, surface: surface, name: surface, tokens: r)
            m.isVessel = Vocabulary.vesselNouns.contains(lower[r.lowerBound - 1])
            _ = append(m)
            return
        }
        var m = Mention(kind: .single, surface: surface, name: surface, tokens: r)
        m.sentenceInitial = isSentenceInitial(r.lowerBound)
        m.afterLocative = isAfterLocative(r.lowerBound) || isCoordinatedWithPlace(r.lowerBound)
        m.placeCue = isPlaceApposition(after: after)
        if let end = actorNoun(at: after), end > after { m.isActorPhrase = true }
        _ = append(m)
    }

    /// "in Martuni and Askeran": a word joined by "and" to a place reads as one.
    func isCoordinatedWithPlace(_ i: Int) -> Bool {
        guard i >= 2, lower[i - 1] == "and" || lower[i - 1] == "or" || tokens[i - 1].text == "," else { return false }
        guard let p = mentions.indices.last, mentions[p].tokens.upperBound == i - 1 else { return false }
        return mentions[p].afterLocative || mentions[p].placeCue || mentions[p].kind == .place
    }

    /// ", the second city in the country", ", a town in ...": a place apposition.
    func isPlaceApposition(after i: Int) -> Bool {
        guard i + 1 < count, tokens[i].text == "," else { return false }
        var k = i + 1
        guard lower[k] == "the" || lower[k] == "a" || lower[k] == "an" else { return false }
        k += 1
        for _ in 0..<3 where k < count {
            if Vocabulary.placeNouns.contains(lower[k]) { return true }
            k += 1
        }
        return false
    }
}
