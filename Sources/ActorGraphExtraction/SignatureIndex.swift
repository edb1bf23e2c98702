/// Where each distinct mention signature sits in the array that holds
/// them, in order of first occurrence: the index of `DocumentDigest` (one
/// document's signatures) and of `MentionTable` (the corpus's).
///
/// A `[MentionSignature: Int]` held every signature a second time, some
/// 100 bytes each with its strings' references, and moved them all at each
/// growth: for a 100,000-word run's table, 1.4 MB of the first pass's peak
/// of memory. Here a slot is eight bytes, the upper half of the
/// signature's name hash beside its position, and the signature is read
/// from the array only when the halves match. The probe starts at the
/// hash's low bits and goes on linearly, in a table at most half full.
///
/// Positions come from the caller's array, so they do not depend on the
/// hash (which is seeded anew each run): the output is the same every run.
struct SignatureIndex {
    /// Hash's upper half << 32 | (position + 1); 0 marks an empty slot.
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    /// An index with room for `capacity` signatures before it grows.
    init(capacity: Int = 0) {
        var size = 16
        while size < 2 * capacity { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    /// The position in `signatures` of the signature equal to `signature`;
    /// when there is none, nil, and `signature` is filed at
    /// `signatures.count`, where the caller must append it before the next
    /// call.
    mutating func position(of signature: MentionSignature, among signatures: [MentionSignature]) -> Int? {
        precondition(count == signatures.count, "each signature filed is appended before the next call")
        // Grown before the probe, while every filed signature is in `signatures` to be refiled.
        if 2 * (count + 1) > slots.count { grow(signatures) }
        let tag = Self.tag(signature.nameHash)
        var slot = signature.nameHash & mask
        while case let s = slots[slot], s != 0 {
            if s >> 32 == tag {
                let p = Int(truncatingIfNeeded: s & 0xFFFF_FFFF) - 1
                if signatures[p] == signature { return p }
            }
            slot = (slot + 1) & mask
        }
        precondition(count < Int(UInt32.max), "fewer than 2^32 - 1 signatures")
        slots[slot] = tag << 32 | UInt64(count + 1)
        count += 1
        return nil
    }

    /// Twice the slots, each signature refiled by the hash it keeps.
    private mutating func grow(_ signatures: [MentionSignature]) {
        slots = [UInt64](repeating: 0, count: 2 * slots.count)
        mask = slots.count - 1
        // Only the hashes are read, in place: no signature is copied.
        signatures.withUnsafeBufferPointer { filed in
            for p in filed.indices {
                let hash = filed[p].nameHash
                var slot = hash & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Self.tag(hash) << 32 | UInt64(p + 1)
            }
        }
    }

    private static func tag(_ hash: Int) -> UInt64 {
        UInt64(UInt32(truncatingIfNeeded: hash >> 32))
    }
}
