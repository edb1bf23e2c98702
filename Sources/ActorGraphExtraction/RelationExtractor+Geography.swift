import ActorGraphModel
import ActorGraphText

/// `located-in` and `part-of`.
extension RelationExtractor {
    func readGeography(_ v: SentenceView, _ sentence: Sentence, _ sink: inout RelationSink) {
        // By index, the fields read in place: a mention taken whole (`enumerated()`)
        // was copied, with its strings retained and released, for every mention.
        for mi in v.mentions.indices {
            guard let place = v.ids[mi], v.idTypes[mi] == .place else { continue }
            let placeCue = v.mentions[mi].placeCue, tokens = v.mentions[mi].tokens
            // "the Azerbaijani town of Barda", "the Tavush province town of Berd".
            if placeCue, let mod = v.mentions[mi].modifier, let container = v.ids[mod] {
                sink.add(place, .locatedIn, v.mentions[mod].kind == .country ? v.actors[mod] : container, confidence: 0.85, sentence: sentence)
            }
            let e = tokens.upperBound
            // "the Zaporizhzhia region of southern Ukraine".
            if placeCue, v.lower[e] == "of", Vocabulary.administrativeUnits.contains(v.lower[e - 1]),
               let container = containerAfter(e + 1, v) {
                sink.add(place, .locatedIn, container, confidence: 0.8, sentence: sentence)
            }
            // "Martuni and Shosh in Nagorno-Karabakh", "Gubadli in southern Nagorno-Karabakh".
            if e < v.count, v.lower[e] == "in", let container = containerAfter(e + 1, v) {
                sink.add(place, .locatedIn, container, confidence: 0.75, sentence: sentence)
                var k = tokens.lowerBound - 1
                while k > 0, v.lower[k] == "and" || v.tokens[k].text == ",", let prev = v.head(endingAt: k), let pid = v.ids[prev], v.idTypes[prev] == .place {
                    sink.add(pid, .locatedIn, container, confidence: 0.7, sentence: sentence)
                    k = v.mentions[prev].tokens.lowerBound - 1
                }
            }
            // "Nagorno-Karabakh, a region of Azerbaijan".
            if e + 3 < v.count, v.tokens[e].text == ",", ["a", "an", "the"].contains(v.lower[e + 1]) {
                var k = e + 2
                while k < min(v.count, e + 5), !RelationCues.containmentNouns.contains(v.lower[k]) { k += 1 }
                if k + 1 < v.count, RelationCues.containmentNouns.contains(v.lower[k]), v.lower[k + 1] == "of",
                   let container = containerAfter(k + 2, v) {
                    sink.add(place, .locatedIn, container, confidence: 0.8, sentence: sentence)
                }
            }
        }
        readRecognizedTerritory(v, sentence, &sink)
    }

    /// "X is internationally recognised as part of Y", "X remains a part of Y",
    /// "X is recognized as Azeri territory": the sentence's first mention, a place.
    private func readRecognizedTerritory(_ v: SentenceView, _ sentence: Sentence, _ sink: inout RelationSink) {
        guard let first = v.mainSubject(), first >= 0, let place = v.ids[first], v.idTypes[first] == .place else { return }
        for k in v.mentions[first].tokens.upperBound..<v.count {
            if v.lower[k] == "part", k + 1 < v.count, v.lower[k + 1] == "of", let c = containerAfter(k + 2, v) {
                sink.add(place, .locatedIn, c, confidence: 0.75, sentence: sentence)
                return
            }
            if v.lower[k] == "recognized" || v.lower[k] == "recognised", k + 1 < v.count, v.lower[k + 1] == "as",
               let c = containerAfter(k + 2, v) {
                sink.add(place, .locatedIn, c, confidence: 0.75, sentence: sentence)
                return
            }
        }
    }

    /// The place or country named at `k` (past articles and direction words).
    private func containerAfter(_ k: Int, _ v: SentenceView) -> String? {
        var j = k
        while j < v.count, Vocabulary.determiners.contains(v.lower[j]) || RelationCues.directions.contains(v.lower[j]) || v.lower[j] == "part" || v.lower[j] == "of" { j += 1 }
        guard j < v.count, var m = v.head(startingAt: j) else { return nil }
        // "in Indonesia's North Kalimantan province": the inner place.
        let after = v.mentions[m].tokens.upperBound
        if after + 1 < v.count, v.tokens[after].isPossessive, let inner = v.head(startingAt: after + 1),
           v.idTypes[inner] == .place {
            m = inner
        }
        guard let id = v.mentions[m].kind == .capital ? v.ids[m] : v.actors[m],
              let t = v.typeOf[id], t == .place || t == .country else { return nil }
        return id
    }

    func readMembership(_ v: SentenceView, _ sentence: Sentence, _ sink: inout RelationSink) {
        // By index, the fields read in place (see `readGeography`).
        for mi in v.mentions.indices {
            guard let id = v.ids[mi], v.idTypes[mi] == .organization else { continue }
            // A ministry belongs to its country; so does a body the lexicon knows by name.
            if case .governmentBody = v.mentions[mi].kind, let c = v.mentions[mi].country.flatMap({ resolution.polityID[$0] }) {
                sink.add(id, .partOf, c, confidence: 0.95, sentence: sentence)
            } else if let c = resolution.countryOfEntity[id].flatMap({ resolution.polityID[$0] }), v.mentions[mi].kind == .organization {
                sink.add(id, .partOf, c, confidence: 0.8, sentence: sentence)
            }
            // "OSCE Minsk Group": the leading organization is the parent.
            if let mod = v.mentions[mi].modifier, let parent = v.ids[mod], v.idTypes[mod] == .organization {
                sink.add(id, .partOf, parent, confidence: 0.85, sentence: sentence)
            }
            let e = v.mentions[mi].tokens.upperBound
            // "the Minsk group of the OSCE".
            if e + 1 < v.count, v.lower[e] == "of", let o = v.object(after: e), let parent = v.ids[o], v.idTypes[o] == .organization {
                sink.add(id, .partOf, parent, confidence: 0.8, sentence: sentence)
            }
            // "the Minsk group that was long established by the OSCE".
            for k in e..<min(v.count, e + 8) where v.cues[k].contains(.foundingVerb) {
                var by = k + 1
                if by < v.count, v.lower[by] == "up" { by += 1 }
                if by < v.count, v.lower[by] == "by", let o = v.object(after: by), let parent = v.ids[o], v.idTypes[o] == .organization {
                    sink.add(id, .partOf, parent, confidence: 0.8, sentence: sentence)
                }
                break
            }
        }
    }
}
