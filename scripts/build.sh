#!/usr/bin/env bash
# Configures and builds entente (Release) into build/, and the web dashboard into web/dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"

# The dashboard: `npm ci` when node_modules is missing or older than the lock file, then
# vite builds web/dist/ (served by `entente serve`). npm stays quiet unless it fails.
if [ ! -f web/node_modules/.package-lock.json ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ] \
   || [ web/package.json -nt web/node_modules/.package-lock.json ]; then
  (cd web && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
(cd web && npm run --silent build)
