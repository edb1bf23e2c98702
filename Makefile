# ActorGraph's front door. Every target says what it does before doing it.
#   make graphs   build (release) and write the sample articles' graphs into graphs/
#   make test     build (debug) and run every test
#   make eval     score extraction on ../shared/corpus/dev with ../shared/eval/score.py
#   make bench    benchmarks (release) on a generated corpus of BENCH_MB MB: extraction, ingest, render, neighbors, spaCy peer
#   make report-check  HTML report of the samples screenshotted in headless Chromium (not in test/CI)
#   make install  build (release); install the binary and bash/zsh/fish completions under PREFIX (/usr/local)
#   make lexicon  compile the lexicon's JSON files into the tables loaded at start (after changing them)

SWIFT   ?= swift
SHARED  ?= ../shared
ARTICLES ?= examples/articles
GRAPHS  ?= graphs
BENCH_RELATIONS ?= 1000000
# make bench: corpus size (MB of article text), how much of it ingest reads,
# seconds before a run is stopped, and the spaCy peer's virtualenv.
BENCH_MB ?= 100
BENCH_INGEST_MB ?= $(BENCH_MB)
BENCH_TIMEOUT ?= 600
# Rounds of the runs whose figures are compared (one core / all cores; ActorGraph / spaCy), taken in turn.
BENCH_ROUNDS ?= 3
# ActorGraph's whole-process runs (and in-process passes) on the slice in each round; the median counts.
BENCH_SLICE_RUNS ?= 21
PEER_VENV ?= ../peer-venv
FUZZ_SECONDS ?= 120
PREFIX  ?= /usr/local
BINDIR  := $(DESTDIR)$(PREFIX)/bin
BASHDIR := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR  := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
# The lexicon's resource files, where the installed binary looks for them (../share/actorgraph from bin).
RESOURCES := ActorGraph_ActorGraphExtraction.resources
SHAREDIR := $(DESTDIR)$(PREFIX)/share/actorgraph
# System libraries the package links: Graphviz (libgvc, libcgraph) and SQLite.
APT_PACKAGES := libgraphviz-dev libsqlite3-dev pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help deps build release install graphs test eval bench report-check lexicon fuzz format clean

help:
	@sed -n '1,9p' Makefile

deps:
	@echo "==> Checking system libraries (pkg-config libgvc sqlite3)"
	@if pkg-config --exists libgvc sqlite3 2>/dev/null; then \
		echo "    found libgvc $$(pkg-config --modversion libgvc), sqlite3 $$(pkg-config --modversion sqlite3)"; \
	else \
		echo "==> Installing $(APT_PACKAGES) with apt-get"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PACKAGES); \
	fi

build: deps
	@echo "==> Building (debug)"
	$(SWIFT) build

# Release links the Swift runtime and Foundation statically: the binary
# is larger (about 90 MB) but starts in half the time (no dynamic loading
# and symbol binding of a dozen Swift libraries), which short runs feel.
# And it reaches generic types' metadata through accessors that pass their
# conformances, not through mangled names: the runtime resolves a name's
# conformances by scanning all 6,300 conformance records of the binary,
# some 400,000 instructions for each new pair (8 M of a 100,000-word run).
RELEASE_FLAGS := -c release --static-swift-stdlib \
	-Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors

release: deps
	@echo "==> Building (release, Swift runtime linked statically)"
	$(SWIFT) build $(RELEASE_FLAGS)

install: release
	@echo "==> Installing actorgraph into $(BINDIR), its lexicon into $(SHAREDIR) and its completions under $(DESTDIR)$(PREFIX)/share"
	install -d "$(BINDIR)" "$(SHAREDIR)/$(RESOURCES)" "$(BASHDIR)" "$(ZSHDIR)" "$(FISHDIR)"
	install -m 755 .build/release/actorgraph "$(BINDIR)/actorgraph"
	install -m 644 .build/release/$(RESOURCES)/* "$(SHAREDIR)/$(RESOURCES)/"
	.build/release/actorgraph --generate-completion-script bash > "$(BASHDIR)/actorgraph"
	.build/release/actorgraph --generate-completion-script zsh > "$(ZSHDIR)/_actorgraph"
	.build/release/actorgraph --generate-completion-script fish > "$(FISHDIR)/actorgraph.fish"

graphs: release
	@echo "==> Extracting $(ARTICLES) and writing diagrams into $(GRAPHS)/"
	.build/release/actorgraph build $(ARTICLES) -o $(GRAPHS)

test: deps
	@echo "==> Building and running every test (debug)"
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

eval: build
	@echo "==> Scoring extraction on $(SHARED)/corpus/dev"
	@scripts/eval.sh .build/debug/actorgraph "$(SHARED)"

bench: release
	@echo "==> Benchmarks on a $(BENCH_MB) MB corpus in bench-corpus/ (figures in bench-corpus/results/latest.json); neighbors on $(BENCH_RELATIONS) relations"
	BENCH_MB=$(BENCH_MB) BENCH_INGEST_MB=$(BENCH_INGEST_MB) BENCH_TIMEOUT=$(BENCH_TIMEOUT) BENCH_ROUNDS=$(BENCH_ROUNDS) BENCH_SLICE_RUNS=$(BENCH_SLICE_RUNS) \
		BENCH_RELATIONS=$(BENCH_RELATIONS) SHARED=$(SHARED) PEER_VENV=$(PEER_VENV) scripts/bench.sh

report-check: build
	@echo "==> Report check: HTML report of $(ARTICLES) rendered by headless Chromium to .build/report-check/report.png"
	scripts/report-screenshot.sh .build/debug/actorgraph $(ARTICLES) .build/report-check

LEXICON_SNAPSHOT := Sources/ActorGraphExtraction/Resources/lexicon.snapshot

lexicon: deps
	@echo "==> Compiling the lexicon's JSON files into $(LEXICON_SNAPSHOT)"
	$(SWIFT) build --product actorgraph-lexicon
	.build/debug/actorgraph-lexicon $(LEXICON_SNAPSHOT)

fuzz:
	@echo "==> Fuzzing the loader, sentence splitter and extractor for $(FUZZ_SECONDS) s (libFuzzer + address sanitizer)"
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz.sh

format:
	@echo "==> Formatting Swift sources with swift format"
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

clean:
	@echo "==> Removing build products"
	rm -rf .build
