import ActorGraphModel

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
    /// People in the order given.
    let people: [EntityResolver.Person]
    /// Distinct folded surnames, numbered in the order first borne, and for
    /// each the positions in `people` of those who bear it, ascending.
    private var surnames: [String] = []
    private var bearers: [[Int32]] = []
    /// Each surname as bytes, when ASCII without CR (see
    /// `NameFolding.isVariant`): made once, not once per comparison.
    private var surnameBytes: [[UInt8]?] = []
    private var index = VariantIndex()

    /// Files `people` in order.
    ///
    /// Built whole, not person by person: the people are kept as the array
    /// they came in (appended one by one, each was copied, retaining its
    /// strings), and the variant keys of each distinct surname, half of
    /// filing it, are computed on all cores before the surnames are filed
    /// in order. A corpus files 100,000 people twice while resolving, on the
    /// thread the other cores wait for.
    init(_ people: [EntityResolver.Person]) {
        self.people = people
        var surnameNumber: [String: Int32] = [:]
        people.withUnsafeBufferPointer { people in
            for position in people.indices {
                let surname = people[position].foldedSurname
                if let number = surnameNumber[surname] {
                    bearers[Int(number)].append(Int32(position))
                    continue
                }
                surnameNumber[surname] = Int32(surnames.count)
                surnames.append(surname)
                surnameBytes.append(people[position].surnameBytes)
                bearers.append([Int32(position)])
            }
        }
        let keys = surnames.parallelMap(VariantIndex.keyHashes)
        index.reserveCapacity(forKeys: keys.reduce(0) { $0 + $1.count })
        for surnameKeys in keys { index.insert(keys: surnameKeys) }
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
