import ActorGraphModel
import ActorGraphText
import Foundation

/// A document as the first pass read it: its metadata and its sentences
/// with their mentions, written to the spill so the second pass reads
/// relations from it instead of segmenting and recognising the article a
/// second time (about half the work of a reading).
///
/// `encoded()` and `init(decoding:)` are exact inverses. A token's text is
/// stored only when it differs from the sentence's own bytes at the token's
/// offsets (a normalised apostrophe); otherwise it is cut from the sentence
/// when read back, which keeps the record near the size of the text.
///
/// A spill record ends with the signature trailer (`signatureTrailer`): the
/// position in the mention table of each mention's signature, known only
/// once the first pass has added the document to the table, so written
/// after the rest. Decoding requires it, one position per mention.
struct ReadDocument: Sendable {
    var document: Document
    var sentences: [ReadSentence]
    /// Each mention's signature position in the mention table, mention by
    /// mention in sentence order (from the trailer).
    var signaturePositions: [Int32] = []

    func encoded() -> [UInt8] {
        var w = RecordWriter(reservingCapacity: 256 + sentences.reduce(0) { $0 + 3 * $1.sentence.text.utf8.count })
        w.write(document.id)
        w.write(document.title)
        w.write(document.date)
        w.write(document.source)
        w.write(document.url)
        w.write(sentences.count)
        for s in sentences {
            Self.write(s, to: &w)
            w.write(s.mentions.count)
            for m in s.mentions { Self.write(m, to: &w) }
        }
        return w.bytes
    }

    init(document: Document, sentences: [ReadSentence]) {
        self.document = document
        self.sentences = sentences
    }

    /// A read document between the passes: kept as it is, or encoded for
    /// the spill (coming back from the spill, with its signature trailer).
    enum Kept: Sendable {
        case read(ReadDocument)
        case encoded([UInt8])

        /// The document, decoded from its record if it was spilled.
        func decoded() throws(ExtractionError) -> ReadDocument {
            switch self {
            case .read(let read): return read
            case .encoded(let record): return try ReadDocument(decoding: record)
            }
        }
    }

    /// About the memory the document holds: its sentences' text, token
    /// (with their lowercased words and cues) and mention arrays and the
    /// strings of each mention. An estimate for the
    /// extractor's budget, not an exact count (long token strings and
    /// allocator overhead are left out).
    var estimatedBytes: Int {
        let perMention = MemoryLayout<Mention>.stride + 64
        return sentences.reduce(256) { total, s in
            total + 128 + s.sentence.text.utf8.count
                + s.sentence.tokens.count * (MemoryLayout<Token>.stride + MemoryLayout<String>.stride + MemoryLayout<FrameCues>.stride)
                + s.mentions.count * perMention
        }
    }

    /// The record's last part: the signature position of each mention.
    static func signatureTrailer(_ positions: [Int32]) -> [UInt8] {
        var w = RecordWriter(reservingCapacity: 2 + 3 * positions.count)
        w.write(positions.count)
        for p in positions { w.write(Int(p)) }
        return w.bytes
    }

    init(decoding record: [UInt8]) throws(ExtractionError) {
        // Token strings come through a cache that each thread keeps warm across documents.
        self = try TokenStringCache.withCache { strings in
            record.withUnsafeBufferPointer { Self.decode($0, strings) }
        }.get()
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ strings: TokenStringCache) -> Result<ReadDocument, ExtractionError> {
        var r = RecordReader(bytes)
        do throws(ExtractionError) {
            let document = Document(id: try r.readString(), title: try r.readOptionalString(),
                                    date: try r.readOptionalString(), source: try r.readOptionalString(),
                                    url: try r.readOptionalString())
            let count = try r.readInt()
            var sentences: [ReadSentence] = []
            sentences.reserveCapacity(min(count, bytes.count))
            for _ in 0..<count {
                let (sentence, lower, cues) = try Self.readSentence(&r, strings)
                let n = try r.readInt()
                var mentions: [Mention] = []
                mentions.reserveCapacity(min(n, bytes.count))
                for _ in 0..<n { mentions.append(try Self.readMention(&r)) }
                sentences.append(ReadSentence(sentence: sentence, mentions: mentions, lower: lower, frameCues: cues))
            }
            let mentions = sentences.reduce(0) { $0 + $1.mentions.count }
            guard try r.readInt() == mentions else { throw .damagedSpill }
            var positions: [Int32] = []
            positions.reserveCapacity(mentions)
            for _ in 0..<mentions {
                let p = try r.readInt()
                guard p >= 0, p <= Int(Int32.max) else { throw .damagedSpill }
                positions.append(Int32(p))
            }
            guard r.isAtEnd else { throw .damagedSpill }
            var read = ReadDocument(document: document, sentences: sentences)
            read.signaturePositions = positions
            return .success(read)
        } catch {
            return .failure(error)
        }
    }

    // MARK: - Sentences and tokens

    private enum TokenBits {
        static let number: UInt8 = 1
        static let punctuation: UInt8 = 2
        static let capitalized: UInt8 = 4
        /// The text follows, because it is not the sentence's bytes at the token's offsets.
        static let ownText: UInt8 = 8
        /// The token's frame cues follow; most tokens have none.
        static let cued: UInt8 = 16
    }

    /// Tokens are written as offsets from the previous token's end (a space
    /// or nothing, one byte) and lengths, which keeps most numbers to a byte.
    ///
    /// The loop runs for every token of the corpus, so it writes through a
    /// cursor with room for the worst case (a bits byte, two ten-byte
    /// varints and the token's own text with its length) and reads the
    /// tokens in place, without copying each one out of the array.
    ///
    /// A token's lowercased word is not written: it is made again from the
    /// text when read back, as the recognizer made it.
    private static func write(_ read: ReadSentence, to w: inout RecordWriter) {
        let s = read.sentence
        var text = s.text
        w.write(text)
        w.write(s.start)
        w.write(s.end)
        w.write(s.index)
        w.write(s.tokens.count)
        s.tokens.withUnsafeBufferPointer { tokens in
            var room = 0
            for k in tokens.indices { room += 36 + tokens[k].text.utf8.count }
            text.withUTF8 { sentence in
                w.append(atMost: room) { out in
                    var previousEnd = s.start
                    for k in tokens.indices {
                        let kind = tokens[k].kind, start = tokens[k].start, end = tokens[k].end
                        var bits: UInt8 = kind == .number ? TokenBits.number : kind == .punctuation ? TokenBits.punctuation : 0
                        if tokens[k].isCapitalized { bits |= TokenBits.capitalized }
                        let own = !Self.isCut(tokens[k].text, start: start, end: end, from: sentence, at: s.start)
                        if own { bits |= TokenBits.ownText }
                        let cues = read.frameCues[k].rawValue
                        if cues != 0 { bits |= TokenBits.cued }
                        out.write(bits)
                        out.write(start - previousEnd)
                        out.write(end - start)
                        if own { out.write(tokens[k].text) }
                        if cues != 0 { out.write(Int(cues)) }
                        previousEnd = end
                    }
                }
            }
        }
    }

    /// True when a token's text is the sentence's bytes at its offsets.
    private static func isCut(_ token: String, start: Int, end: Int, from sentence: UnsafeBufferPointer<UInt8>, at sentenceStart: Int) -> Bool {
        let from = start - sentenceStart, count = end - start
        let utf8 = token.utf8
        guard from >= 0, count >= 0, from <= sentence.count - count, utf8.count == count else { return false }
        guard count > 0 else { return true }
        let cut = UnsafeBufferPointer(rebasing: sentence[from..<(from + count)])
        return utf8.withContiguousStorageIfAvailable { memcmp($0.baseAddress!, cut.baseAddress!, count) == 0 }
            ?? utf8.elementsEqual(cut)
    }

    /// Tokens are cut from the sentence's bytes where they lie in the
    /// record, not from the sentence's string: the loop runs for every
    /// token of the corpus, and reaching into a string's bytes cost a
    /// retain and a release each time.
    private static func readSentence(_ r: inout RecordReader, _ strings: TokenStringCache) throws(ExtractionError) -> (Sentence, [String], [FrameCues]) {
        let bytes = try r.readStringBytes()
        let text = String(decoding: bytes, as: UTF8.self)
        let start = try r.readInt(), end = try r.readInt(), index = try r.readInt()
        let count = try r.readInt()
        var tokens: [Token] = [], lower: [String] = [], cues: [FrameCues] = []
        tokens.reserveCapacity(min(count, bytes.count + 1))
        lower.reserveCapacity(min(count, bytes.count + 1))
        cues.reserveCapacity(min(count, bytes.count + 1))
        var previousEnd = start
        for _ in 0..<count {
            let bits = try r.readByte()
            let tokenStart = previousEnd &+ (try r.readInt()), tokenEnd = tokenStart &+ (try r.readInt())
            // A token's offsets lie in a document, which `Token` keeps in 32 bits.
            guard Token.offsets.contains(tokenStart), Token.offsets.contains(tokenEnd) else { throw .damagedSpill }
            let kind: Token.Kind = bits & TokenBits.number != 0 ? .number : bits & TokenBits.punctuation != 0 ? .punctuation : .word
            let tokenText: String, word: String
            if bits & TokenBits.ownText != 0 {
                tokenText = try r.readString()
                word = Words.lowercased(tokenText)
            } else {
                let from = tokenStart &- start, to = tokenEnd &- start
                guard from >= 0, from <= to, to <= bytes.count else { throw .damagedSpill }
                (tokenText, word) = Self.tokenStrings(UnsafeBufferPointer(rebasing: bytes[from..<to]), strings)
            }
            var cue = FrameCues()
            if bits & TokenBits.cued != 0 {
                let raw = try r.readInt()
                guard raw > 0, raw <= Int(UInt32.max) else { throw .damagedSpill }
                cue = FrameCues(rawValue: UInt32(raw))
            }
            tokens.append(Token(text: tokenText, start: tokenStart, end: tokenEnd, kind: kind,
                                isCapitalized: bits & TokenBits.capitalized != 0))
            lower.append(word)
            cues.append(cue)
            previousEnd = tokenEnd
        }
        return (Sentence(text: text, start: start, end: end, tokens: tokens, index: index), lower, cues)
    }

    /// A token's text and its lowercased word (`Words.lowercased`), made
    /// from its bytes through `strings` (the same strings, made once): one
    /// string for both when the text has no capitals (most tokens), and
    /// ASCII capitals lowered byte by byte.
    static func tokenStrings(_ bytes: UnsafeBufferPointer<UInt8>, _ strings: TokenStringCache) -> (text: String, lower: String) {
        var capitals = false
        for b in bytes {
            if b >= 0x80 {
                let text = strings.string(bytes)
                return (text, Words.lowercased(text))
            }
            if b &- 0x41 < 26 { capitals = true }
        }
        let text = strings.string(bytes)
        guard capitals else { return (text, text) }
        let lower = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { out in
            for i in bytes.indices { out[i] = bytes[i] &- 0x41 < 26 ? bytes[i] | 0x20 : bytes[i] }
            return strings.string(UnsafeBufferPointer(rebasing: out[..<bytes.count]))
        }
        return (text, lower)
    }

    // MARK: - Mentions

    private enum KindTag {
        static let country: UInt8 = 0, capital: UInt8 = 1, place: UInt8 = 2, organization: UInt8 = 3
        static let governmentBody: UInt8 = 4, person: UInt8 = 5, single: UInt8 = 6, role: UInt8 = 7
    }

    /// The mention's yes/no cues, one bit each (written out rather than
    /// through key paths, which cost far more per use).
    private static func flags(of m: Mention) -> Int {
        var bits = 0
        if m.isSpeaker { bits |= 1 }
        if m.isActorPhrase { bits |= 2 }
        if m.isAdjective { bits |= 4 }
        if m.afterLocative { bits |= 8 }
        if m.placeCue { bits |= 16 }
        if m.isVessel { bits |= 32 }
        if m.isActing { bits |= 64 }
        if m.isOwner { bits |= 128 }
        if m.sentenceInitial { bits |= 256 }
        return bits
    }

    private static func setFlags(_ bits: Int, of m: inout Mention) {
        m.isSpeaker = bits & 1 != 0
        m.isActorPhrase = bits & 2 != 0
        m.isAdjective = bits & 4 != 0
        m.afterLocative = bits & 8 != 0
        m.placeCue = bits & 16 != 0
        m.isVessel = bits & 32 != 0
        m.isActing = bits & 64 != 0
        m.isOwner = bits & 128 != 0
        m.sentenceInitial = bits & 256 != 0
    }

    private static func write(_ m: Mention, to w: inout RecordWriter) {
        switch m.kind {
        case .country: w.write(KindTag.country)
        case .capital: w.write(KindTag.capital)
        case .place: w.write(KindTag.place)
        case .organization: w.write(KindTag.organization)
        case .governmentBody(let kind): w.write(KindTag.governmentBody); w.write(kind)
        case .person: w.write(KindTag.person)
        case .single: w.write(KindTag.single)
        case .role(let title): w.write(KindTag.role); w.write(title)
        }
        w.write(m.surface)
        w.write(m.name)
        w.write(m.tokens.lowerBound)
        w.write(m.tokens.upperBound)
        w.write(m.country)
        w.write(m.title)
        w.write(flags(of: m))
        w.write(m.modifier.map { $0 + 1 } ?? 0)
        w.write(m.compoundCue)
    }

    private static func readMention(_ r: inout RecordReader) throws(ExtractionError) -> Mention {
        let kind: Mention.Kind
        switch try r.readByte() {
        case KindTag.country: kind = .country
        case KindTag.capital: kind = .capital
        case KindTag.place: kind = .place
        case KindTag.organization: kind = .organization
        case KindTag.governmentBody: kind = .governmentBody(kind: try r.readString())
        case KindTag.person: kind = .person
        case KindTag.single: kind = .single
        case KindTag.role: kind = .role(title: try r.readString())
        default: throw .damagedSpill
        }
        let surface = try r.readString(), name = try r.readString()
        let lower = try r.readInt(), upper = try r.readInt()
        guard lower <= upper else { throw .damagedSpill }
        var m = Mention(kind: kind, surface: surface, name: name, tokens: lower..<upper, country: try r.readOptionalString())
        m.title = try r.readOptionalString()
        setFlags(try r.readInt(), of: &m)
        let modifier = try r.readInt()
        m.modifier = modifier == 0 ? nil : modifier - 1
        m.compoundCue = try r.readOptionalString()
        return m
    }
}
