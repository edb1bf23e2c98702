import CMalloc

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
        guard freeBytes >= threshold else { return }
        _ = malloc_trim(0)
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
