#!/usr/bin/env bash
# How well does the A/B command (`ab`) tell noise from a real slowdown on this machine?
#   A/A:  N comparisons of a revision with itself: every "slower" is a false alarm.
#   inject: N comparisons per effect size in EFFECTS, the head side's VICTIM made that much slower
#         (--inject-slowdown VICTIM:P%): a comparison catches it when VICTIM's benchmarks are flagged
#         slower and nothing else is.
# Builds REV once (kept under target/ab), then about 2 to 3 minutes per comparison with the defaults on
# 2 cores. Prints one line per comparison and a summary; every comparison's table stays in $OUT.
#   N=3 EFFECTS="25" bash scripts/ab-experiment.sh      # a short look
set -euo pipefail
cd "$(dirname "$0")/.."

REV=${REV:-HEAD}
N=${N:-10}
N_AA=${N_AA:-$N} # A/A comparisons (0: only the injected ones)
EFFECTS=${EFFECTS:-"25 10"}
VARIANTS=${VARIANTS:-jni,jna-direct,panama}
VICTIM=${VICTIM:-jni}
PROFILE=${PROFILE:-ci}
THRESHOLD=${THRESHOLD:-10}
AB_ARGS=${AB_ARGS:-}
OUT=${OUT:-target/ab-experiment}

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
# Explicit class path: one Maven start up front, not one per comparison.
./mvnw -B -q -pl report dependency:build-classpath -Dmdep.outputFile="$OUT/classpath" > /dev/null
cp=report/target/classes:$(cat "$OUT/classpath")
java_bin=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1 || true)/bin/java
[ -x "$java_bin" ] || java_bin=java

ab() { # name, args... -> exit code; table in $OUT/name.md, log in $OUT/name.log
  local name=$1; shift
  local start=$SECONDS code=0
  "$java_bin" --enable-native-access=ALL-UNNAMED -cp "$cp" io.fibbench.report.cli.Main ab --base "$REV" --head "$REV" --profile "$PROFILE" \
    --variants "$VARIANTS" --threshold "$THRESHOLD" --results "$OUT/$name" --markdown "$OUT/$name.md" $AB_ARGS "$@" \
    > "$OUT/$name.log" 2>&1 || code=$?
  echo "$((SECONDS - start))" > "$OUT/$name.seconds"
  return $code
}

false_alarms=0; aa_incomplete=0
for i in $(seq "$N_AA"); do
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

echo
echo "A/B on $REV, profile $PROFILE, variants $VARIANTS, threshold $THRESHOLD%:"
echo "  A/A: $false_alarms false alarm(s), $aa_incomplete not checked in full, in $N_AA comparisons"
for effect in $EFFECTS; do
  echo "  +$effect% on $VICTIM: caught in ${caught[$effect]} of $N (partly in ${partial[$effect]}, missed ${missed[$effect]})"
done
echo "  seconds per comparison: $(cat "$OUT"/*.seconds | sort -n | awk '{a[NR]=$1} END {print "min " a[1] ", median " a[int((NR+1)/2)] ", max " a[NR]}')"
