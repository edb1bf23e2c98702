import ActorGraphModel

/// What the resolver decided: the entities, and which entity each mention names.
struct Resolution {
    var entities: [Entity] = []
    /// Mention (by signature: equal signatures name the same entity) -> entity id.
    var entityOf = EntityLookup()
    /// Entity id -> type.
    var typeOf: [String: EntityType] = [:]
    /// Canonical name -> entity id for every country and place: the polities
    /// a body, an office or a person can belong to.
    var polityID: [String: String] = [:]
    /// Entity id -> name of the polity it belongs to (a body's, a titled person's).
    var countryOfEntity: [String: String] = [:]
}

/// Mention signature -> entity id: by the signature's position in the
/// mention table for the second pass's mentions, by signature for the
/// titled people that office reading looks up.
///
/// A large corpus has hundreds of thousands of distinct signatures, each a
/// handful of strings; a dictionary keyed by them was the biggest thing
/// extraction kept between its passes. Keys here are 128-bit fingerprints
/// (two independently seeded hashes of the signature): two signatures
/// would have to agree on all 128 bits to be confused, which for a million
/// distinct signatures has a probability below 1e-26.
struct EntityLookup {
    private var entityAt: [Fingerprint: Int32] = [:]
    /// Entity (index into `ids`, -1 for none) of each signature by its
    /// position in the mention table: what the second pass asks, by index.
    private var entityAtPosition: [Int32] = []
    private var ids: [String] = []

    /// A signature's 128-bit fingerprint.
    struct Fingerprint: Hashable {
        var high: Int
        var low: Int

        init(_ signature: MentionSignature) {
            var a = Hasher(), b = Hasher()
            a.combine(0 as UInt8)
            b.combine(1 as UInt8)
            signature.hash(into: &a)
            signature.hash(into: &b)
            high = a.finalize()
            low = b.finalize()
        }
    }

    init() {}

    /// `ids[i]` is the entity of `signatures[i]`, nil for none.
    init(signatures: [MentionSignature], ids: [String?]) {
        var index: [String: Int32] = [:]
        entityAtPosition = [Int32](repeating: -1, count: signatures.count)
        for (position, (signature, id)) in zip(signatures, ids).enumerated() {
            guard let id else { continue }
            let n = index[id] ?? {
                let n = Int32(self.ids.count)
                self.ids.append(id)
                index[id] = n
                return n
            }()
            entityAt[Fingerprint(signature)] = n
            entityAtPosition[position] = n
        }
    }

    /// The entity of the signature at `position` in the mention table.
    subscript(position position: Int32) -> String? {
        let p = Int(position)
        guard p >= 0, p < entityAtPosition.count, entityAtPosition[p] >= 0 else { return nil }
        return ids[Int(entityAtPosition[p])]
    }

    subscript(signature: MentionSignature) -> String? {
        entityAt[Fingerprint(signature)].map { ids[Int($0)] }
    }
}
