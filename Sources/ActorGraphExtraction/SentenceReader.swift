import ActorGraphModel
import ActorGraphText

/// The cursor `MentionRecognizer` uses over one sentence's tokens.
struct SentenceReader {
    let tokens: [Token]
    let lower: Words
    let lexicon: Lexicon
    var mentions: [Mention] = []
    /// The longest lexicon phrase starting at each token, found once per
    /// sentence: every reader asks for it, often several times per token.
    /// Held as an index into `phraseMatches` (-1 for none), so the array
    /// over all tokens is plain integers, cheap to make and to free.
    let matchIndex: [Int32]
    let phraseMatches: [(entry: GazetteerEntry, end: Int)]
    /// Each token's word-list bits, looked up once (see `WordCues`).
    let cues: [WordCues]
    /// Each token's relation-frame bits, from the same lookup: not read
    /// here but handed on with the sentence (`ReadSentence`).
    let frameCues: [FrameCues]
    /// The first word after any opening punctuation, found once: readers
    /// ask `isSentenceInitial` at many words.
    let firstWord: Int

    init(tokens: [Token], lexicon: Lexicon) {
        self.tokens = tokens
        self.lexicon = lexicon
        var words: [String] = [], cues: [WordCues] = [], frameCues: [FrameCues] = []
        words.reserveCapacity(tokens.count)
        cues.reserveCapacity(tokens.count)
        frameCues.reserveCapacity(tokens.count)
        for token in tokens {
            let (word, hash) = Words.lowercasedWithHash(token.text)
            let found = lexicon.cues[word, asciiHash: hash] ?? TokenCues()
            words.append(word)
            cues.append(found.word)
            frameCues.append(found.frame)
        }
        let lower = Words(words)
        self.lower = lower
        self.cues = cues
        self.frameCues = frameCues
        (self.matchIndex, self.phraseMatches) = Self.lexiconMatches(tokens, lower, lexicon)
        self.firstWord = tokens.firstIndex { $0.kind != .punctuation } ?? tokens.count
    }

    /// For each token, the longest lexicon phrase that starts there with a
    /// capital (acronyms only in capitals).
    ///
    /// The key grows a token at a time and stops as soon as no phrase
    /// continues it (`Lexicon.phraseSteps`); the longest key that names
    /// an entry wins. Most capitalized words stop after one lookup.
    ///
    /// Returns, for each token, the index of its phrase in the second array
    /// or -1.
    static func lexiconMatches(_ tokens: [Token], _ lower: Words, _ lexicon: Lexicon) -> ([Int32], [(entry: GazetteerEntry, end: Int)]) {
        var index = [Int32](repeating: -1, count: tokens.count)
        var found: [(entry: GazetteerEntry, end: Int)] = []
        // Read out of the lexicon once, not at every word.
        let steps = lexicon.phraseSteps, entries = lexicon.phraseEntries
        let longest = lexicon.longestPhrase
        for i in tokens.indices where tokens[i].kind == .word && tokens[i].isCapitalized {
            let limit = min(longest, tokens.count - i)
            var key = ""
            var len = 0
            while len < limit {
                let k = i + len
                let t = tokens[k]
                guard t.kind == .word || t.isPossessive || t.text == "&" || t.text == "-" else { break }
                let part = Self.key(of: t, lower: lower[k])
                if key.isEmpty {
                    key = part
                } else if !part.isEmpty {
                    if part != "'s" { key += " " }
                    key += part
                }
                len += 1
                guard !key.isEmpty, let step = steps[key] else { break }
                if step.entry >= 0, case let e = entries[Int(step.entry)],
                   !step.capsOnly || tokens[i..<k + 1].allSatisfy({ $0.isAllCaps || $0.isPossessive }) {
                    if index[i] < 0 {
                        index[i] = Int32(found.count)
                        found.append((e, k + 1))
                    } else {
                        found[Int(index[i])] = (e, k + 1)
                    }
                }
            }
        }
        return (index, found)
    }

    /// A token's lexicon key: "'s" for a possessive; for ASCII without
    /// periods or hyphens, the lowercased word itself, which is what
    /// `Lexicon.key` would make of it.
    static func key(of token: Token, lower: String) -> String {
        // A word starts with a letter, so only other tokens can be possessive.
        if token.kind != .word, token.isPossessive { return "'s" }
        if token.text.allUTF8({ $0 < 0x80 && $0 != 0x2E && $0 != 0x2D }) { return lower }
        return Lexicon.key(token.text)
    }

    var count: Int { tokens.count }

    mutating func readAll() -> [Mention] {
        var i = 0
        while i < count {
            i = readPhrase(at: i)
        }
        return mentions
    }

    // MARK: - Token tests

    func isWord(_ i: Int) -> Bool { i < count && tokens[i].kind == .word }
    func isCapWord(_ i: Int) -> Bool { isWord(i) && tokens[i].isCapitalized }
    /// The word-list bits of token `i`; none outside the sentence.
    func cue(_ i: Int) -> WordCues { i >= 0 && i < count ? cues[i] : [] }
    func isPossessive(_ i: Int) -> Bool { i < count && tokens[i].isPossessive }
    /// The tokens as written, a space between each two except before "'s"
    /// and around "-".
    ///
    /// Made in one piece: the length is counted first and the bytes copied
    /// into a string of that capacity, where appending token by token grew
    /// the string several times for a long name. One token is its own text.
    func text(_ r: Range<Int>) -> String {
        guard r.count > 1 else { return r.isEmpty ? "" : tokens[r.lowerBound].text }
        var length = 0
        for k in r { length += tokens[k].text.utf8.count + (k > r.lowerBound && spaced(k) ? 1 : 0) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var at = 0
            for k in r {
                if k > r.lowerBound, spaced(k) {
                    buffer[at] = 0x20
                    at += 1
                }
                for b in tokens[k].text.utf8 {
                    buffer[at] = b
                    at += 1
                }
            }
            return at
        }
    }

    /// Whether `text` puts a space before token `k` (not its range's first):
    /// none before "'s" and on either side of "-".
    private func spaced(_ k: Int) -> Bool {
        // A word starts with a letter, so it is neither "'s" nor "-": only other tokens need the comparisons.
        (tokens[k].kind == .word || tokens[k].text != "'s" && tokens[k].text != "-")
            && (tokens[k - 1].kind == .word || tokens[k - 1].text != "-")
    }

    /// True for the first word of the sentence (after opening quotes).
    func isSentenceInitial(_ i: Int) -> Bool { i == firstWord }

    /// A capitalized word that could be part of a name.
    func isNameWord(_ i: Int) -> Bool {
        guard isCapWord(i) else { return false }
        let c = cues[i]
        if c.contains(.timeWord) || c.contains(.commonCapitalized) { return false }
        if c.contains(.sentenceOpener), isSentenceInitial(i) { return false }
        // The role read in place: copying the entry out would retain its strings.
        let m = matchIndex[i]
        if m >= 0, phraseMatches[Int(m)].entry.role == .demonym || phraseMatches[Int(m)].entry.role == .countryName { return false }
        return true
    }

    /// Whether the lexicon phrase at `i` names a country or its adjective,
    /// read in place: copying the entry out retains and releases its strings.
    func isCountryWord(at i: Int) -> Bool {
        guard i >= 0, i < count, case let m = matchIndex[i], m >= 0 else { return false }
        let role = phraseMatches[Int(m)].entry.role
        return role == .demonym || role == .countryName
    }

    /// Whether a lexicon phrase starts at `i`, without copying its entry.
    func hasGazetteer(at i: Int) -> Bool { i >= 0 && i < count && matchIndex[i] >= 0 }

    /// Longest lexicon phrase starting at `i` (first word capitalized).
    func gazetteer(at i: Int) -> (entry: GazetteerEntry, end: Int)? {
        guard i >= 0, i < count else { return nil }
        let m = matchIndex[i]
        return m < 0 ? nil : phraseMatches[Int(m)]
    }

    /// Longest title at `i` (case-insensitive): ("Prime Minister", end, isSpeaker).
    func title(at i: Int) -> (title: String, end: Int, isSpeaker: Bool)? {
        guard i >= 0, i < count else { return nil }
        // Most words start no title: one set lookup rules them out before any phrase is built.
        guard cue(i).contains(.titleStart) || cue(i + 1).contains(.ministerial) else { return nil }
        // A title is words that each have the `titleWord` cue, the first a
        // `titleStart`: only phrases within that run of words can be one.
        var len = 0
        if tokens[i].kind == .word, cues[i].contains(.titleStart) {
            let limit = min(5, count - i)
            len = 1
            while len < limit, tokens[i + len].kind == .word, cues[i + len].contains(.titleWord) { len += 1 }
        }
        while len > 0 {
            let phrase = len == 1 ? lower[i] : (i..<(i + len)).map { lower[$0] }.joined(separator: " ")
            if let title = lexicon.titles[phrase] { return (title.cased, i + len, title.isSpeaker) }
            len -= 1
        }
        // "Water Minister", "Fisheries Secretary": a portfolio before a ministerial title.
        if i + 1 < count, isCapWord(i), cue(i + 1).contains(.ministerial), !hasGazetteer(at: i) {
            return (tokens[i].text + " " + Self.titleCase(lower[i + 1]), i + 2, false)
        }
        return nil
    }

    /// "prime minister" -> "Prime Minister", "chief of staff" -> "Chief of
    /// Staff". ASCII phrases (all the built-in titles) are cased byte by
    /// byte, with the same result as the general path below.
    static func titleCase(_ phrase: String) -> String {
        if phrase.utf8.allSatisfy({ $0 < 0x80 }) {
            var out: [UInt8] = []
            out.reserveCapacity(phrase.utf8.count)
            for (idx, w) in phrase.utf8.split(separator: 0x20).enumerated() {
                if idx > 0 { out.append(0x20) }
                let keep = idx > 0 && (w.elementsEqual("of".utf8) || w.elementsEqual("for".utf8) || w.elementsEqual("and".utf8))
                for (n, b) in w.enumerated() {
                    out.append(n == 0 && !keep && b >= 0x61 && b <= 0x7A ? b - 0x20 : b)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        return phrase.split(separator: " ").enumerated().map { idx, w in
            (idx > 0 && (w == "of" || w == "for" || w == "and")) ? String(w) : w.prefix(1).uppercased() + w.dropFirst()
        }.joined(separator: " ")
    }

    /// Skips articles: "the", "a", "an".
    func skipDeterminers(_ i: Int) -> Int {
        var k = i
        while k < count, lower[k] == "the" || lower[k] == "a" || lower[k] == "an" { k += 1 }
        return k
    }

    mutating func append(_ m: Mention) -> Int {
        mentions.append(m)
        return mentions.count - 1
    }
}
