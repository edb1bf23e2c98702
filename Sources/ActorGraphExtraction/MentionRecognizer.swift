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

    func mentions(in sentence: Sentence) -> [Mention] {
        var reader = SentenceReader(tokens: sentence.tokens, lexicon: lexicon)
        return reader.readAll()
    }
}
