import Foundation
import Testing

@testable import ActorGraphExtraction

/// The temporary file between the passes: records come back whole, in
/// order, in batches, whatever their sizes; the file leaves no name behind.
@Suite("Document spill")
struct DocumentSpillTests {
    /// Records of seeded lengths, some larger than the spill's 1 MB write
    /// and read chunks, so records straddle chunk boundaries.
    static func records() -> [[UInt8]] {
        var numbers = SeededNumbers(seed: 7)
        var out: [[UInt8]] = []
        for n in 0..<300 {
            let length = n % 97 == 5 ? 5_000_000 + numbers.next(below: 1000) : numbers.next(below: 40_000)
            out.append((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ n) })
        }
        out.append([])
        return out
    }

    @Test("Records come back in order, whole, at most `size` at a time", arguments: [1, 7, 256])
    func roundTrip(size: Int) throws {
        let spill = try DocumentSpill()
        let records = Self.records()
        for r in records { try spill.append(r) }
        #expect(spill.count == records.count)
        var back: [[UInt8]] = []
        var largest = 0
        try spill.forEachBatch(of: size) { batch in
            largest = max(largest, batch.count)
            back += batch
        }
        #expect(back == records)
        #expect(largest == min(size, records.count))
    }

    @Test("An empty spill gives no batch")
    func empty() throws {
        var batches = 0
        try DocumentSpill().forEachBatch(of: 4) { _ in batches += 1 }
        #expect(batches == 0)
    }

    @Test("The file is unlinked at once: the folder keeps no spill")
    func noNameLeft() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let spill = try DocumentSpill(in: folder.path)
        try spill.append([1, 2, 3])
        #expect(spill.path.hasPrefix(folder.path + "/actorgraph-spill-"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
