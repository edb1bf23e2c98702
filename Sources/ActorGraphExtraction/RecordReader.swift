/// Reads back what `RecordWriter` wrote, in the same order.
///
/// Every read checks the bounds and throws `ExtractionError.damagedSpill`
/// when the record ends early or holds a value no writer makes: the spill
/// is a file on disk that something else could truncate, and a damaged
/// file must give an error, not a crash.
struct RecordReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset == bytes.count }

    /// Inlined: most values are offsets and counts below 128, one byte, and
    /// the second pass reads several for every token of the corpus.
    @inline(__always)
    mutating func readInt() throws(ExtractionError) -> Int {
        if offset < bytes.count, bytes[offset] < 0x80 {
            defer { offset += 1 }
            return Int(bytes[offset])
        }
        return try readLongInt()
    }

    private mutating func readLongInt() throws(ExtractionError) -> Int {
        var value: UInt = 0
        var shift: UInt = 0
        while true {
            guard offset < bytes.count, shift <= 63 else { throw .damagedSpill }
            let byte = bytes[offset]
            offset += 1
            value |= UInt(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(bitPattern: value)
    }

    mutating func readByte() throws(ExtractionError) -> UInt8 {
        guard offset < bytes.count else { throw .damagedSpill }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func readString() throws(ExtractionError) -> String {
        try readBytes(count: try readInt())
    }

    /// A string's bytes in place, for a reader that cuts several strings
    /// from them (a sentence's tokens): valid while the record's buffer is.
    mutating func readStringBytes() throws(ExtractionError) -> UnsafeBufferPointer<UInt8> {
        let count = try readInt()
        guard count >= 0, count <= bytes.count - offset else { throw .damagedSpill }
        defer { offset += count }
        return UnsafeBufferPointer(rebasing: bytes[offset..<(offset + count)])
    }

    mutating func readOptionalString() throws(ExtractionError) -> String? {
        let n = try readInt()
        return n == 0 ? nil : try readBytes(count: n - 1)
    }

    private mutating func readBytes(count: Int) throws(ExtractionError) -> String {
        guard count >= 0, count <= bytes.count - offset else { throw .damagedSpill }
        defer { offset += count }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + count)]), as: UTF8.self)
    }
}
