#!/usr/bin/env bash
# Installs the Debian packages entente needs, only those that are missing (run as root).
set -euo pipefail
PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  libmodest-dev nlohmann-json3-dev libcli11-dev libsqlite3-dev libutf8proc-dev libcld2-dev zlib1g-dev
  wordnet-base iso-codes
  libpq-dev postgresql libcpp-httplib-dev
  libgtest-dev libgmock-dev libbenchmark-dev sqlite3 python3
  python3-dev pybind11-dev python3-pandas
  chromium fonts-liberation fonts-dejavu-core
)
# chromium (headless) runs the dashboard test; its fonts make the screenshot legible.
# Node.js and npm build the dashboard; use the machine's own if it has them.
command -v npm >/dev/null 2>&1 || PACKAGES+=(nodejs npm)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "entente: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
