import ActorGraphModel
import ActorGraphText

/// `accuses` and `denies`: verb frames, passives, participles, reciprocals,
/// nominal accusations, and denials linked to the accusation they answer.
extension RelationExtractor {
    func readAccusations(_ v: SentenceView, _ sentence: Sentence, _ sink: inout RelationSink, _ state: inout DocumentState) {
        for k in 0..<v.count where v.tokens[k].kind == .word && !v.cues[k].isDisjoint(with: .accusationFrames) {
            let cue = v.cues[k]
            if cue.contains(.accuseVerb) {
                readAccuseVerb(at: k, v, sentence, &sink, &state)
            } else if cue.contains(.condemnVerb) {
                if isClaimObject(after: k, v) {
                    readDenial(at: k, v, sentence, &sink, state)
                } else if !v.isNegated(k), let s = subjectActor(of: k, v),
                          let o = v.firstActor(after: k, types: [.country, .organization, .person]) {
                    record(accuser: s, accused: v.actors[o], 0.7, sentence, &sink, &state)
                }
            } else if cue.contains(.denyVerb) || (cue.contains(.rejectVerb) && isClaimObject(after: k, v)) {
                readDenial(at: k, v, sentence, &sink, state)
            } else if cue.contains(.accusationNoun), k + 1 < v.count, v.lower[k + 1] == "against",
                      let o = v.object(after: k + 1) {
                // "X's accusation against Y", "accusations against Y by X".
                var source: String?
                if k >= 2, v.tokens[k - 1].isPossessive, let s = v.head(endingAt: k - 1) { source = v.actors[s] }
                if source == nil, let by = ((k + 2)..<v.count).first(where: { v.lower[$0] == "by" }), let s = v.object(after: by) { source = v.actors[s] }
                record(accuser: source, accused: v.actors[o], 0.8, sentence, &sink, &state)
            }
        }
    }

    private func readAccuseVerb(at k: Int, _ v: SentenceView, _ sentence: Sentence, _ sink: inout RelationSink, _ state: inout DocumentState) {
        guard !v.isNegated(k) else { return }
        // Passive: "Y was accused by X".
        if k > 0, v.cue(k - 1).contains(.passiveAuxiliary) {
            guard let by = (k + 1..<min(v.count, k + 10)).first(where: { v.lower[$0] == "by" }),
                  let s = v.object(after: by), let o = v.subject(before: k - 1) else { return }
            record(accuser: v.actors[s], accused: v.actor(o), 0.85, sentence, &sink, &state)
            return
        }
        // "X and Y accuse each other".
        if v.isReciprocal(after: k), let s = v.subject(before: k), s >= 0 {
            let sides = v.coordinated(endingWith: s).compactMap { v.actors[$0] }
            for a in sides { for b in sides where a != b { record(accuser: a, accused: b, 0.85, sentence, &sink, &state) } }
            return
        }
        var target = v.object(after: k)
        if target == nil, v.lower[k].hasPrefix("blam"), let on = ((k + 1)..<min(v.count, k + 7)).first(where: { v.lower[$0] == "on" }) {
            // "Ukraine blamed the attack on Russia".
            target = v.object(after: on)
        }
        guard let o = target else { return }
        let accused = v.coordinated(from: o).compactMap { v.actors[$0] }
        var accuser = subjectActor(of: k, v)
        if accuser == nil, k > 0, v.lower[k - 1] == "and" || v.lower[k - 1] == "," || v.lower[k].hasSuffix("ing") {
            accuser = v.mainSubject().flatMap { v.actor($0) }
        }
        // “We accuse Russia of ...,” Zelensky said: the quote's speaker accuses.
        if accuser == nil, (1...3).contains(where: { v.lower[k - $0] == "we" || v.lower[k - $0] == "i" }), let speaker = v.quoteSpeaker() {
            accuser = v.actor(speaker)
        }
        for target in accused {
            record(accuser: accuser, accused: target, v.lower[k].hasSuffix("ing") ? 0.75 : 0.9, sentence, &sink, &state)
        }
    }

    /// The actor that the verb at `k` has for subject, or for a participle
    /// after a comma ("..., accusing Y of"), the sentence's main subject.
    func subjectActor(of k: Int, _ v: SentenceView) -> String? {
        if v.lower[k].hasSuffix("ing"), k > 0, v.tokens[k - 1].text == "," {
            // "..., Congolese officials said, blaming X": the speaker of the report verb.
            if k >= 2, RelationCues.reportingVerbs.contains(v.lower[k - 2]), let s = v.subject(before: k - 2) {
                return v.actor(s)
            }
            return v.mainSubject().flatMap { v.actor($0) }
        }
        return v.subject(before: k).flatMap { v.actor($0) }
    }

    private func record(accuser: String?, accused: String?, _ confidence: Double, _ sentence: Sentence,
                        _ sink: inout RelationSink, _ state: inout DocumentState) {
        guard let accuser, let accused, accuser != accused else { return }
        sink.add(accuser, .accuses, accused, confidence: confidence, sentence: sentence)
        state.accusations.append((accuser, accused))
    }

    /// "denounced the accusations", "rejected the claim": a claim is the object.
    private func isClaimObject(after k: Int, _ v: SentenceView) -> Bool {
        for j in (k + 1)..<min(v.count, k + 4) where v.cue(j).contains(.claimNoun) { return true }
        return false
    }

    /// "Armenia has denied carrying out the strike": the denier answers the
    /// latest accusation against it (or its country) in this document.
    private func readDenial(at k: Int, _ v: SentenceView, _ sentence: Sentence, _ sink: inout RelationSink, _ state: DocumentState) {
        guard !v.isNegated(k), let denier = subjectActor(of: k, v) ?? v.mainSubject().flatMap({ v.actor($0) }) else { return }
        var side: Set<String> = Set([denier, country(of: denier)].compactMap { $0 })
        // A speaker denies for the side they speak for.
        for r in sink.edges.values where r.source == denier && (r.type == .spokespersonOf || r.type == .holdsOffice) {
            side.insert(r.target)
            if let c = country(of: r.target) { side.insert(c) }
        }
        guard let accusation = state.accusations.last(where: { side.contains($0.target) && !side.contains($0.source) }) else { return }
        sink.add(denier, .denies, accusation.source, confidence: 0.75, sentence: sentence)
        if let c = country(of: accusation.source), c != accusation.source {
            sink.add(denier, .denies, c, confidence: 0.7, sentence: sentence)
        }
    }
}
