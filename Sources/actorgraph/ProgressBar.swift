import ActorGraphExtraction
import Foundation

/// A one-line progress bar on standard error, redrawn in place with `\r` at
/// most ten times a second: "reading [######    ] 120/200 documents, 35.2/s".
///
/// Only drawn when enabled (standard error a terminal): logs get no
/// carriage-return redraws. Thread-safe: the extractor reports from many threads.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let enabled: Bool
    private let lock = NSLock()
    private let start = Date()
    private var lastDraw: Date?
    private var width = 0

    static let barWidth = 24
    static let interval: TimeInterval = 0.1

    init(label: String, enabled: Bool) {
        self.label = label
        self.enabled = enabled
    }

    /// The callback to hand the extractor; nil when nothing is drawn.
    var callback: Extractor.Progress? {
        guard enabled else { return nil }
        return { @Sendable [self] done, total in self.update(done, total) }
    }

    func update(_ done: Int, _ total: Int) {
        lock.withLock {
            let now = Date()
            if let lastDraw, now.timeIntervalSince(lastDraw) < Self.interval, done < total { return }
            lastDraw = now
            let line = Self.line(label: label, done: done, total: total, seconds: now.timeIntervalSince(start))
            width = max(width, line.count)
            FileHandle.standardError.write(Data(("\r" + line).utf8))
        }
    }

    /// Erases the bar so the summary starts on a clean line.
    func finish() {
        lock.withLock {
            guard width > 0 else { return }
            FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: width) + "\r").utf8))
            width = 0
        }
    }

    static func line(label: String, done: Int, total: Int, seconds: TimeInterval) -> String {
        let filled = total > 0 ? min(barWidth, done * barWidth / total) : barWidth
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: barWidth - filled)
        let rate = seconds > 0 ? Double(done) / seconds : 0
        return "\(label) [\(bar)] \(done)/\(total) documents, \(String(format: "%.1f", rate))/s"
    }
}
