import CMalloc

/// Hands memory that extraction has freed back to the system between its
/// phases.
///
/// glibc's allocator keeps freed memory in the arena of the thread that
/// freed it: after the first pass, the worker threads' arenas hold the
/// space their batches used, which the resolver (on another thread) cannot
/// reuse, so resident memory would add the two. `malloc_trim` releases the
/// free pages of every arena. A no-op off Linux.
enum FreedMemory {
    static func release() {
        #if os(Linux)
        _ = malloc_trim(0)
        #endif
    }
}
