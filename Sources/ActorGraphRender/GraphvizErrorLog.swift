import CGraphviz
import Foundation

/// Collects the messages Graphviz reports while one call runs, so they can
/// travel inside a `RenderError` instead of being printed to stderr.
///
/// cgraph accepts only a plain C function pointer as its error handler, which
/// cannot capture context; the text therefore lands in this process-wide
/// buffer, guarded by its own lock. Callers hold `Graphviz`'s lock as well,
/// so one call's messages never mix with another's.
enum GraphvizErrorLog {
    private final class Buffer: @unchecked Sendable {
        let lock = NSLock()
        var text = ""
    }

    private static let buffer = Buffer()

    /// Starts a fresh log: installs the handler, clears old text, and sets the
    /// level so errors reach the handler while warnings (overlap removal,
    /// missing fonts...) stay quiet.
    static func begin() {
        buffer.lock.lock()
        buffer.text = ""
        buffer.lock.unlock()
        _ = agseterrf { message in
            guard let message else { return 0 }
            GraphvizErrorLog.append(String(cString: message))
            return 0
        }
        _ = agseterr(AGERR)
        _ = agreseterrors()
    }

    /// The errors reported since `begin()`, trimmed, or `fallback` when
    /// Graphviz said nothing (some failures only set a status code).
    static func message(or fallback: String) -> String {
        buffer.lock.lock()
        let text = buffer.text
        buffer.lock.unlock()
        let cleaned = text
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .map { $0.hasPrefix("Error: ") ? String($0.dropFirst("Error: ".count)) : $0 }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
        // `aglasterr()` is not consulted: whether its buffer must be freed
        // differs between Graphviz releases, and with the handler installed
        // it would only hold warnings.
        return cleaned.isEmpty ? fallback : cleaned
    }

    private static func append(_ text: String) {
        buffer.lock.lock()
        buffer.text += text
        buffer.lock.unlock()
    }
}
