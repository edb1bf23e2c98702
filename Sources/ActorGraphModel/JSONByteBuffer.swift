/// The JSON writer's output bytes, in memory this class allocates, grows and
/// frees.
///
/// The writer appends a byte or a few at a time, some fifty times per
/// evidence; `Array.append` checks uniqueness and capacity and goes through
/// a generic copy each time, which was a third of writing a graph. Here an
/// append is a capacity test and a store. A class, so the buffer has one
/// owner whatever copies of the writer's state there are; each buffer is
/// written by one thread at a time and handed on whole (see
/// `GraphJSONWriter`'s groups), hence `@unchecked Sendable`.
final class JSONByteBuffer: @unchecked Sendable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    var isEmpty: Bool { count == 0 }

    /// Room for `n` more bytes.
    @inline(__always)
    func reserve(_ n: Int) {
        if n > capacity - count { grow(to: count + n) }
    }

    private func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: from, count: bytes.count)
        count += bytes.count
    }

    func append(_ bytes: UnsafeRawBufferPointer) {
        guard let from = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        UnsafeMutableRawPointer(base + count).copyMemory(from: from, byteCount: bytes.count)
        count += bytes.count
    }

    func append(_ other: JSONByteBuffer) {
        append(UnsafeBufferPointer(start: other.base, count: other.count))
    }

    /// Empties the buffer, keeping its memory.
    func removeAll() { count = 0 }

    /// The bytes written, valid during `body`.
    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }
}
