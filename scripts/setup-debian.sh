#!/usr/bin/env bash
# Installs what building and testing Beian Assist needs on a fresh Debian 12
# machine, then the npm packages from the committed lockfile. Idempotent; run
# as root or with sudo available.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

PACKAGES=(
  build-essential cmake pkg-config git clang-format
  nlohmann-json3-dev libcpp-httplib-dev libboost-dev libboost-filesystem-dev
  catch2 libvalijson-dev
  # SHA-256 and Base64 of the host browsers start (no TLS library there);
  # libssl-dev for cpp-httplib's pkg-config module (the rehearsal server).
  nettle-dev libssl-dev
  # RE2 for the schemas' "pattern" (linear time; std::regex recursed per character).
  libre2-dev
  # The .docx drafts (beian-assist-documents): libzip and pugixml; the office
  # suite and poppler open, convert and render them in the tests (tests/documents/).
  libzip-dev libpugixml-dev libreoffice-writer-nogui poppler-utils
  # The sanitized test suite and the fuzz targets (scripts/sanitize.sh, fuzz.sh):
  # clang 14 and its runtimes (libFuzzer, ASan, UBSan live in libclang-rt-14-dev).
  clang libclang-rt-14-dev
  chromium firefox-esr
  # The portal and the panel are in Chinese: without a CJK font the demo's
  # window and screenshots show empty boxes (chromium recommends none).
  fonts-noto-cjk
)
# Node.js 20 may already be on the machine (NodeSource); Debian's is the fallback.
command -v node >/dev/null 2>&1 || PACKAGES+=(nodejs)
command -v npm >/dev/null 2>&1 || PACKAGES+=(npm)

missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "setup: all Debian packages present"
fi

# The component libraries of the rehearsal portal and the browser-test driver,
# exactly as locked; puppeteer-core drives Debian's browsers, it downloads none.
PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
