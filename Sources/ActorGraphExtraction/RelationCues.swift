/// The cue words of relation frames, as data. Lowercase; general news English.
enum RelationCues {
    static let accuseVerbs: Set<String> = [
        "accuse", "accuses", "accused", "accusing", "blame", "blames", "blamed", "blaming",
    ]
    /// Verbs that accuse when their object is an actor, and deny when it is a claim.
    static let condemnVerbs: Set<String> = [
        "denounce", "denounces", "denounced", "denouncing", "condemn", "condemns", "condemned", "condemning",
    ]
    static let denyVerbs: Set<String> = ["deny", "denies", "denied", "denying"]
    /// Verbs that deny only when a claim is their object ("rejected the accusations").
    static let rejectVerbs: Set<String> = [
        "reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed", "dismissing",
        "refute", "refutes", "refuted", "refuting",
    ]
    static let claimNouns: Set<String> = [
        "accusation", "accusations", "claim", "claims", "allegation", "allegations", "charge", "charges",
        "report", "reports", "assertion", "assertions", "statement", "statements",
    ]
    static let accusationNouns: Set<String> = ["accusation", "accusations", "allegation", "allegations", "charges"]

    static let backVerbs: Set<String> = [
        "back", "backs", "backed", "backing", "support", "supports", "supported", "supporting",
        "sponsor", "sponsors", "sponsored", "endorse", "endorses", "endorsed",
    ]
    /// "X-backed Y": compound suffixes that mean backing.
    static let backingCompounds: Set<String> = ["backed", "supported", "sponsored", "funded", "armed", "allied", "aligned"]
    /// "voiced strong support to Y".
    static let supportNouns: Set<String> = ["support", "backing", "solidarity"]
    static let supportVerbs: Set<String> = [
        "voiced", "voices", "voice", "expressed", "expresses", "express", "pledged", "pledges", "offered",
        "offers", "declared", "declares", "reiterated", "reiterates", "announced", "showed", "shows", "gave",
        "gives", "lent", "lends", "extended", "extends", "affirmed", "reaffirmed", "reaffirms", "signalled",
        "signaled", "thrown", "threw", "throws", "throw", "put", "puts", "pledging", "voicing", "expressing",
    ]
    static let allyAdjectives: Set<String> = [
        "close", "closest", "key", "main", "staunch", "staunchest", "traditional", "longtime", "long-time",
        "strategic", "major", "chief", "biggest", "only", "regional", "military", "top", "principal",
    ]
    static let allyNouns: Set<String> = ["ally", "allies", "backer", "backers", "patron", "sponsor"]

    static let coChairVerbs: Set<String> = ["co-chair", "co-chairs", "co-chaired", "co-chairing", "chair", "chairs", "chaired"]
    static let coChairNouns: Set<String> = ["co-chairs", "co-chair", "co-chairmen", "co-chairman", "co-chairpersons", "leaders", "co-leaders"]

    static let foundingVerbs: Set<String> = ["established", "created", "set", "formed", "founded", "launched", "convened"]

    /// Words between a subject and its verb that do not break the link.
    static let subjectSkips: Set<String> = [
        "also", "instead", "swiftly", "immediately", "quickly", "repeatedly", "again", "previously", "later",
        "then", "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "may", "might",
        "reportedly", "publicly", "openly", "strongly", "officially", "formally", "directly", "on", "in",
        "turn", "separately", "meanwhile", "today", "yesterday", "tonight", "last", "this", "week", "month",
        "year", "night", "morning", "afternoon", "evening", "earlier", "late", "sharply", "angrily", "promptly",
        "once", "already", "long", "itself", "himself", "herself", "themselves", "now", "first", "who", "which",
        "that", "both", "each", "all", "consistently", "has also", "be", "been", "vehemently", "flatly",
        "categorically",
    ]
    /// "X was quick to deny": words between a subject and an infinitive verb.
    static let infinitiveLeads: Set<String> = [
        "to", "quick", "ready", "eager", "swift", "moved", "sought", "tried", "rushed", "went", "continued",
        "appeared", "seemed", "hastened", "able", "unable",
    ]
    static let reportingVerbs: Set<String> = ["said", "says", "stated", "added", "announced", "reported", "claimed", "told", "wrote", "tweeted", "posted"]
    /// Words that end the search for a verb's object: prepositions, verbs, conjunctions.
    static let objectStops: Set<String> = [
        "of", "for", "to", "in", "on", "at", "by", "with", "from", "and", "or", "but", "that", "which", "who",
        "is", "are", "was", "were", "has", "have", "had", "be", "been", "said", "says", "it", "them", "him",
        "her", "they", "what", "over", "against", "after", "before", "as", "than", "not",
    ]
    /// Verbs (and auxiliaries) after a capital that make it its government.
    static let actingVerbs: Set<String> = [
        "said", "says", "say", "accused", "accuses", "accuse", "denied", "denies", "deny", "urged", "urges",
        "blamed", "blames", "warned", "warns", "rejected", "rejects", "insisted", "insists", "claimed", "claims",
        "has", "have", "had", "was", "is", "will", "would", "backs", "backed", "supports", "supported",
        "condemned", "condemns", "called", "calls", "responded", "announced", "announces", "summoned",
        "recalled", "demanded", "demands", "sent", "sends", "agreed", "agrees", "refused", "refuses", "vowed",
        "threatened", "threatens", "hit", "struck", "launched", "denounced", "wants", "wanted", "sees",
    ]
    /// Words before a capital that make it the object of a relation: "accused Baku".
    static let actingObjectsOf: Set<String> = [
        "accused", "accuses", "accuse", "accusing", "blamed", "blames", "blaming", "to", "for", "backs",
        "backed", "supports", "supported", "against", "by",
    ]
    static let relativePronouns: Set<String> = ["who", "which", "that"]
    /// Openings of an apposition set off by commas ("X, a spokesman for Y, said").
    static let appositionOpeners: Set<String> = ["a", "an", "the", "who", "which", "whose", "its", "his", "her", "their", "along", "together", "like", "as"]
    static let negations: Set<String> = ["not", "n't", "never", "no", "nor", "neither"]
    static let negatingVerbs: Set<String> = ["refused", "refuses", "refuse", "declined", "declines", "decline", "avoided", "avoids", "stopped", "hesitated"]
    static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "being", "is", "are", "be", "get", "got"]
    static let directions: Set<String> = [
        "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeastern",
        "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
        "south-western", "upper", "lower", "coastal", "rural", "occupied",
    ]
    /// "X, a region of Y": nouns of a containing apposition.
    static let containmentNouns: Set<String> = ["capital", "region", "province", "district", "city", "town", "village", "part", "territory", "enclave", "area", "port", "suburb"]
    static let personalPronouns: Set<String> = ["he", "she"]
}
