/// FNV-1a over bytes, in steps: the hash `WordIndex` files words by, and
/// the one the compiled lexicon records of its source files
/// (`Lexicon.sourceHash`). In steps, so a caller that reads a word's bytes
/// for something else hashes them in the same pass
/// (`Words.lowercasedWithHash`).
enum FNV1a {
    static var seed: UInt64 { 0xcbf2_9ce4_8422_2325 }

    @inline(__always)
    static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 {
        (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// The hash with its low bit set: never 0, which marks an empty slot
    /// of a `WordIndex`.
    @inline(__always)
    static func nonZero(_ h: UInt64) -> UInt64 { h | 1 }
}
