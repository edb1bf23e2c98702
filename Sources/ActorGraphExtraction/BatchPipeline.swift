import ActorGraphModel
import Dispatch

/// Overlaps the three stages of a pass over batches of documents: reading
/// (the caller's thread: file I/O, UTF-8 checks, JSON parsing), working on
/// a batch (on all cores) and gathering its results (one thread: merging
/// into tables that keep input order).
///
/// `submit` hands a batch to the work queue and returns at once, so the
/// caller reads the next batch while this one is worked on; a finished
/// batch's output goes to the gather queue, so merging it overlaps with
/// work on the next. Both queues are serial and first-in first-out: batches
/// are worked on, and gathered, one after another in submission order, so
/// what they accumulate is built in input order whatever the timing.
///
/// At most `depth` batches are between `submit` and the end of their
/// gathering at once, which bounds memory.
final class BatchPipeline<Batch: Sendable, Output>: @unchecked Sendable {
    private let workQueue = DispatchQueue(label: "actorgraph.extraction.work")
    private let gatherQueue = DispatchQueue(label: "actorgraph.extraction.gather")
    private let slots: DispatchSemaphore
    private let work: (Batch) -> Output
    private let gather: (Output) -> Void

    /// `work` runs on the work queue and `gather` on the gather queue, each
    /// one batch at a time.
    ///
    /// Two in flight is enough for all three stages to overlap: while one
    /// batch is gathered and the next worked on, the caller reads a third
    /// and waits with it; a third in flight would only hold more memory.
    init(depth: Int = 2, work: @escaping (Batch) -> Output, gather: @escaping (Output) -> Void) {
        slots = DispatchSemaphore(value: depth)
        self.work = work
        self.gather = gather
    }

    /// Queues `batch`; waits first while `depth` batches are in flight.
    ///
    /// On one allowed core (`Cores.usable`), works on and gathers the
    /// batch on the caller's thread before returning: stages on threads of
    /// their own would only take turns on that core, each thread allocating
    /// from a heap arena of its own.
    func submit(_ batch: Batch) {
        guard Cores.areSeveral else {
            gather(work(batch))
            return
        }
        slots.wait()
        workQueue.async { [self] in
            let output = Handoff(work(batch))
            gatherQueue.async { [self] in
                gather(output.value)
                slots.signal()
            }
        }
    }

    /// Returns when every submitted batch has been worked on and gathered.
    func drain() {
        // Work done means every gathering is queued; then wait for those.
        workQueue.sync {}
        gatherQueue.sync {}
    }

    /// A batch's output passed from the work queue to the gather queue,
    /// which touches it only after the work queue has let go of it.
    private struct Handoff: @unchecked Sendable {
        let value: Output
        init(_ value: Output) { self.value = value }
    }
}
