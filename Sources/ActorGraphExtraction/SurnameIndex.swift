/// People filed by folded surname for the surname rules: which people a lone
/// word or a new full name may be a spelling of, found through a
/// `VariantIndex` instead of a comparison with every person, so resolving a
/// corpus with many people is not quadratic.
struct SurnameIndex {
    /// People in the order they were added.
    private(set) var people: [EntityResolver.Person] = []
    private var index = VariantIndex()

    mutating func append(_ person: EntityResolver.Person) {
        people.append(person)
        index.insert(person.foldedSurname)
    }

    /// The people whose folded surname is a variant of `folded`, in the
    /// order they were added, by position in `people`.
    ///
    /// Positions, not copies: a common surname has hundreds of people, and
    /// copying each (four strings) for a caller that reads one field was
    /// most of resolving a large corpus's names.
    func variants(of folded: String) -> [Int] {
        index.candidates(of: folded).filter {
            NameFolding.isVariant(folded: people[$0].foldedSurname, folded: folded)
        }
    }
}
