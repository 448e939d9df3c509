#!/usr/bin/env bash
# Prepares a fresh machine that has Node.js 20 and npm: installs pnpm 12.4.2 and the workspace's
# dependencies, and with --browser also Chromium for the browser tests. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=0
for arg in "$@"; do
  case "$arg" in
    --browser) want_browser=1 ;;
    *) echo "setup.sh: unknown option $arg (known: --browser)" >&2; exit 2 ;;
  esac
done

export TURBO_TELEMETRY_DISABLED=1 STORYBOOK_DISABLE_TELEMETRY=1

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "setup: Node.js 20 or newer is needed (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi

if [ "$(pnpm --version 2>/dev/null || true)" != "12.4.2" ]; then
  echo "setup: installing pnpm 12.4.2 with npm"
  if ! npm install --global --no-fund --no-audit pnpm@12.4.2 >/dev/null; then
    echo "setup: could not install pnpm globally; run 'npm install --global pnpm@12.4.2' with the rights to do so." >&2
    exit 1
  fi
  hash -r
fi

echo "setup: installing dependencies"
pnpm install --frozen-lockfile

if [ "$want_browser" = 1 ]; then
  chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ ! -x "$chromium_path" ]; then
    echo "setup: Chromium not found at $chromium_path; installing Debian's chromium package"
    sudo_cmd=""
    if [ "$(id -u)" != 0 ]; then sudo_cmd="sudo"; fi
    if ! command -v apt-get >/dev/null || ! { $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq chromium >/dev/null; }; then
      echo "setup: could not install Chromium with apt-get. Install Chromium yourself and set CHROMIUM_PATH to its binary." >&2
      exit 1
    fi
  fi
  echo "setup: using $("$chromium_path" --version 2>/dev/null || echo "$chromium_path")"
fi
