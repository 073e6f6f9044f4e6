#!/usr/bin/env bash
# How well does the A/B command (`ab`) tell noise from a real slowdown on this machine?
#   A/A:  N comparisons of a revision with itself: every "slower" is a false alarm.
#   inject: N comparisons per effect size in EFFECTS, the head side's VICTIM made that much slower
#         (--inject-slowdown VICTIM:P%): a comparison catches it when VICTIM's benchmarks are flagged
#         slower and nothing else is.
#   drift: DRIFT times, the same revision measured twice with `run` and checked with the stored-baseline
#         `compare`, the second run under a competing load (one busy loop per CPU at nice LOAD_NICE,
#         as a busier or slower machine would be); then `ab` on the same revision with that load on
#         throughout. Every "regression" is a false alarm.
# Builds REV once (kept under target/ab), then about 2 to 3 minutes per comparison with the defaults on
# 2 cores. Prints one line per comparison and a summary; every comparison's table stays in $OUT.
#   N=3 EFFECTS="25" DRIFT=1 bash scripts/ab-experiment.sh      # a short look
set -euo pipefail
cd "$(dirname "$0")/.."

REV=${REV:-HEAD}
N=${N:-10}
N_AA=${N_AA:-$N} # A/A comparisons (0: only the injected ones)
AA_FROM=${AA_FROM:-1} # to continue an interrupted experiment: the first A/A comparison to run
EFFECTS=${EFFECTS:-"25 10"}
VARIANTS=${VARIANTS:-jni,jna-direct,panama}
VICTIM=${VICTIM:-jni}
PROFILE=${PROFILE:-ci}
THRESHOLD=${THRESHOLD:-10}
AB_ARGS=${AB_ARGS:-}
OUT=${OUT:-target/ab-experiment}
DRIFT=${DRIFT:-3}
LOAD_NICE=${LOAD_NICE:-5}

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
# Explicit class path: one Maven start up front, not one per comparison; the report's classes are
# copied, so that building while the experiment runs cannot change the command it measures with.
./mvnw -B -q -pl report dependency:build-classpath -Dmdep.outputFile="$OUT/classpath" > /dev/null
rm -rf "$OUT/report-classes" && cp -r report/target/classes "$OUT/report-classes"
cp=$OUT/report-classes:$(cat "$OUT/classpath")
java_bin=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1 || true)/bin/java
[ -x "$java_bin" ] || java_bin=java

fibbench() { "$java_bin" --enable-native-access=ALL-UNNAMED -cp "$cp" io.fibbench.report.cli.Main "$@"; }

ab() { # name, args... -> exit code; table in $OUT/name.md, log in $OUT/name.log
  local name=$1; shift
  local start=$SECONDS code=0
  fibbench ab --base "$REV" --head "$REV" --profile "$PROFILE" \
    --variants "$VARIANTS" --threshold "$THRESHOLD" --results "$OUT/$name" --markdown "$OUT/$name.md" $AB_ARGS "$@" \
    > "$OUT/$name.log" 2>&1 || code=$?
  echo "$((SECONDS - start))" > "$OUT/$name.seconds"
  return $code
}

false_alarms=0; aa_incomplete=0
for i in $(seq "$AA_FROM" "$N_AA"); do
  code=0; ab "aa-$i" || code=$?
  case $code in
    0) echo "A/A $i: no regression ($(cat "$OUT/aa-$i.seconds") s)" ;;
    4) aa_incomplete=$((aa_incomplete + 1)); echo "A/A $i: not checked in full ($(cat "$OUT/aa-$i.seconds") s)" ;;
    1) false_alarms=$((false_alarms + 1)); echo "A/A $i: FALSE ALARM: $(grep -c 'slower\*\*' "$OUT/aa-$i.md") benchmark(s)" ;;
    *) echo "A/A $i: failed (exit $code), see $OUT/aa-$i.log"; exit 1 ;;
  esac
done

declare -A caught partial missed
for effect in $EFFECTS; do
  caught[$effect]=0; partial[$effect]=0; missed[$effect]=0
  for i in $(seq "$N"); do
    name="inject-$effect-$i"
    code=0; ab "$name" --inject-slowdown "$VICTIM:$effect%" || code=$?
    case $code in 0|1|4) ;; *) echo "$name: failed (exit $code), see $OUT/$name.log"; exit 1 ;; esac
    victim_rows=$(grep -c "variant=$VICTIM " "$OUT/$name.md" || true)
    flagged=$(grep 'slower\*\*' "$OUT/$name.md" | grep -c "variant=$VICTIM " || true)
    others=$(grep 'slower\*\*' "$OUT/$name.md" | grep -vc "variant=$VICTIM " || true)
    ratios=$(grep "variant=$VICTIM " "$OUT/$name.md" | awk -F'|' '{gsub(/ /,"",$5); printf "%s ", $5}')
    if [ "$flagged" -eq "$victim_rows" ] && [ "$others" -eq 0 ]; then
      caught[$effect]=$((caught[$effect] + 1)); what="caught"
    elif [ "$flagged" -gt 0 ]; then
      partial[$effect]=$((partial[$effect] + 1)); what="partly caught"
    else
      missed[$effect]=$((missed[$effect] + 1)); what="missed"
    fi
    echo "+$effect% $i: $what: $flagged of $victim_rows $VICTIM benchmarks slower, $others others; measured ratios $ratios($(cat "$OUT/$name.seconds") s)"
  done
done

loads=()
load_start() { for _ in $(seq "$(nproc)"); do nice -n "$LOAD_NICE" bash -c 'while :; do :; done' & loads+=($!); done; }
load_stop() { [ ${#loads[@]} -eq 0 ] || { kill "${loads[@]}" 2> /dev/null; wait "${loads[@]}" 2> /dev/null || true; loads=(); }; }
trap load_stop EXIT
newest_results() { ls -t "$1"/*.json | grep -Ev '\.(env|contended)\.json$' | head -1; }
compare_alarms=0; compare_incomplete=0; drift_alarms=0; drift_incomplete=0
for i in $(seq "$DRIFT"); do
  dir=$OUT/drift-$i
  mkdir -p "$dir/quiet" "$dir/loaded"
  # run measures the installed build (./mvnw install) and ab the worktree build of REV: install REV first.
  fibbench run --profile "$PROFILE" --variants "$VARIANTS" --results "$dir/quiet" --no-report > "$dir/quiet.log" 2>&1
  load_start
  fibbench run --profile "$PROFILE" --variants "$VARIANTS" --results "$dir/loaded" --no-report > "$dir/loaded.log" 2>&1
  code=0
  fibbench compare --baseline "$(newest_results "$dir/quiet")" --current "$(newest_results "$dir/loaded")" \
    --threshold "$THRESHOLD" --markdown "$dir/compare.md" > "$dir/compare.log" 2>&1 || code=$?
  case $code in
    0) what="no regression" ;;
    1) compare_alarms=$((compare_alarms + 1)); what="FALSE ALARM on $(grep -c 'slower\*\*' "$dir/compare.md") benchmark(s)" ;;
    4) compare_incomplete=$((compare_incomplete + 1)); what="not checked in full" ;;
    *) echo "drift $i: compare failed (exit $code), see $dir/compare.log"; exit 1 ;;
  esac
  ratios=$(grep '^| ' "$dir/compare.md" | grep -v '^| benchmark' | awk -F'|' '{gsub(/ /,"",$5); printf "%s ", $5}')
  echo "drift $i, compare (baseline quiet, current loaded): $what; changes $ratios"
  code=0; ab "drift-ab-$i" || code=$?
  load_stop
  case $code in
    0) what="no regression" ;;
    1) drift_alarms=$((drift_alarms + 1)); what="FALSE ALARM on $(grep -c 'slower\*\*' "$OUT/drift-ab-$i.md") benchmark(s)" ;;
    4) drift_incomplete=$((drift_incomplete + 1)); what="not checked in full" ;;
    *) echo "drift $i: ab failed (exit $code), see $OUT/drift-ab-$i.log"; exit 1 ;;
  esac
  echo "drift $i, ab under the load: $what ($(cat "$OUT/drift-ab-$i.seconds") s)"
done

echo
echo "A/B on $REV, profile $PROFILE, variants $VARIANTS, threshold $THRESHOLD%:"
echo "  A/A: $false_alarms false alarm(s), $aa_incomplete not checked in full, in $((N_AA - AA_FROM + 1)) comparisons"
for effect in $EFFECTS; do
  echo "  +$effect% on $VICTIM: caught in ${caught[$effect]} of $N (partly in ${partial[$effect]}, missed ${missed[$effect]})"
done
echo "  seconds per comparison: $(cat "$OUT"/*.seconds | sort -n | awk '{a[NR]=$1} END {print "min " a[1] ", median " a[int((NR+1)/2)] ", max " a[NR]}')"
if [ "$DRIFT" -gt 0 ]; then
  echo "  drift (a competing load, nice $LOAD_NICE, on one of two stored runs): compare $compare_alarms false alarm(s) and \
$compare_incomplete not checked in full in $DRIFT; ab under the same load $drift_alarms false alarm(s) and $drift_incomplete \
not checked in full in $DRIFT"
fi
