#!/bin/sh
# Renders the HTML report of the sample articles in headless Chromium and
# saves a screenshot, to check the report as a person would see it.
#
#   scripts/report-screenshot.sh [ACTORGRAPH_BINARY] [ARTICLES] [OUT_FOLDER]
#
# Writes OUT_FOLDER/report.html and OUT_FOLDER/report.png (default
# .build/report-check/). Installs Debian's `chromium` with apt-get if it is
# missing. Not part of `make test` or CI: look at the PNG yourself.
set -eu

BIN=${1:-.build/debug/actorgraph}
ARTICLES=${2:-examples/articles}
OUT=${3:-.build/report-check}

if ! command -v chromium >/dev/null 2>&1; then
    echo "==> Installing chromium with apt-get (Debian's package)"
    SUDO=""
    [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
fi

mkdir -p "$OUT"
STORE="$OUT/report-check.sqlite"
rm -f "$STORE" "$STORE-wal" "$STORE-shm"
echo "==> Ingesting $ARTICLES into $STORE"
"$BIN" ingest "$ARTICLES" --store "$STORE"
echo "==> Writing $OUT/report.html"
"$BIN" report --store "$STORE" -o "$OUT/report.html"

# Absolute file:// URL; a private profile folder so no user profile is touched.
HTML=$(cd "$OUT" && pwd)/report.html
PROFILE=$(mktemp -d)
trap 'rm -rf "$PROFILE"' EXIT
echo "==> Screenshot of file://$HTML -> $OUT/report.png"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$PROFILE" \
    --screenshot="$OUT/report.png" --window-size=1400,2000 "file://$HTML" 2>/dev/null
test -s "$OUT/report.png"
echo "==> Done: $OUT/report.png (open it and look)"
