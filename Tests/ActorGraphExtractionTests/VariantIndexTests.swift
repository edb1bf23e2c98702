import Testing

@testable import ActorGraphExtraction

/// The variant index must find every name one edit away, or resolution
/// would depend on whether it scanned or looked up.
@Suite("VariantIndex")
struct VariantIndexTests {
    /// Names over a small alphabet, so many are one edit apart; a fixed
    /// linear congruential sequence keeps them the same on every run.
    static let names: [String] = {
        var state: UInt64 = 42
        func next(_ n: UInt64) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % n)
        }
        let letters = Array("aeiklmnorsvyé")
        return (0..<600).map { _ in String((0..<(3 + next(6))).map { _ in letters[next(UInt64(letters.count))] }) }
    }()

    @Test("Candidates hold every variant a scan over all names finds, in insertion order")
    func candidatesCoverTheScan() {
        var index = VariantIndex()
        for name in Self.names { index.insert(name) }
        for query in Self.names.prefix(200) + ["hajiyev", "gajiyev", "ab", ""] {
            let scan = Self.names.indices.filter { NameFolding.isVariant(folded: Self.names[$0], folded: query) }
            let candidates = index.candidates(of: query)
            #expect(candidates == candidates.sorted())
            #expect(Set(scan).isSubset(of: Set(candidates)), "missed variants of \(query)")
        }
    }

    @Test("SurnameIndex finds the people a scan finds, in the order they were added")
    func surnamesAsScanned() {
        let surnames = ["Hajiyev", "Stepanyan", "Lee", "Hajiev", "Gajiyev", "Stepanian", "Li", "Zelensky", "Zelenskyy", "Poghosyan"]
        var people = SurnameIndex()
        for (i, surname) in surnames.enumerated() {
            people.append(EntityResolver.Person(key: "p\(i)", given: "", surname: surname))
        }
        for word in surnames + ["Hadjiyev", "Stephanyan", "Lea", "Zelenskiy", "Pogosyan", "Smith"] {
            let folded = NameFolding.fold(NameFolding.core(word))
            let scan = people.people.filter { NameFolding.isVariant(folded: $0.foldedSurname, folded: folded) }.map(\.key)
            #expect(people.variants(of: folded).map(\.key) == scan, "\(word)")
        }
        // Spellings one edit apart after folding are found; a different name is not.
        #expect(!people.variants(of: NameFolding.fold("Stephanyan")).isEmpty)
        #expect(people.variants(of: NameFolding.fold("Smith")).isEmpty)
    }
}
