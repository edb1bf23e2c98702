import Foundation
import Testing

@testable import ActorGraphModel

@Suite("Cores")
struct CoresTests {
    #if os(Linux)
    /// The cores the kernel lists as allowed for this process
    /// (`Cpus_allowed_list` in /proc/self/status: "0-1", "0,2-5").
    static func allowedByProc() throws -> Int {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("Cpus_allowed_list:") })
        let list = line.dropFirst("Cpus_allowed_list:".count).trimmingCharacters(in: .whitespaces)
        return try list.split(separator: ",").reduce(0) { count, part in
            let bounds = part.split(separator: "-").compactMap { Int($0) }
            let range = try #require(bounds.first.map { $0...(bounds.last ?? $0) })
            return count + range.count
        }
    }

    @Test("The usable cores are those the kernel allows this process, not the machine's count")
    func usableMatchesAffinity() throws {
        #expect(Cores.usable == (try Self.allowedByProc()))
        #expect(Cores.areSeveral == (Cores.usable > 1))
    }
    #endif
}
