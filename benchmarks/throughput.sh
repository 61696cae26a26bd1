#!/usr/bin/env bash
# Whole-process throughput of `saleslint check` on a corpus: on one core (one job, pinned with taskset when it is
# there) and on every core (one job per core), ROUNDS times each, interleaved; prints every run and the medians.
#   benchmarks/throughput.sh samples [COPIES] [ROUNDS]     the bundled samples, copied COPIES times (default 100)
#   benchmarks/throughput.sh generated [CALLS] [ROUNDS]    CALLS generated calls with unique text (default 500, ~1,500 words each)
#   benchmarks/throughput.sh DIR [ROUNDS]                  an existing corpus folder
# NUMBER_SHARE (default 0.2, as in real calls; 1 = a number in every sentence) sets how many generated sentences carry a number.
# FORMAT=json|sarif|text (default text) chooses the report format; the report goes to a file in a temporary folder.
# BUILD=batch (default) measures the command as deployed for batch work: `dotnet publish -r RID -p:PublishProfile=batch`
# (self-contained, one composite ReadyToRun image with the runtime; the publish takes 3-5 minutes); BUILD=publish the
# framework-dependent ReadyToRun command (`dotnet publish -r RID`); each run also prints its CPU time (user + sys), which
# other processes on a shared machine disturb less than the wall-clock time;
# BUILD=jit measures the plain Release build (what `dotnet run` and the .NET tool package run); CLI=PATH times a
# command published beforehand and builds nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:-samples}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "${CLI:-}" ]; then
  cli=$CLI   # a command built beforehand (so the build can hold the team's build lock and the timing not)
elif [ "${BUILD:-batch}" = jit ]; then
  dotnet build -c Release src/SalesLint.Cli -v q -nologo >/dev/null
  cli=src/SalesLint.Cli/bin/Release/net10.0/SalesLint.Cli
else
  rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
  if [ "${BUILD:-batch}" = batch ]; then
    dotnet publish -c Release -r "$rid" -p:PublishProfile=batch src/SalesLint.Cli -o "$work/cli" -v q -nologo >/dev/null
  else
    dotnet publish -c Release -r "$rid" --self-contained false src/SalesLint.Cli -o "$work/cli" -v q -nologo >/dev/null
  fi
  cli=$work/cli/SalesLint.Cli
fi
echo "command: $cli ($([ -n "${CLI:-}" ] && echo "CLI, built beforehand" || echo "${BUILD:-batch}"))"
format=${FORMAT:-text}
if [ "$kind" = generated ]; then
  rounds=${3:-3}
  dotnet run -c Release --project benchmarks/SalesLint.Benchmarks -v q -- generate "$work/corpus" "${2:-500}" 1500 "${NUMBER_SHARE:-0.2}" >/dev/null
  corpus=$work/corpus
elif [ "$kind" = samples ]; then
  rounds=${3:-3}
  for i in $(seq 1 "${2:-100}"); do
    mkdir -p "$work/corpus/$i"
    find samples -maxdepth 1 -type f \( -name '*.json' -o -name '*.jsonl' -o -name '*.txt' -o -name '*.vtt' -o -name '*.srt' \) -exec cp {} "$work/corpus/$i/" \;
  done
  cp samples/.saleslint.yaml "$work/corpus/" 2>/dev/null || true
  corpus=$work/corpus
else
  rounds=${2:-3}
  corpus=$kind
fi

files=$(find "$corpus" -type f ! -name '.*' | wc -l)
bytes=$(find "$corpus" -type f ! -name '.*' -printf '%s\n' | awk '{s+=$1} END {print s}')
cores=$(nproc)
pin() { if command -v taskset >/dev/null; then taskset -c 0 "$@"; else "$@"; fi; }

# Process start (runtime, rules, recognizers, regexes) on one small file: part of every run below.
start=$(date +%s.%N)
"$cli" check samples/discovery-good.json --no-config >/dev/null || true
awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "process start + one small file: %.2f s\n", e - s }'

run() { # label jobs pinned
  local label=$1 jobs=$2 pinned=$3 s e
  s=$(date +%s.%N)
  if [ "$pinned" = 1 ]; then
    pin /usr/bin/time -f "%M %U %S" -o "$work/rss" "$cli" check "$corpus" --jobs "$jobs" --format "$format" --no-progress -o "$work/report" 2>/dev/null || true
  else
    /usr/bin/time -f "%M %U %S" -o "$work/rss" "$cli" check "$corpus" --jobs "$jobs" --format "$format" --no-progress -o "$work/report" 2>/dev/null || true
  fi
  e=$(date +%s.%N)
  read -r rss user sys < <(tail -1 "$work/rss")
  awk -v l="$label" -v f="$files" -v b="$bytes" -v s="$s" -v e="$e" -v rss="$rss" -v cpu="$(awk -v u="$user" -v y="$sys" 'BEGIN { print u + y }')" 'BEGIN {
    t = e - s; printf "%s: %d files, %.1f MB in %.2f s: %.0f files/s, %.2f MB/s, CPU %.2f s (%.2f MB/s per CPU second), peak RSS %.0f MB\n", l, f, b / 1e6, t, f / t, b / 1e6 / t, cpu, b / 1e6 / cpu, rss / 1024 }' | tee -a "$work/runs"
}

for r in $(seq 1 "$rounds"); do
  run "1 core,  --jobs 1" 1 1
  [ "$cores" -gt 1 ] && run "$cores cores, --jobs $cores" "$cores" 0
done

echo "median of $rounds ($format output):"
for label in "1 core,  --jobs 1" "$cores cores, --jobs $cores"; do
  grep -F "$label:" "$work/runs" | awk '{for (i = 1; i <= NF; i++) if ($i == "in") print $(i + 1)}' | sort -n | awk -v l="$label" -v f="$files" -v b="$bytes" -v n="$rounds" '
    { t[NR] = $1 } END { if (NR == 0) exit; m = t[int((NR + 1) / 2)]; printf "  %s: %.2f s, %.0f files/s, %.2f MB/s\n", l, m, f / m, b / 1e6 / m; print m > "/dev/stderr" }' 2>>"$work/medians"
done
for label in "1 core,  --jobs 1" "$cores cores, --jobs $cores"; do
  grep -F "$label:" "$work/runs" | awk '{for (i = 1; i <= NF; i++) if ($i == "CPU" && $(i + 1) ~ /^[0-9.]+$/) print $(i + 1)}' | sort -n | awk -v l="$label" -v b="$bytes" '
    { t[NR] = $1 } END { if (NR == 0) exit; m = t[int((NR + 1) / 2)]; printf "  %s: CPU %.2f s (%.2f MB/s per CPU second), range %.2f-%.2f s\n", l, m, b / 1e6 / m, t[1], t[NR] }'
done
if [ "$cores" -gt 1 ] && [ "$(wc -l < "$work/medians")" -eq 2 ]; then
  awk -v c="$cores" 'NR == 1 { one = $1 } NR == 2 { printf "  gain from %d cores: x%.2f\n", c, one / $1 }' "$work/medians"
fi
