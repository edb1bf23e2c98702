/// A string's first 16 bytes, big-endian in two words and zero-padded, if
/// the string is ASCII: compared as two integers, they order the strings
/// as `String.<` does wherever they differ, without a string comparison.
///
/// `String.<` orders ASCII strings by their bytes, a shorter string before
/// the longer one it begins, and zero padding agrees with that rule (a zero
/// byte in a string, were there one, only makes a tie). Where two prefixes
/// tie, or a string is not ASCII, the strings themselves must be compared.
/// Resolution sorts a corpus's cluster keys (hundreds of thousands) on one
/// thread, and they mostly differ within 16 bytes.
struct SortPrefix {
    private var high: UInt64 = 0
    private var low: UInt64 = 0
    private var isASCII = false

    init(_ string: String) {
        var string = string
        string.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return }
            isASCII = true
            for (i, byte) in bytes.prefix(16).enumerated() {
                if i < 8 { high |= UInt64(byte) << (56 - 8 * i) } else { low |= UInt64(byte) << (56 - 8 * (i - 8)) }
            }
        }
    }

    /// Whether `self`'s string comes before `other`'s, if the prefixes tell;
    /// nil if the strings must be compared.
    func precedes(_ other: SortPrefix) -> Bool? {
        guard isASCII, other.isASCII else { return nil }
        if high != other.high { return high < other.high }
        if low != other.low { return low < other.low }
        return nil
    }
}
