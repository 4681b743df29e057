#!/usr/bin/env bash
# First command on a fresh machine: installs Chromium and Firefox ESR (Debian/Ubuntu, with apt) when they
# are missing and the project's locked dependencies. Then `npm run demo` shows Serentak, `npm test` runs
# every test.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -n "${CHROME_PATH:-}" && -x "${CHROME_PATH}" ]]; then
  echo "[setup] using CHROME_PATH=${CHROME_PATH}"
elif [[ -x /usr/bin/chromium ]]; then
  echo "[setup] Chromium found: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
elif command -v apt-get >/dev/null; then
  echo "[setup] installing Chromium with apt"
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y --no-install-recommends chromium
else
  echo "[setup] no /usr/bin/chromium and no apt: install Chromium yourself and set CHROME_PATH to it" >&2
  exit 1
fi

# Firefox ESR for the Firefox smoke (npm run test:firefox, part of npm test; it skips without Firefox).
if [[ -n "${FIREFOX_PATH:-}" && -x "${FIREFOX_PATH}" ]]; then
  echo "[setup] using FIREFOX_PATH=${FIREFOX_PATH}"
elif [[ -x /usr/bin/firefox-esr ]]; then
  echo "[setup] Firefox found: $(/usr/bin/firefox-esr --version 2>/dev/null || echo /usr/bin/firefox-esr)"
elif command -v apt-get >/dev/null; then
  echo "[setup] installing Firefox ESR with apt"
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  { "${sudo_cmd[@]}" apt-get update &&
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y --no-install-recommends firefox-esr; } ||
    echo "[setup] could not install firefox-esr (not in this distribution?): the Firefox smoke will be skipped" >&2
else
  echo "[setup] no /usr/bin/firefox-esr and no apt: the Firefox smoke will be skipped (or set FIREFOX_PATH)" >&2
fi

if ! command -v node >/dev/null || (( $(node -p 'process.versions.node.split(".")[0]') < 20 )); then
  echo "[setup] Node.js 20 or newer is needed (https://nodejs.org)" >&2
  exit 1
fi

echo "[setup] npm ci"
npm ci --no-audit --no-fund
echo "[setup] done. Next: npm run demo (or npm run build), and npm test"
