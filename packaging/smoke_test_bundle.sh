#!/usr/bin/env bash
# Run the built bundle as a user would, without a display: --version, a demo
# database made by the bundled command line (Alembic migrations from the
# bundle), then the application started offscreen on it, which must show its
# main window and quit by itself with status 0 (OMATYONTEKIJA_SMOKE_TEST).
# Everything it writes goes to a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."

EXE="${1:-dist/omatyontekija/omatyontekija}"
[ -x "$EXE" ] || { echo "no bundle at $EXE: run 'make bundle' first" >&2; exit 1; }

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT

bundled() {
  # The bundle must not lean on this checkout or its venv: a clean
  # environment, fresh user folders, and another working directory.
  (cd "$home" && env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 \
    XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_STATE_HOME="$home/state" \
    QT_QPA_PLATFORM=offscreen OMATYONTEKIJA_USER=smoketest "$@")
}

exe="$(cd "$(dirname "$EXE")" && pwd)/$(basename "$EXE")"
expected="omatyontekija $(sed -n 's/^__version__ = "\(.*\)"$/\1/p' src/omatyontekija/__init__.py)"
version="$(bundled "$exe" --version)"
[ "$version" = "$expected" ] || { echo "--version said '$version', expected '$expected'" >&2; exit 1; }
echo "--version: $version"

bundled "$exe" demo --clients 200 --database "$home/demo.sqlite3"

started=$(date +%s)
bundled env OMATYONTEKIJA_SMOKE_TEST=1 timeout 120 "$exe" --database "$home/demo.sqlite3"
echo "offscreen start: main window shown, quit with status 0 ($(($(date +%s) - started)) s)"

log="$home/state/omatyontekija/log/omatyontekija.log"
grep -q "starting" "$log" || { echo "the application wrote no log at $log" >&2; exit 1; }
echo "log written to the user log folder"
