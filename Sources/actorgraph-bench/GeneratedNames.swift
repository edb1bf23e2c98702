/// The names of the corpus's generated actors, derived from their rank.
///
/// A rank always gives the same name (its own generator stream), so an actor
/// drawn again in a later article is spelt the same way and the extractor
/// can merge its mentions across articles.
struct GeneratedNames {
    /// A generated person: up to three given names and a surname.
    struct Person {
        var givenNames: [String]
        var surname: String

        /// Word `index` of a name written with `count` words: the surname
        /// last, given names before it ("Amina Karavison", "Amina Leila Karavison").
        func word(_ index: Int, of count: Int) -> String {
            index == count - 1 ? surname : givenNames[min(index, givenNames.count - 1)]
        }

        var fullName: String { givenNames[0] + " " + surname }
    }

    /// A generated organization: "<Adjective> <Noun> <Tail>".
    struct Organization {
        var words: [String]

        var name: String { words.joined(separator: " ") }
        /// Its initials ("Crimson Dawn Front" -> "CDF").
        var acronym: String { String(words.compactMap(\.first)) }
    }

    private enum Stream: UInt64 {
        case person = 1, organization, place
    }

    let seed: UInt64

    func person(rank: Int) -> Person {
        var random = SplitMix64(seed: seed, stream: Stream.person.rawValue, index: UInt64(rank))
        let given = (0..<3).map { _ in random.pick(NamePools.givenNames) }
        var surname = random.pick(NamePools.surnameOnsets) + random.pick(NamePools.surnameMiddles)
        if random.chance(0.5) { surname += random.pick(NamePools.surnameMiddles) }
        surname += random.pick(NamePools.surnameEndings)
        return Person(givenNames: given, surname: surname)
    }

    func organization(rank: Int) -> Organization {
        var random = SplitMix64(seed: seed, stream: Stream.organization.rawValue, index: UInt64(rank))
        return Organization(words: [
            random.pick(NamePools.organizationAdjectives), random.pick(NamePools.organizationNouns),
            random.pick(NamePools.organizationTails),
        ])
    }

    func place(rank: Int) -> String {
        var random = SplitMix64(seed: seed, stream: Stream.place.rawValue, index: UInt64(rank))
        var name = random.pick(NamePools.placeOnsets) + random.pick(NamePools.placeVowels)
        if random.chance(0.5) { name += random.pick(NamePools.surnameMiddles) }
        return name + random.pick(NamePools.placeEndings)
    }
}
