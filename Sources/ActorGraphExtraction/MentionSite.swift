/// Where a mention stands: document, sentence and its index in that
/// sentence's mentions. The key the resolver's answers are looked up by.
struct MentionSite: Hashable, Sendable {
    var document: Int
    var sentence: Int
    var mention: Int
}
