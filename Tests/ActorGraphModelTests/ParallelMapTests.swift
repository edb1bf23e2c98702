import Testing

@testable import ActorGraphModel

@Suite("parallelMap")
struct ParallelMapTests {
    @Test("A range is cut into consecutive pieces of the given length, the last shorter, none empty")
    func pieces() {
        #expect((0..<10).pieces(of: 4) == [0..<4, 4..<8, 8..<10])
        #expect((0..<8).pieces(of: 4) == [0..<4, 4..<8])
        #expect((3..<5).pieces(of: 4) == [3..<5])
        #expect((0..<0).pieces(of: 4) == [])
    }

    @Test("Results come back in input order, one for each element, on arrays of 0 to 3 and of thousands")
    func inputOrder() {
        for count in [0, 1, 2, 3, 4_001] {
            let numbers = Array(0..<count)
            #expect(numbers.parallelMap { "n\($0 * 7)" } == numbers.map { "n\($0 * 7)" })
        }
    }

    /// Iterations write their slots at the same time from every core. The
    /// slots were once an array written through `withUnsafeMutableBufferPointer`
    /// from each iteration, which moves the array's storage for the length
    /// of the call: results went missing (a crash reading them) or into
    /// freed memory. Many short rounds of heap-allocated results make such
    /// overlaps near certain.
    @Test("Many rounds of short iterations on all cores lose no result and mix none up")
    func concurrentWrites() {
        let words = (0..<512).map { "a longer word than a small string holds, number \($0)" }
        for round in 0..<300 {
            let out = words.parallelMap { $0 + " / \(round)" }
            #expect(out.count == words.count)
            #expect(out.first == words.first! + " / \(round)" && out.last == words.last! + " / \(round)")
            if out != words.map({ $0 + " / \(round)" }) {
                Issue.record("round \(round): results out of order or missing")
                return
            }
        }
    }
}
