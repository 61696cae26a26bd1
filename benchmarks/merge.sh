#!/usr/bin/env bash
# Cost of `saleslint merge`: COPIES x 2,000 generated calls (default 5: 10,000 calls, hard-linked copies of one
# generated corpus) analyzed as SHARDS runs (default 8) of `check --shard I/N --format jsonl`, then merge timed to
# each format, with its peak RSS.
#   benchmarks/merge.sh [COPIES] [SHARDS]
# CLI=PATH uses a command published beforehand (as in throughput.sh), CORPUS=DIR a generated corpus; else both are made here.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-5}
shards=${2:-8}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "${CLI:-}" ]; then
  cli=$CLI
else
  rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
  dotnet publish -c Release -r "$rid" --self-contained false src/SalesLint.Cli -o "$work/cli" -v q -nologo >/dev/null
  cli=$work/cli/SalesLint.Cli
fi
if [ -n "${CORPUS:-}" ]; then
  cp -al "$CORPUS" "$work/corpus"   # a generated corpus made beforehand
else
  dotnet run -c Release --project benchmarks/SalesLint.Benchmarks -v q -- generate "$work/corpus" 2000 >/dev/null
fi
mkdir "$work/calls"
for k in $(seq 1 "$copies"); do cp -al "$work/corpus" "$work/calls/c$k"; done
cd "$work/calls"
for i in $(seq 1 "$shards"); do
  "$cli" check . --shard "$i/$shards" --format jsonl -o "$work/shard-$i.jsonl" --no-progress 2>/dev/null || [ $? -le 1 ]
done
results=$(cat "$work"/shard-*.jsonl | grep -c '"type":"file"')
echo "$results results in $shards shards, $(du -cb "$work"/shard-*.jsonl | tail -1 | cut -f1) bytes of JSON Lines"
for format in text json sarif junit jsonl; do
  /usr/bin/time -f "merge to $format: %e s, peak RSS %M KB" "$cli" merge "$work"/shard-*.jsonl --format "$format" -o "$work/merged.$format" 2>&1 | grep -v '^wrote'
done
