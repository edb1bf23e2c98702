import ActorGraphModel
import ActorGraphText

/// Finds the mentions of one sentence: names, demonyms, capitals, titled
/// people, government bodies and places, each with the cues around it.
///
/// Reads left to right. At each word it tries, in order: a government body
/// named "Ministry of X of Y"; a phrase led by a modifier (a known country,
/// demonym, place or organization, or a name followed by "'s" or an
/// administrative word) and continued by a body, a title, a name, a place
/// noun or an actor noun; a title and a name; a run of capitalized words.
struct MentionRecognizer {
    let lexicon: Lexicon

    /// The sentence with its mentions, and the lowercased words and frame
    /// cues the reading looked up, for the relation pass.
    func read(_ sentence: Sentence) -> ReadSentence {
        var reader = SentenceReader(tokens: sentence.tokens, lexicon: lexicon)
        let mentions = reader.readAll()
        return ReadSentence(sentence: sentence, mentions: mentions, lower: reader.lower.words, frameCues: reader.frameCues)
    }
}
