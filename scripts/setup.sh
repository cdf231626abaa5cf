#!/usr/bin/env bash
# One command on a fresh Debian machine: install what is missing, build, and run the
# main job on the bundled sample (the seed articles in examples/).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
db=build/seeds.db
rm -f "$db" "$db-wal" "$db-shm"
echo "== entente ingest --db $db --jsonl examples/seeds.jsonl"
build/entente ingest --db "$db" --jsonl examples/seeds.jsonl
echo "== entente dyads --db $db --by month"
build/entente dyads --db "$db" --by month
echo "== a few events (entente code --jsonl examples/seeds.jsonl)"
build/entente code --quiet --jsonl examples/seeds.jsonl | head -n 8 | python3 -c '
import json, sys
for line in sys.stdin:
    e = json.loads(line)
    t = e["target"]["code"] if e["target"] else "-"
    print(f"{e[\"date\"]:10}  {e[\"source\"][\"code\"]:>8} -> {t:<8} {e[\"code\"]:>4} {e[\"factuality\"]:<9} {e[\"text\"][:70]}")
'
