import ActorGraphModel
import ActorGraphText

/// The phrase readers: each tries to read one construction at a position and
/// returns the position after it, or nil to let the next reader try.
extension SentenceReader {
    mutating func readPhrase(at i: Int) -> Int {
        guard tokens[i].kind == .word else { return i + 1 }
        if let next = readCompound(at: i) { return next }
        if let next = readMinistryOf(at: i) { return next }
        if let next = readPlaceNoun(at: i, container: nil) { return next }
        if let next = readModifiedPhrase(at: i) { return next }
        if let next = readBodyTitleName(at: i, modifier: nil, start: i) { return next }
        if let next = readNameRun(at: i) { return next }
        return i + 1
    }

    // MARK: - Compounds: "Iran-backed", "UN-brokered"

    mutating func readCompound(at i: Int) -> Int? {
        guard tokens[i].isCapitalized else { return nil }
        let word = tokens[i].text
        // Most words have no hyphen: a byte scan rules them out before a scan by Character.
        guard word.containsUTF8(0x2D), let dash = word.lastIndex(of: "-") else { return nil }
        let prefix = String(word[..<dash])
        let suffix = String(word[word.index(after: dash)...])
        guard let first = suffix.first, first.isLowercase,
              let entry = lexicon.entry(forKey: Lexicon.key(prefix)) else { return nil }
        var m = mention(for: entry, surface: prefix, tokens: i..<(i + 1))
        m.compoundCue = suffix.lowercased()
        _ = append(m)
        return i + 1
    }

    // MARK: - "Ministry of Defence of Armenia"

    mutating func readMinistryOf(at i: Int) -> Int? {
        guard !cue(i).isDisjoint(with: [.ministry, .office]), i + 2 < count, lower[i + 1] == "of",
              let kind = kindPhrase(at: i + 2, in: Vocabulary.ministryKinds, startingWith: .ministryKindStart) else { return nil }
        var end = kind.end
        var country: String?
        var modifierIndex: Int?
        if end + 1 < count, lower[end] == "of" {
            let k = skipDeterminers(end + 1)
            if let g = gazetteer(at: k), g.entry.type == .country || g.entry.type == .place {
                modifierIndex = append(mention(for: g.entry, surface: text(k..<g.end), tokens: k..<g.end))
                country = g.entry.type == .country ? g.entry.country : g.entry.name
                end = g.end
            }
        }
        var body = Mention(kind: .governmentBody(kind: kind.value), surface: text(i..<end), name: "", tokens: i..<end, country: country)
        body.modifier = modifierIndex
        body.name = bodyName(kind: kind.value, isOffice: lower[i] == "office", country: country)
        _ = append(body)
        return end
    }

    /// Longest phrase of 1-2 words at `i` found in `table` (lowercased keys);
    /// `start` is the cue of the first words of its keys, which rules out
    /// most words before any phrase is built.
    func kindPhrase(at i: Int, in table: [String: String], startingWith start: WordCues) -> (value: String, end: Int)? {
        guard cue(i).contains(start) else { return nil }
        for len in stride(from: min(2, count - i), through: 1, by: -1) {
            let r = i..<(i + len)
            guard tokens[r].allSatisfy({ $0.kind == .word }) else { continue }
            if let v = table[r.map { lower[$0] }.joined(separator: " ")] { return (v, i + len) }
        }
        return nil
    }

    /// A government body at `i`: "defence ministry", "Interior Ministry",
    /// "prosecutor general's office". Plural "ministries" names no one body.
    func body(at i: Int) -> (kind: String, end: Int, isOffice: Bool)? {
        if let k = kindPhrase(at: i, in: Vocabulary.ministryKinds, startingWith: .ministryKindStart), k.end < count, cues[k.end].contains(.ministry) {
            return (k.value, k.end + 1, false)
        }
        // "Fisheries Ministry"; "Ministry of Fisheries", "Ministry of Foreign Affairs".
        if isCapWord(i), i + 1 < count, cues[i + 1].contains(.ministry), !hasGazetteer(at: i), !cues[i].contains(.sentenceOpener) {
            return (tokens[i].text, i + 2, false)
        }
        if cue(i).contains(.ministry), i + 2 < count, lower[i + 1] == "of" {
            if let k = kindPhrase(at: i + 2, in: Vocabulary.ministryKinds, startingWith: .ministryKindStart) { return (k.value, k.end, false) }
            var e = i + 2
            while isCapWord(e) && !hasGazetteer(at: e) || (e > i + 2 && lower[e] == "and" && isCapWord(e + 1)) { e += 1 }
            if e > i + 2 { return (text((i + 2)..<e), e, false) }
        }
        if let k = kindPhrase(at: i, in: Vocabulary.officeKinds, startingWith: .officeKindStart) {
            var e = k.end
            if isPossessive(e) { e += 1 }
            if e < count, cues[e].contains(.office) { return (k.value, e + 1, true) }
        }
        return nil
    }

    /// The canonical name of a body: "Armenian Defense Ministry",
    /// "Azerbaijani Prosecutor's Office"; without a country, just the kind.
    func bodyName(kind: String, isOffice: Bool, country: String?) -> String {
        GovernmentBody.name(kind: kind, isOffice: isOffice, adjective: country.map { lexicon.adjective(for: $0) })
    }

    /// The place noun of "town of X" at `start`, or after one or two
    /// lowercase words ("port town of X", "strategic border town of X").
    func placeNounOf(from start: Int) -> Int? {
        // Only a place noun among the three words can answer; most stretches have none.
        guard cue(start).union(cue(start + 1)).union(cue(start + 2)).contains(.placeNoun) else { return nil }
        for i in start..<min(count, start + 3) {
            if cues[i].contains(.placeNoun), lower[i + 1] == "of", isNameWord(i + 2) { return i }
            guard isWord(i), !tokens[i].isCapitalized, !cues[i].contains(.objectStop) else { return nil }
        }
        return nil
    }

    // MARK: - Places introduced by a noun: "the town of Barda", "cities of X and Y"

    mutating func readPlaceNoun(at start: Int, container: Int?) -> Int? {
        guard let i = placeNounOf(from: start) else { return nil }
        var k = i + 2
        var end = k
        while isNameWord(k) {
            var e = k
            while isNameWord(e) { e += 1 }
            let r = k..<e
            var m: Mention
            if let g = gazetteer(at: k), g.end == e {
                m = mention(for: g.entry, surface: text(r), tokens: r)
            } else {
                m = Mention(kind: .place, surface: text(r), name: text(r), tokens: r)
            }
            m.placeCue = true
            m.modifier = container
            _ = append(m)
            end = e
            // Coordination: "the cities of Martuni and Shosh".
            if e + 1 < count, lower[e] == "and" || tokens[e].text == ",", isNameWord(e + 1) {
                k = e + 1
            } else {
                break
            }
        }
        return end
    }
}
