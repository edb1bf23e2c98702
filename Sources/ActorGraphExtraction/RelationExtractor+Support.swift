import ActorGraphModel
import ActorGraphText
import Foundation

/// `backs` and `co-chairs`.
extension RelationExtractor {
    func readSupport(_ v: SentenceView, _ sentence: Sentence, _ sink: inout RelationSink) {
        // "Iran-backed Houthis", "the UN-backed government".
        for (mi, m) in v.mentions.enumerated() {
            guard let cue = m.compoundCue, RelationCues.backingCompounds.contains(cue),
                  let supporter = v.actors[mi] else { continue }
            var k = m.tokens.upperBound
            if k < v.count, v.tokens[k].text == "-" { k += 2 }
            if let o = (k..<min(v.count, k + 3)).lazy.compactMap({ v.head(startingAt: $0) }).first {
                sink.add(supporter, .backs, v.actors[o], confidence: 0.85, sentence: sentence)
            }
        }
        for k in 0..<v.count where v.tokens[k].kind == .word && !v.cues[k].isDisjoint(with: .supportFrames) {
            let cue = v.cues[k]
            if cue.contains(.supportNoun), let verb = (max(0, k - 3)..<k).first(where: { v.cues[$0].contains(.supportVerb) }),
               k + 1 < v.count, Self.supportPrepositions.contains(v.lower[k + 1]) {
                // "voiced strong support to Baku", "voiced strong support for Kenya's call".
                if !v.isNegated(verb), let o = v.object(after: k + 1) {
                    sink.add(subjectActor(of: verb, v), .backs, v.actors[o], confidence: 0.8, sentence: sentence)
                }
            } else if cue.contains(.backVerb), !v.isNegated(k) {
                if k + 1 < v.count, v.lower[k + 1] == "by", let s = v.object(after: k + 1) {
                    // "Y (,) backed by X".
                    var e = k
                    if e > 0, v.tokens[e - 1].text == "," { e -= 1 }
                    let supported = v.head(endingAt: e) ?? (e > 0 && Vocabulary.actorNouns.contains(v.lower[e - 1]) ? v.head(endingAt: e - 1) : nil)
                        ?? (v.cue(k - 1).contains(.passiveAuxiliary) ? v.subject(before: k).flatMap { $0 >= 0 ? $0 : nil } : nil)
                        ?? v.appositionHead(before: k)
                    for b in v.coordinated(from: s) {
                        sink.add(v.actors[b], .backs, supported.flatMap { v.actors[$0] }, confidence: 0.85, sentence: sentence)
                    }
                } else if let o = v.object(after: k), k == 0 || !v.cue(k - 1).contains(.passiveAuxiliary) {
                    sink.add(subjectActor(of: k, v), .backs, v.actors[o], confidence: 0.85, sentence: sentence)
                }
            } else if cue.contains(.allyNoun) {
                readAlly(at: k, v, sentence, &sink)
            }
        }
    }

    /// "Azerbaijan's ally Turkey", "Turkey, an ally of Azerbaijan".
    private func readAlly(at k: Int, _ v: SentenceView, _ sentence: Sentence, _ sink: inout RelationSink) {
        var p = k - 1
        while p > 0, RelationCues.allyAdjectives.contains(v.lower[p]) { p -= 1 }
        if p >= 1, v.tokens[p].isPossessive, let owner = v.head(endingAt: p) {
            var j = k + 1
            if j < v.count, v.tokens[j].text == "," { j += 1 }
            // "Azerbaijan's ally Turkey", or the apposition "Belarus, Russia's closest ally,".
            let start = v.mentions[owner].tokens.lowerBound
            let ally = v.head(startingAt: j) ?? (start >= 2 && v.tokens[start - 1].text == "," ? v.head(endingAt: start - 1) : nil)
            if let ally {
                sink.add(v.actors[ally], .backs, v.actors[owner], confidence: 0.8, sentence: sentence)
            }
        } else if k + 1 < v.count, v.lower[k + 1] == "of", let owner = v.object(after: k + 1) {
            var j = k - 1
            while j > 0, Vocabulary.determiners.contains(v.lower[j]) || RelationCues.directions.contains(v.lower[j]) || v.lower[j] == "close" || v.lower[j] == "key" { j -= 1 }
            if j >= 0, v.tokens[j].text == ",", let ally = v.head(endingAt: j) {
                sink.add(v.actors[ally], .backs, v.actors[owner], confidence: 0.8, sentence: sentence)
            }
        }
    }

    /// "voiced support to / for / with / behind Y".
    static let supportPrepositions: Set<String> = ["to", "for", "with", "behind"]
    /// Words after "co-chair" that make it a noun ("co-chair of", "co-chairs are").
    static let coChairNounFollowers: Set<String> = ["of", "are", "were", "include", "included"]
    /// "whose co-chairs are / include France and Germany".
    static let coChairListVerbs: Set<String> = ["are", "were", "include", "included"]
    /// "Russia and France are / remain co-chairs of".
    static let coChairCopulas: Set<String> = ["are", "were", "remain", "as", "is"]

    /// The cues of the words a co-chair frame turns on.
    static let coChairCues: FrameCues = [.chairedVerb, .coChairVerb, .coChairNoun]

    func readCoChairs(_ v: SentenceView, _ sentence: Sentence, _ sink: inout RelationSink) {
        // Every frame needs a co-chair word: one with a cue, or one that
        // starts with "co-chair" ("co-chairmanship" and the like have none).
        // Most sentences have neither, which their cues and one pass over
        // their bytes tell; asking each word for its first letter and prefix
        // was 2% of a run.
        guard v.cues.contains(where: { !$0.isDisjoint(with: Self.coChairCues) }) || Self.mayNameCoChair(sentence.text) else { return }
        for k in 0..<v.count where v.tokens[k].kind == .word {
            let cue = v.cues[k]
            guard !cue.isDisjoint(with: Self.coChairCues)
                || v.lower[k].utf8.first == UInt8(ascii: "c") && v.lower[k].hasPrefix("co-chair") else { continue }
            let w = v.lower[k]
            if cue.contains(.chairedVerb), k + 1 < v.count, v.lower[k + 1] == "by", let first = v.object(after: k + 1) {
                // "the Minsk Group, a watchdog group co-chaired by Russia, France and the United States".
                guard let body = nearestOrganization(before: k, v) else { continue }
                for c in v.coordinated(from: first) {
                    sink.add(v.actors[c], .coChairs, v.actors[body], confidence: 0.9, sentence: sentence)
                }
            } else if cue.contains(.coChairVerb), !Self.coChairNounFollowers.contains(v.lower[k + 1]) {
                // "The United States and Russia, which co-chair the Minsk group".
                guard let s = v.subject(before: k), s >= 0,
                      let body = v.firstActor(after: k, limit: 4, types: [.organization]) else { continue }
                for c in v.coordinated(endingWith: s) {
                    sink.add(v.actors[c], .coChairs, v.actors[body], confidence: 0.85, sentence: sentence)
                }
            } else if w.hasPrefix("co-chair"), Self.coChairListVerbs.contains(v.lower[k + 1]),
                      let first = v.object(after: k + 1), let body = nearestOrganization(before: k, v) {
                // "the Normandy Format, whose co-chairs are France and Germany".
                for c in v.coordinated(from: first) {
                    sink.add(v.actors[c], .coChairs, v.actors[body], confidence: 0.85, sentence: sentence)
                }
            } else if cue.contains(.coChairNoun), k + 1 < v.count, v.lower[k + 1] == "of",
                      let body = v.firstActor(after: k + 1, limit: 4, types: [.organization]),
                      k >= 2, v.lower[k - 1] == "the", v.tokens[k - 2].text == ",", let last = v.head(endingAt: k - 2) {
                // "France, Germany and Italy, the co-chairs of the Berlin Process".
                let members = v.coordinated(endingWith: last)
                guard members.count >= 2 || w.hasPrefix("co-") else { continue }
                for c in members {
                    sink.add(v.actors[c], .coChairs, v.actors[body], confidence: 0.8, sentence: sentence)
                }
            } else if cue.contains(.coChairNoun), k + 1 < v.count, v.lower[k + 1] == "of",
                      let body = v.firstActor(after: k + 1, limit: 4, types: [.organization]) {
                // "Russia, France and the United States are co-chairs of / leaders of the Minsk Group".
                var j = k - 1
                while j > 0, v.cues[j].contains(.determiner) || v.lower[j] == "the" { j -= 1 }
                guard j > 0, Self.coChairCopulas.contains(v.lower[j]),
                      let last = v.head(endingAt: j) ?? v.subject(before: j + 1) else { continue }
                let members = v.coordinated(endingWith: last)
                guard members.count >= 2 || w.hasPrefix("co-") else { continue }
                for c in members {
                    sink.add(v.actors[c], .coChairs, v.actors[body], confidence: 0.8, sentence: sentence)
                }
            }
        }
    }

    /// The organization mention closest before token `k`.
    func nearestOrganization(before k: Int, _ v: SentenceView) -> Int? {
        v.mentions.indices.filter {
            v.mentions[$0].tokens.upperBound <= k && v.actors[$0].map { v.typeOf[$0] == .organization } == true
        }.max { v.mentions[$0].tokens.upperBound < v.mentions[$1].tokens.upperBound }
    }

    /// Whether `text` may hold "co-chair" in some case of its letters: true
    /// for every sentence with a word whose lowercased form starts so (the
    /// word is the sentence's own bytes, and only ASCII lowers to these
    /// letters). The hyphens are found by `memchr`, which reads many bytes
    /// a step, and the letters around each compared with bit 0x20 set: that
    /// lowers them, and may let another byte pass for one, where a false
    /// "may" only costs the word-by-word test.
    static func mayNameCoChair(_ text: String) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = bytes.baseAddress else { return false }
            var from = 2
            while from + 5 < bytes.count,
                  let hit = memchr(base + from, 0x2D, bytes.count - 5 - from) {
                let h = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if bytes[h - 2] | 0x20 == 0x63, bytes[h - 1] | 0x20 == 0x6F, bytes[h + 1] | 0x20 == 0x63,
                   bytes[h + 2] | 0x20 == 0x68, bytes[h + 3] | 0x20 == 0x61, bytes[h + 4] | 0x20 == 0x69,
                   bytes[h + 5] | 0x20 == 0x72 {
                    return true
                }
                from = h + 1
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? Array(text.utf8).withUnsafeBufferPointer(scan)
    }
}
