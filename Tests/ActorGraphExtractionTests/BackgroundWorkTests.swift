import Foundation
import Testing

@testable import ActorGraphExtraction

/// Work resolution hands to other threads: a task's result, and values let
/// go of elsewhere.
@Suite("BackgroundTask and BackgroundRelease")
struct BackgroundWorkTests {
    @Test("A background task's value is its work's result, however long the work")
    func taskValue() {
        let tasks = (0..<8).map { i in
            BackgroundTask(i) { i -> [Int] in
                if i % 2 == 0 { Thread.sleep(forTimeInterval: 0.01) }
                return (0..<1000).map { $0 * i }
            }
        }
        for (i, task) in tasks.enumerated() {
            #expect(task.value == (0..<1000).map { $0 * i })
            #expect(task.value.count == 1000, "read twice, the same value")
        }
    }

    /// Counts its instances' deinits, to see that they were freed.
    final class Tracked: @unchecked Sendable {
        nonisolated(unsafe) static var freed = 0
        static let lock = NSLock()
        deinit { Self.lock.withLock { Self.freed += 1 } }
    }

    @Test("A dropped value is replaced at once and freed by the time wait returns")
    func release() {
        let before = Tracked.lock.withLock { Tracked.freed }
        var values = (0..<100).map { _ in Tracked() }
        BackgroundRelease.drop(&values, leaving: [])
        #expect(values.isEmpty)
        BackgroundRelease.wait()
        #expect(Tracked.lock.withLock { Tracked.freed } == before + 100)
    }
}
