/// People filed by folded surname for the surname rules: which people a lone
/// word or a new full name may be a spelling of, found through a
/// `VariantIndex` instead of a comparison with every person, so resolving a
/// corpus with many people is not quadratic.
struct SurnameIndex {
    /// People in the order they were added.
    private(set) var people: [EntityResolver.Person] = []
    /// Each person's folded surname as bytes, when ASCII without CR (see
    /// `NameFolding.isVariant`): made once, not twice per comparison.
    private var surnameBytes: [[UInt8]?] = []
    private var index = VariantIndex()

    mutating func append(_ person: EntityResolver.Person) {
        people.append(person)
        surnameBytes.append(NameFolding.asciiBytes(person.foldedSurname))
        index.insert(person.foldedSurname)
    }

    /// The people whose folded surname is a variant of `folded`, in the
    /// order they were added, by position in `people`.
    ///
    /// Positions, not copies: a common surname has hundreds of people, and
    /// copying each (four strings) for a caller that reads one field was
    /// most of resolving a large corpus's names.
    func variants(of folded: String) -> [Int] {
        let query = NameFolding.asciiBytes(folded)
        return index.candidates(of: folded).filter { i in
            // `NameFolding.isVariant(folded:folded:)` on kept bytes where both are ASCII.
            if let query, let surname = surnameBytes[i] {
                return query == surname || (min(query.count, surname.count) >= 5 && NameFolding.withinOneEdit(surname, query))
            }
            return NameFolding.isVariant(folded: people[i].foldedSurname, folded: folded)
        }
    }
}
