#!/bin/sh
# Counts the lines of binding code each variant needs (code lines: no blanks, no comments),
# at build time, into a properties file the report reads. Usage: count-binding-lines.sh ROOT OUT
set -eu
root=$1
out=$2
count() {
  total=0
  for f in "$@"; do
    [ -f "$root/$f" ] || { echo "count-binding-lines: $root/$f is missing: update report/src/build/count-binding-lines.sh" >&2; exit 1; }
    n=$(grep -cvE '^[[:space:]]*($|//|/\*|\*|\*/|import |package )' "$root/$f" || true)
    total=$((total + n))
  done
  echo "$total"
}
j=src/main/java/io/fibbench
mkdir -p "$(dirname "$out")"
tmp="$out.tmp"
{
  echo "# lines of binding code per variant (code lines, without imports and comments), counted by the build"
  echo "java=$(count common/$j/PureJavaFib.java)"
  echo "jni=$(count backend-jni/$j/jni/JniFib.java backend-jni/src/main/c/fibjni.c)"
  echo "jna-interface=$(count backend-jna/$j/jna/JnaInterfaceFib.java)"
  echo "jna-direct=$(count backend-jna/$j/jna/JnaDirectFib.java)"
  echo "jnr=$(count backend-jnr/$j/jnr/JnrFib.java)"
  echo "jnr-ignore-error=$(count backend-jnr/$j/jnr/JnrIgnoreErrorFib.java)"
  echo "javacpp=$(count backend-javacpp/$j/javacpp/FibLib.java backend-javacpp/$j/javacpp/JavaCppFib.java)"
  echo "javacpp-noexception=$(count backend-javacpp/$j/javacpp/FibLibNoException.java backend-javacpp/$j/javacpp/JavaCppNoExceptionFib.java)"
  echo "panama=$(count backend-panama/src/main/java22/io/fibbench/panama/Downcalls.java backend-panama/$j/panama/Panama.java backend-panama/$j/panama/PanamaFib.java)"
  echo "panama-critical=$(count backend-panama/src/main/java22/io/fibbench/panama/Downcalls.java backend-panama/$j/panama/Panama.java backend-panama/$j/panama/PanamaCriticalFib.java)"
} > "$tmp"
mv "$tmp" "$out"
