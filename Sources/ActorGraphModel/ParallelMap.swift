import Dispatch

extension Range where Bound == Int {
    /// The range cut into consecutive pieces of `length` (the last may be
    /// shorter), in order: the runs a long array is worked on in, on all
    /// cores, each piece one task.
    func pieces(of length: Int) -> [Range<Int>] {
        precondition(length > 0, "pieces of a positive length")
        return stride(from: lowerBound, to: upperBound, by: length).map { $0..<Swift.min($0 + length, upperBound) }
    }
}

extension Array where Element: Sendable {
    /// `map` over the elements on all cores, results in input order, so the
    /// output is the same whatever the number of threads. Lives here, the
    /// bottom module, because extraction and the JSON writer both use it.
    ///
    /// Inlinable, so each caller gets it specialized to its own types: as a
    /// generic function of another module it copied every result through
    /// value witnesses, about 2,000 instructions a result, a sixtieth of
    /// extracting the benchmark's slice.
    @inlinable
    public func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        // On one allowed core, the caller's thread: workers would only take turns with it.
        guard count > 1, Cores.areSeveral else { return map(transform) }
        let results = ResultSlots<Result>(count: count)
        self.withUnsafeBufferPointer { items in
            nonisolated(unsafe) let items = items
            DispatchQueue.concurrentPerform(iterations: items.count) { i in
                results.set(i, transform(items[i]))
            }
        }
        return results.takeValues()
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
@usableFromInline
final class ResultSlots<Value>: @unchecked Sendable {
    @usableFromInline let slots: UnsafeMutableBufferPointer<Value?>
    /// Set once `takeValues` has moved the results out of the slots.
    @usableFromInline var taken = false

    @inlinable
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    @inlinable
    deinit {
        if !taken { slots.deinitialize() }
        slots.deallocate()
    }

    @inlinable
    func set(_ i: Int, _ value: Value) {
        precondition(i >= 0 && i < slots.count, "result slot out of range")
        slots[i] = value
    }

    /// The results, moved out of the slots (not copied and then released);
    /// called once, after every slot is set.
    @inlinable
    func takeValues() -> [Value] {
        precondition(!taken, "results already taken")
        taken = true
        return [Value](unsafeUninitializedCapacity: slots.count) { buffer, initialized in
            for i in slots.indices {
                guard let value = (slots.baseAddress! + i).move() else { preconditionFailure("result slot \(i) never set") }
                (buffer.baseAddress! + i).initialize(to: value)
            }
            initialized = slots.count
        }
    }
}
