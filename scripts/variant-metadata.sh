#!/bin/sh
# Copies a module's variant descriptions (src/main/fibbench/<id>.properties) to
# OUT/META-INF/fibbench/, adding "lines": the code lines (no blanks, comments, imports) of the
# files its "sources" names, relative to the module. OUT/META-INF/fibbench/variants lists the
# module's ids, so readers find every module's variants the way ServiceLoader finds services. Run by every module's build (parent pom);
# a module without src/main/fibbench has nothing to do. Usage: variant-metadata.sh MODULE_DIR OUT_DIR
set -eu
module=$1
out=$2/META-INF/fibbench
[ -d "$module/src/main/fibbench" ] || exit 0
mkdir -p "$out"
: > "$out/.variants.tmp"
for spec in "$module"/src/main/fibbench/*.properties; do
  [ -f "$spec" ] || continue # an empty folder: the glob stays literal
  name=$(basename "$spec")
  sources=$(sed -n 's/^sources=//p' "$spec")
  total=0
  for f in $sources; do
    [ -f "$module/$f" ] || { echo "variant-metadata: $spec names $f, which is not in $module: fix its sources= line" >&2; exit 1; }
    n=$(grep -cvE '^[[:space:]]*($|//|/\*|\*|\*/|import |package )' "$module/$f" || true)
    total=$((total + n))
  done
  tmp="$out/.$name.tmp"
  cat "$spec" > "$tmp"
  # on a line of its own even when the file does not end with a newline
  [ -z "$sources" ] || printf '\nlines=%s\n' "$total" >> "$tmp"
  mv "$tmp" "$out/$name"
  echo "${name%.properties}" >> "$out/.variants.tmp"
done
mv "$out/.variants.tmp" "$out/variants"
