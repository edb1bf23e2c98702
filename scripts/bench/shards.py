#!/usr/bin/env python3
"""The corpus shards `make bench` ingests: whole shards, in order, until MEGABYTES of article text.

  shards.py CORPUS_DIR MEGABYTES OUT_JSON

Prints one shard path a line and writes OUT_JSON with what they hold (files,
articles, words, text bytes), words counted as spacy_ner.py --bench counts
them (len(text.split())). All shards: the figures come from manifest.json.
"""
import json
import os
import sys


def main():
    folder, megabytes, out = sys.argv[1], float(sys.argv[2]), sys.argv[3]
    with open(os.path.join(folder, "manifest.json")) as fh:
        manifest = json.load(fh)
    shards = sorted(f for f in os.listdir(folder) if f.startswith("shard-") and f.endswith(".jsonl"))
    part = manifest["corpus"]
    whole = {"files": len(shards), "articles": part["articles"], "words": part["words"],
             "textBytes": part["textBytes"], "wholeCorpus": True}
    if megabytes >= part["textBytes"] / 1e6:
        chosen, held = shards, whole
    else:
        chosen, held = [], {"files": 0, "articles": 0, "words": 0, "textBytes": 0, "wholeCorpus": False}
        for shard in shards:
            if held["textBytes"] >= megabytes * 1e6:
                break
            chosen.append(shard)
            held["files"] += 1
            with open(os.path.join(folder, shard), encoding="utf-8") as fh:
                for line in fh:
                    text = json.loads(line)["text"]
                    held["articles"] += 1
                    held["words"] += len(text.split())
                    held["textBytes"] += len(text.encode("utf-8"))
        if len(chosen) == len(shards):
            held = whole
    with open(out, "w") as fh:
        json.dump(held, fh)
    for shard in chosen:
        print(os.path.join(folder, shard))


if __name__ == "__main__":
    main()
