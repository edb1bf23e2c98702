/// Finding a byte in text eight bytes at a time: the segmenter and the
/// furniture filter pass over every byte of every article looking for a
/// few bytes (LF, "(", "*") that most of the text does not hold.
enum ByteScan {
    /// The first position in `from..<to` holding `a` or `b`, or nil.
    static func firstIndex(of a: UInt8, or b: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        precondition(from >= 0 && to <= bytes.count, "scan outside the bytes")
        guard from < to, let base = bytes.baseAddress else { return nil }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let wordA = ones &* UInt64(a), wordB = ones &* UInt64(b)
        var i = from
        while i + 8 <= to {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if hasZeroByte(word ^ wordA) || hasZeroByte(word ^ wordB) { break }
            i += 8
        }
        while i < to {
            if base[i] == a || base[i] == b { return i }
            i += 1
        }
        return nil
    }

    /// Whether one of the eight bytes of `word` is zero (the classic test,
    /// exact as to whether one exists).
    @inline(__always)
    static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
    }
}
