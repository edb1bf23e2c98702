import ActorGraphModel
import ActorGraphText
import Foundation
import Testing

@testable import ActorGraphExtraction

/// The lexicon's byte-level shortcuts agree with the definitions they replace.
@Suite("Lexicon")
struct LexiconTests {
    /// The Character-level definition `isShortAcronym` must match.
    static func definition(_ phrase: String) -> Bool {
        let letters = phrase.filter(\.isLetter)
        return letters.count <= 6 && letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    @Test("Short acronyms are told on bytes as the Character definition tells them")
    func shortAcronyms() {
        let fixed = ["WHO", "US", "U.S.", "AP", "A", "NATO", "OSCE-MG", "ECOWAS", "ECOWASX", "UNHCR1", "Who", "uN", "",
                     "E.U.", "Ü.N.", "ÉU", "ÑATO", "IŞİD", "ΟΗΕ", "G7", "G-20", "A B", "ABCDEF", "ABCDEFG"]
        for phrase in fixed {
            #expect(Lexicon.isShortAcronym(phrase) == Self.definition(phrase), "\(phrase)")
        }
        let alphabet = Array("ABCXYZabcxyz.-' 7")
        var state: UInt64 = 5
        for _ in 0..<2000 {
            var phrase = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 60) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                phrase.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            #expect(Lexicon.isShortAcronym(phrase) == Self.definition(phrase), "\(phrase)")
        }
    }
}

/// The lexicon's resource files read through `JSONValue` give the records
/// `JSONDecoder` gives, the reference reader of the same `Decodable` shapes.
@Suite("Lexicon resources")
struct LexiconResourceTests {
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "json"))
        return Array(try Data(contentsOf: url))
    }

    static func both<T: LexiconRecord>(_ name: String, _ type: T.Type) throws -> (LexiconFile<T>, LexiconFile<T>) {
        let bytes = try bytes(name)
        return (try LexiconFile<T>(json: JSONValue(parsing: bytes)), try JSONDecoder().decode(LexiconFile<T>.self, from: Data(bytes)))
    }

    @Test("The resource folder beside the executable is found and reads each file as the bundle does")
    func folderReadsAsBundle() throws {
        // The test runner sits in the build folder, beside the module's resource bundle.
        let folder = try #require(LexiconResources.installedFolder)
        #expect(folder.hasSuffix("/" + LexiconResources.bundleName))
        let direct = LexiconResources(folder: folder), bundled = LexiconResources(bundle: .module)
        for (name, ext) in Lexicon.sourceFiles.map({ ($0, "json") }) + [("lexicon", "snapshot")] {
            let bytes = try direct.bytes(name, ext)
            #expect(bytes.count > 1000)
            #expect(bytes == (try bundled.bytes(name, ext)), "\(name).\(ext)")
        }
        #expect(throws: CocoaError.self) { try direct.bytes("missing", "json") }
        #expect(throws: CocoaError.self) { try LexiconResources(folder: folder + "/nowhere").bytes("countries", "json") }
    }

    @Test("An installed binary finds the folder in ../share/actorgraph; one beside it comes first")
    func installedLayout() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-layout-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let shared = root + "/share/actorgraph/" + LexiconResources.bundleName
        let beside = root + "/bin/" + LexiconResources.bundleName
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: beside, withIntermediateDirectories: true)
        #expect(LexiconResources.folder(forExecutable: root + "/bin/actorgraph") == nil)
        #expect(FileManager.default.createFile(atPath: shared + "/lexicon.snapshot", contents: Data([1])))
        #expect(LexiconResources.folder(forExecutable: root + "/bin/actorgraph") == root + "/bin/../share/actorgraph/" + LexiconResources.bundleName)
        #expect(FileManager.default.createFile(atPath: beside + "/lexicon.snapshot", contents: Data([1])))
        #expect(LexiconResources.folder(forExecutable: root + "/bin/actorgraph") == beside)
        #expect(LexiconResources.folder(forExecutable: "actorgraph") == nil)
    }

    @Test("countries, places and organizations read as JSONDecoder reads them")
    func sameRecords() throws {
        let (countries, countriesReference) = try Self.both("countries", CountryRecord.self)
        #expect(countries == countriesReference)
        #expect(countries.entries.count > 150)
        #expect(countries.entries.contains { $0.capitalAliases?.isEmpty == false })
        let (places, placesReference) = try Self.both("places", PlaceRecord.self)
        #expect(places == placesReference)
        let (organizations, organizationsReference) = try Self.both("organizations", OrganizationRecord.self)
        #expect(organizations == organizationsReference)
        #expect(organizations.entries.contains { $0.acronym == nil } && organizations.entries.contains { $0.acronym != nil })
    }

    @Test("a record with a missing or mistyped field names it", arguments: [
        (#"{"source": "s", "entries": [{"name": "A", "aliases": []}, {"aliases": []}]}"#, "entries[1].name: must be a string"),
        (#"{"source": "s", "entries": [{"name": "A"}]}"#, "entries[0].aliases: is missing"),
        (#"{"source": "s", "entries": [{"name": "A", "aliases": [1]}]}"#, "entries[0].aliases: must be a list of strings"),
        (#"{"source": "s", "entries": [{"name": "A", "aliases": [], "container": 3}]}"#, "entries[0].container: must be a string or null"),
        (#"{"source": "s"}"#, "entries: must be a list"),
        (#"{"entries": []}"#, "source: must be a string"),
    ] as [(String, String)])
    func recordErrors(text: String, message: String) throws {
        let json = try JSONValue(parsing: Array(text.utf8))
        #expect(throws: (any Error).self) { try LexiconFile<PlaceRecord>(json: json) }
        do {
            _ = try LexiconFile<PlaceRecord>(json: json)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("optional fields may be missing or null, as Decodable reads them")
    func optionalFields() throws {
        let text = #"{"source": "s", "entries": [{"name": "A", "aliases": ["B"], "kind": null}, {"name": "C", "aliases": [], "container": "D"}]}"#
        let file = try LexiconFile<PlaceRecord>(json: JSONValue(parsing: Array(text.utf8)))
        #expect(file == (try JSONDecoder().decode(LexiconFile<PlaceRecord>.self, from: Data(text.utf8))))
        #expect(file.entries.map(\.container) == [nil, "D"])
    }

    @Test("ASCII lookup keys: lowercased, periods dropped, hyphens and white space one space, no edge spaces",
          arguments: [("Al-Qaeda", "al qaeda"), ("U.S.", "us"), ("  a -- b  ", "a b"), ("", ""), ("A\tB\nC\r\nD", "a b c d"),
                      ("x.", "x"), ("-", ""), ("Organization for Security and Co-operation in Europe",
                                                  "organization for security and co operation in europe")])
    func asciiKeys(phrase: String, key: String) {
        #expect(Lexicon.key(phrase) == key)
    }

    /// Text that is not ASCII is folded first; when folding leaves it ASCII,
    /// the key is read on its bytes, which must give what Foundation's
    /// replacements give (`foldedKey`).
    @Test("Keys of text outside ASCII are the folded text's Foundation key",
          arguments: ["São Tomé", "Côte d’Ivoire", "Zürich-Nord", "Hôtel-Dieu.", "  Ñuñoa  --  Sur ", "Ægir\tÅsa", "Zürich\tNord\r\nSüd",
                      "İstanbul", "Łódź", "Île-de-France", "Mosul’s", "Киев", "Кот-д’Ивуар", "東京", "Nové Mesto nad Váhom",
                      "A.\u{301}B", "e\u{301}-e", "Ａｂｃ", "Straße", "ﬁnance", "Ǆemal"])
    func foldedKeys(phrase: String) {
        #expect(Lexicon.key(phrase) == Lexicon.foldedKey(phrase.applyingFold()), "\(phrase)")
    }
}

/// The compiled phrase tables (`Resources/lexicon.snapshot`) that
/// `Lexicon.shared` loads instead of reading the JSON files.
@Suite("Lexicon snapshot")
struct LexiconSnapshotTests {
    @Test("The bundled snapshot is the JSON files compiled now (else run `make lexicon`)")
    func bundledIsCurrent() throws {
        let bundled = try #require(Lexicon.bundledSnapshotBytes, "no Resources/lexicon.snapshot: run `make lexicon`")
        #expect(bundled == (try Lexicon.compiledSnapshotBytes()), "Resources/lexicon.snapshot is stale: run `make lexicon`")
        let loaded = try #require(try Lexicon.bundledSnapshot(), "the snapshot's hash does not match the JSON files: run `make lexicon`")
        let read = try Lexicon.bundledJSONSnapshot()
        #expect(loaded == read)
        #expect(read.keys.count > 3000 && read.entries.count > 1000)
    }

    /// A small snapshot with every kind of field: a missing country and
    /// acronym, a key that only leads on, a capitals-only key, non-ASCII text.
    static let sample = LexiconSnapshot(
        phrases: ["united nations": GazetteerEntry(name: "United Nations", type: .organization, role: .organization, acronym: "UN"),
                  "un": GazetteerEntry(name: "United Nations", type: .organization, role: .organization, acronym: "UN"),
                  "sao tome": GazetteerEntry(name: "São Tomé", type: .place, role: .capital, country: "São Tomé and Príncipe"),
                  "arica": GazetteerEntry(name: "Arica", type: .place, role: .place)],
        capsOnly: ["un"], adjectives: ["Chile": "Chilean", "Peru": "Peruvian"])

    @Test("A snapshot reads back as it was written")
    func roundTrip() throws {
        let sample = Self.sample
        #expect(sample.keys == ["arica", "sao", "sao tome", "un", "united", "united nations"])
        #expect(sample.entryOf.filter { $0 < 0 }.count == 2)
        #expect(sample.entries.count == 3, "one entry for the two keys of the United Nations")
        #expect(sample.capsOnly == [false, false, false, true, false, false])
        #expect(sample.longestPhrase == 2)
        let bytes = sample.bytes(sourceHash: 0x1234_5678_9ABC_DEF0)
        let read = try bytes.withUnsafeBytes { try LexiconSnapshot(bytes: $0) }
        #expect(read == sample)
        #expect(bytes.withUnsafeBytes { LexiconSnapshot.sourceHash(of: $0) } == 0x1234_5678_9ABC_DEF0)
    }

    @Test("Cut, padded or altered bytes are an error, not a crash or another lexicon")
    func damagedBytes() throws {
        let bytes = Self.sample.bytes(sourceHash: 7)
        for end in 0..<bytes.count {
            #expect(throws: LexiconSnapshot.FormatError.self) { try Array(bytes[..<end]).withUnsafeBytes { try LexiconSnapshot(bytes: $0) } }
        }
        #expect(throws: LexiconSnapshot.FormatError.self) { try (bytes + [0]).withUnsafeBytes { try LexiconSnapshot(bytes: $0) } }
        var otherVersion = bytes
        otherVersion[LexiconSnapshot.magic.count - 2] ^= 1
        #expect(otherVersion.withUnsafeBytes { LexiconSnapshot.sourceHash(of: $0) } == nil)
        #expect(throws: LexiconSnapshot.FormatError.self) { try otherVersion.withUnsafeBytes { try LexiconSnapshot(bytes: $0) } }
    }
}
