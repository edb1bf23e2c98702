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
private final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: Value) {
        slots.withUnsafeMutableBufferPointer { $0[i] = value }
    }

    func values() -> [Value] { slots.map { $0! } }
}
