import CAffinity
import Foundation

/// How many cores this process may run on.
///
/// `ProcessInfo.activeProcessorCount` counts the machine's cores, not the
/// ones the process is allowed: under `taskset -c 0`, or in a container
/// given one CPU (a cpuset), it still said 2 here, so one core ran a
/// thread per stage and `concurrentPerform` a worker per machine core,
/// taking turns. Each of those threads allocates from an arena of its own,
/// which glibc grows a page at a time with an `mprotect` call: 2,800 calls,
/// about 5 ms, on a 100,000-word run. On one allowed core the work runs on
/// the caller's thread instead (see `parallelMap`, `BatchPipeline`,
/// `BackgroundTask`).
public enum Cores {
    /// The cores in the process's CPU affinity mask (`sched_getaffinity`),
    /// at least 1; elsewhere, the active processors.
    public static let usable: Int = {
        let allowed = Int(actorgraph_affinity_core_count())
        return allowed > 0 ? allowed : max(1, ProcessInfo.processInfo.activeProcessorCount)
    }()

    /// Whether more than one core may work at once.
    public static var areSeveral: Bool { usable > 1 }
}
