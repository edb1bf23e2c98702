import ActorGraphText
import Testing

/// The cache hands out the string `String(decoding:as:)` makes of the same
/// bytes, whether a lookup finds its slot empty, its own bytes, or another
/// token's.
@Suite("Token string cache")
struct TokenStringCacheTests {
    /// Byte strings of every length from 0 to 20, ASCII and not, some not
    /// UTF-8 at all (repaired the same way by both), from a fixed seed.
    static func samples() -> [[UInt8]] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        let alphabet: [[UInt8]] = [Array("a".utf8), Array("Z".utf8), Array(",".utf8), Array("é".utf8), Array("’".utf8),
                                   Array("ş".utf8), [0xFF], [0xC3], Array("0".utf8), Array(" ".utf8)]
        var out: [[UInt8]] = []
        for length in 0...20 {
            for _ in 0..<12 {
                var bytes: [UInt8] = []
                while bytes.count < length { bytes += alphabet[Int(next() % UInt64(alphabet.count))] }
                out.append(Array(bytes.prefix(length)))
            }
        }
        // Tokens that share their first eight bytes, or differ only by a trailing NUL.
        for word in ["Azerbai", "Azerbaij", "Azerbaija", "Azerbaijan", "Azerbaijani", "Azerbaijanis", "Azerbaijan’s", "a", "a\u{0}"] {
            out.append(Array(word.utf8))
        }
        return out
    }

    @Test("Each lookup gives String(decoding:as:) of its bytes, through slots shared and overwritten")
    func sameStrings() {
        let samples = Self.samples()
        // Two slots: nearly every lookup evicts another token, or finds one of different bytes.
        for cache in [TokenStringCache(slots: 2), TokenStringCache(slots: 4096)] {
            for round in 0..<3 {
                for bytes in samples + samples.reversed() {
                    let expected = String(decoding: bytes, as: UTF8.self)
                    let found = bytes.withUnsafeBufferPointer { cache.string($0) }
                    #expect(found == expected, "round \(round): \(bytes)")
                    #expect(Array(found.utf8) == Array(expected.utf8))
                }
            }
        }
    }

    @Test("Tokens read through a cache are the tokens read without one")
    func tokenizerWithCache() {
        let text = "Kenya’s President said Nairobi, Kenya and “Nairobi” back the U.S.-led talks; Kenya's envoy agreed."
        let bytes = Array(text.utf8)
        let plain = Tokenizer().tokens(in: bytes, range: 0..<bytes.count)
        let strings = TokenStringCache(slots: 8)
        for _ in 0..<2 {
            #expect(Tokenizer().tokens(in: bytes, range: 0..<bytes.count, strings: strings) == plain)
        }
        #expect(plain.count > 20)
    }

    @Test("withCache lends each caller a cache of its own, also from many threads at once")
    func lending() async {
        // While one call holds a cache, another gets a different one.
        let nested = TokenStringCache.withCache { a in TokenStringCache.withCache { b in ObjectIdentifier(a) != ObjectIdentifier(b) } }
        #expect(nested)
        let text = Array("Baku said Yerevan shelled Ganja; Yerevan denied it.".utf8)
        let expected = Tokenizer().tokens(in: text, range: 0..<text.count)
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<16 {
                group.addTask {
                    (0..<50).allSatisfy { _ in
                        TokenStringCache.withCache { Tokenizer().tokens(in: text, range: 0..<text.count, strings: $0) } == expected
                    }
                }
            }
            for await same in group { #expect(same) }
        }
    }
}
