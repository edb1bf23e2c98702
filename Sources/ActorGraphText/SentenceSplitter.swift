/// Groups a paragraph's tokens into sentences.
///
/// A sentence ends at `.`, `!` or `?` (and any closing quotes after it) when
/// the next token opens a sentence; abbreviations ("Sept.", "Gen.") and
/// initials do not end one. Working on tokens rather than characters also
/// splits sentences glued without a space ("difference.Fighting").
public struct SentenceSplitter: Sendable {
    /// Words that end in a period without ending a sentence.
    public static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Cmdr", "Brig",
        "Gov", "Sen", "Rep", "Pres", "Amb", "Rev", "St", "Mt", "Ft", "Jr", "Sr", "No", "Nos", "vs",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Inc", "Ltd", "Co", "Corp", "approx", "est", "etc", "e.g", "i.e",
    ]

    static let closers: Set<String> = ["\u{201D}", "\"", "'", "\u{2019}", ")", "]"]

    /// The most tokens a sentence may have. Longer runs without a stop (a
    /// minified blob, a page of words with no punctuation) are cut into
    /// pieces of at most this many tokens, after the last `,` `;` or `:` in
    /// the second half of a piece when there is one. Real sentences are far
    /// shorter; the cap bounds the work per sentence and the size of every
    /// evidence sentence, so a one-line 30 MB file takes linear time.
    public static let maxTokens = 400

    public init() {}

    /// Token index ranges of the sentences in `tokens`, none longer than `maxTokens`.
    public func sentenceRanges(_ tokens: [Token]) -> [Range<Int>] {
        stopRanges(tokens).flatMap { Self.capped($0, tokens) }
    }

    /// `range` cut into pieces of at most `maxTokens` tokens.
    static func capped(_ range: Range<Int>, _ tokens: [Token]) -> [Range<Int>] {
        guard range.count > maxTokens else { return [range] }
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        while range.upperBound - start > maxTokens {
            let limit = start + maxTokens
            let cut = (start + maxTokens / 2..<limit).last { [",", ";", ":"].contains(tokens[$0].text) }.map { $0 + 1 } ?? limit
            pieces.append(start..<cut)
            start = cut
        }
        pieces.append(start..<range.upperBound)
        return pieces
    }

    /// Token index ranges of the sentences in `tokens`, split at stops only.
    private func stopRanges(_ tokens: [Token]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.kind == .punctuation, t.text == "." || t.text == "!" || t.text == "?" {
                var j = i + 1
                // Closing quotes touch the stop; a quote after a space opens the next sentence.
                while j < tokens.count, Self.closers.contains(tokens[j].text), tokens[j].start == tokens[j - 1].end { j += 1 }
                if j >= tokens.count || (opensSentence(tokens[j]) && !isAbbreviation(before: i, tokens)) {
                    ranges.append(start..<j)
                    start = j
                    i = j
                    continue
                }
            }
            i += 1
        }
        if start < tokens.count { ranges.append(start..<tokens.count) }
        return ranges
    }

    private func opensSentence(_ t: Token) -> Bool {
        t.isCapitalized || t.kind == .number || t.text == "\u{201C}" || t.text == "\"" || t.text == "(" || t.text == "'"
    }

    private func isAbbreviation(before i: Int, _ tokens: [Token]) -> Bool {
        guard i > 0, tokens[i - 1].end == tokens[i].start else { return false }
        let word = tokens[i - 1].text
        if Self.abbreviations.contains(word) { return true }
        // An initial: "John F. Kennedy".
        return word.utf8.count == 1 && word.first?.isUppercase == true
    }
}
