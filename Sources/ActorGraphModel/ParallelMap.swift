import Dispatch

extension Array where Element: Sendable {
    /// `map` over the elements on all cores, results in input order, so the
    /// output is the same whatever the number of threads. Lives here, the
    /// bottom module, because extraction and the JSON writer both use it.
    public func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let results = ResultSlots<Result>(count: count)
        self.withUnsafeBufferPointer { items in
            nonisolated(unsafe) let items = items
            DispatchQueue.concurrentPerform(iterations: items.count) { i in
                results.set(i, transform(items[i]))
            }
        }
        return results.values()
    }
}

/// One slot per result, each written by exactly one iteration of
/// `concurrentPerform` and read only after all of them have finished.
///
/// The slots are memory this class allocates and frees, not an `Array`:
/// `Array.withUnsafeMutableBufferPointer` is a mutating access that moves
/// the array's storage out of it for the length of the closure, so two
/// iterations calling it at once raced on the array itself, not only on
/// their own slots (results lost, the heap corrupted, now and then a crash).
/// Writes through one fixed buffer touch only the slot written.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ i: Int, _ value: Value) {
        precondition(i >= 0 && i < slots.count, "result slot out of range")
        slots[i] = value
    }

    func values() -> [Value] { slots.map { $0! } }
}
