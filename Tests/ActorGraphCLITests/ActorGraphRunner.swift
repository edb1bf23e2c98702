import Foundation

/// Runs the built `actorgraph` executable and captures what it did.
///
/// The binary is found next to the test bundle in the build products folder
/// (`swift test` builds every target, the executable included), or taken from
/// the `ACTORGRAPH_BIN` environment variable.
struct ActorGraphRunner {
    /// What one run of the command did.
    struct Run {
        var status: Int32
        var reason: Process.TerminationReason
        var stdout: Data
        var stderr: Data

        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        var stderrText: String { String(decoding: stderr, as: UTF8.self) }
        /// True when the process exited by itself (it was not killed by a signal).
        var exitedNormally: Bool { reason == .exit }
    }

    /// Why the command could not be run at all.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The environment variable that names the binary explicitly.
    static let binaryVariable = "ACTORGRAPH_BIN"

    let binary: URL

    init() throws {
        binary = try Self.locateBinary()
    }

    /// Runs `actorgraph arguments...` in `folder` (a fresh temporary folder by
    /// default, so a stray default output path never lands in the repository),
    /// with standard input read from `standardInput` (else /dev/null) and
    /// `environment` added to this process's.
    func run(_ arguments: [String], in folder: URL? = nil, standardInput: URL? = nil,
             environment: [String: String] = [:], timeout: TimeInterval = 60) throws -> Run {
        try Self.execute(binary, arguments, in: folder, standardInput: standardInput, environment: environment, timeout: timeout)
    }

    /// Runs any program and captures its output in files rather than pipes: a
    /// large SVG or PNG cannot fill a pipe buffer and stall the child.
    static func execute(_ program: URL, _ arguments: [String], in folder: URL? = nil, standardInput: URL? = nil,
                        environment: [String: String] = [:], timeout: TimeInterval) throws -> Run {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let outURL = scratch.url.appendingPathComponent("stdout")
        let errURL = scratch.url.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let inHandle = try standardInput.map { try FileHandle(forReadingFrom: $0) }
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        defer {
            try? inHandle?.close()
            try? outHandle.close()
            try? errHandle.close()
        }

        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = folder ?? scratch.url
        process.standardInput = inHandle ?? FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle

        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
            throw Failure(description: "\(program.lastPathComponent) \(arguments.joined(separator: " ")) did not finish within \(Int(timeout)) s")
        }
        return Run(
            status: process.terminationStatus,
            reason: process.terminationReason,
            stdout: try Data(contentsOf: outURL),
            stderr: try Data(contentsOf: errURL)
        )
    }

    // MARK: - Finding the binary

    private static func locateBinary() throws -> URL {
        if let path = ProcessInfo.processInfo.environment[binaryVariable], !path.isEmpty {
            guard isExecutableFile(path) else {
                throw Failure(description: "\(binaryVariable)=\(path) is not an executable file")
            }
            return URL(fileURLWithPath: path)
        }
        // The resource bundle and the test runner both sit in the products folder
        // (on macOS a few levels down inside the .xctest bundle), so walk up from each.
        let starts = [Bundle.module.bundleURL, Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0])]
        var searched: [String] = []
        for start in starts {
            var folder = start.standardizedFileURL
            for _ in 0..<5 {
                let candidate = folder.appendingPathComponent("actorgraph")
                if isExecutableFile(candidate.path) { return candidate }
                searched.append(folder.path)
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        throw Failure(description: """
            no built actorgraph executable found (looked in \(Set(searched).sorted().joined(separator: ", "))); \
            build it with `swift build` or set \(binaryVariable) to its path
            """)
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            && !isFolder.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }
}
