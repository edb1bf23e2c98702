import Testing

@testable import ActorGraphExtraction

/// The byte-level fold of ASCII names must agree with the Foundation fold
/// it replaces, name for name.
@Suite("NameFolding")
struct NameFoldingTests {
    @Test("ASCII names fold as Foundation folds them")
    func asciiMatchesFoundation() {
        let names = [
            "Hikmet Hajiyev", "Hikmat Hajiyev", "Dzhokhar", "Zhanna", "Khalifa Haftar", "Philippe", "Stepanyan",
            "Stepanian", "Sergey", "Sergei", "Zelenskyy", "O'Brien-Smith", "Xi Jinping", "Quick Dick", "yie wie",
            "dzhkh", "kkhh", "phph", "Ouattara", "al-Mismari", "  Spaced   Name ", "A.B. Cee", "R2-D2", "", "'-' ",
            "Mc\r\nDonald", "TTTT", "iie yy", "QQ xx",
        ]
        for name in names {
            #expect(NameFolding.fold(name) == NameFolding.foundationFold(name), "\(name)")
        }
    }

    @Test("Random ASCII strings fold as Foundation folds them")
    func randomASCII() {
        let alphabet = Array("abcdhijkoqsuwxyzACDHKPQXYZ '-.0")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<500 {
            var name = ""
            for _ in 0..<12 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                name.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            #expect(NameFolding.fold(name) == NameFolding.foundationFold(name), "\(name)")
        }
    }

    /// Names over letters of every substitution, particles' letters and
    /// separators, with a fixed linear congruential sequence.
    static func randomNames(seed: UInt64, count: Int) -> [String] {
        let alphabet = Array("abdehiklnorsuwxyzABEHIKLNQSZ '-\r\n\t0é")
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 33) % 14
            var name = ""
            for _ in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                name.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            return name
        }
    }

    @Test("In-place ASCII folding agrees with Foundation on random names with every substitution")
    func randomWideASCII() {
        // The byte steps make every substitution, so ASCII names take them.
        #expect(NameFolding.byteGrowth == 2)
        #expect(NameFolding.asciiFold("Xi Jinping") != nil)
        for name in Self.randomNames(seed: 11, count: 2000) {
            #expect(NameFolding.fold(name) == NameFolding.foundationFold(name), "\(name)")
        }
    }

    @Test("The byte-level core agrees with the lowercasing core")
    func coreOnBytes() {
        let fixed = ["al-Mismari", "Al-Sisi", "AL-x", "al-ab", "al-abc", "Abu Bakr", "ibn Saud", "bin", "El-Sayed", "ash-Shara", "Ali", "",
                     "BIN Laden", "IBN Saud", "Ebn Sina", "`l-Mismari", "Ál-x", "Zal-Mismari"]
        let particled = Self.randomNames(seed: 5, count: 500).map { NameFolding.particles[$0.count % NameFolding.particles.count].uppercased() + $0 }
        for name in fixed + particled + Self.randomNames(seed: 3, count: 500) {
            #expect(NameFolding.core(name) == NameFolding.lowercasingCore(name), "\(name)")
        }
    }

    @Test("Byte-level initials agree with initials taken on characters")
    func initialsOnBytes() {
        let fixed = ["Organization for Security and Co-operation in Europe", "Libyan National Army", "a-B c--D", "-X- Y ", "\r\nA B", ""]
        for name in fixed + Self.randomNames(seed: 9, count: 1000) {
            #expect(EntityResolver.initials(name) == EntityResolver.characterInitials(name), "\(name)")
        }
    }

    @Test("Byte-level variant test agrees with the one on characters and scalars")
    func variantsOnBytes() {
        let names = Self.randomNames(seed: 21, count: 300).map(NameFolding.fold) + Self.randomNames(seed: 23, count: 100)
        for (i, a) in names.enumerated() {
            for b in names[i...].prefix(40) + [a + "a", String(a.dropFirst()), "x" + a.dropFirst()] {
                let reference = a == b || (min(a.count, b.count) >= 5 && NameFolding.withinOneEdit(a, b))
                #expect(NameFolding.isVariant(folded: a, folded: b) == reference, "\(a) / \(b)")
            }
        }
    }

    @Test("Byte-level words agree with splitting on characters")
    func wordsOnBytes() {
        for name in Self.randomNames(seed: 17, count: 1000) + ["  a  b ", "\r\n x", ""] {
            #expect(EntityCluster.words(name) == name.split(separator: " ").map(String.init), "\(name)")
            #expect(EntityCluster.wordCount(name) == name.split(separator: " ").count, "\(name)")
        }
    }

    @Test("Non-ASCII names keep the Foundation fold")
    func nonASCII() {
        #expect(NameFolding.asciiFold("Türkiye") == nil)
        #expect(NameFolding.fold("Türkiye") == NameFolding.foundationFold("Türkiye"))
    }

    /// Levenshtein distance as resolution first computed it, the reference
    /// for `withinOneEdit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return limit + 1 }
        var prev = Array(0...y.count)
        var cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...max(1, x.count) where !x.isEmpty {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...max(1, y.count) where !y.isEmpty {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                rowMin = min(rowMin, cur[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&prev, &cur)
        }
        return x.isEmpty ? y.count : prev[y.count]
    }

    @Test("withinOneEdit agrees with the Levenshtein distance on one-edit, two-edit and unrelated pairs")
    func withinOneEditIsLevenshteinAtMostOne() {
        let words = ["hajiyev", "hajiev", "gajiyev", "hajiyeva", "ajiyev", "hajyiev", "stepanyan", "stepanian",
                     "", "a", "ab", "ba", "abc", "türkiye", "turkiye", "zelenskyy", "zelensky", "zelenskiy", "ıi", "x"]
        for a in words {
            for b in words {
                #expect(NameFolding.withinOneEdit(a, b) == (Self.editDistance(a, b, limit: 1) <= 1), "\(a) / \(b)")
            }
        }
        var numbers = SeededNumbers(seed: 7)
        func next(_ n: Int) -> Int { numbers.next(below: n) }
        let letters = Array("abcé")
        for _ in 0..<3000 {
            let a = String((0..<next(7)).map { _ in letters[next(letters.count)] })
            let b = String((0..<next(7)).map { _ in letters[next(letters.count)] })
            #expect(NameFolding.withinOneEdit(a, b) == (Self.editDistance(a, b, limit: 1) <= 1), "\(a) / \(b)")
        }
    }

    /// `givenNamesAgree` as first written, folding both names at each call:
    /// the reference for the version on the forms `Person` keeps folded.
    static func givenNamesAgreeByFolding(_ a: String, _ b: String) -> Bool {
        if NameFolding.isVariant(a, b) { return true }
        let fa = NameFolding.fold(a), fb = NameFolding.fold(b)
        if min(fa.count, fb.count) >= 4, NameFolding.withinOneEdit(fa, fb) { return true }
        return (fa.count == 1 || fb.count == 1) && fa.first == fb.first
    }

    @Test("Given names agree on the kept folded forms as they did when folded at each comparison")
    func givenNamesAgreeOnKeptForms() {
        let resolver = EntityResolver(lexicon: .shared)
        let names = ["Hikmet", "Hikmat", "J.", "J", "John", "Jon", "Joan", "al-Amin", "Al Amin", "Ali", "Aly", "Émile", "Emile",
                     "Zoë", "Zoe", "Ōta", "", "Mohammed", "Muhammad", "Mohamed", "Nikol", "Nicol", "Ivan", "Iван", "X"]
        var numbers = SeededNumbers(seed: 11)
        func next(_ n: Int) -> Int { numbers.next(below: n) }
        let letters = Array("aehijkmnostuyé.-")
        let random = (0..<300).map { _ in String((0..<(1 + next(7))).map { _ in letters[next(letters.count)] }).capitalized }
        let all = names + random
        for _ in 0..<4000 {
            let a = all[next(all.count)], b = all[next(all.count)]
            let agree = resolver.givenNamesAgree(EntityResolver.Person(key: "a", given: a, surname: "Smith"),
                                                 EntityResolver.Person(key: "b", given: b, surname: "Smith"))
            #expect(agree == Self.givenNamesAgreeByFolding(a, b), "\(a) / \(b)")
        }
    }
}
