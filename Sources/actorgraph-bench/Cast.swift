/// The actors of one generated article, and the text they fill in.
///
/// People, organizations and places are drawn by Zipf rank from an
/// unbounded pool, countries uniformly from the real ones. The cast records
/// which ranks the article actually wrote, so the corpus can say how many
/// distinct actors it holds.
struct Cast {
    private var people: [(rank: Int, name: GeneratedNames.Person)]
    private var organizations: [(rank: Int, name: GeneratedNames.Organization)]
    private var countries: [(name: String, adjective: String)]
    private var places: [(rank: Int, name: String)]

    private(set) var writtenPeople: Set<Int> = []
    private(set) var writtenOrganizations: Set<Int> = []
    private(set) var writtenPlaces: Set<Int> = []

    /// Ranks span 2^23 octave-Zipf values: about 8 million, far more than
    /// a 100 MB corpus draws.
    private static let rankBits = 23

    init(people: Int, organizations: Int, countries: Int, places: Int, names: GeneratedNames, random: inout SplitMix64) {
        self.people = (0..<people).map { _ in
            let rank = random.zipfRank(bits: Self.rankBits)
            return (rank, names.person(rank: rank))
        }
        self.organizations = (0..<organizations).map { _ in
            let rank = random.zipfRank(bits: Self.rankBits)
            return (rank, names.organization(rank: rank))
        }
        var pool = NamePools.countries
        self.countries = (0..<countries).map { _ in pool.remove(at: random.below(pool.count)) }
        self.places = (0..<places).map { _ in
            let rank = random.zipfRank(bits: Self.rankBits)
            return (rank, names.place(rank: rank))
        }
    }

    /// `pieces` as text, drawn slots taken from `random`.
    mutating func write(_ pieces: [TextPiece], random: inout SplitMix64) -> String {
        var text = ""
        for piece in pieces {
            switch piece {
            case .literal(let literal):
                text += literal
            case .person(let index, let words, let count):
                let person = people[index]
                writtenPeople.insert(person.rank)
                text += words.map { person.name.word($0, of: count) }.joined(separator: " ")
            case .organization(let index, let acronym):
                let organization = organizations[index]
                writtenOrganizations.insert(organization.rank)
                text += acronym ? organization.name.acronym : organization.name.name
            case .country(let index, let adjective):
                text += adjective ? countries[index].adjective : countries[index].name
            case .place(let index):
                writtenPlaces.insert(places[index].rank)
                text += places[index].name
            case .accusation:
                text += random.pick(NamePools.accusations)
            case .weekday:
                text += random.pick(NamePools.weekdays)
            case .number:
                text += String(random.int(in: 2...60))
            case .office:
                text += random.pick(NamePools.offices)
            case .topic:
                text += random.pick(NamePools.topics)
            }
        }
        return text
    }
}
