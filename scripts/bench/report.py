#!/usr/bin/env python3
"""Collects the raw outputs of scripts/bench.sh into one JSON file and prints the figures.

  report.py --run DIR --manifest FILE --results DIR --stamp STAMP --timeout S --relations N

Writes RESULTS/bench-STAMP.json and a copy RESULTS/latest.json. Targets are
printed beside the figures for reading; nothing here fails on a figure.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess

MB = 1e6  # bytes: every "MB" in the figures, memory included
WORD_DEFINITION = ("words = len(text.split()) in Python (runs of non-whitespace), "
                   "as spacy_ner.py --bench counts them, for ActorGraph and spaCy alike")


def read(run, name, suffix, default=None):
    path = os.path.join(run, f"{name}.{suffix}")
    if not os.path.exists(path):
        return default
    with open(path, encoding="utf-8") as fh:
        return fh.read().strip()


def gnu_time(run, name):
    """Peak RSS and CPU seconds from GNU time -v's report."""
    text = read(run, name, "time", "")
    fields = {}
    for key, pattern in [("peakRSSMegabytes", r"Maximum resident set size \(kbytes\): (\d+)"),
                         ("userSeconds", r"User time \(seconds\): ([\d.]+)"),
                         ("systemSeconds", r"System time \(seconds\): ([\d.]+)")]:
        match = re.search(pattern, text)
        if match:
            value = float(match.group(1))
            fields[key] = round(value * 1024 / MB, 1) if key == "peakRSSMegabytes" else value
    return fields


def step(run, name):
    """Wall time and exit status of one step, or None when it did not run."""
    ns = read(run, name, "ns")
    if ns is None:
        return None
    status = int(read(run, name, "status", "0"))
    return {"wallSeconds": round(int(ns) / 1e9, 3), "exitStatus": status, "completed": status == 0,
            "stoppedByTimeout": status == 124}


def throughput(run, name, command, held, timeout):
    """A measured run (extraction or ingest) of `held` words, bytes and articles."""
    result = step(run, name)
    if result is None:
        return None
    result = {"command": command, **result, **gnu_time(run, name)}
    if result["completed"]:
        wall = result["wallSeconds"]
        result["wordsPerSecond"] = round(held["words"] / wall)
        result["megabytesPerSecond"] = round(held["textBytes"] / MB / wall, 2)
        result["articlesPerSecond"] = round(held["articles"] / wall, 1)
    elif result["stoppedByTimeout"]:
        # It did not finish in `timeout` seconds: its rate was below these.
        result["wordsPerSecondBelow"] = round(held["words"] / timeout)
        result["megabytesPerSecondBelow"] = round(held["textBytes"] / MB / timeout, 3)
        result["articlesPerSecondBelow"] = round(held["articles"] / timeout, 1)
    else:
        result["error"] = (read(run, name, "err", "") or "").splitlines()[-3:]
    return result


def middle(items, key, higher_is_better):
    """The median item by `key`; of an even number, the less favourable of
    the two in the middle (so a figure never rests on a mean of two runs)."""
    ranked = sorted(items, key=key, reverse=not higher_is_better)  # worst first
    return ranked[(len(ranked) - 1) // 2] if ranked else None


def spacy(run, name):
    out = read(run, name, "out")
    if out is None or int(read(run, name, "status", "1")) != 0:
        return None
    return json.loads(out.splitlines()[0])


def command_output(args):
    """Standard output of a command, or None when it cannot be run; not stripped
    (git's porcelain lines start with a space)."""
    try:
        return subprocess.run(args, capture_output=True, text=True, check=False).stdout
    except OSError:
        return None


def machine(run):
    cpu = None
    with open("/proc/cpuinfo") as fh:
        for line in fh:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = None
    with open("/proc/meminfo") as fh:
        for line in fh:
            if line.startswith("MemTotal:"):
                mem = round(int(line.split()[1]) * 1024 / MB)
    with open("/proc/loadavg") as fh:
        load_end = " ".join(fh.read().split()[:3])
    dirty = [line for line in (command_output(["git", "status", "--porcelain", "--untracked-files=no"]) or "").splitlines() if line]
    return {
        "nproc": int((command_output(["nproc"]) or "0").strip()),
        "cpuModel": cpu,
        "memoryMegabytes": mem,
        "kernel": platform.release(),
        "swift": next(iter((command_output(["swift", "--version"]) or "").splitlines()), None),
        "loadAverageStart": read(run, "loadavg-start", "txt"),
        "loadAverageEnd": load_end,
    }, {
        "commit": (command_output(["git", "rev-parse", "HEAD"]) or "").strip() or None,
        "uncommittedChanges": len(dirty),
        "uncommittedFiles": [line[3:] for line in dirty],
    }


def collect(args):
    run = args.run
    with open(args.manifest) as fh:
        manifest = json.load(fh)
    corpus = manifest["corpus"]
    machine_info, git = machine(run)
    results = {
        "schema": 1,
        "timestamp": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": machine_info,
        "git": git,
        "settings": {"corpusMegabytes": manifest["parameters"]["megabytes"], "timeoutSeconds": args.timeout,
                     "storeRelations": args.relations},
        "units": {"words": WORD_DEFINITION, "MB": "1,000,000 bytes (text: UTF-8 of the article texts; memory: RSS)"},
        "corpus": {**corpus, "generatedActors": manifest["generatedActors"], "parameters": manifest["parameters"]},
    }
    extract_command = f"actorgraph extract {corpus['folder']} --quiet -o bench-corpus/out/graph.json"
    n = machine_info["nproc"]
    rounds = []
    for r in range(1, args.rounds + 1):
        one = throughput(run, f"extract-1core-{r}", "taskset -c 0 " + extract_command, corpus, args.timeout)
        every = throughput(run, f"extract-all-{r}", extract_command, corpus, args.timeout)
        entry = {"round": r, "oneCore": one, "allCores": every}
        if one and every and one["completed"] and every["completed"]:
            entry["allCoresSpeedup"] = round(one["wallSeconds"] / every["wallSeconds"], 2)
        solo, each = step(run, f"ceiling-solo-{r}"), step(run, f"ceiling-each-{r}")
        if solo and each and solo["completed"] and each["completed"]:
            # n processes did n times the solo work in each["wallSeconds"].
            entry["machineCeiling"] = {
                "soloWallSeconds": solo["wallSeconds"], "independentProcesses": n,
                "independentWallSeconds": each["wallSeconds"],
                "speedup": round(n * solo["wallSeconds"] / each["wallSeconds"], 2)}
        rounds.append(entry)
    ext = {"rounds": rounds, "roundsNote": (
        "one core, all cores and the machine's ceiling are run in turn in each round; each figure below is "
        "the median round's (of an even number, the less favourable of the middle two), speedups per round")}
    for key in ("oneCore", "allCores"):
        done = [e[key] for e in rounds if e[key] and e[key]["completed"]]
        ext[key] = middle(done, lambda x: x["wallSeconds"], higher_is_better=False) or (rounds[-1][key] if rounds else None)
    speedups = [e for e in rounds if "allCoresSpeedup" in e]
    if speedups:
        ext["allCoresSpeedup"] = middle(speedups, lambda e: e["allCoresSpeedup"], True)["allCoresSpeedup"]
    ceilings = [e["machineCeiling"] for e in rounds if "machineCeiling" in e]
    if ceilings:
        ext["machineCeiling"] = middle(ceilings, lambda c: c["speedup"], True)
    peaks = [e["oneCore"]["peakRSSMegabytes"] for e in rounds
             if e["oneCore"] and e["oneCore"]["completed"] and "peakRSSMegabytes" in e["oneCore"]]
    if peaks:
        ext["oneCorePeakRSSMegabytesMax"] = max(peaks)
    results["extraction"] = ext

    with open(os.path.join(run, "ingest-input.json")) as fh:
        ingest_input = json.load(fh)
    ingest = throughput(run, "ingest", "actorgraph ingest <shards> --store <new file> --quiet", ingest_input, args.timeout)
    if ingest:
        ingest["input"] = ingest_input
    results["ingest"] = ingest

    render = read(run, "render", "out")
    results["render"] = json.loads(render)["render"] if render and step(run, "render")["completed"] else None
    store = read(run, "store", "out")
    results["neighbors"] = json.loads(store) if store and step(run, "store")["completed"] else None

    slice_part = manifest["slice"]
    words = slice_part["words"]
    same = {"slice": slice_part, "rounds": [], "roundsNote": (
        f"each round runs ActorGraph's whole process {args.slice_runs} times, then in process ({args.slice_runs} passes), then spaCy NER only; "
        "a round's ratio divides its own figures, and each figure below is the median round's "
        "(of an even number, the less favourable to ActorGraph of the middle two)")}
    skipped = read(run, "peer-skipped", "txt")
    for r in range(1, args.rounds + 1):
        entry = {"round": r}
        walls = [x["wallSeconds"] for x in (step(run, f"slice-actorgraph-{r}-{i}") for i in range(1, args.slice_runs + 1)) if x and x["completed"]]
        if walls:
            median = statistics.median(walls)
            entry["actorgraph"] = {"runsSeconds": walls, "medianSeconds": median, "wordsPerSecond": round(words / median)}
        inprocess = read(run, f"slice-inprocess-{r}", "out")
        if inprocess and step(run, f"slice-inprocess-{r}")["completed"]:
            timing = json.loads(inprocess.splitlines()[0])
            entry["actorgraphInProcess"] = {**timing, "wordsPerSecond": round(words / timing["medianSeconds"])}
        ner = spacy(run, f"spacy-ner-{r}")
        if ner:
            entry["spacyNerOnly"] = ner
            for key, ours in [("ratioNerOnly", "actorgraph"), ("ratioNerOnlyInProcess", "actorgraphInProcess")]:
                if ours in entry:
                    entry[key] = round(entry[ours]["wordsPerSecond"] / ner["words_per_second"], 1)
        same["rounds"].append(entry)
    rounds = same["rounds"]
    whole = [e["actorgraph"] for e in rounds if "actorgraph" in e]
    if whole:
        same["actorgraph"] = {
            "command": f"taskset -c 0 actorgraph extract {slice_part['folder']} --quiet -o bench-corpus/out/slice.json",
            "note": ("wall time of the whole process: start, lexicon loading, reading, extraction, writing; "
                     f"median of {args.slice_runs} runs a round"),
            **middle(whole, lambda x: x["wordsPerSecond"], True)}
    timed_in = [e["actorgraphInProcess"] for e in rounds if "actorgraphInProcess" in e]
    if timed_in:
        same["actorgraphInProcess"] = {
            "command": f"taskset -c 0 actorgraph-bench extract {slice_part['folder']} --runs {args.slice_runs} --json",
            "note": ("timed as spacy_ner.py --bench times spaCy: lexicon loaded and one warm-up pass made "
                     "before the clock starts; a pass reads the files, extracts and encodes the graph JSON in memory"),
            **middle(timed_in, lambda x: x["wordsPerSecond"], True)}
    full = spacy(run, "spacy-full")
    ners = [e["spacyNerOnly"] for e in rounds if "spacyNerOnly" in e]
    if skipped:
        same["spacy"] = f"skipped: {skipped}"
    elif not ners and full is None:
        same["spacy"] = "failed (see spacy-*.err in the run folder)"
    else:
        same["spacyNote"] = ("spacy_ner.py --bench 1 on the same .txt files, pinned with taskset -c 0; "
                             "its timing leaves out model loading and one warm-up pass; NER only once a round, "
                             "the full pipeline once")
        # The peer's median round: of two in the middle, the faster (less favourable to ActorGraph).
        same["spacyNerOnly"] = middle(ners, lambda x: x["words_per_second"], False)
        same["spacyFull"] = full
        for key in ("ratioNerOnly", "ratioNerOnlyInProcess"):
            paired = [e for e in rounds if key in e]
            if paired:
                same[key] = middle(paired, lambda e: e[key], True)[key]
        if full:
            for key, ours in [("ratioFullPipeline", "actorgraph"), ("ratioFullPipelineInProcess", "actorgraphInProcess")]:
                if ours in same:
                    same[key] = round(same[ours]["wordsPerSecond"] / full["words_per_second"], 1)
        one = ext.get("oneCore")
        if same["spacyNerOnly"] and one and one.get("wordsPerSecond"):
            same["corpusOneCoreVsSpacyNerOnly"] = round(one["wordsPerSecond"] / same["spacyNerOnly"]["words_per_second"], 1)
    results["sameText"] = same
    results["targets"] = targets(results)
    return results


def targets(results):
    """The issue's targets, each with the figure it reads and whether it is met."""
    ext, same = results["extraction"], results["sameText"]
    render = {r["nodes"]: r for r in results["render"] or []}
    depth1 = next((n for n in (results["neighbors"] or {}).get("neighbors", []) if n["depth"] == 1), None)
    rows = [
        ("1-core extraction >= 100x spaCy NER-only words/s (same text; ActorGraph's whole process; median round)",
         same.get("ratioNerOnly"), lambda v: v >= 100, "x"),
        ("1-core extraction >= 100x spaCy NER-only words/s (same text; both timed in process after loading and a warm-up pass; median round)",
         same.get("ratioNerOnlyInProcess"), lambda v: v >= 100, "x"),
        (f"peak RSS < 300 MB on the {results['settings']['corpusMegabytes']} MB corpus (1 core; highest of the rounds)",
         ext.get("oneCorePeakRSSMegabytesMax"), lambda v: v < 300, " MB"),
        ("all cores >= 1.7x one core (median round)", ext.get("allCoresSpeedup"), lambda v: v >= 1.7, "x"),
        ("1,000-node SVG < 2 s", render.get(1000, {}).get("medianSeconds"), lambda v: v < 2, " s"),
        ("neighbors depth-1 median < 1 ms", depth1["medianMilliseconds"] if depth1 else None, lambda v: v < 1, " ms"),
    ]
    return [{"target": name, "value": None if value is None else round(value, 3), "unit": unit.strip(),
             "met": None if value is None else test(value)}
            for name, value, test, unit in rows]


def number(value, digits=0):
    return "n/a" if value is None else f"{value:,.{digits}f}"


def times(value, digits=1):
    return "n/a" if value is None else f"{value:,.{digits}f}x"


def describe_run(label, r):
    if r is None:
        return f"  {label}: not run"
    # CPU time says how much of the wall time the run had the processor: on a
    # shared machine a wall time far above it means other load competed.
    cpu = (r.get("userSeconds") or 0) + (r.get("systemSeconds") or 0)
    if r["completed"]:
        return (f"  {label}: {number(r['wallSeconds'], 1)} s wall (CPU {number(cpu, 1)} s), "
                f"{number(r['wordsPerSecond'])} words/s, {number(r['megabytesPerSecond'], 2)} MB/s, "
                f"{number(r['articlesPerSecond'], 1)} articles/s, peak RSS {number(r.get('peakRSSMegabytes'), 1)} MB")
    if r["stoppedByTimeout"]:
        return (f"  {label}: did not finish in {number(r['wallSeconds'], 0)} s wall (CPU {number(cpu, 1)} s; stopped): "
                f"under {number(r['wordsPerSecondBelow'])} words/s, {number(r['megabytesPerSecondBelow'], 3)} MB/s, "
                f"{number(r['articlesPerSecondBelow'], 1)} articles/s; RSS reached {number(r.get('peakRSSMegabytes'), 1)} MB")
    return f"  {label}: failed (exit {r['exitStatus']}): {' '.join(r.get('error', []))}"


def show(results, path):
    m, g, c = results["machine"], results["git"], results["corpus"]
    print(f"machine: {m['nproc']} cores, {m['cpuModel']}, {number(m['memoryMegabytes'])} MB RAM; "
          f"load average {m['loadAverageStart']} at start, {m['loadAverageEnd']} at end")
    print(f"commit: {g['commit']}" + (f" with {g['uncommittedChanges']} uncommitted changed files" if g["uncommittedChanges"] else ""))
    print(f"units: {results['units']['words']}; MB = 1,000,000 bytes")
    a = c["generatedActors"]
    print(f"corpus: {c['folder']}: {c['articles']:,} articles, {c['words']:,} words, {c['textBytes'] / MB:,.1f} MB of text "
          f"({c['fileBytes'] / MB:,.1f} MB in {c['files']} JSON Lines shards); generated actors: {a['people']:,} people, "
          f"{a['organizations']:,} organizations, {a['places']:,} places")
    ext = results["extraction"]
    print(f"extraction (whole corpus), {len(ext['rounds'])} rounds, each: one core, all cores, machine ceiling:")
    for e in ext["rounds"]:
        ceiling = e.get("machineCeiling")
        print(f"  round {e['round']}: one core {number((e['oneCore'] or {}).get('wallSeconds'), 1)} s, "
              f"all cores {number((e['allCores'] or {}).get('wallSeconds'), 1)} s -> {times(e.get('allCoresSpeedup'), 2)}; "
              f"ceiling {times(ceiling and ceiling['speedup'], 2)}")
    print("  median round:")
    print(describe_run("one core (taskset -c 0)", ext["oneCore"]))
    print(describe_run(f"all {m['nproc']} cores", ext["allCores"]))
    if "allCoresSpeedup" in ext:
        print(f"  all cores vs one core: {ext['allCoresSpeedup']}x (median of the rounds' own ratios)")
    if "oneCorePeakRSSMegabytesMax" in ext:
        print(f"  peak memory on one core, highest of the rounds: {ext['oneCorePeakRSSMegabytesMax']:.1f} MB")
    if "machineCeiling" in ext:
        c = ext["machineCeiling"]
        print(f"  machine ceiling (median round): {c['independentProcesses']} independent one-core processes do "
              f"{c['speedup']}x the work of one in the same time ({c['soloWallSeconds']:.1f} s alone, "
              f"{c['independentWallSeconds']:.1f} s side by side on the first 20 shards)")
    ingest = results["ingest"]
    if ingest:
        held = ingest["input"]
        what = "the whole corpus" if held["wholeCorpus"] else f"its first {held['files']} shards"
        print(f"ingest into a fresh store ({what}: {held['articles']:,} articles, {held['words']:,} words, "
              f"{held['textBytes'] / MB:,.1f} MB):")
        print(describe_run("all cores", ingest))
    print("render (SVG in process, synthetic news-like graphs, default engine; encode + layout + render):")
    for r in results["render"] or []:
        print(f"  {r['nodes']:,} nodes, {r['edges']:,} edges ({r['engine']}): median {r['medianSeconds']:.3f} s "
              f"over {r['runs']} run(s), {r['svgBytes'] / MB:.1f} MB SVG")
    if results["render"] is None:
        print("  failed (see the run folder)")
    n = results["neighbors"]
    if n:
        print(f"neighbors on a store of {n['relations']:,} relations among {n['entities']:,} entities:")
        for lat in n["neighbors"]:
            print(f"  depth {lat['depth']}: median {lat['medianMilliseconds']:.3f} ms, p99 {lat['p99Milliseconds']:.3f} ms "
                  f"over {lat['queries']} queries")
    else:
        print("neighbors: failed (see the run folder)")
    same = results["sameText"]
    s = same["slice"]
    print(f"same text, one core: {s['folder']}: {s['articles']} articles, {s['words']:,} words, {s['textBytes'] / MB:.2f} MB")
    for e in same["rounds"]:
        ag, inproc, ner = e.get("actorgraph"), e.get("actorgraphInProcess"), e.get("spacyNerOnly")
        print(f"  round {e['round']}: ActorGraph {number(ag and ag['wordsPerSecond'])} words/s whole process, "
              f"{number(inproc and inproc['wordsPerSecond'])} in process; spaCy NER only "
              f"{number(ner and ner['words_per_second'])} words/s -> {times(e.get('ratioNerOnly'))}, "
              f"{times(e.get('ratioNerOnlyInProcess'))}")
    print("  median round:")
    if "actorgraph" in same:
        ag = same["actorgraph"]
        print(f"  ActorGraph: median {ag['medianSeconds']:.3f} s of {len(ag['runsSeconds'])} runs ({', '.join(f'{w:.3f}' for w in ag['runsSeconds'])}) "
              f"-> {ag['wordsPerSecond']:,} words/s (whole process: start and lexicon loading included)")
    if "actorgraphInProcess" in same:
        ag = same["actorgraphInProcess"]
        print(f"  ActorGraph in process: median {ag['medianSeconds']:.3f} s of {len(ag['runsSeconds'])} passes "
              f"({', '.join(f'{w:.3f}' for w in ag['runsSeconds'])}) -> {ag['wordsPerSecond']:,} words/s "
              f"(lexicon load {ag['loadSeconds']:.3f} s and a warm-up pass not timed, as for spaCy)")
    if isinstance(same.get("spacy"), str):
        print(f"  spaCy: {same['spacy']}")
    else:
        for label, key, ratio, inproc in [("spaCy NER only", "spacyNerOnly", "ratioNerOnly", "ratioNerOnlyInProcess"),
                                          ("spaCy full pipeline", "spacyFull", "ratioFullPipeline", "ratioFullPipelineInProcess")]:
            peer = same.get(key)
            if peer:
                print(f"  {label}: {peer['wall_seconds']:.2f} s -> {peer['words_per_second']:,.0f} words/s "
                      f"(pipeline {','.join(peer['pipeline'])}; model load and warm-up not timed); "
                      f"ActorGraph / spaCy = {number(same.get(ratio), 1)}x whole process, "
                      f"{number(same.get(inproc), 1)}x in process"
                      + (" (medians of the rounds' own ratios)" if key == "spacyNerOnly" else ""))
            else:
                print(f"  {label}: failed (see the run folder)")
        if "corpusOneCoreVsSpacyNerOnly" in same:
            print(f"  ActorGraph one core on the whole corpus vs spaCy NER only on the slice: "
                  f"{same['corpusOneCoreVsSpacyNerOnly']}x")
    print("targets (for reading, not asserted):")
    for t in results["targets"]:
        verdict = "no figure" if t["met"] is None else ("met" if t["met"] else "not met")
        value = "n/a" if t["value"] is None else f"{t['value']:,}{' ' if t['unit'] not in ('x', '') else ''}{t['unit']}"
        print(f"  {t['target']}: {value} -> {verdict}")
    print(f"results: {path} (and latest.json beside it); raw outputs in {results['runFolder']}")


def main():
    ap = argparse.ArgumentParser()
    for name in ("--run", "--manifest", "--results", "--stamp"):
        ap.add_argument(name, required=True)
    ap.add_argument("--timeout", type=float, required=True)
    ap.add_argument("--relations", type=int, required=True)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--slice-runs", type=int, default=5,
                    help="whole-process runs and in-process passes of ActorGraph on the slice in each round")
    args = ap.parse_args()
    results = collect(args)
    results["runFolder"] = args.run
    path = os.path.join(args.results, f"bench-{args.stamp}.json")
    with open(path, "w") as fh:
        json.dump(results, fh, indent=2, sort_keys=True)
        fh.write("\n")
    shutil.copyfile(path, os.path.join(args.results, "latest.json"))
    show(results, path)


if __name__ == "__main__":
    main()
