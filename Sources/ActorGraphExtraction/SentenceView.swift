import ActorGraphModel
import ActorGraphText

/// One sentence with its mentions resolved to entities: what relation frames
/// read. Knows how to find the head mention ending or starting at a token, a
/// verb's subject and object, and coordinated lists.
struct SentenceView {
    let tokens: [Token]
    let lower: Words
    let mentions: [Mention]
    /// Entity id of each mention (nil when it named nothing).
    let ids: [String?]
    /// The entity each mention stands for as an actor: a capital's or a
    /// demonym's country, a role's holder.
    let actors: [String?]
    let typeOf: [String: EntityType]
    /// The type of each mention's entity (`typeOf` of `ids`), looked up once:
    /// every frame asks it of every mention.
    let idTypes: [EntityType?]
    /// The person a sentence-initial "He"/"She" refers to.
    let pronounReferent: String?

    /// Each token's cue bits, looked up once in the first pass (see `FrameCues`).
    let cues: [FrameCues]

    /// Head mention (see `head(startingAt:)`) by first token, at `2 * i`,
    /// and by end token, at `2 * i + 1` (`count + 1` tokens each), -1 for
    /// none. Frames ask for heads at nearly every token, so a scan over all
    /// mentions each time would make a long sentence quadratic; one array
    /// of small integers is one allocation a sentence, not two of optionals.
    private let heads: [Int32]

    /// `idTypes` are the types of `ids`, found by the caller without
    /// hashing the ids (`EntityLookup`).
    init(tokens: [Token], lower: Words, cues: [FrameCues], mentions: [Mention], ids: [String?], idTypes: [EntityType?], actors: [String?],
         typeOf: [String: EntityType], pronounReferent: String?) {
        self.tokens = tokens
        self.lower = lower
        self.mentions = mentions
        self.ids = ids
        self.actors = actors
        self.typeOf = typeOf
        precondition(idTypes.count == ids.count, "a type for each mention's entity")
        self.idTypes = idTypes
        self.pronounReferent = pronounReferent
        precondition(lower.count == tokens.count && cues.count == tokens.count, "a word and cues for each token")
        self.cues = cues
        var heads = [Int32](repeating: -1, count: 2 * (tokens.count + 1))
        // The widest actor mention wins; among equals the first, as `max(by:)` would pick.
        func claim(_ slot: Int, _ m: Int, width: Int) {
            let held = Int(heads[slot])
            if held < 0 || mentions[held].tokens.count < width { heads[slot] = Int32(m) }
        }
        for m in mentions.indices where actors[m] != nil {
            let span = mentions[m].tokens
            claim(2 * span.lowerBound, m, width: span.count)
            claim(2 * span.upperBound + 1, m, width: span.count)
        }
        self.heads = heads
    }

    var count: Int { tokens.count }

    /// The cue bits of token `i`; none outside the sentence.
    func cue(_ i: Int) -> FrameCues { i >= 0 && i < cues.count ? cues[i] : [] }

    /// The widest mention whose tokens end at `end` (exclusive) and that names an actor.
    func head(endingAt end: Int) -> Int? {
        guard end >= 0, end <= count, case let m = heads[2 * end + 1], m >= 0 else { return nil }
        return Int(m)
    }

    /// The widest mention whose tokens start at `start` and that names an actor.
    func head(startingAt start: Int) -> Int? {
        guard start >= 0, start <= count, case let m = heads[2 * start], m >= 0 else { return nil }
        return Int(m)
    }

    /// The end of a head mention, past any actor noun ("Azeri forces").
    func end(of m: Int) -> Int {
        var e = mentions[m].tokens.upperBound
        if e < count, Vocabulary.actorNouns.contains(lower[e]) { e += 1 }
        if e + 1 < count, Vocabulary.actorNouns.contains(lower[e] + " " + lower[e + 1]) { e += 2 }
        return e
    }

    /// The subject of the verb at `v`: the head mention before it, skipping
    /// adverbs, auxiliaries, time phrases, relative pronouns and appositions
    /// set off by commas ("Hikmet Hajiyev, a spokesman for ..., accused").
    func subject(before v: Int) -> Int? {
        var k = v - 1
        var jumps = 0
        while k >= 0 {
            let l = lower[k]
            if let m = head(endingAt: k + 1) { return m }
            if cue(k).contains(.subjectSkip) || tokens[k].kind == .number {
                k -= 1
                continue
            }
            if cue(k).contains(.personalPronoun) { return pronounMention() }
            // "The Libyan National Army (LNA) accused": past a bracketed acronym.
            if l == ")", let open = (max(0, k - 4)..<k).last(where: { lower[$0] == "(" }) {
                k = open - 1
                continue
            }
            // "Sudan's army accused": the owner of an actor noun.
            if tokens[k].isPossessive, Vocabulary.actorNouns.contains(lower[k + 1]) {
                k -= 1
                continue
            }
            if l == ",", jumps < 2 {
                jumps += 1
                if k > 0, RelationCues.relativePronouns.contains(lower[k + 1 < count ? k + 1 : k]) { k -= 1; continue }
                // Skip back over one comma-delimited apposition.
                var c = k - 1
                while c >= 0, c > k - 16, lower[c] != "," { c -= 1 }
                if c >= 0, c + 1 < k, RelationCues.appositionOpeners.contains(lower[c + 1]) || isTitleWord(c + 1)
                    || isParticipialOpener(c + 1) {
                    k = c - 1
                    continue
                }
                k -= 1
                continue
            }
            return nil
        }
        return nil
    }

    /// ", based in X,", ", led by Y,": an apposition opened by a participle.
    func isParticipialOpener(_ i: Int) -> Bool {
        guard tokens.indices.contains(i), tokens[i].kind == .word, !tokens[i].isCapitalized else { return false }
        let w = lower[i]
        return (w.hasSuffix("ed") || w.hasSuffix("ing")) && w.count > 4
    }

    /// The head of a noun phrase set off by a comma before `k`:
    /// "Palestinian Islamic Jihad, a smaller militant group backed by Iran".
    func appositionHead(before k: Int) -> Int? {
        var j = k - 1
        while j >= 0, j > k - 8, tokens[j].kind == .word, !tokens[j].isCapitalized,
              !cue(j).contains(.objectStop) || cue(j).contains(.determiner) {
            j -= 1
        }
        guard j > 0, tokens[j].text == "," else { return nil }
        return head(endingAt: j)
    }

    /// The speaker of the sentence's quotation, where the text names one:
    /// "“...,” Hajiyev said", "“...,” said Hajiyev", "Hajiyev said: “...”".
    func quoteSpeaker() -> Int? {
        let quotes: Set<String> = ["\u{201C}", "\u{201D}", "\""]
        guard tokens.contains(where: { quotes.contains($0.text) }) else { return nil }
        for k in tokens.indices where quotes.contains(tokens[k].text) {
            var j = k + 1
            if lower[j] == "," { j += 1 }
            if RelationCues.reportingVerbs.contains(lower[j]), let m = head(startingAt: j + 1) { return m }
            if let m = head(startingAt: j), RelationCues.reportingVerbs.contains(lower[end(of: m)]) { return m }
            // "X said: “...”"
            var b = k - 1
            if lower[b] == ":" || lower[b] == "," { b -= 1 }
            if b > 0, RelationCues.reportingVerbs.contains(lower[b]), let m = head(endingAt: b) { return m }
        }
        return nil
    }

    /// A pseudo-mention index for "he"/"she": -1 means the document's last person.
    func pronounMention() -> Int? { pronounReferent == nil ? nil : -1 }

    func isTitleWord(_ i: Int) -> Bool {
        !cue(i).isDisjoint(with: .titleWord)
    }

    /// The actor id for a mention index from `subject(before:)`, resolving the pronoun marker.
    func actor(_ m: Int) -> String? {
        m == -1 ? pronounReferent : actors[m]
    }

    /// The object of the verb at `v`: the head mention right after it (past articles).
    func object(after v: Int) -> Int? {
        var k = v + 1
        while k < count, cue(k).contains(.determiner) || lower[k] == "both" { k += 1 }
        var adjectives = 0
        while k < count {
            if let m = head(startingAt: k) {
                // "the UN-backed GNA": the compound names a backer, not the object.
                guard mentions[m].compoundCue != nil, mentions[m].tokens.upperBound < count else { return m }
                k = mentions[m].tokens.upperBound
                if lower[k] == "-" { k += 2 }
                continue
            }
            // "the paramilitary RSF", "neighbouring Armenia".
            guard adjectives < 2, tokens[k].kind == .word, !tokens[k].isCapitalized,
                  !cue(k).contains(.objectStop) else { return nil }
            adjectives += 1
            k += 1
        }
        return nil
    }

    /// "each other" right after `v`.
    func isReciprocal(after v: Int) -> Bool {
        v + 2 < count && lower[v + 1] == "each" && lower[v + 2] == "other"
    }

    /// The first head mention after `v` within the clause (up to `limit` tokens).
    func firstActor(after v: Int, limit: Int = 14, types: Set<EntityType>? = nil) -> Int? {
        var k = v + 1
        while k < count, k <= v + limit {
            if tokens[k].text == "." || tokens[k].text == ";" { return nil }
            if let m = head(startingAt: k), types == nil || types!.contains(typeOf[actors[m] ?? ""] ?? .place) { return m }
            k += 1
        }
        return nil
    }

    /// The sentence's main subject: its first head mention, when it comes
    /// early (within the first few words), or the pronoun's referent.
    func mainSubject() -> Int? {
        var k = 0
        while k < count, k < 8 {
            if let m = head(startingAt: k) { return m }
            if cue(k).contains(.personalPronoun) { return pronounMention() }
            if tokens[k].text == "," && k > 5 { break }
            k += 1
        }
        return nil
    }

    /// Mentions coordinated with `first` going right: "Russia, France and the United States".
    func coordinated(from first: Int) -> [Int] {
        var list = [first]
        var k = end(of: first)
        while k < count, tokens[k].text == "," || lower[k] == "and" {
            k += 1
            if k < count, lower[k] == "and" { k += 1 }
            while k < count, cue(k).contains(.determiner) { k += 1 }
            guard k < count, let m = head(startingAt: k) else { break }
            // "... on Russia, and Belarus stayed silent": a verb after the
            // mention makes it the subject of a new clause, not a list member.
            let e = end(of: m)
            if e < count, tokens[e].kind == .word, !tokens[e].isCapitalized, !cue(e).contains(.objectStop) { break }
            list.append(m)
            k = e
        }
        return list
    }

    /// Mentions coordinated with `last` going left: "The United States and Russia, which ...".
    func coordinated(endingWith last: Int) -> [Int] {
        var list = [last]
        var k = mentions[last].tokens.lowerBound - 1
        while k >= 0, lower[k] == "the" { k -= 1 }
        while k > 0, tokens[k].text == "," || lower[k] == "and" {
            var e = k
            if lower[e] == "and", e > 0, tokens[e - 1].text == "," { e -= 1 }
            guard let m = head(endingAt: e) else { break }
            list.insert(m, at: 0)
            k = mentions[m].tokens.lowerBound - 1
            while k >= 0, lower[k] == "the" { k -= 1 }
        }
        return list
    }

    /// A negation just before the verb: "did not accuse", "refused to blame".
    func isNegated(_ v: Int) -> Bool {
        (max(0, v - 3)..<v).contains { cue($0).contains(.negation) }
    }
}
