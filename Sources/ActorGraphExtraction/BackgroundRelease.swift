import ActorGraphModel
import Dispatch

/// Lets go of large values on a thread of their own, so the one thread
/// that resolves a corpus does not spend its time freeing.
///
/// Resolution ends with hundreds of thousands of clusters and keys that
/// nothing reads again, each a handful of allocations: freed where they
/// die, that was a tenth of a second on the resolving thread for the bench
/// corpus, with the other cores idle; the mention table after it, a few
/// hundredths more. Handed here, they are freed while that thread goes on.
/// The values are not shared: the caller's variable is emptied, so the
/// release queue holds the only reference.
///
/// Not for values that die while the thread goes on allocating: memory
/// freed later than it would have been cannot be reused in between, and
/// freeing resolution's people indexes here raised a run's peak by 10 MB.
///
/// On one allowed core (`Cores.usable`) all of it happens on the caller's
/// thread: a release thread could only take turns with it, and starting
/// one (two threads, and an arena for the thread that frees) cost more
/// than the freeing it moved.
enum BackgroundRelease {
    /// Serial: one thread frees at a time, in the order values were handed over.
    private static let queue = DispatchQueue(label: "actorgraph.extraction.release", qos: .utility)

    /// Moves `value` out of the caller's variable, leaving `replacement`,
    /// and lets go of it on the release queue.
    static func drop<Value>(_ value: inout Value, leaving replacement: Value) {
        guard Cores.areSeveral else {
            value = replacement
            return
        }
        let held = Held(value)
        value = replacement
        queue.async { held.value = nil }
    }

    /// Hands freed memory back to the system (`FreedMemory.release`) once
    /// everything handed over so far has been let go, on the release queue:
    /// the trim walks every arena, which took the resolving thread 0.05-
    /// 0.09 s before the second pass of the bench corpus.
    static func releaseFreedMemory() {
        guard Cores.areSeveral else { return FreedMemory.release() }
        queue.async { FreedMemory.release() }
    }

    /// Returns once everything handed over so far has been let go (and
    /// any trim queued before done).
    static func wait() {
        queue.sync {}
    }

    /// The value in transit; touched by the caller until `drop` queues it,
    /// then only by the release queue.
    private final class Held<Value>: @unchecked Sendable {
        var value: Value?
        init(_ value: Value) { self.value = value }
    }
}
