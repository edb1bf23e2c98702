import ActorGraphText

/// One sentence of a document with the mentions found in it, and what the
/// recognizer looked up of each token that the relation frames read too.
struct ReadSentence: Sendable, Equatable {
    var sentence: Sentence
    var mentions: [Mention]
    /// Each token's text lowercased (`Words.lowercased`).
    var lower: [String]
    /// Each token's relation-frame bits (`TokenCues.frame`).
    var frameCues: [FrameCues]

    init(sentence: Sentence, mentions: [Mention], lower: [String], frameCues: [FrameCues]) {
        precondition(lower.count == sentence.tokens.count && frameCues.count == sentence.tokens.count,
                     "a lowercased word and cues for each token")
        self.sentence = sentence
        self.mentions = mentions
        self.lower = lower
        self.frameCues = frameCues
    }
}
