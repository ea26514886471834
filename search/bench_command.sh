#!/usr/bin/env bash
# Whole-command latency of `crosscheck search`, start-up included: builds crosscheck, then runs
# each query RUNS times (default 20) on the index in DIR and prints p50, p95 and max wall time
# per query and over all runs.
#
#   search/bench_command.sh DIR [RUNS]
#
# Make DIR with the in-process benchmark, which builds it once and keeps it (see bench_test.go):
#   SEARCH_BENCH_ARTICLES=100000 SEARCH_BENCH_INDEX=/tmp/ix100k \
#     go test ./search -run '^$' -bench Search -benchtime 200x -timeout 60m
set -euo pipefail
dir=${1:?usage: search/bench_command.sh INDEX_DIR [RUNS]}
runs=${2:-20}
cd "$(dirname "$0")/.."
bin=$(mktemp -d)/crosscheck
trap 'rm -rf "$(dirname "$bin")"' EXIT
go build -o "$bin" .

queries=(
  "fine"
  "people"
  "denda"
  "percent"
  '"prime minister"'
  "police killed"
  "unit:EUR value:>=1000000"
  "million unit:USD value:>=1e6"
  "--lang nl --kind money"
  "--status contradiction"
  "people status:contradiction"
  "--lang de --min 10 Prozent"
  "date:>=2000 date:<2020-07"
  "zebrafish"
)

# stats reads microseconds, one a line, and prints p50, p95 and max in milliseconds
stats() {
  sort -n | awk '{ t[NR] = $1 } END {
    p50 = int((NR * 50 + 99) / 100); p95 = int((NR * 95 + 99) / 100)
    printf "%8.1f %8.1f %8.1f", t[p50] / 1000, t[p95] / 1000, t[NR] / 1000 }'
}

all=$(mktemp)
trap 'rm -rf "$(dirname "$bin")" "$all"' EXIT
printf '%-32s %8s %8s %8s\n' QUERY p50-ms p95-ms max-ms
for q in "${queries[@]}"; do
  if [[ $q == --* ]]; then
    read -r -a args <<<"$q" # flags, then words
  else
    args=("$q")
  fi
  times=$(mktemp)
  for ((i = 0; i < runs; i++)); do
    t0=$(date +%s%N)
    "$bin" --index "$dir" search --format jsonl "${args[@]}" >/dev/null 2>&1 || [ $? -eq 1 ]
    t1=$(date +%s%N)
    echo $(((t1 - t0) / 1000)) >>"$times"
  done
  cat "$times" >>"$all"
  printf '%-32s %s\n' "$q" "$(stats <"$times")"
  rm -f "$times"
done
printf '%-32s %s   (%d runs)\n' ALL "$(stats <"$all")" "$(wc -l <"$all")"
