#!/usr/bin/env bash
# Fuzzes the text loader (plain text, HTML, JSON Lines), the sentence splitter
# and the extractor with libFuzzer and the address sanitizer, for a bounded time.
#   scripts/fuzz.sh            run for FUZZ_SECONDS (default 120) over Fuzz/corpus
#   FUZZ_SECONDS=30 scripts/fuzz.sh
# The harness is compiled by swiftc, not SwiftPM (see Fuzz/README.md); a crash,
# a sanitizer report or a broken invariant stops the run, leaves the input in
# .build-fuzz/findings/ and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-120}
out=.build-fuzz
# -I Sources/CMalloc, -I Sources/CAffinity: the extraction and model modules import
# those C module maps (glibc's malloc.h, sched_getaffinity).
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6 -I "$out" -I Sources/CMalloc -I Sources/CAffinity)
mkdir -p "$out/obj" "$out/corpus" "$out/findings"

module() {  # module NAME SOURCES...: an instrumented static library and its .swiftmodule
    local name=$1; shift
    echo "    swiftc $name"
    swiftc "${flags[@]}" -module-name "$name" -emit-module -emit-module-path "$out/$name.swiftmodule" \
        -emit-library -static -o "$out/lib$name.a" "$@"
}

echo "==> Building the fuzz harness with -sanitize=fuzzer,address into $out/"
module ActorGraphModel Sources/ActorGraphModel/*.swift
module ActorGraphText Sources/ActorGraphText/*.swift
module ActorGraphExtraction Sources/ActorGraphExtraction/*.swift Fuzz/Support/ResourceBundle.swift
echo "    swiftc actorgraph-fuzz"
swiftc "${flags[@]}" -module-name ActorGraphFuzz Fuzz/ActorGraphFuzz.swift \
    "$out/libActorGraphExtraction.a" "$out/libActorGraphText.a" "$out/libActorGraphModel.a" \
    -o "$out/actorgraph-fuzz"

echo "==> Fuzzing for ${seconds} s (seed corpus Fuzz/corpus, new inputs kept in $out/corpus)"
export ACTORGRAPH_RESOURCES=Sources/ActorGraphExtraction/Resources
# Leaks are not findings here: the lexicon and Foundation caches live for the process.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
set +e
"$out/actorgraph-fuzz" "$out/corpus" Fuzz/corpus \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$out/findings/" > "$out/fuzz.log" 2>&1
status=$?
set -e
tail -n 25 "$out/fuzz.log"
if [ "$status" -ne 0 ]; then
    echo "==> libFuzzer found a problem (status $status); the input is in $out/findings/"
    exit "$status"
fi
echo "==> Fuzzing found nothing: $(grep -E '^stat::number_of_executed_units' "$out/fuzz.log" | awk '{s+=$2} END {print s}') inputs in ${seconds} s"
