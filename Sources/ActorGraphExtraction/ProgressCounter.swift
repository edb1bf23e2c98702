import Foundation

/// Counts finished documents of one pass across the threads of
/// `parallelMap` and passes each new count to a progress callback.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let pass: Int
    private let total: Int?
    private let report: Extractor.Progress?

    init(pass: Int, total: Int?, report: Extractor.Progress?) {
        self.pass = pass
        self.total = total
        self.report = report
    }

    func increment() {
        guard let report else { return }
        let now = lock.withLock {
            done += 1
            return done
        }
        report(ExtractionProgress(pass: pass, done: now, total: total))
    }
}
