/// What entity resolution and office reading see of a mention: every field
/// they decide by, and nothing positional.
///
/// Resolution maps a mention to an entity by these fields alone (its name,
/// kind, country, cues) and corpus-wide tables, so mentions with equal
/// signatures name the same entity. That lets the first pass over a corpus
/// keep one counted signature per distinct mention instead of every
/// sentence, and the second pass find each mention's entity by signature.
struct MentionSignature: Hashable, Sendable {
    var kind: Mention.Kind
    var name: String
    var surface: String
    var country: String?
    var title: String?
    var isSpeaker: Bool
    var isVessel: Bool
    var isActing: Bool
    /// Introduced as a place, after a locative, acting, or owning a title:
    /// the cues that make a lone unknown word a place.
    var isPlaceLike: Bool

    /// The name alone: equal signatures have equal names, and few
    /// signatures share a name, so the equality checks a shared hash adds
    /// cost less than hashing the surface, country and title of every
    /// signature did (each is hashed once a document and once a corpus).
    func hash(into hasher: inout Hasher) {
        hasher.combine(name)
    }

    init(_ m: Mention) {
        kind = m.kind
        name = m.name
        surface = m.surface
        country = m.country
        title = m.title
        isSpeaker = m.isSpeaker
        isVessel = m.isVessel
        isActing = m.isActing
        isPlaceLike = m.placeCue || m.afterLocative || m.isActorPhrase || m.isOwner
    }
}
