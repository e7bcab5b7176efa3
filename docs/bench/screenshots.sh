#!/usr/bin/env bash
# Screenshots of every screen of the window at 1280x800, in English and Chinese, light and dark.
# Needs: xvfb, xdotool, imagemagick, fonts-noto-cjk, libgtk-3-0 and a built target/risk-workbench.jar.
# Usage: docs/bench/screenshots.sh [out-folder]   (default docs/screenshots)
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$(realpath -m "${1:-docs/screenshots}")"
mkdir -p "$out"
jar="$PWD/target/risk-workbench.jar"
[[ -f "$jar" ]] || { echo "Build first: mvn -B -q package -DskipTests" >&2; exit 1; }
screens=(dashboard concentration loans vintage roll-rates collections provisions regulatory fraud model dataquality)

display=":$((RANDOM % 400 + 100))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY="$display"

# waits (up to $1 seconds) for the workbench's window and prints its id
window() {
  local deadline=$((SECONDS + $1)) id=""
  while [[ -z "$id" && $SECONDS -lt $deadline ]]; do
    id="$(xdotool search --onlyvisible --name 'Risk Workbench|风控分析工作台' 2>/dev/null | head -1 || true)"
    [[ -n "$id" ]] || sleep 0.5
  done
  echo "$id"
}

shoot() { # language theme suffix
  local home id app i=1
  home="$(mktemp -d)"
  printf 'language=%s\ntheme=%s\nwindow.width=1280\nwindow.height=800\nwindow.x=0\nwindow.y=0\n' \
    "$1" "$2" > "$home/settings.properties"
  java -Dglass.platform=gtk -Driskworkbench.home="$home" -jar "$jar" >"$home/app.log" 2>&1 &
  app=$!
  id="$(window 90)"
  [[ -n "$id" ]] || { echo "no window; see $home/app.log" >&2; kill $app; return 1; }
  sleep 15 # the first start imports the sample and computes the dashboard
  for s in "${screens[@]}"; do
    # twice: without a window manager the first key after a focus change can be lost
    for _ in 1 2; do
      if ((i <= 10)); then # Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth
        xdotool windowfocus "$id" key --clearmodifiers "ctrl+$((i % 10))" || true
      else # past Ctrl+0 no digit: click the last item of the navigation list (1280x800 layout)
        xdotool windowfocus "$id" mousemove --window "$id" 76 617 click 1 mousemove 1279 799 || true
      fi
      sleep 2
    done
    import -window root "$out/$s-$3.png"
    if [[ "$s" == concentration ]]; then
      # the screen's other tabs: click the first tab's header, then the arrow key moves along them
      xdotool windowfocus "$id" mousemove --window "$id" 228 210 click 1 mousemove 1279 799 || true
      sleep 1
      for tab in lorenz groups colending; do
        xdotool windowfocus "$id" key --clearmodifiers Right || true
        sleep 3
        import -window root "$out/$s-$tab-$3.png"
      done
    fi
    i=$((i + 1))
  done
  kill $app; wait $app 2>/dev/null || true
  rm -rf "$home"
}

# key presses, each followed by a pause for the window to redraw
keys() { # window-id key...
  local id="$1"; shift
  for k in "$@"; do
    xdotool windowfocus "$id" 2>/dev/null || true
    xdotool key --clearmodifiers "$k"
    sleep 1.5
  done
}

# One dialog: a fresh window (the sample, or with "broken" a file that is not a portfolio), the
# keys that open the dialog, a screenshot; the window is closed after each, so no dialog is left
# over to cover the next.
dialog() { # language theme suffix name [broken] keys...
  local lang="$1" theme="$2" suffix="$3" name="$4" home id app
  shift 4
  home="$(mktemp -d)"
  printf 'language=%s\ntheme=%s\n' "$lang" "$theme" > "$home/settings.properties"
  if [[ "${1:-}" == broken ]]; then
    head -c 4096 /dev/urandom > "$home/broken.mv.db"
    printf 'portfolio.last=%s\n' "$home/broken.mv.db" >> "$home/settings.properties"
    shift
  fi
  java -Dglass.platform=gtk -Driskworkbench.home="$home" -jar "$jar" >"$home/app.log" 2>&1 &
  app=$!
  id="$(window 90)"
  [[ -n "$id" ]] || { echo "no window; see $home/app.log" >&2; kill $app; return 1; }
  sleep 12
  [[ $# -gt 0 ]] && keys "$id" "$@"
  sleep 2
  import -window root "$out/dialog-$name-$suffix.png"
  kill $app; wait $app 2>/dev/null || true
  rm -rf "$home"
}

dialogs() { # language theme suffix
  dialog "$1" "$2" "$3" error broken
  dialog "$1" "$2" "$3" audit-log ctrl+shift+l
  dialog "$1" "$2" "$3" about F1
  dialog "$1" "$2" "$3" database ctrl+shift+o
  dialog "$1" "$2" "$3" new-sample ctrl+shift+n
}

# SHOTS="en zh" limits the runs (default: en zh en-dark zh-dark dialogs)
for run in ${SHOTS:-en zh en-dark zh-dark dialogs}; do
  case "$run" in
    en) shoot en light en ;;
    zh) shoot zh-CN light zh ;;
    en-dark) shoot en dark en-dark ;;
    zh-dark) shoot zh-CN dark zh-dark ;;
    dialogs)
      dialogs en light en
      dialogs zh-CN light zh
      dialogs en dark en-dark
      dialogs zh-CN dark zh-dark
      ;;
  esac
done
echo "Screenshots in $out"
