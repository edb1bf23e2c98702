/// The corpus as entity resolution needs it, gathered in the first pass:
/// each distinct mention signature with how often it occurs, in order of
/// first occurrence, and the few facts that come from a mention's context.
///
/// It grows with the corpus's vocabulary of names, not with its length, so
/// a large corpus is resolved without holding its sentences.
struct MentionTable {
    /// Distinct signatures in order of first occurrence.
    private(set) var signatures: [MentionSignature] = []
    /// Occurrences of each signature, by position in `signatures`.
    private(set) var counts: [Int] = []
    private var index = SignatureIndex()
    /// "Libyan National Army (LNA)": acronym -> cluster key of the name it
    /// follows in brackets; a later article's pairing wins.
    private(set) var acronyms: [String: String] = [:]
    /// Titled people and the offices their articles name -> the number of
    /// the latest digest that gave it (a later article's reading wins), and
    /// the position of the person's signature.
    private var titledLatest: [DocumentDigest.TitledPerson: (latest: Int, position: Int32)] = [:]
    private var digests = 0

    /// Adds one document's digest; digests must come in document order.
    /// Returns the position in `signatures` of each of the digest's.
    @discardableResult
    mutating func add(_ digest: DocumentDigest) -> [Int32] {
        var positions: [Int32] = []
        positions.reserveCapacity(digest.signatures.count)
        for (signature, count) in zip(digest.signatures, digest.counts) {
            if let p = index.position(of: signature, among: signatures) {
                counts[p] += count
                positions.append(Int32(p))
            } else {
                positions.append(Int32(signatures.count))
                signatures.append(signature)
                counts.append(count)
            }
        }
        for (acronym, key) in digest.acronyms { acronyms[acronym] = key }
        for (t, local) in zip(digest.titledPeople, digest.titledSignatures) {
            titledLatest[t] = (digests, positions[Int(local)])
        }
        digests += 1
        return positions
    }

    /// Drops the index that `add` needs, once every digest is in: resolution
    /// reads `signatures` in order, and the index (eight bytes and more a
    /// signature) would stay in memory through it.
    mutating func finishAdding() {
        index = SignatureIndex()
    }

    /// Titled people, distinct, ordered by the latest article that names
    /// each, with their signature's position.
    ///
    /// The entries are taken out once and sorted as positions (stably, so
    /// ties keep the table's order, as a sort of the pairs did): sorting the
    /// pairs themselves copied each titled person, a mention signature with
    /// its strings, at every merge pass, on the thread the other cores wait for.
    var titledPeople: [(person: DocumentDigest.TitledPerson, position: Int32)] {
        let entries = Array(titledLatest)
        return entries.withUnsafeBufferPointer { e in
            Array(e.indices).sorted { a, b in
                e[a].value.latest != e[b].value.latest ? e[a].value.latest < e[b].value.latest : e[a].key.title < e[b].key.title
            }.map { (e[$0].key, e[$0].value.position) }
        }
    }
}
