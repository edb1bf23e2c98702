import ActorGraphModel
import ActorGraphText

/// Readers for phrases led by a modifier, for titled people and bodies.
extension SentenceReader {
    /// The mention a lexicon entry makes at `tokens`.
    func mention(for entry: GazetteerEntry, surface: String, tokens r: Range<Int>) -> Mention {
        let kind: Mention.Kind
        switch entry.role {
        case .countryName, .demonym: kind = .country
        case .capital: kind = .capital
        case .place: kind = .place
        case .organization: kind = .organization
        case .person: kind = .person
        }
        var m = Mention(kind: kind, surface: surface, name: entry.name, tokens: r, country: entry.country)
        m.isAdjective = entry.role == .demonym
        m.afterLocative = isAfterLocative(r.lowerBound)
        if kind == .capital { m.isActing = isActing(r) }
        return m
    }

    /// A verb of saying or doing after the phrase, or a relation verb before
    /// it: "Baku said", "Yerevan also accused", "accused Nairobi of".
    func isActing(_ r: Range<Int>) -> Bool {
        var k = r.upperBound
        if isPossessive(k) { return false }
        while RelationCues.subjectSkips.contains(lower[k]) && !["has", "have", "had", "was", "is", "will", "would"].contains(lower[k]) { k += 1 }
        if RelationCues.actingVerbs.contains(lower[k]) { return true }
        var j = r.lowerBound - 1
        while j >= 0, Vocabulary.determiners.contains(lower[j]) { j -= 1 }
        return j >= 0 && RelationCues.actingObjectsOf.contains(lower[j])
    }

    func isAfterLocative(_ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, lower[k] == "the" { k -= 1 }
        return k >= 0 && cue(k).contains(.locativePreposition)
    }

    // MARK: - Modifier-led phrases

    /// "Armenian Prime Minister Nikol Pashinyan", "Armenia's defence ministry",
    /// "Azeri forces", "the Azerbaijani town of Barda", "Putin's spokesman, X",
    /// "the Tavush province town of Berd".
    mutating func readModifiedPhrase(at i: Int) -> Int? {
        // Every modifier starts with a capital; most words are ruled out here,
        // before a large result is made.
        guard isCapWord(i), let mod = readModifier(at: i) else { return nil }
        let modIndex = append(mod.mention)
        var j = mod.end
        if mod.possessive { j += 1 }
        // "U.S.-brokered": the compound split by the tokenizer.
        if !mod.possessive, j + 1 < count, tokens[j].text == "-", tokens[j].end == tokens[j + 1].start,
           isWord(j + 1), !tokens[j + 1].isCapitalized {
            mentions[modIndex].compoundCue = lower[j + 1]
            return j + 2
        }
        if mod.mention.kind != .person, let end = actorNoun(at: j) {
            mentions[modIndex].isActorPhrase = true
            return end
        }
        let k = j
        if let end = readPlaceNoun(at: k, container: modIndex) { return end }
        if let end = readBodyTitleName(at: k, modifier: modIndex, start: i) { return end }
        return mod.end
    }

    /// The end of an actor noun ("forces", "border guards") at `i`.
    func actorNoun(at i: Int) -> Int? {
        if i + 1 < count, cue(i).contains(.actorNounStart), Vocabulary.actorNouns.contains(lower[i] + " " + lower[i + 1]) { return i + 2 }
        if i < count, isWord(i), !tokens[i].isCapitalized, cues[i].contains(.actorNoun) { return i + 1 }
        return nil
    }

    /// A modifier at `i`: a lexicon entry that a body, title, place noun or
    /// actor noun follows, or a name followed by "'s" and a title or body, or
    /// a name followed by an administrative word ("Tavush province").
    func readModifier(at i: Int) -> (mention: Mention, end: Int, possessive: Bool)? {
        guard isCapWord(i) else { return nil }
        if let g = gazetteer(at: i) {
            let possessive = isPossessive(g.end)
            let next = possessive ? g.end + 1 : g.end
            if possessive || body(at: next) != nil || title(at: next) != nil || actorNoun(at: next) != nil
                || isPlaceNounOf(next) || (next + 1 < count && tokens[next].text == "-") {
                return (mention(for: g.entry, surface: text(i..<g.end), tokens: i..<g.end), g.end, possessive)
            }
            return nil
        }
        // A name run followed by "'s" and a title or body: "Putin's spokesman".
        var e = i
        while isNameWord(e), e - i < 4 { e += 1 }
        guard e > i else { return nil }
        let r = i..<e
        if isPossessive(e), body(at: e + 1) != nil || title(at: e + 1) != nil {
            let kind: Mention.Kind = r.count >= 2 ? .person : .single
            var m = Mention(kind: kind, surface: text(r), name: text(r), tokens: r)
            m.sentenceInitial = isSentenceInitial(i)
            m.isOwner = true
            return (m, e, true)
        }
        // "LNA spokesman Ahmed al-Mismari": an organization named before a title and a name.
        if r.count <= 3, let t = title(at: e), t.end < count, !isSentenceInitial(i) || r.count == 1 && tokens[i].isAllCaps,
           isNameWord(t.end) || title(at: t.end) != nil {
            let isOrganization = tokens[i].isAllCaps || cues[e - 1].contains(.organizationTail)
            var m = Mention(kind: isOrganization ? .organization : .single, surface: text(r), name: text(r), tokens: r)
            m.isOwner = true
            return (m, e, false)
        }
        // "Tavush province", "Barda region": a place named before its administrative word.
        if e < count, isWord(e), !tokens[e].isCapitalized, cues[e].contains(.administrativeUnit),
           !r.contains(where: { cues[$0].contains(.organizationTail) }) {
            var m = Mention(kind: .place, surface: text(i..<(e + 1)), name: text(r), tokens: i..<(e + 1))
            m.placeCue = true
            return (m, e + 1, false)
        }
        return nil
    }

    func isPlaceNounOf(_ i: Int) -> Bool { placeNounOf(from: i) != nil }

    // MARK: - Bodies, titles and names

    /// After an optional modifier: a body, then a title, then a name, in any
    /// leading subset ("defence ministry spokeswoman Shushan Stepanyan",
    /// "major general Polad Hashimov", "the Azeri President").
    mutating func readBodyTitleName(at j: Int, modifier: Int?, start: Int) -> Int? {
        guard j < count else { return nil }
        // What every body and title reader needs at `j`; most words have none of it.
        guard isCapWord(j) || !cues[j].isDisjoint(with: Self.bodyOrTitleStarts) || cue(j + 1).contains(.ministerial) else { return nil }
        let b = body(at: j)
        let k = b?.end ?? j
        var t = title(at: k)
        if t == nil, k < count, cues[k].contains(.titleModifier) { t = title(at: k + 1) }
        guard b != nil || t != nil else { return nil }
        // Only now that a body or title needs it: a place's country takes a lexicon lookup.
        let modCountry = modifier.flatMap { countryOf(mentions[$0]) }
        var bodyIndex: Int?
        if let b {
            let r = (modifier.map { mentions[$0].tokens.lowerBound } ?? j)..<b.end
            var m = Mention(kind: .governmentBody(kind: b.kind), surface: text(r), name: bodyName(kind: b.kind, isOffice: b.isOffice, country: modCountry), tokens: r, country: modCountry)
            m.modifier = modifier
            bodyIndex = append(m)
        }
        guard let t else { return bodyIndex == nil ? nil : k }
        var n = t.end
        // Stacked titles and ranks: "Chief of General Staff Major General X", "spokesman Colonel X".
        while let more = title(at: n) ?? (n < count && cues[n].contains(.titleModifier) ? title(at: n + 1) : nil) {
            n = more.end
        }
        if n + 1 < count, tokens[n].text == ",", (modifier != nil || bodyIndex != nil), isNameWord(n + 1) { n += 1 }
        while n < count, cues[n].contains(.honorific) {
            n += 1
            if n < count, tokens[n].text == "." || tokens[n].text == "'" || tokens[n].text == "\u{2019}" { n += 1 }
        }
        if let run = personRun(at: n) {
            var p = Mention(kind: .person, surface: text(run), name: text(run), tokens: (bodyIndex.map { mentions[$0].tokens.lowerBound } ?? start)..<run.upperBound)
            p.title = t.title
            p.isSpeaker = t.isSpeaker
            p.modifier = bodyIndex ?? modifier
            p.country = modCountry
            p.surface = text(run)
            _ = append(p)
            return run.upperBound
        }
        if bodyIndex == nil, let modifier, !t.isSpeaker, modCountry != nil || mentions[modifier].kind == .single {
            var role = Mention(kind: .role(title: t.title), surface: text(start..<t.end), name: t.title, tokens: start..<t.end, country: modCountry)
            role.modifier = modifier
            _ = append(role)
            return t.end
        }
        if bodyIndex == nil, modifier == nil { return nil }
        return t.end
    }

    /// The cues of a word a body or title can start at, when it is not
    /// capitalized and the next word is not "minister" or "secretary".
    static let bodyOrTitleStarts: WordCues = [.ministryKindStart, .officeKindStart, .ministry, .titleStart, .titleModifier]

    /// The polity a mention stands for or belongs to, if any: a country, a
    /// capital's country, or a place in its own right ("the Nagorno-Karabakh
    /// defence ministry" is Nagorno-Karabakh's, not its container's).
    func countryOf(_ m: Mention) -> String? {
        switch m.kind {
        case .country, .capital: return m.country
        case .place, .single: return lexicon.entry(forKey: Lexicon.key(m.name)).map(\.name) ?? m.name
        case .governmentBody, .organization: return m.country
        default: return nil
        }
    }

    /// A person's name at `i`: 1-4 name words with particles ("Ahmed
    /// al-Mismari"), not ending in an organization word.
    func personRun(at i: Int) -> Range<Int>? {
        var e = i
        while e < count, e - i < 5 {
            if isNameWord(e), !hasGazetteer(at: e) || e > i { e += 1; continue }
            if isWord(e), isParticle(e), isNameWord(e + 1) || tokens[e].text.contains("-") { e += 1; continue }
            break
        }
        guard e > i else { return nil }
        if cues[e - 1].contains(.organizationTail) { return nil }
        return i..<e
    }

    func isParticle(_ i: Int) -> Bool {
        if cue(i).contains(.nameParticle) { return true }
        let l = lower[i]
        // Most words have no hyphen: a byte scan rules them out before a scan by Character.
        if l.containsUTF8(0x2D), let dash = l.firstIndex(of: "-") { return Vocabulary.nameParticles.contains(String(l[..<dash])) }
        return false
    }
}
