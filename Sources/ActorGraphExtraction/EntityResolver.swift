import ActorGraphModel
import ActorGraphText

/// Merges the mentions of all documents into entities: one node per
/// real-world actor or place however the articles spell it.
///
/// Lexicon names resolve by canonical name; government bodies by country and
/// kind; organizations by name, acronym and parent prefix; people by a
/// transliteration-tolerant surname and given name; lone words by what they
/// match (a surname, the last word of a place) or by the cue around them.
struct EntityResolver {
    let lexicon: Lexicon

    /// Resolves the mentions of a whole corpus, given as its table of
    /// distinct signatures (see `MentionTable`). Signatures are visited in
    /// order of first occurrence, so "the first mention that says" is the
    /// same as in a reading of every sentence.
    func resolve(_ table: MentionTable) -> Resolution {
        var clusters = ClusterTable()
        // Signature position -> cluster number, -1 for none.
        var keyOf = [Int32](repeating: -1, count: table.signatures.count)

        func add(_ key: String, _ type: EntityType, _ m: MentionSignature, _ n: Int, _ site: Int, canonical: String? = nil) {
            let c = clusters.number(for: key, type: type)
            Self.include(m, n, canonical: canonical, takesCountry: type != .country, in: &clusters[c])
            keyOf[site] = Int32(c)
        }

        var persons: [Occurrence] = []
        var singles: [Occurrence] = []

        for (site, m) in table.signatures.enumerated() {
            let n = table.counts[site]
            switch m.kind {
            case .country:
                add("country:\(m.name)", .country, m, n, site, canonical: m.name)
            case .capital:
                add("place:\(Lexicon.key(m.name))", .place, m, n, site, canonical: m.name)
                // "Addis Ababa accused Nairobi": a capital acting for its government
                // brings its country into the graph, without naming it after the city.
                if let country = m.country, m.isActing {
                    let c = clusters.number(for: "country:\(country)", type: .country)
                    clusters[c].canonical = country
                    clusters[c].names[country, default: 0] += 0
                }
            case .place:
                let known = lexicon.entry(forKey: Lexicon.key(m.name))
                add("place:\(Lexicon.key(known?.name ?? m.name))", .place, m, n, site, canonical: known?.name)
            case .organization:
                let known = lexicon.entry(forKey: Lexicon.key(m.name)).flatMap { $0.type == .organization ? $0 : nil }
                var key = "org:\(Lexicon.key(known?.name ?? m.name))"
                if known == nil, let paired = table.acronyms[m.name] { key = paired }
                add(key, .organization, m, n, site, canonical: known?.name)
            case .governmentBody(let kind):
                guard let country = m.country else { continue }
                add(GovernmentBody.key(kind: kind, country: country), .organization, m, n, site, canonical: m.name)
            case .person:
                persons.append(Occurrence(site: site, count: n))
            case .single:
                singles.append(Occurrence(site: site, count: n))
            case .role:
                continue
            }
        }

        // Organizations and places merge, and the lone-word tables are read,
        // from the clusters as they are now: resolving people adds person
        // clusters and changes no other. So those steps run on another core
        // while this one finds who the people are; the task has let go of
        // its copy of the table by the time the people are filed in it, so
        // filing them does not copy the table.
        let others = BackgroundTask(clusters) { [self] clusters in
            var sets = UnionFind()
            mergeOrganizationsByAcronymAndSuffix(clusters, &sets)
            mergePlaces(clusters, &sets)
            return (sets: sets, names: loneWordNames(clusters))
        }
        let people = personKeys(persons, table.signatures)
        let (merged, names) = others.value
        var sets = merged
        filePersons(people, table.signatures, &clusters, &keyOf)
        resolveSingles(singles, table.signatures, names, &clusters, &keyOf)
        // Handed over, not shared (the local `add` holds `clusters`), so
        // `finish` moves the clusters out without copying the table.
        var final = ClusterTable()
        swap(&final, &clusters)
        return finish(consume final, keyOf, table, &sets)
    }

    /// Counts `n` mentions like `m` in `cluster`, naming it `canonical` if
    /// given, and giving it the mention's country if it has none and
    /// `takesCountry`; through one access to the cluster, not one per field.
    static func include(_ m: MentionSignature, _ n: Int, canonical: String?, takesCountry: Bool, in cluster: inout EntityCluster) {
        cluster.add(name: m.name, surface: m.surface, count: n)
        if let canonical { cluster.canonical = canonical }
        if let c = m.country, cluster.country == nil, takesCountry { cluster.country = c }
    }

    /// A distinct mention signature, by its position in the table (not a
    /// copy: a corpus has hundreds of thousands), and how often it occurs.
    struct Occurrence {
        var site: Int
        var count: Int
    }

    // MARK: - Government bodies without a country

    /// "the prosecutor general's office said ...": the body of the country the
    /// sentence, or else the previous sentence, is about. `sentences` are one
    /// document's, in order.
    func fillBodyCountries(_ sentences: inout [ReadSentence]) {
        for si in sentences.indices {
            for mi in sentences[si].mentions.indices {
                guard case .governmentBody(let kind) = sentences[si].mentions[mi].kind,
                      sentences[si].mentions[mi].country == nil else { continue }
                var country: String?
                var k = si
                while country == nil, k >= 0, k >= si - 2 {
                    let candidates = k == si ? Array(sentences[k].mentions[..<mi]) : sentences[k].mentions
                    country = candidates.first { $0.kind == .country || (isBody($0) && $0.country != nil) }?.country
                    k -= 1
                }
                guard let country else { continue }
                sentences[si].mentions[mi].country = country
                let isOffice = sentences[si].mentions[mi].name.hasSuffix("Office")
                sentences[si].mentions[mi].name = GovernmentBody.name(kind: kind, isOffice: isOffice, adjective: lexicon.adjective(for: country))
            }
        }
    }

    func isBody(_ m: Mention) -> Bool {
        if case .governmentBody = m.kind { return true }
        return false
    }

    // MARK: - Organizations

    /// "Libyan National Army (LNA)": the acronym in brackets after a name,
    /// and the cluster key of that name, in the order `sentences` give them.
    func pairedAcronyms(_ sentences: [ReadSentence]) -> [(String, String)] {
        var out: [(String, String)] = []
        for s in sentences {
            let t = s.sentence.tokens
            for m in s.mentions where m.kind == .organization {
                let e = m.tokens.upperBound
                guard e + 2 < t.count, t[e].text == "(", t[e + 2].text == ")", t[e + 1].isAllCaps else { continue }
                let known = lexicon.entry(forKey: Lexicon.key(m.name)).flatMap { $0.type == .organization ? $0.name : nil }
                out.append((t[e + 1].text, "org:\(Lexicon.key(known ?? m.name))"))
            }
        }
        return out
    }

    /// An unknown acronym joins the organization whose initials it spells;
    /// "OSCE Minsk Group" joins "Minsk Group".
    func mergeOrganizationsByAcronymAndSuffix(_ clusters: ClusterTable, _ sets: inout UnionFind) {
        // Indexes instead of pairwise scans: initials -> clusters, lookup key -> cluster.
        var byInitials: [String: [Int]] = [:]
        var byKey: [String: Int] = [:]
        let sorted = clusters.sortedNumbers { $0.type == .organization }.map { (key: $0, name: clusters[$0].bestName) }
        for (key, name) in sorted {
            byInitials[Self.initials(name), default: []].append(key)
            let lookup = Lexicon.key(name)
            byKey[lookup] = byKey[lookup] ?? key
        }
        for (key, name) in sorted {
            if name.count >= 2, name.allSatisfy({ $0.isUppercase }),
               let full = byInitials[name]?.first(where: { $0 != key }) {
                sets.union(key, into: full)
                continue
            }
            let words = EntityCluster.words(name)
            guard words.count >= 3 else { continue }
            for cut in 1..<(words.count - 1) {
                if let other = byKey[Lexicon.key(words[cut...].joined(separator: " "))], other != key {
                    sets.union(key, into: other)
                    break
                }
            }
        }
    }

    /// Initials of a name's significant words: "Organization for Security and
    /// Co-operation in Europe" -> "OSCE".
    static func initials(_ name: String) -> String {
        guard name.allUTF8({ $0 < 0x80 }) else { return characterInitials(name) }
        // On ASCII, spaces and hyphens are characters of their own, only
        // A-Z are uppercase, and a word's first byte is its first character
        // or, for "\r\n", starts one that is no initial either way.
        var out: [UInt8] = []
        var atStart = true
        for b in name.utf8 {
            if b == 0x20 || b == 0x2D {
                atStart = true
                continue
            }
            if atStart, b >= 0x41, b <= 0x5A { out.append(b) }
            atStart = false
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `initials` on characters: the reference, and the form for any name
    /// with a non-ASCII character.
    static func characterInitials(_ name: String) -> String {
        String(name.split(whereSeparator: { $0 == " " || $0 == "-" })
            .filter { $0.first?.isUppercase == true }
            .compactMap(\.first))
    }

    // MARK: - Places

    /// "Karabakh" joins "Nagorno-Karabakh"; "Gobadli" joins "Gubadli" (one
    /// edit apart, neither in the lexicon). Places are indexed by last word,
    /// and one-edit spellings found through a `VariantIndex` within each
    /// first letter, so merging is not quadratic in places.
    func mergePlaces(_ clusters: ClusterTable, _ sets: inout UnionFind) {
        /// A place cluster, by number.
        struct Place { let key: Int; let name: String; let lookup: String; let folded: String; let cluster: EntityCluster }
        let places = clusters.sortedNumbers { $0.type == .place }.map { key in
            let c = clusters[key]
            let name = c.bestName
            return Place(key: key, name: name, lookup: Lexicon.key(name), folded: NameFolding.fold(name), cluster: c)
        }
        var byLastWord: [String: Int] = [:]
        var buckets: [Character: [Place]] = [:]
        for p in places {
            let parts = p.lookup.split(separator: " ")
            if parts.count >= 2, let last = parts.last { byLastWord[String(last)] = byLastWord[String(last)] ?? p.key }
            if p.cluster.canonical == nil, p.name.count >= 6, let first = p.folded.first { buckets[first, default: []].append(p) }
        }
        for p in places where p.cluster.canonical == nil {
            if let whole = byLastWord[p.lookup], whole != p.key { sets.union(p.key, into: whole) }
        }
        for (_, bucket) in buckets.sorted(by: { $0.key < $1.key }) {
            var index = VariantIndex()
            for p in bucket { index.insert(p.folded) }
            for p in bucket {
                // Join the better-attested spelling: more mentions, then the smaller key.
                for q in index.candidates(of: p.folded).map({ bucket[$0] })
                where q.key != p.key && sets.find(q.key) != sets.find(p.key)
                    && (q.cluster.mentions > p.cluster.mentions || (q.cluster.mentions == p.cluster.mentions && clusters.keys[q.key] < clusters.keys[p.key]))
                    && NameFolding.isVariant(folded: p.folded, folded: q.folded) {
                    sets.union(p.key, into: q.key)
                }
            }
        }
    }
}
