import Dispatch

/// Overlaps reading documents with working on them: `submit` hands a batch
/// to a serial worker queue and returns at once, so the caller reads the
/// next batch (file I/O, UTF-8 checks, JSON parsing: work on one thread)
/// while the previous one is processed on all cores.
///
/// At most `depth` batches wait or run at once, which bounds memory. Batches
/// are processed one after another, in submission order, so anything they
/// accumulate is built in input order whatever the timing.
final class BatchPipeline<Batch: Sendable>: @unchecked Sendable {
    private let queue = DispatchQueue(label: "actorgraph.extraction.batches")
    private let slots: DispatchSemaphore
    private let process: (Batch) -> Void

    /// `process` runs on the worker queue, one batch at a time.
    init(depth: Int = 2, process: @escaping (Batch) -> Void) {
        slots = DispatchSemaphore(value: depth)
        self.process = process
    }

    /// Queues `batch`; waits first while `depth` batches are in flight.
    func submit(_ batch: Batch) {
        slots.wait()
        queue.async { [self] in
            process(batch)
            slots.signal()
        }
    }

    /// Returns when every submitted batch has been processed.
    func drain() {
        queue.sync {}
    }
}
