/// Appends values to a byte record in the spill's format (see
/// `ReadDocument`): unsigned LEB128 varints, strings as a length and their
/// UTF-8 bytes, optional strings with 0 for none and length + 1 otherwise.
///
/// A format of our own, not JSON or a Codable archive, because the first
/// pass writes every sentence of the corpus through it: it must cost little
/// more than copying the bytes.
struct RecordWriter {
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Offsets and counts are never negative; a negative value would still
    /// come back as written, in ten bytes.
    mutating func write(_ value: Int) {
        if value >= 0 && value < 0x80 { return bytes.append(UInt8(truncatingIfNeeded: value)) }
        var v = UInt(bitPattern: value)
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func write(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(_ string: String?) {
        guard var string else { return write(0) }
        string.withUTF8 { utf8 in
            write(utf8.count + 1)
            bytes.append(contentsOf: utf8)
        }
    }
}
