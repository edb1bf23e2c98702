import Foundation

/// Reads a file a line at a time in fixed-size chunks, so memory is bounded
/// by one chunk plus the line being read (at most `maxLineBytes`), never by
/// the size of the file. A line longer than that is not kept: it is reported
/// with `isTooLong` and its bytes are skipped up to the next newline.
struct LineStream {
    /// One line of the file, without its newline.
    struct Line {
        /// The line's bytes; empty when `isTooLong`.
        var bytes: Data
        /// 1-based line number.
        var number: Int
        /// Byte offset of the line's first byte in the file.
        var offset: Int
        /// True when the line was longer than `maxLineBytes` and was dropped.
        var isTooLong: Bool
    }

    let maxLineBytes: Int
    let chunkBytes: Int

    init(maxLineBytes: Int, chunkBytes: Int = 1 << 20) {
        self.maxLineBytes = maxLineBytes
        self.chunkBytes = chunkBytes
    }

    /// Calls `body` with each line of `handle`, in order; `first` sees the
    /// first chunk before any line is handed out (to sniff binary data).
    func forEachLine(in handle: FileHandle, first: (Data) throws -> Void = { _ in },
                     _ body: (Line) throws -> Void) throws {
        var line = Data()
        var lineOffset = 0
        var fileOffset = 0
        var number = 0
        var tooLong = false
        var isFirst = true
        while let chunk = try handle.read(upToCount: chunkBytes), !chunk.isEmpty {
            if isFirst {
                try first(chunk)
                isFirst = false
            }
            var start = 0
            while start < chunk.count {
                let newline = Self.index(of: 0x0A, in: chunk, from: start)
                let end = newline ?? chunk.count
                if !tooLong {
                    if line.count + (end - start) > maxLineBytes {
                        tooLong = true
                        line = Data()
                    } else {
                        line.append(chunk[(chunk.startIndex + start)..<(chunk.startIndex + end)])
                    }
                }
                fileOffset += end - start
                guard let newline else { break }
                number += 1
                try body(Line(bytes: line, number: number, offset: lineOffset, isTooLong: tooLong))
                line = Data()
                tooLong = false
                fileOffset += 1
                lineOffset = fileOffset
                start = newline + 1
            }
        }
        if !line.isEmpty || tooLong {
            try body(Line(bytes: line, number: number + 1, offset: lineOffset, isTooLong: tooLong))
        }
    }

    /// Index (from the chunk's start) of the first `byte` at or after `start`.
    private static func index(of byte: UInt8, in chunk: Data, from start: Int) -> Int? {
        chunk.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, start < raw.count else { return nil }
            guard let found = memchr(base + start, Int32(byte), raw.count - start) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }
}
