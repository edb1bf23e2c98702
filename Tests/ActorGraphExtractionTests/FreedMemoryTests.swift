import Foundation
import Testing

@testable import ActorGraphExtraction

@Suite("FreedMemory")
struct FreedMemoryTests {
    #if os(Linux)
    /// `release` skips its arena walk while resident memory is below the
    /// threshold, so resident memory must be read right: it grows by what
    /// the process touches.
    @Test("Resident memory grows by the pages the process touches")
    func residentBytes() throws {
        let before = try #require(FreedMemory.residentBytes)
        #expect(before > 0)
        let size = 64 << 20
        let block = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 4096)
        defer { block.deallocate() }
        // Allocated but not yet touched: address space, not resident memory.
        let allocated = try #require(FreedMemory.residentBytes)
        for page in stride(from: 0, to: size, by: 4096) { block[page] = 1 }
        let touched = try #require(FreedMemory.residentBytes)
        #expect(allocated - before < 16 << 20, "resident \(before) -> \(allocated) after allocating \(size) bytes")
        #expect(touched - allocated >= size - (4 << 20), "resident \(allocated) -> \(touched) after touching them")
        #expect(touched - allocated <= size + (32 << 20))
    }
    #endif
}
