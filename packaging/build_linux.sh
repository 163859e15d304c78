#!/usr/bin/env bash
# Build the self-contained one-folder Linux bundle into dist/omatyontekija/:
# the executable, its Python and Qt, the package data, the desktop entry,
# AppStream metadata, icons and install.sh. Uses the PyInstaller of the
# project venv (the optional dependency group "packaging"; `make bundle`
# installs it). PYTHON=/path/to/python overrides the venv.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-.venv/bin/python}"
APP_ID=fi.jyvaskyla.omatyontekija
BUNDLE=dist/omatyontekija

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  echo "PyInstaller is not installed for $PYTHON." >&2
  echo "Run 'make bundle', or: $PYTHON -m pip install -e '.[packaging]'" >&2
  exit 1
fi

started=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/linux/omatyontekija.spec

# The spec drops Qt Quick and QML libraries; PyInstaller still links them
# into _internal/, and dangling links would only confuse.
find "$BUNDLE/_internal" -maxdepth 1 -xtype l -delete

# Desktop integration beside the executable, in the layout of a prefix's
# share/ folder, so install.sh (or a distribution package) copies it as is.
install -D -m 644 "packaging/linux/$APP_ID.desktop" "$BUNDLE/share/applications/$APP_ID.desktop"
install -D -m 644 "packaging/linux/$APP_ID.metainfo.xml" "$BUNDLE/share/metainfo/$APP_ID.metainfo.xml"
icons=src/omatyontekija/resources/icons
for size in 16 32 48 64 128 256; do
  install -D -m 644 "$icons/omatyontekija-$size.png" \
    "$BUNDLE/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -D -m 644 "$icons/omatyontekija.svg" "$BUNDLE/share/icons/hicolor/scalable/apps/$APP_ID.svg"
install -m 755 packaging/linux/install.sh "$BUNDLE/install.sh"

echo "Built $BUNDLE ($(du -sh "$BUNDLE" | cut -f1)) in $(($(date +%s) - started)) s"
