import CGraphviz
import Foundation

/// Graphviz's plugin libraries, loaded by hand when its configuration file
/// is missing.
///
/// `gvContext()` learns its layouts and formats from `config6a` next to the
/// plugins; Debian writes that file from `libgvc6`'s postinst, but a copied
/// or container-pruned install may lack it, and then every layout fails with
/// `Layout type: "dot" not recognized`. The libraries themselves are still
/// there, so this opens them and hands their descriptors to
/// `gvContextPlugins` as if they were linked in.
enum GraphvizPlugins {
    /// Plugin packages worth loading: `core` writes DOT and SVG, the layout
    /// packages hold the engines, `pango` is the cairo renderer (PNG, PDF).
    static let packages = ["core", "dot_layout", "neato_layout", "pango"]

    /// The libraries that could be opened, as Graphviz's `lt_symlist_t`
    /// table (NULL-terminated). Libraries are never closed: a context may
    /// call into them for as long as the process lives.
    final class SymbolTable: @unchecked Sendable {
        let entries: UnsafeMutablePointer<lt_symlist_t>
        let names: [String]

        fileprivate init(_ symbols: [(name: String, address: UnsafeMutableRawPointer)]) {
            names = symbols.map(\.name)
            entries = .allocate(capacity: symbols.count + 1)
            for (index, symbol) in symbols.enumerated() {
                entries[index] = lt_symlist_t(name: UnsafePointer(strdup(symbol.name)), address: symbol.address)
            }
            entries[symbols.count] = lt_symlist_t(name: nil, address: nil)
        }

        deinit {
            var index = 0
            while let name = entries[index].name {
                free(UnsafeMutableRawPointer(mutating: name))
                index += 1
            }
            entries.deallocate()
        }
    }

    /// The descriptors of `packages` that could be found. Called only when
    /// a context is made; `dlopen` of a library already open is cheap.
    static func table(for packages: [String] = packages) -> SymbolTable? {
        var symbols: [(name: String, address: UnsafeMutableRawPointer)] = []
        for package in packages {
            let symbol = "gvplugin_\(package)_LTX_library"
            guard let handle = open(package), let address = dlsym(handle, symbol) else { continue }
            symbols.append((symbol, address))
        }
        return symbols.isEmpty ? nil : SymbolTable(symbols)
    }

    /// Folders that may hold the plugins: `$GVBINDIR` (Graphviz's own
    /// override), then `graphviz/` beside the libgvc actually loaded, then
    /// the usual install prefixes.
    static func searchDirectories() -> [String] {
        var folders: [String] = []
        if let override = ProcessInfo.processInfo.environment["GVBINDIR"], !override.isEmpty {
            folders.append(override)
        }
        if let library = loadedLibraryPath("libgvc") {
            let folder = URL(fileURLWithPath: library).resolvingSymlinksInPath().deletingLastPathComponent()
            folders.append(folder.appendingPathComponent("graphviz").path)
        }
        folders += ["/usr/lib/x86_64-linux-gnu/graphviz", "/usr/lib/aarch64-linux-gnu/graphviz",
                    "/usr/lib64/graphviz", "/usr/lib/graphviz", "/usr/local/lib/graphviz",
                    "/opt/homebrew/lib/graphviz"]
        var seen: Set<String> = []
        return folders.filter { seen.insert($0).inserted }
    }

    /// The path of the loaded shared library whose file name starts with
    /// `name`, read from `/proc/self/maps` (glibc's `dladdr` is not visible
    /// to Swift); `nil` elsewhere.
    private static func loadedLibraryPath(_ name: String) -> String? {
        guard let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8) else { return nil }
        for line in maps.split(separator: "\n") {
            guard let slash = line.firstIndex(of: "/") else { continue }
            let path = String(line[slash...])
            if URL(fileURLWithPath: path).lastPathComponent.hasPrefix(name + ".") { return path }
        }
        return nil
    }

    private static func open(_ package: String) -> UnsafeMutableRawPointer? {
        let names = ["libgvplugin_\(package).so.6", "libgvplugin_\(package).so",
                     "libgvplugin_\(package).6.dylib", "libgvplugin_\(package).dylib"]
        for folder in searchDirectories() {
            for name in names {
                let path = folder + "/" + name
                guard FileManager.default.fileExists(atPath: path) else { continue }
                if let handle = dlopen(path, RTLD_NOW | RTLD_GLOBAL) { return handle }
            }
        }
        return nil
    }
}
