import ActorGraphModel

/// The mentions that resolve to one entity, gathered before naming it.
struct EntityCluster {
    var type: EntityType
    /// Proposed names with how often each was proposed.
    var names: [String: Int] = [:]
    /// Surface forms seen.
    var surfaces: Set<String> = []
    var mentions = 0
    /// Set when the lexicon names the entity: the name to use.
    var canonical: String?
    /// The country the entity belongs to (a body's country, a person's side).
    var country: String?

    init(type: EntityType) { self.type = type }

    /// Takes in another cluster of the same entity: its names, surfaces and
    /// mentions add up; canonical name and country stay this one's if set.
    mutating func absorb(_ other: EntityCluster) {
        for (n, count) in other.names { names[n, default: 0] += count }
        surfaces.formUnion(other.surfaces)
        mentions += other.mentions
        canonical = canonical ?? other.canonical
        country = country ?? other.country
    }

    /// Counts `count` mentions proposing `name`, written `surface`.
    mutating func add(name: String, surface: String, count: Int) {
        names[name, default: 0] += count
        surfaces.insert(surface)
        mentions += count
    }

    /// The fullest usual form: the canonical name if known, else the most
    /// frequent of the longest proposed names (ties to the smallest name).
    ///
    /// One pass that counts each name's words once: resolution asks this of
    /// every cluster several times, and sorting the names to take the first
    /// counted words in every comparison.
    var bestName: String {
        if let canonical { return canonical }
        var best: (name: String, words: Int, count: Int)?
        for (name, count) in names {
            let words = Self.wordCount(name)
            if let b = best {
                let before = words != b.words ? words > b.words : count != b.count ? count > b.count : name < b.name
                guard before else { continue }
            }
            best = (name, words, count)
        }
        return best?.name ?? ""
    }

    /// `name.split(separator: " ").count`; on ASCII, where a space is
    /// always a character of its own, counted on bytes.
    static func wordCount(_ name: String) -> Int {
        // On the bytes in place, not through the UTF-8 view (several times the cost a byte).
        let ascii = name.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var words = 0, inWord = false
            for b in bytes {
                guard b < 0x80 else { return nil }
                if b == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                }
            }
            return words
        }
        if let ascii, let count = ascii { return count }
        return name.split(separator: " ").count
    }

    /// `name.split(separator: " ").map(String.init)`; on ASCII, split on
    /// bytes, where a space is always a character of its own.
    static func words(_ name: String) -> [String] {
        let ascii = name.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            // One pass over the bytes, each word made from its span: the
            // generic split of the UTF-8 view cost thousands of instructions
            // a name, and resolution splits every name it files.
            var out: [String] = []
            var start = 0
            for i in bytes.indices {
                let b = bytes[i]
                guard b < 0x80 else { return nil }
                guard b == 0x20 else { continue }
                if i > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
                start = i + 1
            }
            if bytes.count > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
            return out
        }
        if let ascii, let words = ascii { return words }
        return name.split(separator: " ").map(String.init)
    }
}
