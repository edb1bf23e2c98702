#!/usr/bin/env bash
# make bench: ActorGraph's benchmarks on a generated corpus. Figures are
# printed and written as JSON; nothing is asserted, targets are for reading.
#   scripts/bench.sh            (run by `make bench` after the release build)
# Settings (environment, passed by the Makefile):
#   BENCH_MB         corpus size in MB of article text (default 100)
#   BENCH_INGEST_MB  how much of the corpus `ingest` reads, in MB (default: all of it)
#   BENCH_RELATIONS  relations in the neighbors store (default 1000000)
#   BENCH_TIMEOUT    seconds after which an extraction or ingest run is stopped (default 600)
#   BENCH_ROUNDS     rounds of the compared runs (one core / all cores / machine
#                    ceiling; ActorGraph / spaCy on the slice), taken in turn (default 3)
#   BENCH_SLICE_RUNS whole-process runs and in-process passes of ActorGraph on the
#                    slice in each round, of which the median counts (default 21)
#   SHARED, PEER_VENV  the spaCy peer's folder (../shared) and virtualenv (../peer-venv)
# Output: bench-corpus/results/bench-YYYYmmdd-HHMMSS.json and latest.json; raw
# logs of each step in bench-corpus/results/run-YYYYmmdd-HHMMSS/.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${BIN:-.build/release}
BENCH_MB=${BENCH_MB:-100}
BENCH_INGEST_MB=${BENCH_INGEST_MB:-$BENCH_MB}
BENCH_RELATIONS=${BENCH_RELATIONS:-1000000}
BENCH_TIMEOUT=${BENCH_TIMEOUT:-600}
BENCH_ROUNDS=${BENCH_ROUNDS:-3}
BENCH_SLICE_RUNS=${BENCH_SLICE_RUNS:-21}
SHARED=${SHARED:-../shared}
PEER_VENV=${PEER_VENV:-../peer-venv}
SPACY_EXCLUDE_NER_ONLY=tok2vec,tagger,parser,attribute_ruler,lemmatizer

root=bench-corpus
corpus=$root/corpus
slice=$root/slice
stamp=$(date +%Y%m%d-%H%M%S)
run=$root/results/run-$stamp
mkdir -p "$run" "$root/out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

say() { printf '==> %s\n' "$*"; }

# timed NAME COMMAND...: runs COMMAND with its output in $run/NAME.out and
# .err, its wall time in nanoseconds in $run/NAME.ns and its exit status in
# $run/NAME.status; a failure is recorded, not fatal, so one slow or broken
# step does not hide the others' figures.
timed() {
    local name=$1 start end status=0
    shift
    start=$(date +%s%N)
    "$@" >"$run/$name.out" 2>"$run/$name.err" || status=$?
    end=$(date +%s%N)
    echo $((end - start)) >"$run/$name.ns"
    echo "$status" >"$run/$name.status"
    if [ "$status" = 124 ]; then
        echo "    stopped after BENCH_TIMEOUT=${BENCH_TIMEOUT} s"
    elif [ "$status" != 0 ]; then
        echo "    failed (exit $status): $(tail -n 3 "$run/$name.err" | tr '\n' ' ')"
    else
        echo "    $(awk -v ns="$(cat "$run/$name.ns")" 'BEGIN { printf "%.2f s", ns / 1e9 }')"
    fi
}

# measured NAME COMMAND...: timed, under GNU time -v (peak memory in
# $run/NAME.time) and stopped after BENCH_TIMEOUT seconds.
measured() {
    local name=$1
    shift
    timed "$name" /usr/bin/time -v -o "$run/$name.time" timeout "$BENCH_TIMEOUT" "$@"
}

cut -d' ' -f1-3 /proc/loadavg >"$run/loadavg-start.txt"
say "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load average $(cut -d' ' -f1-3 /proc/loadavg)"

say "[1/6] Corpus: $BENCH_MB MB of article text in $corpus (JSON Lines), slice of ~100,000 words in $slice (.txt); reused when unchanged"
"$BIN/actorgraph-bench" corpus --out "$corpus" --slice "$slice" --megabytes "$BENCH_MB"

# Figures compared with each other are taken in rounds, in turn, so that a
# spell of load from other work on this shared machine falls on one round's
# runs, not on one side of a comparison; the report gives every round and
# the median. In each round, besides one core and all cores: what the
# machine allows any parallel program, the same work as one process pinned
# to one core and as one such process per core at once. If cores share a
# physical core or memory bandwidth, the processes slow each other down
# although they share nothing; their combined rate over the one process's
# rate is the ceiling for "all cores vs one core".
ceiling=("$corpus"/shard-000*.jsonl "$corpus"/shard-001*.jsonl)
say "[2/6] Extraction in $BENCH_ROUNDS rounds: one core (taskset -c 0) and all $(nproc) cores, actorgraph extract $corpus --quiet -o $root/out/graph.json; then the machine's ceiling: ${#ceiling[@]} shards by one process on one core, and by $(nproc) independent processes, one per core"
# Each run starts with nothing left to write back: a run leaves its 200 MB
# graph in dirty pages, and the kernel writing them out during the next run
# took CPU from it (all cores, a second in some runs; one core hardly, as a
# pinned run leaves the other core free).
for ((r = 1; r <= BENCH_ROUNDS; r++)); do
    echo "    round $r of $BENCH_ROUNDS: one core, all cores, ceiling alone, ceiling side by side"
    sync
    measured "extract-1core-$r" taskset -c 0 "$BIN/actorgraph" extract "$corpus" --quiet -o "$root/out/graph.json"
    sync
    measured "extract-all-$r" "$BIN/actorgraph" extract "$corpus" --quiet -o "$root/out/graph.json"
    sync
    timed "ceiling-solo-$r" taskset -c 0 "$BIN/actorgraph" extract "${ceiling[@]}" --quiet -o "$scratch/ceiling-0.json"
    sync
    timed "ceiling-each-$r" bash -c 'bin=$1; out=$2; n=$3; shift 3
        for ((c = 0; c < n; c++)); do taskset -c "$c" "$bin" extract "$@" --quiet -o "$out-$c.json" & done
        status=0; for ((c = 0; c < n; c++)); do wait -n || status=$?; done; exit $status' \
        ceiling "$BIN/actorgraph" "$scratch/ceiling" "$(nproc)" "${ceiling[@]}"
done

# Ingest reads whole shards, in order, until BENCH_INGEST_MB of article text
# (the shards are ~1 MB each; the report gives the exact words and bytes read).
shards=()
while IFS= read -r shard; do shards+=("$shard"); done < <(
    python3 scripts/bench/shards.py "$corpus" "$BENCH_INGEST_MB" "$run/ingest-input.json")
say "[3/6] Ingest into a fresh store: actorgraph ingest <${#shards[@]} shards, $BENCH_INGEST_MB MB> --store <new file> --quiet"
sync
measured ingest "$BIN/actorgraph" ingest "${shards[@]}" --store "$scratch/ingest.sqlite" --quiet
rm -f "$scratch"/ingest.sqlite*

say "[4/6] Render: synthetic graphs of 100, 1,000 and 5,000 nodes as SVG, default engine (LayoutEngine.automatic)"
timed render "$BIN/actorgraph-bench" render --nodes 100,1000,5000 --json

say "[5/6] Neighbors latency on a generated store of $BENCH_RELATIONS relations"
timed store "$BIN/actorgraph-bench" store --relations "$BENCH_RELATIONS" --json

say "[6/6] Same text, one core, in $BENCH_ROUNDS rounds: ActorGraph and the spaCy peer on $slice"
peer=yes
if [ ! -f "$SHARED/peer/spacy_ner.py" ]; then
    echo "    $SHARED/peer is absent: skipping the spaCy peer (no ratios)"
    echo "$SHARED/peer is absent" >"$run/peer-skipped.txt"
    peer=no
elif [ ! -x "$PEER_VENV/bin/python" ]; then
    echo "    no virtualenv at $PEER_VENV: running $SHARED/peer/setup.sh $PEER_VENV"
    "$SHARED/peer/setup.sh" "$PEER_VENV"
fi
# The store of step 5 leaves hundreds of MB of dirty pages; written back
# while the slice runs (a fifth of a second each), they slowed ActorGraph
# by a quarter in some runs and spaCy's ten-second passes hardly at all.
sync
peer_step=""
[ "$peer" = yes ] && peer_step="; spaCy NER only (--exclude $SPACY_EXCLUDE_NER_ONLY), one warm-up pass then one timed pass"
for ((r = 1; r <= BENCH_ROUNDS; r++)); do
    echo "    round $r of $BENCH_ROUNDS: actorgraph extract $slice $BENCH_SLICE_RUNS times; actorgraph-bench extract, $BENCH_SLICE_RUNS passes (timed in process after loading and one warm-up pass, as the peer times itself)$peer_step"
    for ((i = 1; i <= BENCH_SLICE_RUNS; i++)); do
        timed "slice-actorgraph-$r-$i" taskset -c 0 "$BIN/actorgraph" extract "$slice" --quiet -o "$root/out/slice.json"
    done
    timed "slice-inprocess-$r" taskset -c 0 "$BIN/actorgraph-bench" extract "$slice" --runs "$BENCH_SLICE_RUNS" --json
    if [ "$peer" = yes ]; then
        timed "spacy-ner-$r" taskset -c 0 "$PEER_VENV/bin/python" "$SHARED/peer/spacy_ner.py" --bench 1 \
            --exclude "$SPACY_EXCLUDE_NER_ONLY" "$slice"/*.txt
    fi
done
if [ "$peer" = yes ]; then
    echo "    spaCy full small pipeline, once: one warm-up pass then one timed pass"
    timed spacy-full taskset -c 0 "$PEER_VENV/bin/python" "$SHARED/peer/spacy_ner.py" --bench 1 "$slice"/*.txt
fi

say "Figures"
python3 scripts/bench/report.py --run "$run" --manifest "$corpus/manifest.json" --results "$root/results" \
    --stamp "$stamp" --timeout "$BENCH_TIMEOUT" --relations "$BENCH_RELATIONS" --rounds "$BENCH_ROUNDS" --slice-runs "$BENCH_SLICE_RUNS"
