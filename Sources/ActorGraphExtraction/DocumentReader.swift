import ActorGraphText

/// One document's sentences with their mentions, as both passes of the
/// extractor read it: segmented, mentions found, and government bodies
/// without a country given the country their context names.
///
/// Deterministic, so the second pass sees exactly the mentions the first
/// pass resolved.
struct DocumentReader: Sendable {
    let segmenter: ArticleSegmenter
    let recognizer: MentionRecognizer
    let resolver: EntityResolver

    func read(_ document: SourceDocument) -> [ReadSentence] {
        var sentences = segmenter.sentences(in: document).map(recognizer.read)
        resolver.fillBodyCountries(&sentences)
        return sentences
    }
}
