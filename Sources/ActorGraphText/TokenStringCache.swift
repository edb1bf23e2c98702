import Foundation

/// The strings of short tokens, made once and handed out again.
///
/// Every token of the corpus becomes a `String`, once when the tokenizer
/// reads it and again when the spill is read back, and `String(decoding:)`
/// costs about 150 instructions for even a comma: it checks the bytes and
/// builds the string byte by byte. News repeats its words ("the", "said",
/// ","), so a token's bytes were nearly always turned into a string a
/// moment before. This cache keeps, for each of its slots, the last
/// token of up to 15 bytes that hashed there, packed into two words with
/// its length: a hit costs the packing and two comparisons.
///
/// A string from the cache is the one `String(decoding:as:)` made of the
/// same bytes, so the result is the same with or without it. Longer tokens
/// are made directly.
///
/// One thread uses a cache at a time: `withCache` lends one from a pool
/// for the length of a call, so each core keeps a warm cache across the
/// documents it reads.
public final class TokenStringCache: @unchecked Sendable {
    /// Two words per slot: the first eight bytes, then the rest with the
    /// length in the top byte (never 0 for a stored token, so an empty
    /// slot matches nothing).
    ///
    /// Memory this class allocates and frees, not arrays: a lookup is a few
    /// instructions, and arrays in a class added an exclusivity check, a
    /// bounds check and a uniqueness check to each access, which cost more
    /// than the lookup.
    private let keys: UnsafeMutablePointer<UInt64>
    private let strings: UnsafeMutablePointer<String>
    private let slots: Int

    /// A cache of `slots` slots (a power of two).
    public init(slots: Int = 4096) {
        precondition(slots > 0 && slots & (slots - 1) == 0, "a power of two slots")
        self.slots = slots
        keys = .allocate(capacity: 2 * slots)
        keys.initialize(repeating: 0, count: 2 * slots)
        strings = .allocate(capacity: slots)
        strings.initialize(repeating: "", count: slots)
    }

    deinit {
        strings.deinitialize(count: slots)
        strings.deallocate()
        keys.deallocate()
    }

    /// `String(decoding: bytes, as: UTF8.self)`, from the cache when these
    /// bytes were the last to use their slot.
    public func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let n = bytes.count
        guard n > 0, n <= 15 else { return String(decoding: bytes, as: UTF8.self) }
        var low: UInt64 = 0
        var high = UInt64(n) << 56
        for i in 0..<min(n, 8) { low |= UInt64(bytes[i]) << UInt64(8 * i) }
        if n > 8 { for i in 8..<n { high |= UInt64(bytes[i]) << UInt64(8 * (i - 8)) } }
        let hash = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)
        let slot = Int(truncatingIfNeeded: hash >> 32) & (slots - 1)
        if keys[2 * slot] == low, keys[2 * slot + 1] == high { return strings[slot] }
        let string = String(decoding: bytes, as: UTF8.self)
        keys[2 * slot] = low
        keys[2 * slot + 1] = high
        strings[slot] = string
        return string
    }

    private static let pool = Pool()

    /// Runs `body` with a cache no other thread holds meanwhile.
    public static func withCache<Result>(_ body: (TokenStringCache) throws -> Result) rethrows -> Result {
        let cache = pool.take()
        defer { pool.give(cache) }
        return try body(cache)
    }

    /// Caches between uses: as many as threads have held at once.
    private final class Pool: @unchecked Sendable {
        private var idle: [TokenStringCache] = []
        private let lock = NSLock()

        func take() -> TokenStringCache {
            lock.withLock { idle.popLast() } ?? TokenStringCache()
        }

        func give(_ cache: TokenStringCache) {
            lock.withLock { idle.append(cache) }
        }
    }
}
