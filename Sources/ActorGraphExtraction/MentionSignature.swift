/// What entity resolution and office reading see of a mention: every field
/// they decide by, and nothing positional.
///
/// Resolution maps a mention to an entity by these fields alone (its name,
/// kind, country, cues) and corpus-wide tables, so mentions with equal
/// signatures name the same entity. That lets the first pass over a corpus
/// keep one counted signature per distinct mention instead of every
/// sentence, and the second pass find each mention's entity by signature.
struct MentionSignature: Hashable, Sendable {
    /// `name`'s hash value, made with the signature. Declared first, so the
    /// synthesized `==` compares it before any string; and it is all that
    /// `hash(into:)` feeds the hasher. Signatures are made on all cores
    /// (each document's digest), while the corpus table that files every
    /// signature of the corpus (`MentionTable.add`) runs on one thread:
    /// there, hashing the name cost a pass over its bytes at each lookup and
    /// again at each growth of the table. It is the `String` hash, not one
    /// of the bytes, because names that `==` calls equal may differ in bytes
    /// (canonically equivalent spellings) and must hash alike.
    let nameHash: Int
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
        hasher.combine(nameHash)
    }

    init(_ m: Mention) {
        nameHash = m.name.hashValue
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
