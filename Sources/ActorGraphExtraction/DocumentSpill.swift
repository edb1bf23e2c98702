#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The first pass's read documents, kept on disk for the second pass: an
/// anonymous temporary file of length-prefixed records (`ReadDocument`),
/// appended in input order and read back once, in the same order.
///
/// The file is unlinked as soon as it is created, so it takes no name in
/// the temporary folder and its space returns to the system when the
/// descriptor closes (in `deinit`), even if the process is killed. Memory
/// holds one write buffer and one read chunk, never the corpus.
///
/// Not thread-safe: the extractor appends from its pipeline's worker, one
/// batch at a time, and replays on one thread.
final class DocumentSpill {
    private let descriptor: Int32
    /// Where the file was made, for error messages.
    let path: String
    private var buffer: [UInt8] = []
    private(set) var count = 0

    /// Bytes gathered before one `write`, and read by one `read`: enough to
    /// make system calls rare, small beside the extractor's batches.
    private static let chunk = 1 << 20
    /// Length prefix of a record: eight bytes, little-endian.
    private static let prefix = 8

    /// Creates the file in `folder` (`TMPDIR`, or /tmp, when nil).
    init(in folder: String? = nil) throws(ExtractionError) {
        let folder = folder ?? ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(folder)/actorgraph-spill-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        let made = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        guard fd >= 0 else { throw .spill(path: made, reason: Self.systemMessage()) }
        unlink(made)
        descriptor = fd
        path = made
        buffer.reserveCapacity(Self.chunk)
    }

    deinit {
        close(descriptor)
    }

    /// Adds one record, `record` then `trailer`, after the others.
    func append(_ record: [UInt8], trailer: [UInt8] = []) throws(ExtractionError) {
        withUnsafeBytes(of: UInt64(record.count + trailer.count).littleEndian) { buffer.append(contentsOf: $0) }
        buffer.append(contentsOf: record)
        buffer.append(contentsOf: trailer)
        count += 1
        if buffer.count >= Self.chunk { try flush() }
    }

    /// Calls `body` with the records in the order they were appended, at
    /// most `size` at a time.
    func forEachBatch(of size: Int, _ body: ([[UInt8]]) -> Void) throws(ExtractionError) {
        try flush()
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw .spill(path: path, reason: Self.systemMessage()) }
        var pending: [UInt8] = []
        var used = 0
        var batch: [[UInt8]] = []
        var chunk = [UInt8](repeating: 0, count: Self.chunk)
        var remaining = count
        while remaining > 0 {
            // Cut every whole record out of what has been read so far.
            while remaining > 0, pending.count - used >= Self.prefix {
                var length: UInt64 = 0
                withUnsafeMutableBytes(of: &length) { $0.copyBytes(from: pending[used..<(used + Self.prefix)]) }
                length = UInt64(littleEndian: length)
                guard length <= UInt64(Int.max - Self.prefix) else { throw .damagedSpill }
                let end = used + Self.prefix + Int(length)
                guard end <= pending.count else { break }
                batch.append(Array(pending[(used + Self.prefix)..<end]))
                used = end
                remaining -= 1
                if batch.count >= size {
                    body(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            guard remaining > 0 else { break }
            pending.removeFirst(used)
            used = 0
            let n = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .spill(path: path, reason: Self.systemMessage())
            }
            guard n > 0 else { throw .damagedSpill }
            pending.append(contentsOf: chunk[0..<n])
        }
        if !batch.isEmpty { body(batch) }
    }

    /// Writes the buffer out, all of it (`write` may take part of it).
    private func flush() throws(ExtractionError) {
        var done = 0
        while done < buffer.count {
            let n = buffer.withUnsafeBytes { write(descriptor, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .spill(path: path, reason: Self.systemMessage())
            }
            done += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    private static func systemMessage() -> String {
        String(cString: strerror(errno))
    }
}
