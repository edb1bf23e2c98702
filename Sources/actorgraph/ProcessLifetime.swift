/// Values a command keeps until the process exits instead of freeing them.
///
/// A command's last step leaves its large values (a corpus's graph) to be
/// freed one string at a time as it returns: a quarter of a second on one
/// thread for 200,000 relations and 480,000 evidence sentences, just before
/// the process ends and the system takes all of its memory back at once.
enum ProcessLifetime {
    /// Keeps `value` alive until exit: nothing of it is freed.
    static func keepUntilExit<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Holder(value))
    }

    private final class Holder<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
