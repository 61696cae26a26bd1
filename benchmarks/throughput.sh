#!/usr/bin/env bash
# Whole-process throughput of `saleslint check` on a corpus, with one job and with every core.
#   benchmarks/throughput.sh samples [COPIES]      the bundled samples, copied COPIES times (default 100)
#   benchmarks/throughput.sh generated [CALLS]     CALLS generated calls with unique text (default 500, ~1,500 words each)
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:-samples}
n=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release src/SalesLint.Cli -v q -nologo >/dev/null
cli=src/SalesLint.Cli/bin/Release/net10.0/SalesLint.Cli
if [ "$kind" = generated ]; then
  dotnet run -c Release --project benchmarks/SalesLint.Benchmarks -v q -- generate "$work/corpus" "${n:-500}" >/dev/null
else
  for i in $(seq 1 "${n:-100}"); do
    mkdir -p "$work/corpus/$i"
    find samples -maxdepth 1 -type f \( -name '*.json' -o -name '*.jsonl' -o -name '*.txt' -o -name '*.vtt' -o -name '*.srt' \) -exec cp {} "$work/corpus/$i/" \;
  done
  cp samples/.saleslint.yaml "$work/corpus/" 2>/dev/null || true
fi
files=$(find "$work/corpus" -type f ! -name '.*' | wc -l)
bytes=$(find "$work/corpus" -type f ! -name '.*' -printf '%s\n' | awk '{s+=$1} END {print s}')
for jobs in 1 "$(nproc)"; do
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$work/rss" "$cli" check "$work/corpus" --jobs "$jobs" --format json --no-progress > "$work/out.json" || true
  end=$(date +%s.%N)
  awk -v f="$files" -v b="$bytes" -v s="$start" -v e="$end" -v j="$jobs" -v rss="$(cat "$work/rss")" 'BEGIN {
    t = e - s; printf "jobs=%d: %d files, %.1f MB in %.2f s: %.1f files/s, %.2f MB/s, peak RSS %.0f MB\n", j, f, b / 1e6, t, f / t, b / 1e6 / t, rss / 1024 }'
done
