import ActorGraphText

/// One sentence of one document with the mentions found in it.
struct ReadSentence: Sendable {
    var document: Int
    var sentence: Sentence
    var mentions: [Mention]
}
