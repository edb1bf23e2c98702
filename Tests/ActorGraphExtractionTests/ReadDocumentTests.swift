import ActorGraphModel
import ActorGraphText
import Foundation
import Testing

@testable import ActorGraphExtraction

/// The spill's record format: what the first pass writes, the second reads
/// back exactly, and damage is an error, never a crash.
@Suite("Read documents in the spill")
struct ReadDocumentTests {
    /// Sentences with every kind of mention and token the recognizer makes:
    /// titled people, roles, ministries, demonyms, capitals, acronyms, a
    /// typographic possessive (stored as "'s", written "’s"), non-ASCII names.
    static let article = """
        Armenian Prime Minister Nikol Pashinyan accused Azeri forces of shelling Stepanakert.
        Azerbaijan’s defence ministry said the Organization for Security and Co-operation in Europe (OSCE) had been told.
        A spokeswoman for the Kenyan President, Zoë Okonjo-Ñúñez, said Nairobi backs the U.S.-brokered talks.
        “We deny it,” said Hikmet Hajiyev, an aide to the Azerbaijani President, in Baku.
        """

    static func read() throws -> ReadDocument {
        let source = try DocumentLoader().parse(Data(article.utf8), id: "round-trip", source: "round-trip.txt")
        var document = source.document
        document.url = "https://example.org/a?b=\"c\"&d=<e>"
        let reader = DocumentReader(segmenter: ArticleSegmenter(), recognizer: MentionRecognizer(lexicon: .shared),
                                    resolver: EntityResolver(lexicon: .shared))
        return ReadDocument(document: document, sentences: reader.read(source))
    }

    /// Signature positions for `read`'s mentions, made up but distinct.
    static func positions(_ read: ReadDocument) -> [Int32] {
        (0..<read.sentences.reduce(0) { $0 + $1.mentions.count }).map { Int32($0 * 7919 % 100_003) }
    }

    /// A spill record: the document, then its signature trailer.
    static func record(_ read: ReadDocument) -> [UInt8] {
        read.encoded() + ReadDocument.signatureTrailer(positions(read))
    }

    @Test("A record decodes to the document, sentences and signature positions it was made from")
    func roundTrip() throws {
        let original = try Self.read()
        let decoded = try ReadDocument(decoding: Self.record(original))
        #expect(decoded.document == original.document)
        #expect(decoded.sentences == original.sentences)
        #expect(decoded.signaturePositions == Self.positions(original))
        #expect(!decoded.signaturePositions.isEmpty)
        // The fixture covers what the format has special cases for.
        let tokens = original.sentences.flatMap(\.sentence.tokens)
        let mentions = original.sentences.flatMap(\.mentions)
        #expect(tokens.contains { $0.text == "'s" && $0.end - $0.start == "’s".utf8.count })
        #expect(mentions.contains { if case .role = $0.kind { true } else { false } })
        #expect(mentions.contains { if case .governmentBody = $0.kind { true } else { false } })
        #expect(mentions.contains { $0.modifier != nil && $0.title != nil && $0.country != nil })
        #expect(mentions.contains { $0.compoundCue != nil })
        // Frame cues are written, lowercased words made again: both come back.
        #expect(original.sentences.contains { $0.frameCues.contains { $0.contains(.accuseVerb) } })
        #expect(original.sentences.contains { s in zip(s.lower, s.sentence.tokens).contains { $0 != $1.text } })
    }

    @Test("A token's strings cut from bytes are its text and Words.lowercased of it",
          arguments: ["", "the", ",", "Baku", "OSCE", "U.S.", "@[`{Z", "AZ-az_09", "Zoë", "ÑÚÑEZ", "İstanbul", "’s",
                      "co-chaired", "A Very Long Token Past Fifteen Bytes"])
    func tokenStrings(_ token: String) {
        // Twice through one cache: made, then found.
        let strings = TokenStringCache()
        for _ in 0..<2 {
            let (text, lower) = Array(token.utf8).withUnsafeBufferPointer { ReadDocument.tokenStrings($0, strings) }
            #expect(text == token)
            #expect(lower == Words.lowercased(token))
            #expect(Array(lower.utf8) == Array(Words.lowercased(token).utf8))
        }
    }

    @Test("Hand-made values at the edges of the format survive: empty and long strings, large offsets, no sentences")
    func edges() throws {
        var m = Mention(kind: .role(title: ""), surface: String(repeating: "é", count: 300), name: "", tokens: 0..<0)
        m.modifier = 0
        m.sentenceInitial = true
        m.compoundCue = ""
        let last = Token.offsets.upperBound
        let token = Token(text: "x", start: last - 1, end: last, kind: .number, isCapitalized: true)
        let sentence = Sentence(text: "", start: last - 1, end: last - 1, tokens: [token], index: Int(Int32.max))
        let full = ReadDocument(document: Document(id: "", title: "", date: nil, source: nil, url: ""),
                                sentences: [ReadSentence(sentence: sentence, mentions: [m, m], lower: ["x"],
                                                         frameCues: [FrameCues(rawValue: .max)])])
        let decoded = try ReadDocument(decoding: full.encoded() + ReadDocument.signatureTrailer([0, Int32.max]))
        #expect(decoded.document == full.document)
        #expect(decoded.sentences == full.sentences)
        #expect(decoded.signaturePositions == [0, Int32.max])
        let empty = ReadDocument(document: Document(id: "none"), sentences: [])
        #expect(try ReadDocument(decoding: Self.record(empty)).sentences.isEmpty)
    }

    @Test("Every truncation of a record, a record with bytes added, and a trailer of the wrong length are a damaged spill")
    func damage() throws {
        let read = try Self.read()
        let bytes = Self.record(read)
        #expect(throws: ExtractionError.damagedSpill) { try ReadDocument(decoding: read.encoded()) }
        #expect(throws: ExtractionError.damagedSpill) {
            try ReadDocument(decoding: read.encoded() + ReadDocument.signatureTrailer(Self.positions(read).dropLast()))
        }
        for cut in stride(from: 0, to: bytes.count, by: 7) {
            #expect(throws: ExtractionError.damagedSpill) { try ReadDocument(decoding: Array(bytes[..<cut])) }
        }
        #expect(throws: ExtractionError.damagedSpill) { try ReadDocument(decoding: bytes + [0]) }
        #expect(throws: ExtractionError.damagedSpill) { try ReadDocument(decoding: [UInt8](repeating: 0xFF, count: 40)) }
    }

    @Test("A token offset past what a token holds is a damaged spill, not a stop")
    func offsetPastTokens() throws {
        // One sentence of one token whose text follows it (bit 8), at an
        // offset the format can write but `Token` cannot hold.
        func record(tokenStart: Int) -> [UInt8] {
            var w = RecordWriter()
            w.write("doc")
            for _ in 0..<4 { w.write(nil as String?) }
            w.write(1)
            w.write("x")
            for value in [0, 1, 0, 1] { w.write(value) }
            w.write(UInt8(8))
            w.write(tokenStart)
            w.write(1)
            w.write("x")
            w.write(0)
            w.write(0)
            return w.bytes
        }
        let read = try ReadDocument(decoding: record(tokenStart: Token.offsets.upperBound - 1))
        #expect(read.sentences.first?.sentence.tokens.first?.end == Token.offsets.upperBound)
        #expect(throws: ExtractionError.damagedSpill) { try ReadDocument(decoding: record(tokenStart: Token.offsets.upperBound)) }
        #expect(throws: ExtractionError.damagedSpill) { try ReadDocument(decoding: record(tokenStart: 1 << 40)) }
        #expect(throws: ExtractionError.damagedSpill) { try ReadDocument(decoding: record(tokenStart: -1)) }
    }
}
