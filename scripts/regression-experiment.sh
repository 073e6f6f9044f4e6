#!/usr/bin/env bash
# How well does `compare` tell noise from a real slowdown on this machine?
#   A/A: RUNS_A runs of the same build, every pair compared (RUNS_A=5 gives 10 comparisons): each
#        "regression" found is a false alarm.
#   slow: RUNS_SLOW runs with one variant slowed by INJECT (consumeCPU tokens per call), each
#        compared with every A run: how often is the slowdown caught?
# Needs the modules installed (./mvnw -B install -DskipTests). About 2 minutes per run with the
# defaults below on 2 cores. Prints one line per comparison and a summary.
set -euo pipefail
cd "$(dirname "$0")/.."

PROFILE=${PROFILE:-quick}
VARIANTS=${VARIANTS:-jni,jna-direct,panama}
INJECT=${INJECT:-jni:20}
RUNS_A=${RUNS_A:-5}
RUNS_SLOW=${RUNS_SLOW:-3}
OUT=${OUT:-target/regression-experiment}
COMPARE_ARGS=${COMPARE_ARGS:-}
NORMALIZE=${NORMALIZE:-} # e.g. "Sweep.fib variant=java n=20": compare as ratios to it

fibbench() { ./mvnw -B -q -pl report exec:java -Dexec.args="$*"; }

mkdir -p "$OUT/a" "$OUT/slow" "$OUT/compare"
if [ "${SKIP_RUNS:-}" != "1" ]; then
  for i in $(seq "$RUNS_A"); do
    fibbench --profile "$PROFILE" --variants "$VARIANTS" --results "$OUT/a" --no-report > "$OUT/a/run-$i.log"
  done
  for i in $(seq "$RUNS_SLOW"); do
    fibbench --profile "$PROFILE" --variants "$VARIANTS" --results "$OUT/slow" --no-report \
      --inject-slowdown "$INJECT" > "$OUT/slow/run-$i.log"
  done
fi

mapfile -t a < <(ls "$OUT"/a/*.json | grep -Ev '\.(env|contended)\.json$')
mapfile -t slow < <(ls "$OUT"/slow/*.json | grep -Ev '\.(env|contended)\.json$')
victim=${INJECT%%:*}

compare() { # baseline current name -> exit code; table in $OUT/compare/name.md
  set +e
  fibbench compare --baseline "$1" --current "$2" $COMPARE_ARGS ${NORMALIZE:+--normalize-by \'$NORMALIZE\'} > "$OUT/compare/$3.md"
  local code=$?
  set -e
  return $code
}

false_alarms=0; incomplete=0; aa=0
for ((i = 0; i < ${#a[@]}; i++)); do
  for ((j = i + 1; j < ${#a[@]}; j++)); do
    aa=$((aa + 1)); name="aa-$i-$j"
    code=0; compare "${a[$i]}" "${a[$j]}" "$name" || code=$?
    case $code in
      0) echo "A/A $i-$j: no regression" ;;
      # 4: no regression shown, but an undecided change or a partial match: not an alarm, counted apart
      4) incomplete=$((incomplete + 1)); echo "A/A $i-$j: not checked in full (see $OUT/compare/$name.md)" ;;
      *) false_alarms=$((false_alarms + 1))
         echo "A/A $i-$j: FALSE ALARM (exit $code): $(grep -c 'slower\*\*' "$OUT/compare/$name.md") benchmark(s)" ;;
    esac
  done
done

caught=0; tries=0
for ((i = 0; i < ${#a[@]}; i++)); do
  for ((j = 0; j < ${#slow[@]}; j++)); do
    tries=$((tries + 1)); name="slow-$i-$j"
    compare "${a[$i]}" "${slow[$j]}" "$name" || true
    flagged=$(grep 'slower\*\*' "$OUT/compare/$name.md" | grep -c "variant=$victim " || true)
    others=$(grep 'slower\*\*' "$OUT/compare/$name.md" | grep -vc "variant=$victim " || true)
    [ "$flagged" -gt 0 ] && caught=$((caught + 1))
    echo "slow $i-$j: $victim flagged in $flagged benchmark(s), others flagged: $others"
  done
done
echo "A/A false alarms: $false_alarms of $aa comparisons ($incomplete not checked in full); slowdown of $INJECT caught in $caught of $tries"
