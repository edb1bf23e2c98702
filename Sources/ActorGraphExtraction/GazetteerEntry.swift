import ActorGraphModel

/// What a known phrase stands for.
public struct GazetteerEntry: Sendable, Hashable {
    public enum Role: Sendable, Hashable {
        /// The country's own name or alias ("Azerbaijan", "Republic of Azerbaijan").
        case countryName
        /// A demonym or adjective ("Azeri", "Armenians"): the country as an actor.
        case demonym
        /// A capital city: a place, and in actor position its government.
        case capital
        case place
        case organization
        /// A person a user lexicon names, with the aliases that stand for them.
        case person
    }

    /// Canonical name of the entity this phrase names.
    public var name: String
    public var type: EntityType
    public var role: Role
    /// The country a capital, demonym, government body or place belongs to.
    public var country: String?
    /// An organization's acronym, when the lexicon knows it.
    public var acronym: String?
}
