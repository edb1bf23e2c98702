import ActorGraphModel
import ActorGraphText
import Foundation

/// The general world knowledge the extractor starts from: countries with
/// their adjectives and capitals, world places, and well-known organizations.
///
/// Loaded once from the module's JSON resources; immutable and shareable.
public final class Lexicon: Sendable {
    /// The longest phrase, in tokens, so matching can stop early.
    let longestPhrase: Int
    /// Country name -> its primary adjective ("Armenia" -> "Armenian").
    let primaryAdjective: [String: String]
    /// Titles, organization words and cue verbs: the built-in tables plus a user lexicon's.
    public let words: WordTables
    /// Every phrase key, and each key cut before any space or apostrophe:
    /// the keys a match can pass through on its way to a longer phrase, so
    /// matching stops at the first key outside this index. Each says which
    /// entry the key names, if any, and whether it matches only in
    /// capitals: one lookup per step of a match, on an FNV-hashed table,
    /// where a set, a dictionary and another set each hashed the key anew.
    let phraseSteps: WordIndex<PhraseStep>
    /// The entries `PhraseStep.entry` points into.
    let phraseEntries: [GazetteerEntry]

    /// What `phraseSteps` knows of a key: small, so the index's slots stay
    /// a few bytes each.
    struct PhraseStep: Sendable {
        /// The entry the key names (in `phraseEntries`); -1 for a key that
        /// only leads to longer phrases.
        let entry: Int32
        /// "WHO", "US", "AP": acronyms that are also English words match only in capitals.
        let capsOnly: Bool
    }
    /// Every office and speaker title of `words`, lowercased, as the
    /// recognizer writes it ("Prime Minister") and whether it is a
    /// speaker's: cased once here, where the recognizer cased a title each
    /// time it met one, often several times at one word.
    let titles: [String: KnownTitle]

    struct KnownTitle: Sendable {
        let cased: String
        let isSpeaker: Bool
    }

    /// The word-list bits of each word the lists name, the recognizer's
    /// and the relation frames' (see `TokenCues`).
    let cues: WordIndex<TokenCues>

    /// The lexicon built from the bundled resource files.
    public static let shared: Lexicon = {
        do {
            return try Lexicon(resources: .module)
        } catch {
            // The resources ship inside the binary's bundle; a missing file is a packaging bug.
            preconditionFailure("ActorGraph lexicon resources are missing or invalid: \(error)")
        }
    }()

    /// The bundled lexicon extended with `user`'s entries and words.
    public convenience init(adding user: UserLexicon) throws {
        try self.init(resources: .module, user: user)
    }

    /// The lexicon of `bundle`'s resource files, extended with `user`.
    ///
    /// A user entity wins over a built-in entry with the same name or alias
    /// (compared folded, periods and hyphens as spaces).
    public convenience init(bundle: Bundle, user: UserLexicon = UserLexicon()) throws {
        try self.init(resources: LexiconResources(bundle: bundle), user: user)
    }

    /// The lexicon of the resource files of `resources`, extended with `user`.
    init(resources: LexiconResources, user: UserLexicon = UserLexicon()) throws {
        // The compiled phrase tables when they were made from these files
        // and no user entity joins them; else the files themselves.
        let addsEntities = !(user.entities?.isEmpty ?? true)
        let compiled = addsEntities ? nil : try Self.compiledSnapshot(in: resources)
        let snapshot = try compiled ?? Self.snapshot(readingJSONIn: resources, user: user)
        var steps: [String: PhraseStep] = [:]
        steps.reserveCapacity(snapshot.keys.count)
        for (i, key) in snapshot.keys.enumerated() {
            steps[key] = PhraseStep(entry: snapshot.entryOf[i], capsOnly: snapshot.capsOnly[i])
        }
        self.longestPhrase = snapshot.longestPhrase
        self.primaryAdjective = Dictionary(snapshot.adjectives.map { ($0.country, $0.adjective) }) { first, _ in first }
        self.phraseSteps = WordIndex(steps)
        self.phraseEntries = snapshot.entries
        self.words = WordTables.standard.adding(user)
        self.cues = TokenCues.table(words: words)
        var titles: [String: KnownTitle] = [:]
        for t in words.officeTitles { titles[t] = KnownTitle(cased: SentenceReader.titleCase(t), isSpeaker: false) }
        // A title in both lists is a speaker's, as the recognizer asked that list first.
        for t in words.speakerTitles { titles[t] = KnownTitle(cased: SentenceReader.titleCase(t), isSpeaker: true) }
        self.titles = titles
    }

    /// The JSON files the phrase tables are made from, in the order their
    /// bytes are hashed.
    static let sourceFiles = ["countries", "places", "organizations"]

    /// The phrase tables of the JSON files of `resources` with `user`'s entities.
    static func snapshot(readingJSONIn resources: LexiconResources, user: UserLexicon) throws -> LexiconSnapshot {
        func read<T: LexiconRecord>(_ name: String, _ type: T.Type) throws -> LexiconFile<T> {
            do {
                return try LexiconFile(json: JSONValue(parsing: resources.bytes(name, "json")))
            } catch let error as JSONValue.ParseError {
                throw LexiconRecordError(field: "\(name).json", reason: error.description)
            } catch let error as LexiconRecordError {
                throw LexiconRecordError(field: "\(name).json: \(error.field)", reason: error.reason)
            }
        }
        let countries = try read("countries", CountryRecord.self).entries
        let places = try read("places", PlaceRecord.self).entries
        let organizations = try read("organizations", OrganizationRecord.self).entries

        // Every name in order, then filed: the table is sized once for all
        // of them, where filing as they came rebuilt it a dozen times.
        var named: [(phrase: String, entry: GazetteerEntry)] = []
        var adjective: [String: String] = [:]
        func add(_ phrase: String, _ entry: GazetteerEntry) { named.append((phrase, entry)) }
        // User entries first, so they win.
        for u in user.entities ?? [] {
            let entry = Self.entry(for: u)
            add(u.name, entry)
            u.aliases?.forEach { add($0, entry) }
        }
        for c in countries {
            let entry = GazetteerEntry(name: c.name, type: .country, role: .countryName, country: c.name)
            add(c.name, entry)
            c.aliases.forEach { add($0, entry) }
            for adj in c.adjectives {
                add(adj, GazetteerEntry(name: c.name, type: .country, role: .demonym, country: c.name))
            }
            adjective[c.name] = c.adjectives.first { !$0.hasSuffix("s") } ?? c.adjectives.first
            for capital in c.capitals {
                let entry = GazetteerEntry(name: capital, type: .place, role: .capital, country: c.name)
                add(capital, entry)
                c.capitalAliases?[capital]?.forEach { add($0, entry) }
            }
        }
        for p in places {
            let entry = GazetteerEntry(name: p.name, type: .place, role: .place, country: p.container)
            add(p.name, entry)
            p.aliases.forEach { add($0, entry) }
        }
        for o in organizations {
            let entry = GazetteerEntry(name: o.name, type: .organization, role: .organization,
                                       country: o.country, acronym: o.acronym)
            add(o.name, entry)
            o.aliases.forEach { add($0, entry) }
            if let a = o.acronym {
                add(a, entry)
            }
        }
        var phrases: [String: GazetteerEntry] = [:]
        phrases.reserveCapacity(named.count)
        var capsOnly: Set<String> = []
        // The first entry for a key wins: user entries come first.
        for (phrase, entry) in named {
            let key = Lexicon.key(phrase)
            guard !key.isEmpty, phrases[key] == nil else { continue }
            phrases[key] = entry
            // "WHO", "US", "AP": acronyms that are also English words match only in capitals.
            if Self.isShortAcronym(phrase) { capsOnly.insert(key) }
        }
        return LexiconSnapshot(phrases: phrases, capsOnly: capsOnly, adjectives: adjective)
    }

    /// FNV-1a of the JSON files' bytes, each after its length: what the
    /// snapshot records it was made from.
    static func sourceHash(in resources: LexiconResources) throws -> UInt64 {
        var h = FNV1a.seed
        for name in sourceFiles {
            let bytes = try resources.bytes(name, "json")
            // A plain loop over a local: through a nested function capturing
            // `h`, each byte paid an exclusivity check (32 M instructions).
            h = withUnsafeBytes(of: UInt64(bytes.count).littleEndian) { Self.fnv1a($0, h) }
            h = bytes.withUnsafeBytes { Self.fnv1a($0, h) }
        }
        return h
    }

    private static func fnv1a(_ bytes: UnsafeRawBufferPointer, _ start: UInt64) -> UInt64 {
        var h = start
        for b in bytes { h = FNV1a.step(h, b) }
        return h
    }

    /// The compiled phrase tables in `resources` (`lexicon.snapshot`), if
    /// they are there and were made from the JSON files beside them.
    static func compiledSnapshot(in resources: LexiconResources) throws -> LexiconSnapshot? {
        guard let bytes = try? resources.bytes("lexicon", "snapshot") else { return nil }
        let hash = try sourceHash(in: resources)
        return try bytes.withUnsafeBytes { raw -> LexiconSnapshot? in
            guard LexiconSnapshot.sourceHash(of: raw) == hash else { return nil }
            return try LexiconSnapshot(bytes: raw)
        }
    }

    /// The bundled compiled tables' bytes; nil when there are none.
    static var bundledSnapshotBytes: [UInt8]? {
        try? LexiconResources.module.bytes("lexicon", "snapshot")
    }

    /// The bundled compiled tables as `shared` loads them: nil when they
    /// are missing or were made from other JSON files.
    static func bundledSnapshot() throws -> LexiconSnapshot? {
        try compiledSnapshot(in: .module)
    }

    /// The bundled JSON files' phrase tables, read from the files.
    static func bundledJSONSnapshot() throws -> LexiconSnapshot {
        try snapshot(readingJSONIn: .module, user: UserLexicon())
    }

    /// The compiled phrase tables of the bundled JSON files: the bytes
    /// `make lexicon` writes to `Resources/lexicon.snapshot`.
    public static func compiledSnapshotBytes() throws -> [UInt8] {
        try snapshot(readingJSONIn: .module, user: UserLexicon()).bytes(sourceHash: sourceHash(in: .module))
    }

    /// Two to six letters, all capitals ("WHO", "U.S."); read on bytes for
    /// ASCII phrases, which is nearly all of them and spares a Character
    /// walk over every name of the lexicon at every start.
    static func isShortAcronym(_ phrase: String) -> Bool {
        // On the bytes in place: `utf8.allSatisfy` cost about 700 instructions a phrase.
        let ascii = phrase.utf8.withContiguousStorageIfAvailable(asciiShortAcronym(bytes:))
            ?? Array(phrase.utf8).withUnsafeBufferPointer(asciiShortAcronym(bytes:))
        if let ascii { return ascii }
        let letters = phrase.filter(\.isLetter)
        return letters.count <= 6 && letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    /// `isShortAcronym` of ASCII bytes; nil for bytes that are not all ASCII.
    private static func asciiShortAcronym(bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var letters = 0
        var lowercase = false
        for b in bytes {
            if b >= 0x80 { return nil }
            if b >= 0x61 && b <= 0x7A { lowercase = true }
            if b >= 0x41 && b <= 0x5A { letters += 1 }
        }
        return !lowercase && letters >= 2 && letters <= 6
    }

    /// The gazetteer entry a user entity makes.
    private static func entry(for u: UserLexicon.Entry) -> GazetteerEntry {
        switch u.type {
        case .person: GazetteerEntry(name: u.name, type: .person, role: .person)
        case .organization: GazetteerEntry(name: u.name, type: .organization, role: .organization, country: u.country)
        case .place: GazetteerEntry(name: u.name, type: .place, role: .place, country: u.country)
        case .country: GazetteerEntry(name: u.name, type: .country, role: .countryName, country: u.name)
        }
    }

    /// The entry a lookup key (`key`) names: read from the phrase steps,
    /// which hold every phrase key, rather than from a dictionary of the
    /// same keys built again at every start.
    func entry(forKey key: String) -> GazetteerEntry? {
        guard let step = phraseSteps[key], step.entry >= 0 else { return nil }
        return phraseEntries[Int(step.entry)]
    }

    /// The adjective naming things of `country` ("Armenian"), or the name itself.
    public func adjective(for country: String) -> String {
        primaryAdjective[country] ?? country
    }

    /// `key` for ASCII text, in one pass over the bytes; nil for any other
    /// text (found in the same pass, not in a scan of its own).
    static func asciiKey(_ phrase: String) -> String? {
        keyBytes(phrase, rawText: true)
    }

    /// `asciiKey`'s pass, or, with `rawText` false, `foldedKey`'s on folded
    /// text that is all ASCII: no case to lower, and only spaces and hyphens
    /// separate words (a tab is kept, as `split(separator: " ")` keeps it).
    private static func keyBytes(_ phrase: String, rawText: Bool) -> String? {
        // On the bytes in place: iterating `utf8` cost about 60 instructions a byte here.
        if let key = phrase.utf8.withContiguousStorageIfAvailable({ keyBytes($0, rawText: rawText) }) { return key }
        return Array(phrase.utf8).withUnsafeBufferPointer { keyBytes($0, rawText: rawText) }
    }

    private static func keyBytes(_ phrase: UnsafeBufferPointer<UInt8>, rawText: Bool) -> String? {
        // Written into stack memory, not an array: resolution keys every name
        // it files. A key is never longer than its phrase: each byte writes at
        // most itself, and a space only stands for a separator dropped before.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, phrase.count)) { out -> String? in
            var count = 0
            var pendingSpace = false
            for b in phrase {
                guard b < 0x80 else { return nil }
                switch b {
                case 0x2E: continue
                case 0x2D, 0x20: pendingSpace = true
                case 0x09 where rawText, 0x0A where rawText, 0x0D where rawText: pendingSpace = true
                default:
                    if pendingSpace, count > 0 {
                        out[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    out[count] = rawText && b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                    count += 1
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[..<count]), as: UTF8.self)
        }
    }

    /// Lookup key: folded, periods and hyphens read as spaces, possessive dropped.
    static func key(_ phrase: String) -> String {
        if let key = asciiKey(phrase) { return key }
        let folded = phrase.applyingFold()
        // Folding leaves most names in Latin letters ASCII ("São Tomé" ->
        // "sao tome"): read on the bytes, where Foundation's three
        // replacements took about 30,000 instructions a phrase.
        if let key = keyBytes(folded, rawText: false) { return key }
        return foldedKey(folded)
    }

    /// `key` of folded text, with Foundation's replacements: the definition
    /// the byte pass follows, and the path of text that folding leaves outside ASCII.
    static func foldedKey(_ folded: String) -> String {
        var s = folded
        s = s.replacingOccurrences(of: "\u{2019}", with: "'")
        s = s.replacingOccurrences(of: "-", with: " ")
        s = s.replacingOccurrences(of: ".", with: "")
        return s.split(separator: " ").joined(separator: " ")
    }
}
