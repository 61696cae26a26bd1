#!/bin/bash
# Checks the native (AOT) build against the batch (ReadyToRun) build: runs every README command with each, one
# process per command, from the repository root, and compares standard output, standard error and exit codes.
#   benchmarks/aot/verify.sh BATCH_DIR AOT_DIR     the two published folders (dotnet publish ... -p:PublishProfile=batch|aot -o DIR)
#   benchmarks/aot/verify.sh --run "COMMAND" OUT    only run the commands with COMMAND into OUT (used by regenerate.sh)
# Expected differences: junit's elapsed times; the commands that write JSON fail in the native build with exit code 2
# and say so (see README, Install). Not part of .ci/run: the two publishes take 5-10 minutes.
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
  run merge "$out/s1.jsonl" "$out/s1.jsonl" --format text
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
}
if [ "$1" = --run ]; then commands "$2" "$3"; exit 0; fi
work=$(mktemp -d)
commands "$1/SalesLint.Cli" "$work/batch"
commands "$2/SalesLint.Cli" "$work/aot"
same=0; differ=0
for f in "$work"/batch/*.cmd; do
  i=$(basename "$f" .cmd); rb=$(cat "$work/batch/$i.rc"); ra=$(cat "$work/aot/$i.rc")
  o=same; e=same
  cmp -s <(sed "s#$work/aot#OUT#g" "$work/aot/$i.out") <(sed "s#$work/batch#OUT#g" "$work/batch/$i.out") || o=DIFFERS
  cmp -s <(sed "s#$work/aot#OUT#g" "$work/aot/$i.err") <(sed "s#$work/batch#OUT#g" "$work/batch/$i.err") || e=DIFFERS
  if [ "$rb/$o/$e" = "$ra/same/same" ]; then same=$((same+1)); else differ=$((differ+1)); fi
  printf '%s exit %s/%s stdout %-7s stderr %-7s %s\n' "$i" "$rb" "$ra" "$o" "$e" "$(cat "$f")"
done
echo "$same commands identical, $differ differ (outputs in $work)"
