#!/usr/bin/env bash
# Install the Omatyöntekijä bundle this script sits in.
#
#   ./install.sh              for the current user: ~/.local/opt/omatyontekija,
#                             the command in ~/.local/bin, the menu entry in ~/.local/share
#   sudo ./install.sh --system   for everyone: /opt/omatyontekija, /usr/local/{bin,share}
#   ./install.sh --uninstall     (with --system: the system-wide installation)
set -euo pipefail

APP_ID=fi.jyvaskyla.omatyontekija
HERE="$(cd "$(dirname "$0")" && pwd)"

system=false
uninstall=false
for arg in "$@"; do
  case "$arg" in
    --system) system=true ;;
    --uninstall) uninstall=true ;;
    *) echo "unknown option: $arg (use --system and/or --uninstall)" >&2; exit 2 ;;
  esac
done

if $system; then
  target=/opt/omatyontekija
  bin=/usr/local/bin
  share=/usr/local/share
else
  target="$HOME/.local/opt/omatyontekija"
  bin="$HOME/.local/bin"
  share="${XDG_DATA_HOME:-$HOME/.local/share}"
fi

installed_files() {
  echo "$share/applications/$APP_ID.desktop"
  echo "$share/metainfo/$APP_ID.metainfo.xml"
  (cd "$HERE/share" && find icons -type f) | sed "s|^|$share/|"
}

refresh_caches() {
  # Menus and icon themes notice new files sooner with these; both are optional.
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$share/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
  fi
}

if $uninstall; then
  installed_files | xargs rm -f
  rm -f "$bin/omatyontekija"
  rm -rf "$target"
  refresh_caches
  echo "Omatyöntekijä removed (the database and logs in your user folders are kept)."
  exit 0
fi

if [ "$HERE" != "$target" ]; then
  rm -rf "$target"
  mkdir -p "$(dirname "$target")"
  cp -a "$HERE" "$target"
fi
mkdir -p "$bin"
ln -sf "$target/omatyontekija" "$bin/omatyontekija"
(cd "$HERE/share" && find . -type f) | while read -r file; do
  install -D -m 644 "$HERE/share/$file" "$share/$file"
done
# The menu entry starts this installation, wherever PATH points.
sed -i "s|^Exec=omatyontekija|Exec=$target/omatyontekija|" "$share/applications/$APP_ID.desktop"
refresh_caches
echo "Omatyöntekijä installed in $target; start it from the menu or with: omatyontekija"
