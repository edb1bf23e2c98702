/// A small, fast pseudo-random generator (Steele, Lea and Flood's SplitMix64).
///
/// The corpus must be byte-identical for a seed on every machine and Swift
/// version, so draws never go through the standard library's `random(in:)`
/// (whose reduction of a 64-bit value to a range is not a documented
/// contract) or Foundation: every reduction is written out here.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// The generator for item `index` of stream `stream`: names derived from
    /// a rank stay the same whatever was drawn before them.
    init(seed: UInt64, stream: UInt64, index: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0x9E37_79B9_7F4A_7C15))
        state = mixer.next() ^ index &* 0xD1B5_4A32_D192_ED03
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<bound` (Lemire's multiply-high reduction; the tiny
    /// bias for bounds far below 2^64 does not matter for a corpus).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "empty range")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A value in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// A double in `0..<1` from the top 53 bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// A rank below `2^bits`, about as likely as 1/rank (Zipf with exponent
    /// 1, in octaves: an octave `[2^k, 2^(k+1))` is chosen uniformly, then a
    /// rank in it). A few actors recur in many articles, most appear rarely,
    /// and the number of distinct actors keeps growing with the corpus, as in
    /// real news. Integer arithmetic only, so no libm rounding can differ.
    mutating func zipfRank(bits: Int) -> Int {
        let octave = below(bits)
        return (1 << octave) + below(1 << octave)
    }
}
