import ActorGraphText

/// One sentence of a document with the mentions found in it.
struct ReadSentence: Sendable, Equatable {
    var sentence: Sentence
    var mentions: [Mention]
}
