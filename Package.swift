// swift-tools-version:6.0
import PackageDescription

/// ActorGraph: news articles in, an actor-relationship knowledge graph out.
///
/// Data flows one way: Text -> Extraction -> Model -> Render. Only
/// `ActorGraphRender` imports the Graphviz C library.
let package = Package(
    name: "ActorGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "actorgraph", targets: ["actorgraph"]),
        .library(name: "ActorGraphModel", targets: ["ActorGraphModel"]),
        .library(name: "ActorGraphText", targets: ["ActorGraphText"]),
        .library(name: "ActorGraphExtraction", targets: ["ActorGraphExtraction"]),
        .library(name: "ActorGraphRender", targets: ["ActorGraphRender"]),
        .library(name: "ActorGraphStore", targets: ["ActorGraphStore"]),
        .library(name: "ActorGraphReport", targets: ["ActorGraphReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // glibc's malloc_trim, for giving memory back between extraction phases.
        .systemLibrary(name: "CMalloc"),
        // sched_getaffinity, for counting the cores a process may run on.
        .systemLibrary(name: "CAffinity"),
        .target(name: "ActorGraphModel", dependencies: ["CAffinity"]),
        .target(name: "ActorGraphText", dependencies: ["ActorGraphModel"]),
        .target(
            name: "ActorGraphExtraction",
            dependencies: ["ActorGraphModel", "ActorGraphText", "CMalloc"],
            resources: [.process("Resources")]
        ),
        .target(name: "ActorGraphRender", dependencies: ["ActorGraphModel", "CGraphviz"]),
        .target(
            name: "ActorGraphStore",
            dependencies: [
                "ActorGraphModel", "ActorGraphText", "ActorGraphExtraction",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .target(name: "ActorGraphReport", dependencies: ["ActorGraphModel", "ActorGraphRender"]),
        .executableTarget(
            name: "actorgraph",
            dependencies: [
                "ActorGraphModel", "ActorGraphText", "ActorGraphExtraction", "ActorGraphRender", "ActorGraphStore",
                "ActorGraphReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // make lexicon: compiles the lexicon's JSON files into Resources/lexicon.snapshot.
        .executableTarget(name: "actorgraph-lexicon", dependencies: ["ActorGraphExtraction"]),
        .executableTarget(
            name: "actorgraph-bench",
            dependencies: [
                "ActorGraphExtraction", "ActorGraphModel", "ActorGraphRender", "ActorGraphStore", "ActorGraphText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(name: "ActorGraphModelTests", dependencies: ["ActorGraphModel"]),
        .testTarget(name: "ActorGraphTextTests", dependencies: ["ActorGraphText"]),
        .testTarget(name: "ActorGraphExtractionTests", dependencies: ["ActorGraphExtraction"]),
        .testTarget(name: "ActorGraphRenderTests", dependencies: ["ActorGraphRender"], exclude: ["Golden"]),
        .testTarget(name: "ActorGraphStoreTests", dependencies: ["ActorGraphStore"]),
        .testTarget(name: "ActorGraphReportTests", dependencies: ["ActorGraphReport"]),
        .testTarget(
            name: "ActorGraphCLITests",
            dependencies: ["ActorGraphModel"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
