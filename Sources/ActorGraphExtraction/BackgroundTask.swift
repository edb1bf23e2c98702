import ActorGraphModel
import Dispatch

/// A computation started on another thread now and waited for later: the
/// steps of resolution that need not wait for the people to be resolved
/// (with two cores, one of them is otherwise idle through resolution's
/// ordered steps).
///
/// Not a `concurrentPerform` of the two: resolution's own `parallelMap`s
/// nested in one would run on one thread.
final class BackgroundTask<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once by the task before it leaves `done`; read after `wait`.
    private var result: Value?

    /// `work(input)` on another thread, which lets go of `input` before the
    /// task counts as finished: a caller that shared a copy-on-write value
    /// with the task owns it alone again once `value` returns, and changes
    /// it without copying it. (Captured by the closure instead, the input
    /// would live as long as the closure, which the thread lets go of only
    /// after the task is marked finished.)
    ///
    /// On one allowed core (`Cores.usable`), `work` runs here and now: on
    /// another thread it would only take turns with this one.
    init<Input: Sendable>(_ input: Input, _ work: @escaping @Sendable (Input) -> Value) {
        guard Cores.areSeveral else {
            result = work(input)
            return
        }
        let held = Held(input)
        DispatchQueue.global().async(group: done) { [self] in result = work(held.take()) }
    }

    /// The result, once the task has finished.
    var value: Value {
        done.wait()
        return result!
    }

    /// A task's input, handed from the caller's thread to the task's.
    private final class Held<Input>: @unchecked Sendable {
        private var input: Input?
        init(_ input: Input) { self.input = input }

        /// The input, no longer held here.
        func take() -> Input {
            defer { input = nil }
            return input!
        }
    }
}
