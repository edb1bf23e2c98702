/// People filed by folded surname for the surname rules: which people a lone
/// word or a new full name may be a spelling of, found through a
/// `VariantIndex` instead of a comparison with every person, so resolving a
/// corpus with many people is not quadratic.
///
/// The variant index files each distinct surname once, with the people who
/// bear it: a query then gathers, sorts and compares each variant surname
/// once, not once per bearer (the bench corpus's 87,710 full names find
/// 22 people of variant surnames each, on average).
struct SurnameIndex {
    /// People in the order they were added.
    private(set) var people: [EntityResolver.Person] = []
    /// Distinct folded surnames, numbered in the order first added, and for
    /// each the positions in `people` of those who bear it, ascending.
    private var surnames: [String] = []
    private var bearers: [[Int32]] = []
    /// Each surname as bytes, when ASCII without CR (see
    /// `NameFolding.isVariant`): made once, not once per comparison.
    private var surnameBytes: [[UInt8]?] = []
    private var surnameNumber: [String: Int32] = [:]
    private var index = VariantIndex()

    mutating func append(_ person: EntityResolver.Person) {
        let position = Int32(people.count)
        people.append(person)
        if let number = surnameNumber[person.foldedSurname] {
            bearers[Int(number)].append(position)
            return
        }
        surnameNumber[person.foldedSurname] = Int32(surnames.count)
        surnames.append(person.foldedSurname)
        surnameBytes.append(person.surnameBytes)
        bearers.append([position])
        index.insert(person.foldedSurname)
    }

    /// The people whose folded surname is a variant of `folded`, in the
    /// order they were added, by position in `people`.
    ///
    /// Positions, not copies: a common surname has hundreds of people, and
    /// copying each (four strings) for a caller that reads one field was
    /// most of resolving a large corpus's names.
    func variants(of folded: String) -> [Int] {
        let numbers = variantSurnameNumbers(of: folded, bytes: NameFolding.asciiBytes(folded))
        var out: [Int] = []
        for n in numbers { out += bearers[n].lazy.map(Int.init) }
        if numbers.count > 1 { out.sort() }
        return out
    }

    /// The distinct surnames that are variants of `folded` (whose bytes, if
    /// ASCII without CR, are `bytes`): each one's bearers, ascending, and
    /// its first character.
    func variantSurnames(of folded: String, bytes query: [UInt8]?) -> [(bearers: [Int32], initial: Character?)] {
        variantSurnameNumbers(of: folded, bytes: query).map { (bearers[$0], surnames[$0].first) }
    }

    /// Numbers of the distinct surnames that are variants of `folded`.
    private func variantSurnameNumbers(of folded: String, bytes query: [UInt8]?) -> [Int] {
        index.candidates(of: folded).filter { n in
            // `NameFolding.isVariant(folded:folded:)` on kept bytes where both are ASCII.
            if let query, let surname = surnameBytes[n] {
                return query == surname || (min(query.count, surname.count) >= 5 && NameFolding.withinOneEdit(surname, query))
            }
            return NameFolding.isVariant(folded: surnames[n], folded: folded)
        }
    }
}
