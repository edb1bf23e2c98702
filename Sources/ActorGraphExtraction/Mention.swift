import ActorGraphModel

/// A phrase in one sentence that names (or stands for) an entity, before the
/// mentions of all documents are resolved into entities.
public struct Mention: Sendable, Equatable {
    public enum Kind: Sendable, Hashable {
        /// A country by name, alias or demonym.
        case country
        /// A capital city: a place, and, where it acts, its government.
        case capital
        case place
        case organization
        /// A ministry or office of a country ("Armenia's defence ministry"); `kind` is "Defense", "Prosecutor" ...
        case governmentBody(kind: String)
        case person
        /// A lone capitalized word (a surname, a place, or nothing): decided
        /// when all documents have been read.
        case single
        /// A title standing for its holder ("the Azeri President").
        case role(title: String)
    }

    public var kind: Kind
    /// The words as written, e.g. "Hikmat Hajiyev", "Azeri".
    public var surface: String
    /// The name the mention proposes for its entity ("Azerbaijan" for "Azeri").
    public var name: String
    /// Token indices in the sentence, end exclusive.
    public var tokens: Range<Int>
    /// The country this mention belongs to or stands for (demonym, capital,
    /// ministry, modifier of a title).
    public var country: String?
    /// A person's title, when the text gives one ("Prime Minister").
    public var title: String?
    /// True when the title is a speaker's ("spokeswoman", "presidential aide").
    public var isSpeaker = false
    /// Index (in the sentence's mentions) of the mention that qualifies this
    /// one: the country or body of a title, the container of a place.
    public var modifier: Int?
    /// "Azeri forces", "Karabakh officials": the entity acting.
    public var isActorPhrase = false
    /// A demonym or adjective, not a name.
    public var isAdjective = false
    /// Preceded by "in", "near", "at" ...: a location reading.
    public var afterLocative = false
    /// Introduced as a place ("the town of X", "X region", "X, the second city").
    public var placeCue = false
    /// Named right after a vessel noun ("the trawler X"): a ship, not a person.
    public var isVessel = false
    /// A capital written as an actor ("Baku said", "accused Yerevan"): its government.
    public var isActing = false
    /// Written as the owner of a title or body ("Karabakh's rights ombudsman").
    public var isOwner = false
    /// The first word of the sentence, whose capital says nothing.
    public var sentenceInitial = false
    /// Prefix of a hyphen compound ("Iran-backed"): `compoundCue` is the rest ("backed").
    public var compoundCue: String?

    public init(kind: Kind, surface: String, name: String, tokens: Range<Int>, country: String? = nil) {
        self.kind = kind
        self.surface = surface
        self.name = name
        self.tokens = tokens
        self.country = country
    }
}
