import ActorGraphModel

extension EntityResolver {
    /// Who the person mentions are, found before any cluster is made: the
    /// person each full name joins, and the person a lone name matches.
    struct PersonKeys {
        /// The person mentions, ships' names left out.
        var persons: [Occurrence]
        /// The full names' people, most frequent first (see `clusterPeople`).
        var candidates: [Person]
        /// For each of `persons`, the place in `candidates` of the person
        /// whose cluster it joins, or -1 for none.
        var joins: [Int32]
    }

    /// People: full names cluster by a transliteration-tolerant surname and
    /// given name; a lone surname joins the one person who has it. Reads
    /// no cluster: `filePersons` files the mentions in clusters after.
    func personKeys(_ persons: [Occurrence], _ signatures: [MentionSignature]) -> PersonKeys {
        // Full names, most frequent first, so each cluster is named by its usual form.
        // A name the articles give to a ship is no person anywhere in them.
        // (Read in place: a copy of each signature retains all its strings.)
        var vessels: Set<String> = []
        for p in persons where signatures[p.site].isVessel { vessels.insert(signatures[p.site].name) }
        let persons = vessels.isEmpty ? persons : persons.filter { !vessels.contains(signatures[$0.site].name) }
        var counts: [String: Int] = [:]
        for p in persons { counts[signatures[p.site].name, default: 0] += p.count }
        // Most frequent first, then longest, then alphabetical; the keys are
        // computed once, not in every comparison (a corpus has 100,000 names).
        let fullNames = counts.filter { EntityCluster.wordCount($0.key) >= 2 }
            .map { (name: $0.key, count: $0.value, length: $0.key.count) }
            .sorted { ($0.count, $0.length, $1.name) > ($1.count, $1.length, $0.name) }
            .map(\.name)
        // Folding each name is independent of the others: done on all cores.
        let candidates = fullNames.parallelMap { name in
            let parts = EntityCluster.words(name)
            return Person(key: "person:\(NameFolding.fold(name))", given: parts[0], surname: parts[parts.count - 1])
        }
        let (all, joined) = clusterPeople(candidates)
        var joinedBy: [String: Int32] = [:]
        joinedBy.reserveCapacity(fullNames.count)
        for (name, j) in zip(fullNames, joined) { joinedBy[name] = Int32(j) }
        let isPerson = joined.indices.map { joined[$0] == $0 }
        // A name recurs in many signatures (other surfaces, cues, countries);
        // the people are known here, so a lone name's surname match is found
        // once, for all names at once on all cores.
        let surnameOf = surnameMatches(persons.lazy.map { signatures[$0.site].name }.filter { joinedBy[$0] == nil },
                                       all, among: isPerson)
        // Each mention's person, looked up on all cores (the tables are only read).
        let names = joinedBy
        let joins = persons.parallelMap { p -> Int32 in
            let name = signatures[p.site].name
            return names[name] ?? (surnameOf[name] ?? nil).map(Int32.init) ?? -1
        }
        return PersonKeys(persons: persons, candidates: candidates, joins: joins)
    }

    /// Files each person mention in the cluster of the person it joins, or
    /// in one of its own when a title makes a lone name a person.
    ///
    /// The clusters are numbered here, in mention order; the mentions are
    /// then counted into them on all cores, each cluster's in mention order
    /// (`ClusterTable.fill`). Numbered by the person's place, not looked up
    /// by key for every mention, and filled on one thread, filing was a
    /// fifth of a second of a corpus's resolution with the other cores idle.
    func filePersons(_ keys: PersonKeys, _ signatures: [MentionSignature],
                     _ clusters: inout ClusterTable, _ keyOf: inout [Int32]) {
        var numberOf = [Int32](repeating: -1, count: keys.candidates.count)
        var filings: [(cluster: Int32, item: Occurrence)] = []
        filings.reserveCapacity(keys.persons.count)
        for (occurrence, j) in zip(keys.persons, keys.joins) {
            let c: Int32
            if j >= 0 {
                if numberOf[Int(j)] < 0 {
                    numberOf[Int(j)] = Int32(clusters.number(for: keys.candidates[Int(j)].key, type: .person))
                }
                c = numberOf[Int(j)]
            } else if signatures[occurrence.site].title != nil {
                // "President Erdogan": a title makes a lone name a person.
                c = Int32(clusters.number(for: "person:\(NameFolding.fold(signatures[occurrence.site].name))", type: .person))
            } else {
                continue
            }
            keyOf[occurrence.site] = c
            filings.append((c, occurrence))
        }
        clusters.fill(filings) { occurrence, cluster in
            Self.include(signatures[occurrence.site], occurrence.count, canonical: nil, takesCountry: true, in: &cluster)
        }
    }

    /// Clusters full names, given most frequent first: each joins the first
    /// earlier person it can be a spelling of (a variant surname with the
    /// same first letter, which variants keep, and given names that agree),
    /// else is a person of its own. Returns an index of all the names and,
    /// for each name, the position of the person it joins (its own if none).
    ///
    /// Which earlier names qualify does not depend on the clustering, so it
    /// is found for every name at once, on all cores, against the index of
    /// all the names; the clustering, which must go in order, then walks
    /// those short lists. Done as one ordered loop, the lookups were the
    /// largest part of resolving a large corpus, on one core.
    func clusterPeople(_ candidates: [Person]) -> (index: SurnameIndex, joined: [Int]) {
        let all = SurnameIndex(candidates)
        // The people are read in place, through the buffer: taken out of
        // the array, each was copied (retaining its six strings and arrays)
        // every time it was compared, on every core at once.
        let qualifying = candidates.withUnsafeBufferPointer { people in
            nonisolated(unsafe) let people = people
            return Array(people.indices).parallelMap { i -> [Int32] in
                guard let initial = people[i].foldedSurname.first else { return [] }
                var found: [Int32] = []
                var surnames = 0
                for surname in all.variantSurnames(of: people[i].foldedSurname, bytes: people[i].surnameBytes)
                where surname.initial == initial {
                    surnames += 1
                    for j in surname.bearers {
                        guard j < i else { break }
                        if givenNamesAgree(people[Int(j)], people[i]) { found.append(j) }
                    }
                }
                if surnames > 1 { found.sort() }
                return found
            }
        }
        // A name that joined someone is no person others can join.
        var joined = [Int](repeating: 0, count: candidates.count)
        for i in candidates.indices {
            joined[i] = qualifying[i].first(where: { joined[Int($0)] == Int($0) }).map(Int.init) ?? i
        }
        return (all, joined)
    }

    /// Given names that can be one person's: variants, one edit apart, or an
    /// initial. Compared on the forms each person keeps folded: a new name is
    /// compared with every person of a variant surname, and folding both
    /// names again for each was the bulk of resolving a large corpus.
    func givenNamesAgree(_ a: Person, _ b: Person) -> Bool {
        if let ab = a.givenBytes, let bb = b.givenBytes {
            // The same three rules on kept bytes, each byte a character.
            if ab.core == bb.core || (min(ab.core.count, bb.core.count) >= 5 && NameFolding.withinOneEdit(ab.core, bb.core)) { return true }
            if min(ab.given.count, bb.given.count) >= 4, NameFolding.withinOneEdit(ab.given, bb.given) { return true }
            return (ab.given.count == 1 || bb.given.count == 1) && ab.given.first == bb.given.first
        }
        if NameFolding.isVariant(folded: a.foldedGivenCore, folded: b.foldedGivenCore) { return true }
        let (fa, fb) = (a.foldedGiven, b.foldedGiven)
        if min(a.foldedGivenCount, b.foldedGivenCount) >= 4, NameFolding.withinOneEdit(fa, fb) { return true }
        // An initial: "J. Smith" and "John Smith".
        return (a.foldedGivenCount == 1 || b.foldedGivenCount == 1) && fa.first == fb.first
    }

    /// `surnameMatch` of each distinct name of `names`, found on all cores
    /// (`people` is only read), among the people `among` marks if given.
    func surnameMatches(_ names: some Sequence<String>, _ people: SurnameIndex, among included: [Bool]? = nil) -> [String: Int?] {
        let distinct = Array(Set(names))
        return Dictionary(uniqueKeysWithValues: zip(distinct, distinct.parallelMap { surnameMatch($0, people, among: included) }))
    }

    /// The one person whose surname this lone word spells, if exactly one,
    /// among the people `among` marks if given: the place in `people` of the
    /// first who bears it (others that match share that person's key).
    func surnameMatch(_ word: String, _ people: SurnameIndex, among included: [Bool]? = nil) -> Int? {
        var first: Int?
        for p in people.variants(of: NameFolding.fold(NameFolding.core(word))) where included?[p] ?? true {
            // Nearly always none or one; more match only if they share a key.
            if let first, people.people[p].key != people.people[first].key { return nil }
            first = first ?? p
        }
        return first
    }

    /// A person cluster as the surname rules see it: only the folded forms
    /// they compare, each folded once.
    struct Person {
        var key: String
        var foldedSurname: String
        /// `fold(core(given))`, what `NameFolding.isVariant` compares.
        var foldedGivenCore: String
        /// `fold(given)` and its length in characters.
        var foldedGiven: String
        var foldedGivenCount: Int
        /// The bytes of `foldedSurname`, `foldedGivenCore` and `foldedGiven`
        /// when all three are ASCII without CR, where every byte is a
        /// character: a name is compared with some twenty others, and on
        /// kept bytes no comparison makes an array.
        var surnameBytes: [UInt8]?
        var givenBytes: (core: [UInt8], given: [UInt8])?

        init(key: String, given: String, surname: String) {
            self.key = key
            self.foldedSurname = NameFolding.fold(NameFolding.core(surname))
            self.foldedGiven = NameFolding.fold(given)
            // Most given names carry no particle: their core is the name, folded once.
            let givenCore = NameFolding.core(given)
            self.foldedGivenCore = givenCore == given ? foldedGiven : NameFolding.fold(givenCore)
            self.foldedGivenCount = foldedGiven.count
            self.surnameBytes = NameFolding.asciiBytes(foldedSurname)
            if let core = NameFolding.asciiBytes(foldedGivenCore), let given = NameFolding.asciiBytes(foldedGiven) {
                self.givenBytes = (core, given)
            }
        }
    }

    // MARK: - Lone words

    /// A lone capitalized word is a surname, the last word of a known place
    /// ("Karabakh"), a known name, or a place when the text says so; else
    /// nothing (sentence-initial capitals, headline words, weapons).
    func resolveSingles(_ singles: [Occurrence], _ signatures: [MentionSignature], _ names: LoneWordNames,
                        _ clusters: inout ClusterTable, _ keyOf: inout [Int32]) {
        let people = surnameIndex(of: clusters)
        // Many signatures share a lone word: each word's match is found once.
        let surnameOf = surnameMatches(singles.lazy.map { signatures[$0.site].name }, people)
        for occurrence in singles {
            let (site, m, n) = (occurrence.site, signatures[occurrence.site], occurrence.count)
            let k = Lexicon.key(m.name)
            let c: Int
            if let p = surnameOf[m.name] ?? nil {
                c = clusters.number(for: people.people[p].key, type: .person)
            } else if let known = names.nameOf[k] ?? names.lastWordOf[k] {
                c = known
            } else if m.isPlaceLike {
                // Introduced as a place, or an owner of a title or body
                // ("Karabakh's rights ombudsman"): a place or polity.
                c = clusters.number(for: "place:\(k)", type: .place)
            } else {
                continue
            }
            clusters[c].add(name: m.name, surface: m.surface, count: n)
            keyOf[site] = Int32(c)
        }
    }

    /// What a lone word can name besides a person: any name of a cluster
    /// that is no person (by lookup key), and the last word of a place's
    /// name of two or more words ("Karabakh"); the first cluster in key
    /// order wins.
    struct LoneWordNames: Sendable {
        var nameOf: [String: Int] = [:]
        var lastWordOf: [String: Int] = [:]
    }

    /// The `LoneWordNames` of the clusters that are no person.
    func loneWordNames(_ clusters: ClusterTable) -> LoneWordNames {
        var names = LoneWordNames()
        for key in clusters.sortedNumbers(where: { $0.type != .person }) {
            let c = clusters[key]
            for name in Set(c.names.keys).union([c.bestName]) {
                let lookup = Lexicon.key(name)
                names.nameOf[lookup] = names.nameOf[lookup] ?? key
                guard c.type == .place else { continue }
                let parts = lookup.split(separator: " ")
                if parts.count >= 2, let last = parts.last { names.lastWordOf[String(last)] = names.lastWordOf[String(last)] ?? key }
            }
        }
        return names
    }

    /// The person clusters of `clusters`, filed by surname.
    ///
    /// Naming each person cluster and folding its surname is independent
    /// of the others: done on all cores (a corpus has 100,000 people).
    /// The order people are filed in does not matter here: a lone word
    /// takes a surname only when one person bears it. No copy of the table
    /// outlives this call, so the caller's next change to a cluster does
    /// not copy all of them.
    func surnameIndex(of table: ClusterTable) -> SurnameIndex {
        SurnameIndex(table.clusters.indices.filter { table[$0].type == .person }.parallelMap { n in
            Person(key: table.keys[n], given: "", surname: EntityCluster.words(table[n].bestName).last ?? "")
        })
    }

    // MARK: - Naming

    /// Merges each set of clusters into its root's, names the merged
    /// clusters (entities), and maps every mention signature to its entity.
    ///
    /// Clusters are numbered by their place in key order and handled by
    /// number from here on: merging, naming and the signature map index
    /// arrays instead of hashing cluster keys and entity ids again and
    /// again, which made this step most of a second on one thread for a
    /// corpus (200,000 clusters, 300,000 signatures).
    ///
    /// The clusters are consumed: each is moved into its merged entity, not
    /// copied (a copy retains its tables, and the table's release would
    /// free them again, all on one thread).
    func finish(_ clusters: consuming ClusterTable, _ keyOf: [Int32], _ table: MentionTable,
                _ sets: inout UnionFind) -> Resolution {
        // Sorted once, by key: every root is a cluster, so the entities below
        // are named in this order too.
        let order = clusters.sortedNumbers()
        // Cluster number -> its place in `order`.
        var number = [Int](repeating: -1, count: clusters.count)
        for (i, c) in order.enumerated() { number[c] = i }
        let rootOf = order.map { number[sets.find($0)] }
        // Merged clusters by root, `isRoot` telling which are filled. (Not
        // optionals: a cluster unwrapped from one is a copy, retaining all
        // its tables.)
        var merged = [EntityCluster](repeating: EntityCluster(type: .person), count: order.count)
        var isRoot = [Bool](repeating: false, count: order.count)
        for (i, key) in order.enumerated() {
            let root = rootOf[i]
            guard root >= 0 else { continue }
            var c = clusters.take(key)
            if isRoot[root] {
                // In place: a copy taken out and stored back would copy the
                // cluster's tables at every merge, and a large corpus merges
                // thousands of spellings into some clusters.
                merged[root].absorb(c)
            } else {
                if root != i { c.type = clusters[order[root]].type }
                merged[root] = c
                isRoot[root] = true
            }
        }
        // The root's own cluster decides the type and canonical name.
        for root in merged.indices where isRoot[root] {
            merged[root].type = clusters[order[root]].type
            if let canonical = clusters[order[root]].canonical { merged[root].canonical = canonical }
        }
        var res = Resolution()
        var used: Set<String> = []
        // Each cluster's name, slug and sorted aliases on all cores; the ids
        // are then given in order, as a slug taken twice depends on order.
        let roots = merged.indices.filter { isRoot[$0] }
        let named = merged.withUnsafeBufferPointer { final in
            nonisolated(unsafe) let final = final
            return roots.parallelMap { root in Self.entity(of: final[root]) }
        }
        // Named: the clusters (names, surfaces, keys) are freed off this thread.
        BackgroundRelease.drop(&merged, leaving: [])
        // Root number -> its entity's place in `res.entities`, -1 for none.
        var entityOfRoot = [Int32](repeating: -1, count: order.count)
        used.reserveCapacity(named.count)
        res.typeOf.reserveCapacity(named.count)
        res.entities.reserveCapacity(named.count)
        for (root, item) in zip(roots, named) {
            guard var entity = item?.entity else { continue }
            if !used.insert(entity.id).inserted {
                entity.id += "-" + entity.type.rawValue.lowercased()
                used.insert(entity.id)
            }
            entityOfRoot[root] = Int32(res.entities.count)
            res.typeOf[entity.id] = entity.type
            if entity.type == .country || entity.type == .place { res.polityID[entity.name] = entity.id }
            if let country = item?.country, entity.type != .country { res.countryOfEntity[entity.id] = country }
            res.entities.append(entity)
        }
        var entityAtSite = [Int32](repeating: -1, count: table.signatures.count)
        for (site, c) in keyOf.enumerated() where c >= 0 {
            let root = rootOf[number[Int(c)]]
            if root >= 0 { entityAtSite[site] = entityOfRoot[root] }
        }
        res.entityOf = EntityLookup(entityAtPosition: entityAtSite, ids: res.entities.map(\.id), types: res.entities.map(\.type))
        BackgroundRelease.drop(&clusters, leaving: ClusterTable())
        return res
    }

    /// The entity a merged cluster names (its id not yet made unique), and
    /// its country; nil for a cluster without a name.
    static func entity(of c: borrowing EntityCluster) -> (entity: Entity, country: String?)? {
        let name = c.bestName
        guard !name.isEmpty else { return nil }
        var aliases = c.surfaces
        aliases.formUnion(c.names.keys)
        aliases.remove(name)
        aliases.remove("")
        return (Entity(id: Entity.slug(for: name), name: name, type: c.type, aliases: aliases.sorted(), mentions: c.mentions), c.country)
    }
}
