#!/usr/bin/env bash
# The Linux aarch64 build, checked on a Linux x86_64 machine: cross-builds the suite for linux-arm64
# (the parent pom's cross-linux-arm64 profile), then runs, under qemu-user, the tests of every module
# whose variants Debian's arm64 JDK 17 can run (common with pure Java, JNI, JNA, JNR, JavaCPP) and
# lists every variant with a fib(0..92) and bad-input check. Panama needs JDK 22+, which Debian's
# arm64 packages here do not have: it is listed unavailable with its reason.
# Timings under emulation mean nothing; correctness does. CI skips this for time (about 10 minutes).
#
# Needs root (or sudo) for Debian's packages and for registering qemu with binfmt_misc: the tests
# start child JVMs and fibfloor, aarch64 programs that run only through it.
#
#   scripts/emulated-aarch64.sh             the check; its work copy and logs go to a temp folder
#   FIBBENCH_AARCH64_CACHE=DIR              where the arm64 JDK is unpacked (default ~/.cache/fibbench/aarch64)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cache=${FIBBENCH_AARCH64_CACHE:-$HOME/.cache/fibbench/aarch64}
sysroot=$cache/sysroot
jdk=$sysroot/usr/lib/jvm/java-17-openjdk-arm64
modules=native,common,backend-jni,backend-jna,backend-jnr,backend-javacpp

die() { echo "emulated-aarch64: $*" >&2; exit 1; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
[ "$(uname -s)-$(uname -m)" = Linux-x86_64 ] || die "runs on Linux x86_64 (this is $(uname -s)-$(uname -m)); on an aarch64 machine, run ./mvnw verify there instead"
# Debian 12 only: its arm64 packages sit in the same archive as amd64 ones (Ubuntu's do not, and adding
# arm64 there breaks apt-get update), and it still has openjdk-17.
. /etc/os-release 2>/dev/null || true
[ "${ID:-}" = debian ] && [ "${VERSION_CODENAME:-}" = bookworm ] || die "needs Debian 12 (bookworm), for its arm64 JDK 17 and cross compilers; this is ${PRETTY_NAME:-an unknown system}"

# 1. The cross compilers and qemu-user.
need=()
command -v qemu-aarch64-static >/dev/null || need+=(qemu-user-static)
command -v aarch64-linux-gnu-gcc >/dev/null || need+=(gcc-aarch64-linux-gnu)
command -v aarch64-linux-gnu-g++ >/dev/null || need+=(g++-aarch64-linux-gnu)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# 2. Debian's arm64 JDK 17, unpacked (not installed) into a sysroot with the cross toolchain's libc:
#    qemu finds the arm64 loader and libraries there (QEMU_LD_PREFIX).
if [ ! -x "$jdk/bin/java" ]; then
  echo "fetching Debian's arm64 JDK 17 into $sysroot"
  dpkg --print-foreign-architectures | grep -qx arm64 || $sudo dpkg --add-architecture arm64
  $sudo apt-get update -qq
  debs=$(mktemp -d)
  chmod 777 "$debs" # apt-get download drops privileges to _apt
  (cd "$debs" && apt-get download -qq openjdk-17-jre-headless:arm64 zlib1g:arm64)
  mkdir -p "$sysroot"
  for deb in "$debs"/*.deb; do dpkg-deb -x "$deb" "$sysroot"; done
  rm -rf "$debs"
  mkdir -p "$sysroot/lib"
  cp -a /usr/aarch64-linux-gnu/lib/. "$sysroot/lib/"
fi
export QEMU_LD_PREFIX=$sysroot

# 3. binfmt_misc, so that an aarch64 program started by the JVM (a child JVM, fibfloor) runs under qemu.
binfmt=/proc/sys/fs/binfmt_misc
if [ ! -e $binfmt/qemu-aarch64 ]; then
  [ -e $binfmt/register ] || $sudo mount -t binfmt_misc binfmt_misc $binfmt 2>/dev/null || true
  if [ -e $binfmt/register ] && [ -f /usr/lib/binfmt.d/qemu-aarch64.conf ]; then
    $sudo sh -c "cat /usr/lib/binfmt.d/qemu-aarch64.conf > $binfmt/register" 2>/dev/null || true
  fi
fi
[ -e $binfmt/qemu-aarch64 ] || die "qemu-aarch64 is not registered with binfmt_misc and could not be registered here
(the tests start aarch64 child JVMs and fibfloor, which run only through it): run as root, or
'sudo update-binfmts --enable qemu-aarch64', or on a machine whose container may mount binfmt_misc"
"$jdk/bin/java" -version 2>&1 | head -1 | sed 's/^/arm64 JDK under qemu: /'

# 4. A work copy (the checkout's own target folders keep the host's build) and the cross build's tests.
work=$(mktemp -d /tmp/fibbench-aarch64-XXXXXX)
# Tracked and new files as they are in the working tree (a file deleted there is left out).
git -C "$root" ls-files -z -co --exclude-standard | (cd "$root" && while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done) \
  | tar -C "$root" --null -T - -cf - | tar -xf - -C "$work"
cd "$work"
echo "work copy and logs: $work"
cross=(-Dfibbench.cross=linux-arm64 -Dfibbench.test.jvm="$jdk/bin/java")
if ! ./mvnw -B verify "${cross[@]}" -pl "$modules" > tests.log 2>&1; then
  grep -E "Tests run:|FAIL|ERROR" tests.log | tail -40
  die "the emulated tests failed: $work/tests.log"
fi
./mvnw -B -q package -DskipTests -Dfibbench.cross=linux-arm64 -pl bench -am > package.log 2>&1 \
  || die "packing benchmarks.jar for linux-arm64 failed: $work/package.log"

# 5. What ran: each test class, then every variant on the arm64 JDK.
echo
echo "Tests under qemu-aarch64 (arm64 JDK 17), from $work/tests.log:"
{ grep -E "Tests run: [0-9]+, .* -- in " tests.log || true; } | sed -E 's/.*Tests run: ([0-9]+), Failures: ([0-9]+), Errors: ([0-9]+), Skipped: ([0-9]+).* -- in (.*)/  \5: \1 run, \2 failed, \3 errors, \4 skipped/'
echo
echo "Variants on linux-arm64 (ListVariants --check with benchmarks.jar):"
"$jdk/bin/java" -cp bench/target/benchmarks.jar io.fibbench.bench.ListVariants --check > variants.log 2>&1 \
  || { sed 's/^/  /' variants.log; die "a variant computed wrong or rejected bad input differently: $work/variants.log"; }
sed 's/^/  /' variants.log
echo
echo "emulated-aarch64: passed"
