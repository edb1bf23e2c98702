import Foundation
import Testing

@testable import ActorGraphExtraction

/// The pipeline's promises: batches are gathered in submission order, work
/// and gathering overlap without reordering, at most `depth` batches are in
/// flight, and `drain` returns only when everything is gathered.
@Suite("Batch pipeline")
struct BatchPipelineTests {
    /// Counters shared by the pipeline's queues and the submitting thread.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var inFlight = 0
        private(set) var most = 0
        private(set) var gathered: [Int] = []

        func started() { lock.withLock { inFlight += 1; most = max(most, inFlight) } }
        func finished(_ n: Int) { lock.withLock { inFlight -= 1; gathered.append(n) } }
        var snapshot: (gathered: [Int], most: Int) { lock.withLock { (gathered, most) } }
    }

    @Test("Batches of uneven work are gathered in submission order, at most `depth` in flight", arguments: [1, 2, 3])
    func order(depth: Int) {
        let log = Log()
        let pipeline = BatchPipeline<Int, Int>(depth: depth, work: { n in
            // Early batches take longest, so a reordering pipeline would show it.
            usleep(useconds_t((40 - n) * 300))
            return n * n
        }, gather: { square in
            usleep(200)
            log.finished(Int(Double(square).squareRoot().rounded()))
        })
        for n in 0..<40 {
            log.started()
            pipeline.submit(n)
        }
        pipeline.drain()
        let (gathered, most) = log.snapshot
        #expect(gathered == Array(0..<40))
        #expect(most <= depth + 1, "in flight: \(most)")
    }
}
