/// Everything the word lists say about one lowercased word: the
/// recognizer's bits and the relation frames' bits, from one lookup.
///
/// The first pass looks every token up once (`Lexicon.cues`) and hands the
/// frame bits on with the sentence (`ReadSentence.frameCues`), so the
/// second pass neither lowercases nor hashes a word again.
struct TokenCues: Sendable {
    var word: WordCues = []
    var frame: FrameCues = []

    /// The bits of every word any list names, a user's words included.
    static func table(words: WordTables) -> WordIndex<TokenCues> {
        var table: [String: TokenCues] = [:]
        WordCues.forEachCue(words: words) { table[$0, default: TokenCues()].word.insert($1) }
        FrameCues.forEachCue(words: words) { table[$0, default: TokenCues()].frame.insert($1) }
        return WordIndex(table)
    }
}
