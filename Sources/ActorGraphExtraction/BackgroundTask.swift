import Dispatch

/// A computation started on another thread now and waited for later, for
/// work the resolving thread would otherwise do before or after its own:
/// with two cores, one of them is otherwise idle through resolution's
/// ordered steps.
///
/// Not a `concurrentPerform` of the two: resolution's own `parallelMap`s
/// nested in one would run on one thread.
final class BackgroundTask<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once by the task before it leaves `done`; read after `wait`.
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async(group: done) { [self] in result = work() }
    }

    /// The result, once the task has finished.
    var value: Value {
        done.wait()
        return result!
    }
}
