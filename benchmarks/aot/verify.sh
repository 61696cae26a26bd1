#!/bin/bash
# Checks the native (AOT) build against the batch (ReadyToRun) build: runs every README command with each, one
# process per command, from the repository root, and compares standard output, standard error and exit codes.
#   benchmarks/aot/verify.sh BATCH_DIR AOT_DIR     the two published folders (dotnet publish ... -p:PublishProfile=batch|aot -o DIR)
#   benchmarks/aot/verify.sh --run "COMMAND" OUT    only run the commands with COMMAND into OUT (used by regenerate.sh)
# Also compares the files the commands write (JSON Lines, baseline, report.json with the history's trend), times masked.
# Expected differences: none. Not part of .ci/run: the two publishes take 5-10 minutes.
set -uo pipefail
commands() {
  local cli=$1 out=$2 n=0
  rm -rf "$out"; mkdir -p "$out/initdir"
  run() { n=$((n+1)); local id; id=$(printf %02d $n); echo "$*" > "$out/$id.cmd"
    if [ -n "${JITDIR:-}" ]; then export DOTNET_JitStdOutFile=$JITDIR/jit.$id.txt; fi
    eval "$cli $*" > "$out/$id.out" 2> "$out/$id.err"; echo $? > "$out/$id.rc"; }
  run --version
  run --help
  run check samples --format text --no-progress
  run check samples --format json
  run check samples --format sarif
  run check samples --format junit
  run check samples --format github
  run check samples --format jsonl
  run check samples --classifier model --format sarif
  run check samples --classifier model --format json
  run check samples --classifier rules --format text
  run check samples/discovery-asr.vtt --format sarif
  run check samples/discovery-asr.vtt --format json
  run score samples
  run score samples --explain
  run score samples --format json --explain
  run score samples --fail-under 30
  run check samples --max-warnings 150
  run check samples --quiet
  run check samples --filter "'SL10*'" --min-level warning
  run check samples --seller Dana --buyer Sam
  run inspect samples/discovery-good.json
  run inspect samples/discovery-asr.vtt --tokens
  run inspect samples/discovery-good.json --format json --tokens
  run rules
  run rules SL1004
  run "check - --stdin-filename calls/pitch-first.txt < samples/pitch-first.txt"
  run "check - --format jsonl < samples/batch.jsonl"
  run check samples --shard 1/2 --format jsonl -o "$out/s1.jsonl"
  run check samples --shard 2/2 --format jsonl -o "$out/s2.jsonl"
  run merge "$out/s1.jsonl" "$out/s2.jsonl" --format text
  run check samples --write-baseline "$out/baseline.json"
  run check samples/vendors --format sarif
  run check samples --rules rules/recommended --format sarif
  run check samples --rules rules/lexicons --format text
  run check samples --no-config --format text
  run report samples --out "$out/report" --no-progress
  run init "$out/initdir"
  run check samples --config "$out/initdir/.saleslint.yaml" --format text
  run check samples/does-not-exist.txt
  run check samples --jobs 2 --format sarif
  run check samples --baseline "$out/baseline.json" --format json
  run merge "$out/s1.jsonl" "$out/s2.jsonl" --format json
  run report samples --out "$out/report2" --history "$out/history.db" --no-progress
  run report samples --out "$out/report3" --history "$out/history.db" --no-progress
  run inspect samples/negotiation-giveaway.vtt --format json
  run check samples/discovery-asr.vtt --classifier model --format jsonl
}
if [ "$1" = --run ]; then commands "$2" "$3"; exit 0; fi
work=$(mktemp -d)
commands "$1/SalesLint.Cli" "$work/batch"
commands "$2/SalesLint.Cli" "$work/aot"
same=0; differ=0
# What differs from run to run is masked: the output folder, elapsed times (JSON Lines' seconds per conversation,
# JUnit's time attributes) and report dates.
mask() { sed -e "s#$1#OUT#g" -e 's/"seconds":\[[-0-9.,eE]*\]/"seconds":[]/g' -e 's/ time="[0-9.]*"/ time=""/g' \
  -e 's/"\(generated\|created\)Utc": "[^"]*"/"\1Utc": ""/g' "$2"; }
for f in "$work"/batch/*.cmd; do
  i=$(basename "$f" .cmd); rb=$(cat "$work/batch/$i.rc"); ra=$(cat "$work/aot/$i.rc")
  o=same; e=same
  cmp -s <(mask "$work/aot" "$work/aot/$i.out") <(mask "$work/batch" "$work/batch/$i.out") || o=DIFFERS
  cmp -s <(mask "$work/aot" "$work/aot/$i.err") <(mask "$work/batch" "$work/batch/$i.err") || e=DIFFERS
  if [ "$rb/$o/$e" = "$ra/same/same" ]; then same=$((same+1)); else differ=$((differ+1)); fi
  printf '%s exit %s/%s stdout %-7s stderr %-7s %s\n' "$i" "$rb" "$ra" "$o" "$e" "$(cat "$f")"
done
# Files written by the commands: compared the same way.
for f in s1.jsonl s2.jsonl baseline.json report/report.json report2/report.json report3/report.json; do
  if cmp -s <(mask "$work/aot" "$work/aot/$f") <(mask "$work/batch" "$work/batch/$f"); then same=$((same+1)); r=same; else differ=$((differ+1)); r=DIFFERS; fi
  printf 'file %-20s %s\n' "$f" "$r"
done
echo "$same commands and files identical, $differ differ (outputs in $work)"
