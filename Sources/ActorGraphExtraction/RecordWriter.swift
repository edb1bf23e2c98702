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
        Self.varint(value) { bytes.append($0) }
    }

    /// `value` as an unsigned LEB128 varint, byte by byte to `emit`: the one
    /// encoding the writer and its cursor share.
    @inline(__always)
    static func varint(_ value: Int, _ emit: (UInt8) -> Void) {
        var v = UInt(bitPattern: value)
        while v >= 0x80 {
            emit(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        emit(UInt8(truncatingIfNeeded: v))
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

    /// Appends what `body` writes through a cursor with room for
    /// `maxCount` bytes: one bounds check per value and no array
    /// bookkeeping per byte, for loops over every token of a sentence.
    ///
    /// The cursor writes into the record's own storage, grown by `maxCount`
    /// zeros and cut back to what was written: a region of its own cost an
    /// allocation and a copy for every sentence of the corpus.
    mutating func append(atMost maxCount: Int, _ body: (inout Cursor) -> Void) {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: maxCount))
        let written = bytes.withUnsafeMutableBufferPointer { all in
            var cursor = Cursor(UnsafeMutableBufferPointer(rebasing: all[start...]))
            body(&cursor)
            return cursor.count
        }
        bytes.removeLast(maxCount - written)
    }

    /// Writes into a buffer sized beforehand, in the same encodings as the
    /// writer; writing past its end stops the program rather than memory.
    struct Cursor {
        private let buffer: UnsafeMutableBufferPointer<UInt8>
        private(set) var count = 0

        init(_ buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

        mutating func write(_ byte: UInt8) {
            precondition(count < buffer.count, "record cursor past its room")
            buffer[count] = byte
            count += 1
        }

        mutating func write(_ value: Int) {
            RecordWriter.varint(value) { write($0) }
        }

        /// A string's length and bytes, as `RecordWriter.write(_: String)`.
        mutating func write(_ string: String) {
            var string = string
            string.withUTF8 { utf8 in
                write(utf8.count)
                precondition(utf8.count <= buffer.count - count, "record cursor past its room")
                if let from = utf8.baseAddress, !utf8.isEmpty {
                    (buffer.baseAddress! + count).update(from: from, count: utf8.count)
                }
                count += utf8.count
            }
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
