/// A directed, typed edge between two entities, with the sentences that state it.
public struct Relation: Codable, Sendable, Hashable {
    /// Entity id of the source.
    public var source: String
    public var type: RelationType
    /// Entity id of the target.
    public var target: String
    /// How sure the extractor is, 0...1.
    public var confidence: Double
    /// The office held, for `holds-office` ("Prime Minister").
    public var title: String?
    /// Every supporting sentence, sorted by document and position.
    public var evidence: [Evidence]

    public init(source: String, type: RelationType, target: String, confidence: Double,
                title: String? = nil, evidence: [Evidence] = []) {
        self.source = source
        self.type = type
        self.target = target
        self.confidence = confidence
        self.title = title
        self.evidence = evidence
    }

    /// Identity of an edge: two relations with the same key are one edge.
    public var key: String { "\(source)|\(type.rawValue)|\(target)" }

    /// The edge's identity as a value to hash: what `key` spells, without
    /// making the string (a run merges every relation of every document
    /// by it).
    public struct Identity: Hashable, Sendable {
        public var source: String
        public var type: RelationType
        public var target: String

        public init(source: String, type: RelationType, target: String) {
            self.source = source
            self.type = type
            self.target = target
        }

        /// The endpoints alone: the type's hash would be its raw value's,
        /// a third string per hash, and one pair of entities rarely has
        /// edges of several types (equality still tells them apart).
        public func hash(into hasher: inout Hasher) {
            hasher.combine(source)
            hasher.combine(target)
        }
    }

    public var identity: Identity { Identity(source: source, type: type, target: target) }

    /// Order of edges in every output: source, type, target.
    public static func precedes(_ lhs: Relation, _ rhs: Relation) -> Bool {
        (lhs.source, lhs.type.rawValue, lhs.target) < (rhs.source, rhs.type.rawValue, rhs.target)
    }
}
