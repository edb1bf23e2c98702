import Foundation

/// Counts finished documents across the threads of `parallelMap` and passes
/// each new count to a progress callback.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let report: Extractor.Progress?

    init(total: Int, report: Extractor.Progress?) {
        self.total = total
        self.report = report
    }

    func increment() {
        guard let report else { return }
        let now = lock.withLock {
            done += 1
            return done
        }
        report(now, total)
    }
}
