import Testing

@testable import ActorGraphText

@Suite("Byte scan")
struct ByteScanTests {
    @Test("The eight-byte scan finds the first of two bytes where a byte-by-byte scan does, at every offset")
    func sameAsByteByByte() {
        var state: UInt64 = 5
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % n
        }
        // Bytes near the ones sought, their high-bit twins, zero and 0xFF.
        let alphabet: [UInt8] = [0x28, 0x2A, 0x0A, 0x29, 0x27, 0x2B, 0xA8, 0xAA, 0x8A, 0x00, 0xFF, 0x61, 0x20, 0x01]
        for round in 0..<3000 {
            let bytes = (0..<next(40)).map { _ in alphabet[next(round % 3 == 0 ? 2 : alphabet.count) + (round % 3 == 0 ? 8 : 0)] }
            let (a, b): (UInt8, UInt8) = round % 2 == 0 ? (0x28, 0x2A) : (0x0A, 0x0A)
            let from = bytes.isEmpty ? 0 : next(bytes.count + 1)
            let to = from + (bytes.count == from ? 0 : next(bytes.count - from + 1))
            let expected = (from..<to).first { bytes[$0] == a || bytes[$0] == b }
            let found = bytes.withUnsafeBufferPointer { ByteScan.firstIndex(of: a, or: b, in: $0, from: from, to: to) }
            #expect(found == expected, "\(bytes) \(from)..<\(to)")
        }
    }
}
