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
echo "== entente dyads --db $db --source PRK --target CHN --by year   (North Korea-China, both directions)"
build/entente dyads --db "$db" --source PRK --target CHN --by year
echo "== a few events (entente code --jsonl examples/seeds.jsonl)"
build/entente code --quiet --jsonl examples/seeds.jsonl > build/seeds.events.jsonl
head -n 8 build/seeds.events.jsonl | python3 -c '
import json, sys
for line in sys.stdin:
    e = json.loads(line)
    target = e["target"]["code"] if e["target"] else "-"
    date, source, code, fact, text = e["date"], e["source"]["code"], e["code"], e["factuality"], e["text"][:70]
    print(f"{date:10}  {source:>8} -> {target:<8} {code:>4} {fact:<9} {text}")
'
echo "== the dashboard: build/entente serve --db $db   then open http://127.0.0.1:8080/"
