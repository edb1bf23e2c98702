import Testing

@testable import ActorGraphExtraction

/// The variant index must find every name one edit away, or resolution
/// would depend on whether it scanned or looked up.
@Suite("VariantIndex")
struct VariantIndexTests {
    /// Names over a small alphabet, so many are one edit apart; a fixed
    /// linear congruential sequence keeps them the same on every run.
    static let names: [String] = {
        var numbers = SeededNumbers(seed: 42)
        func next(_ n: Int) -> Int { numbers.next(below: n) }
        let letters = Array("aeiklmnorsvyé")
        return (0..<600).map { _ in String((0..<(3 + next(6))).map { _ in letters[next(letters.count)] }) }
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

    @Test("One-pass deletion hashes are the hashes of the strings with one character deleted")
    func deletionHashesAsBuilt() {
        for name in Self.names + ["hajiyev", "zelenskyy", "abcd", "ab", ""] {
            let scalars = Array(name.unicodeScalars)
            var built: Set<UInt64> = [VariantIndex.keyHash(scalars)]
            if scalars.count >= 5 {
                for i in scalars.indices {
                    var deleted = scalars
                    deleted.remove(at: i)
                    built.insert(VariantIndex.keyHash(deleted))
                }
            }
            let keys = VariantIndex.keyHashes(name)
            #expect(Set(keys) == built, "\(name)")
            #expect(keys.count == built.count, "\(name): keys repeat")
        }
    }

    @Test("Best name is the first of the names sorted by words, count, then name")
    func bestNameAsSorted() {
        var numbers = SeededNumbers(seed: 7)
        func next(_ n: Int) -> Int { numbers.next(below: n) }
        let words = ["Ali", "al-Sisi", "Abdel", "Fattah", "é", "Ré", "", "x"]
        for _ in 0..<300 {
            var cluster = EntityCluster(type: .person)
            for _ in 0..<(1 + next(6)) {
                let name = (0..<next(4)).map { _ in words[next(words.count)] }.joined(separator: [" ", "  "][next(2)])
                cluster.add(name: name, surface: name, count: 1 + next(3))
            }
            let sorted = cluster.names.sorted { a, b in
                let wa = a.key.split(separator: " ").count, wb = b.key.split(separator: " ").count
                if wa != wb { return wa > wb }
                if a.value != b.value { return a.value > b.value }
                return a.key < b.key
            }
            #expect(cluster.bestName == sorted.first?.key)
            for name in cluster.names.keys {
                #expect(EntityCluster.wordCount(name) == name.split(separator: " ").count, "\(name)")
            }
        }
    }

    @Test("SurnameIndex finds the people a scan finds, in the order they were added")
    func surnamesAsScanned() {
        // ASCII and non-ASCII surnames: the index compares the first on kept bytes, the rest on characters.
        let surnames = ["Hajiyev", "Stepanyan", "Lee", "Hajiev", "Gajiyev", "Stepanian", "Li", "Zelensky", "Zelenskyy", "Poghosyan",
                        "Şahinoğlu", "Sahinoglu", "Müllerová", "Hajıyev", "Øyvindsen"]
        // Some surnames come back later, so several people bear them.
        let people = SurnameIndex((surnames + ["Hajiyev", "Li", "Şahinoğlu", "Hajiev", "Hajiyev"]).enumerated().map { i, surname in
            EntityResolver.Person(key: "p\(i)", given: "", surname: surname)
        })
        for word in surnames + ["Hadjiyev", "Stephanyan", "Lea", "Zelenskiy", "Pogosyan", "Smith", "Şahinoglu", "Mullerova", "Øyvindson"] {
            let folded = NameFolding.fold(NameFolding.core(word))
            let scan = people.people.filter { NameFolding.isVariant(folded: $0.foldedSurname, folded: folded) }.map(\.key)
            #expect(people.variants(of: folded).map { people.people[$0].key } == scan, "\(word)")
        }
        // Spellings one edit apart after folding are found; a different name is not.
        #expect(!people.variants(of: NameFolding.fold("Stephanyan")).isEmpty)
        #expect(people.variants(of: NameFolding.fold("Smith")).isEmpty)
    }

    /// Full names over small pools with one-edit spellings, initials,
    /// particles and non-ASCII letters, so that many qualify for each other.
    static let fullNames: [String] = {
        var numbers = SeededNumbers(seed: 7)
        func next(_ n: Int) -> Int { numbers.next(below: n) }
        let given = ["Hikmet", "Hikmat", "John", "Jon", "J.", "Ahmed", "Ahmad", "al-Ahmad", "Zoë", "Zoe", "Li", "Lee", "Şükrü", "Sukru", "Ana", "Anna"]
        let surnames = ["Hajiyev", "Hajiev", "Gajiyev", "Smith", "Smyth", "Mismari", "al-Mismari", "Li", "Lee", "Şahinoğlu", "Sahinoglu",
                        "Stepanyan", "Stepanian", "Kim", "Kin"]
        return (0..<400).map { _ in given[next(given.count)] + " " + surnames[next(surnames.count)] }
    }()

    @Test("Clustering people from the index joins each name as a scan over the people so far does")
    func peopleClusterAsScanned() {
        let resolver = EntityResolver(lexicon: .shared)
        let candidates = Self.fullNames.map { name in
            let parts = EntityCluster.words(name)
            return EntityResolver.Person(key: "person:\(NameFolding.fold(name))", given: parts[0], surname: parts[parts.count - 1])
        }
        // The rule as first written: the first person so far, in order, of a
        // variant surname with the same first letter and agreeing given names.
        var people: [Int] = []
        var expected: [Int] = []
        for (i, person) in candidates.enumerated() {
            let initial = person.foldedSurname.first
            let match = initial == nil ? nil : people.first { j in
                NameFolding.isVariant(folded: candidates[j].foldedSurname, folded: person.foldedSurname)
                    && candidates[j].foldedSurname.first == initial && resolver.givenNamesAgree(candidates[j], person)
            }
            if let match {
                expected.append(match)
            } else {
                people.append(i)
                expected.append(i)
            }
        }
        let joined = resolver.clusterPeople(candidates).joined
        #expect(joined == expected)
        // Not a degenerate case: names join others, and people chain through names that joined.
        #expect(Set(expected).count < candidates.count / 2)
        #expect(people.count > 10)
    }

    @Test("Given names agree on kept bytes as they do on characters")
    func givenNamesOnBytes() {
        let resolver = EntityResolver(lexicon: .shared)
        let persons = ["Hikmet", "Hikmat", "J.", "John", "Jon", "Jo", "Joan", "al-Ahmad", "Ahmad", "Ahmed", "an-Nur", "Nur", "Zoë", "Zoe",
                       "A", "Anna", "Ana", "Mohammed", "Muhammad", "Sukru", "Şükrü", "Li", "Le", ""].map {
            EntityResolver.Person(key: $0, given: $0, surname: "Smith")
        }
        var onBytes = 0
        for a in persons {
            for b in persons {
                var (ca, cb) = (a, b)
                ca.givenBytes = nil
                cb.givenBytes = nil
                if a.givenBytes != nil, b.givenBytes != nil { onBytes += 1 }
                #expect(resolver.givenNamesAgree(a, b) == resolver.givenNamesAgree(ca, cb), "\(a.key) / \(b.key)")
            }
        }
        #expect(onBytes > 300)
    }
}
