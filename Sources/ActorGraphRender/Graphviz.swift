import Foundation

/// The one gate every Graphviz call goes through.
///
/// libgvc and libcgraph keep global state (the error handler, the parser,
/// plugin tables) and are not safe from several threads, so the whole
/// process shares one lock. It is recursive so that a context released
/// while the lock is held (for example when plugin probing fails) can take
/// it again in its `deinit` without deadlocking.
enum Graphviz {
    private static let lock = NSRecursiveLock()

    /// Runs `body` with exclusive access to the Graphviz libraries.
    static func serialized<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
