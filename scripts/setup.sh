#!/usr/bin/env bash
# Sets everything up on a fresh clone and builds dist/: npm packages (which
# bring Node 22 for the npm scripts), a Chromium for tests and PDFs if none is
# found, then the full build.
set -euo pipefail
cd "$(dirname "$0")/.."

export PUPPETEER_SKIP_DOWNLOAD=1
# Engine warnings come from npm itself running on the machine's older Node; the scripts run on the
# Node 22 that the "node" devDependency installs, which is checked below. Real errors still print.
npm install --no-audit --no-fund --loglevel=error

have_browser() {
  [ -n "${CHROME_PATH:-}" ] && [ -x "${CHROME_PATH}" ] && return 0
  for path in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
    [ -x "$path" ] && return 0
  done
  ls "${HOME}"/.cache/ms-playwright/chromium-*/chrome-linux*/chrome >/dev/null 2>&1 && return 0
  return 1
}

if ! have_browser; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Chromium from Debian's packages…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
  else
    echo "No Chromium found. Install one (sudo apt-get install -y chromium, or npx playwright install chromium), or set CHROME_PATH." >&2
    exit 1
  fi
fi
if ! command -v pdftotext >/dev/null && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
fi

node_version=$(npx --no-install node -v)
case "$node_version" in
  v22.*|v23.*|v24.*|v25.*|v26.*) ;;
  *) echo "npm scripts run on Node $node_version; Astro needs 22.12 or later. Is the 'node' devDependency installed?" >&2; exit 1 ;;
esac

npm run build
