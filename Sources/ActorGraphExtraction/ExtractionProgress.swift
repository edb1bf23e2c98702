/// How far extraction has gone: documents read in the current pass.
///
/// The first pass (finding mentions) does not know how many documents a
/// streamed input holds, so its `total` is nil; the second pass (reading
/// relations) knows.
public struct ExtractionProgress: Sendable, Equatable {
    /// 1 while finding mentions, 2 while reading relations.
    public var pass: Int
    public var done: Int
    public var total: Int?

    public init(pass: Int, done: Int, total: Int?) {
        self.pass = pass
        self.done = done
        self.total = total
    }
}
