/// The hash `WordIndex` files words by: FNV-1a over a word's UTF-8 bytes,
/// never 0 (an empty slot's mark). In steps, so a caller that reads a
/// word's bytes for something else hashes them in the same pass
/// (`Words.lowercasedWithHash`).
enum WordHash {
    static var seed: UInt64 { 0xcbf2_9ce4_8422_2325 }

    @inline(__always)
    static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 {
        (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    @inline(__always)
    static func end(_ h: UInt64) -> UInt64 { h | 1 }
}
