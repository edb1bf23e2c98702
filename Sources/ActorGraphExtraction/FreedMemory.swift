import CMalloc
#if canImport(Glibc)
import Glibc
#endif

/// Hands memory that extraction has freed back to the system between its
/// phases, when there is enough of it to matter.
///
/// glibc's allocator keeps freed memory in the arena of the thread that
/// freed it: after the first pass, the worker threads' arenas hold the
/// space their batches used, which the resolver (on another thread) cannot
/// reuse, so resident memory would add the two. `malloc_trim` releases the
/// free pages of every arena. A no-op off Linux.
///
/// Trimming has a price: the pages given back must be faulted in and
/// zeroed again when the next phase allocates, and the trim walks every
/// arena. For a run of a few hundred articles, which frees a few megabytes,
/// that cost a tenth of the run's time (system time 32 -> 20 ms on a
/// 100,000-word slice without it) and saved no memory worth having; so
/// memory is trimmed only when the arenas hold at least `threshold` free.
enum FreedMemory {
    /// Free bytes in the arenas below which trimming is not worth it.
    static let threshold = 64 << 20

    static func release() {
        #if os(Linux)
        // Resident memory first: freed memory that is resident cannot exceed
        // it, and reading it is one small file, where `mallinfo2` walks and
        // consolidates every arena's free lists (about a millisecond of a
        // 100,000-word run, which never holds 64 MB).
        guard (residentBytes ?? .max) >= threshold, freeBytes >= threshold else { return }
        _ = malloc_trim(0)
        #endif
    }

    /// The process's resident memory (`/proc/self/statm`); nil where it cannot be read.
    static var residentBytes: Int? {
        #if os(Linux)
        let fd = open("/proc/self/statm", O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        // "size resident shared text lib data dt", in pages.
        var text = [UInt8](repeating: 0, count: 128)
        let count = text.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        let fields = text[..<count].split(separator: 0x20)
        guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
        #else
        return nil
        #endif
    }

    /// Bytes the allocator holds free in all its arenas (`mallinfo2`).
    static var freeBytes: Int {
        #if os(Linux)
        Int(clamping: mallinfo2().fordblks)
        #else
        0
        #endif
    }
}
