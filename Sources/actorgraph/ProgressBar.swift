import ActorGraphExtraction
import Foundation

/// A one-line progress bar on standard error, redrawn in place with `\r` at
/// most ten times a second. Extraction makes two passes: the first
/// (over the articles), whose total a streamed input does not tell, shows a count
/// ("extracting: finding names 1200 documents, 350.2/s"), the second (over
/// what the first kept) a bar
/// ("extracting: reading relations [######    ] 600/1200 documents, 410.0/s").
///
/// Only drawn when enabled (standard error a terminal): logs get no
/// carriage-return redraws. Thread-safe: the extractor reports from many threads.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let enabled: Bool
    private let lock = NSLock()
    private var passStart = Date()
    private var pass = 0
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
        return { @Sendable [self] progress in self.update(progress) }
    }

    func update(_ progress: ExtractionProgress) {
        lock.withLock {
            let now = Date()
            if pass != progress.pass {
                pass = progress.pass
                passStart = now
            }
            let isLast = progress.total.map { progress.done >= $0 } ?? false
            if let lastDraw, now.timeIntervalSince(lastDraw) < Self.interval, !isLast { return }
            lastDraw = now
            let line = Self.line(label: label, progress: progress, seconds: now.timeIntervalSince(passStart))
            // Pad over a longer previous line.
            let padded = line.count < width ? line + String(repeating: " ", count: width - line.count) : line
            width = max(width, line.count)
            FileHandle.standardError.write(Data(("\r" + padded).utf8))
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

    static func line(label: String, progress: ExtractionProgress, seconds: TimeInterval) -> String {
        let done = progress.done
        let rate = String(format: "%.1f", seconds > 0 ? Double(done) / seconds : 0)
        guard let total = progress.total else {
            return "\(label): finding names \(done) documents, \(rate)/s"
        }
        let filled = total > 0 ? min(barWidth, done * barWidth / total) : barWidth
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: barWidth - filled)
        return "\(label): reading relations [\(bar)] \(done)/\(total) documents, \(rate)/s"
    }
}
