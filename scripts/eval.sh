#!/usr/bin/env bash
# Scores the extractor on the dev corpus and fails under the regression floors.
#   scripts/eval.sh BINARY SHARED_DIR
# Floors (issues 3 and 4): typed-entity F1 >= 0.88, core-relation F1 >= 0.80.
set -euo pipefail
bin=$1
shared=$2
if [ ! -f "$shared/eval/score.py" ] || [ ! -d "$shared/corpus/dev" ]; then
    echo "    $shared is absent: skipping the dev-corpus evaluation"
    exit 0
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$bin" extract "$shared"/corpus/dev/*.txt --format json -o "$out"
python3 "$shared/eval/score.py" "$shared/corpus/dev/gold.json" "$out"
python3 - "$shared/eval/score.py" "$shared/corpus/dev/gold.json" "$out" <<'PY'
import json, subprocess, sys
score, gold, pred = sys.argv[1:4]
res = json.loads(subprocess.check_output([sys.executable, score, gold, pred, "--json"]))
floors = {"entities_typed": 0.88, "relations_card": 0.80}
failed = [f"{k} F1 {res[k]['f1']:.3f} < {floor}" for k, floor in floors.items() if res[k]["f1"] < floor]
if failed:
    print("eval: below the regression floor: " + "; ".join(failed))
    sys.exit(1)
print("eval: above the regression floors (" + ", ".join(f"{k} >= {v}" for k, v in floors.items()) + ")")
PY
