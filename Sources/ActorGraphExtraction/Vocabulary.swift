/// The general word lists the extractor reads news English with: titles,
/// organization words, place cue words, actor nouns and function words.
///
/// Tables, not code: nothing here names an actor of any particular conflict.
/// Everything is lowercase; multiword entries are space-separated tokens.
public enum Vocabulary {
    // MARK: - Titles

    /// Offices a person holds; "holds-office" edges carry these as the title.
    public static let officeTitles: Set<String> = [
        "president", "vice president", "prime minister", "deputy prime minister", "first deputy prime minister",
        "premier", "chancellor", "king", "queen", "emir", "sultan", "crown prince", "prince", "sheikh",
        "supreme leader", "head of state", "president-elect", "interim president", "acting president",
        "minister", "foreign minister", "defence minister", "defense minister", "interior minister",
        "finance minister", "justice minister", "health minister", "energy minister", "economy minister",
        "deputy foreign minister", "deputy defence minister", "deputy defense minister", "deputy minister",
        "minister of foreign affairs", "minister of defence", "minister of defense", "minister of interior",
        "secretary of state", "defense secretary", "defence secretary", "foreign secretary", "home secretary",
        "secretary-general", "secretary general", "deputy secretary of state", "under secretary",
        "attorney general", "prosecutor general", "chief prosecutor", "ambassador", "envoy", "special envoy",
        "special representative", "consul", "ombudsman", "rights ombudsman", "human rights ombudsman",
        "mayor", "governor", "senator", "lawmaker", "speaker", "chairman", "chairwoman", "chair",
        "commander", "commander-in-chief", "chief of staff", "chief of general staff", "army chief",
        "general", "major general", "lieutenant general", "brigadier general", "major-general", "lieutenant-general",
        "brigadier", "colonel", "lieutenant colonel", "major", "captain", "lieutenant", "admiral", "vice admiral",
        "rear admiral", "marshal", "field marshal", "sergeant", "warlord", "leader", "opposition leader",
        "director", "commissioner", "high commissioner", "judge", "chief justice", "national security adviser",
        "national security advisor", "foreign policy chief", "head", "director general", "director-general",
        "chief executive", "president of the commission", "high representative", "chief negotiator", "negotiator",
    ]

    /// Titles of people who speak for someone else: "spokesperson-of" edges.
    public static let speakerTitles: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "press secretary", "aide", "adviser", "advisor",
        "presidential aide", "presidential adviser", "presidential advisor", "senior aide", "senior adviser",
        "chief spokesman", "chief spokeswoman", "press officer", "representative", "official spokesman",
    ]

    /// Words that may stand before a title without changing it ("deputy", "top").
    public static let titleModifiers: Set<String> = [
        "senior", "top", "former", "acting", "interim", "outgoing", "incoming", "then", "chief", "deputy",
        "official", "military", "presidential", "government", "defence", "defense", "foreign", "rights",
        "human", "first", "second", "vice", "rear", "special",
    ]

    /// Abbreviated ranks and honorifics, read as part of a name's run ("Gen. X").
    public static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "capt", "sgt", "adm", "brig", "prof", "sir", "dame",
        "dato", "datuk", "tun", "tan", "sri", "haji", "hajji", "mullah", "sheikh", "rev", "fr",
    ]

    /// The office a "presidential" or "prime ministerial" speaker speaks for.
    public static let officeAdjectives: [String: String] = [
        "presidential": "president", "prime ministerial": "prime minister", "royal": "king",
    ]

    // MARK: - Organizations

    /// The kinds of government body, normalized: every written form maps to
    /// the canonical word used in the body's name ("defence" -> "Defense").
    public static let ministryKinds: [String: String] = [
        "defence": "Defense", "defense": "Defense", "foreign": "Foreign", "foreign affairs": "Foreign",
        "external affairs": "Foreign", "interior": "Interior", "internal affairs": "Interior", "home": "Interior",
        "justice": "Justice", "finance": "Finance", "health": "Health", "education": "Education",
        "economy": "Economy", "energy": "Energy", "emergency situations": "Emergency Situations",
        "emergencies": "Emergency Situations", "agriculture": "Agriculture", "transport": "Transport",
        "information": "Information", "culture": "Culture", "trade": "Trade", "environment": "Environment",
        "labour": "Labor", "labor": "Labor", "intelligence": "Intelligence", "security": "Security",
        "state security": "State Security",
    ]

    /// Offices named after their holder ("the prosecutor general's office").
    public static let officeKinds: [String: String] = [
        "prosecutor": "Prosecutor", "prosecutor general": "Prosecutor", "prosecutor-general": "Prosecutor",
        "attorney general": "Attorney General", "president": "Presidential", "presidential": "Presidential",
        "prime minister": "Prime Minister",
    ]

    /// Words that end an organization's name ("Minsk Group", "Interior Ministry").
    public static let organizationTails: Set<String> = [
        "ministry", "ministries", "office", "court", "group", "council", "committee", "commission", "agency",
        "army", "department", "organization", "organisation", "union", "party", "front", "movement", "alliance",
        "brigade", "brigades", "battalion", "guard", "guards", "police", "service", "services", "bank", "fund",
        "institute", "university", "company", "corporation", "authority", "assembly", "parliament", "congress",
        "senate", "tribunal", "forum", "federation", "association", "league", "coalition", "network",
        "foundation", "centre", "center", "bureau", "secretariat", "administration", "navy", "corps", "militia",
        "command", "directorate", "news", "times", "post", "press", "images", "telegraph", "journal", "herald",
        "tribune", "gazette", "broadcasting", "television", "radio", "mission", "forces", "force", "government",
        "initiative", "operation", "unit", "units", "division", "format", "process", "platform", "quartet",
        "troika", "mechanism", "framework", "dialogue", "observatory", "watch", "staff", "fleet", "flotilla",
        "technologies", "systems", "industries", "holdings", "airlines", "airways", "inc", "ltd", "llc", "corp",
        "plc", "gmbh",
    ]

    /// Words that open the name of an event, not an actor: "Operation Iron
    /// Swords", "Exercise Zapad", "Battle of Bakhmut".
    public static let eventHeads: Set<String> = [
        "operation", "exercise", "battle", "siege", "war", "summit", "conference", "offensive", "campaign",
        "uprising", "revolution", "massacre", "genocide", "crisis",
    ]

    /// Words that open an organization's name ("Ministry of Defence of X",
    /// "Organization for Security and ...", "Court of Justice").
    public static let organizationHeads: Set<String> = [
        "ministry", "organization", "organisation", "court", "office", "council", "department", "bank",
        "university", "institute", "committee", "union", "league", "federation", "association", "agency",
        "commission", "party", "army", "front", "movement", "alliance", "coalition", "assembly", "congress",
        "parliament", "tribunal", "secretariat", "directorate", "command", "house", "people's", "government",
        "mission", "force", "forces",
    ]

    /// Lowercase words that follow a name and make it an organization
    /// ("Ria Novosti news agency", "the Minsk group").
    public static let organizationCueTails: Set<String> = [
        "group", "agency", "news agency", "ministry", "office", "council", "committee", "court", "party",
        "movement", "militia", "alliance", "coalition", "newspaper", "broadcaster", "daily", "channel", "army",
    ]

    /// Institutions of a state: "<demonym> <institution>" belongs to that
    /// country ("Indonesian Navy"); other demonym-led names ("Libyan National
    /// Army") may be rebels and are not.
    public static let stateInstitutions: Set<String> = [
        "navy", "army", "air force", "coast guard", "police", "national police", "border guard", "border guards",
        "border service", "armed forces", "military", "national guard", "gendarmerie", "foreign service",
        "intelligence service", "security service", "parliament", "government", "cabinet", "senate",
        "supreme court", "constitutional court", "central bank", "embassy", "presidency", "customs service",
    ]

    // MARK: - Places

    /// Administrative words; "Barda region" and "Barda" are one place, named
    /// without the word.
    public static let administrativeUnits: Set<String> = [
        "region", "province", "district", "governorate", "oblast", "county", "prefecture", "municipality",
        "state", "territory", "canton", "department", "raion", "rayon", "krai", "emirate", "enclave",
    ]

    /// Geographic words that are part of a place's name ("Lachin Corridor").
    public static let geographicTails: Set<String> = [
        "corridor", "valley", "strip", "heights", "peninsula", "mountains", "mountain", "river", "sea",
        "gulf", "bay", "island", "islands", "lake", "desert", "plateau", "basin", "coast", "straits", "strait",
        "canal", "pass", "gorge", "delta", "highlands", "hills", "bank", "border", "crossing", "square", "airport",
        "dam", "reservoir", "base", "airbase", "bridge", "camp", "terminal", "oilfield", "field", "harbour", "harbor",
    ]

    /// Nouns that introduce a place: "the town of Barda", "cities of X and Y".
    public static let placeNouns: Set<String> = [
        "town", "towns", "city", "cities", "village", "villages", "port", "capital", "settlement",
        "settlements", "region", "province", "district", "area", "enclave", "municipality", "hamlet",
        "suburb", "outskirts", "neighbourhood", "neighborhood", "county", "oblast", "governorate",
        "border town", "port city", "port town", "seaport", "island", "islands",
    ]

    /// Prepositions after which an unknown capitalized word is a place.
    public static let locativePrepositions: Set<String> = [
        "in", "near", "at", "from", "outside", "into", "around", "across", "toward", "towards", "inside",
        "to", "via",
    ]

    // MARK: - Actors

    /// Nouns that turn a demonym or a place into that actor's side:
    /// "Azeri forces", "the Armenian military", "Karabakh officials".
    public static let actorNouns: Set<String> = [
        "forces", "force", "military", "army", "troops", "soldiers", "officials", "official", "government",
        "governments", "authorities", "side", "leadership", "leaders", "leader", "regime", "administration",
        "diplomats", "diplomacy", "police", "army's", "militaries", "armed forces", "separatists",
        "separatist", "rebels", "fighters", "drones", "artillery", "navy", "air force", "border guards",
        "statement", "state media", "media", "prosecutors", "investigators", "president's office",
    ]

    /// Nouns that introduce a vessel's name ("the trawler Kapitan Belov"):
    /// vessels are none of the four entity types.
    public static let vesselNouns: Set<String> = [
        "ship", "vessel", "trawler", "tanker", "frigate", "destroyer", "corvette", "cruiser", "submarine",
        "carrier", "freighter", "ferry", "boat", "yacht", "warship", "icebreaker", "barge", "dhow",
    ]

    // MARK: - Function words

    /// Capitalized at the start of a sentence but never a name.
    public static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "in", "on", "at", "as", "by", "for", "from", "of", "to", "with", "without", "after",
        "before", "during", "since", "until", "while", "when", "where", "whether", "if", "but", "and", "or",
        "yet", "so", "meanwhile", "however", "moreover", "also", "still", "instead", "then", "now", "today",
        "yesterday", "tomorrow", "he", "she", "it", "they", "we", "you", "i", "his", "her", "its", "their",
        "our", "this", "that", "these", "those", "there", "here", "according", "about", "some", "many", "most",
        "more", "both", "each", "every", "all", "no", "not", "other", "another", "such", "what", "which",
        "who", "whom", "whose", "why", "how", "earlier", "later", "last", "next", "first", "second", "third",
        "dozens", "hundreds", "thousands", "several", "few", "one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "despite", "amid", "among", "against", "over", "under", "between",
        "through", "although", "though", "because", "unlike", "like", "speaking", "asked", "fighting",
        "clashes", "skirmishes", "leaders", "officials", "sources", "witnesses", "residents", "analysts",
        "observers", "critics", "reports", "police", "troops", "soldiers", "forces", "fresh", "new", "latest",
        "recent", "deadly", "international", "regional", "local", "western", "eastern", "northern", "southern",
        "partial", "total", "national", "military", "civilian", "security",
    ]

    /// Time words that are capitalized but name no actor or place.
    public static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "christmas", "easter", "ramadan", "eid", "year", "day",
    ]

    /// Capitalized words that are common nouns in headlines, documents and
    /// law ("Article 39", "Big Tech"), never part of an actor's name.
    public static let commonCapitalized: Set<String> = [
        "article", "chapter", "section", "resolution", "protocol", "act", "law", "treaty", "agreement",
        "declaration", "big", "tech", "word", "premium", "comments", "related", "photo", "video",
        "update", "breaking", "exclusive", "opinion", "analysis", "editorial", "live", "advertisement",
        "covid", "covid-19", "coronavirus", "internet", "web", "online", "english", "twitter", "facebook",
        "telegram", "instagram", "youtube", "tiktok", "whatsapp", "x",
    ]

    /// Single all-caps tokens that are not organization acronyms.
    public static let nonAcronyms: Set<String> = [
        "pac", "tv", "ceo", "gmt", "utc", "am", "pm", "ok", "id", "gdp", "hiv", "aids", "dna", "ii", "iii",
        "iv", "vi", "vii", "viii", "ix", "xi", "usd", "eur", "km", "mp", "mps", "covid", "pdf", "faq", "rss",
        "url", "html", "bc", "ad", "vip", "a", "i", "s", "ap's",
    ]

    /// Articles and possessives skipped before a phrase.
    public static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"]

    /// Words that join the parts of an organization's name.
    public static let nameConnectors: Set<String> = ["of", "for", "and", "on", "in", "the", "&"]

    /// Lowercase particles inside personal names ("Ahmed al-Mismari", "Ursula von der Leyen").
    public static let nameParticles: Set<String> = ["al", "el", "bin", "ibn", "bint", "van", "von", "der", "de", "da", "di", "du", "la", "le", "dos", "del", "ul", "abu", "ben"]
}
