#!/bin/sh
# CI: the committed WebAssembly kernels are what their sources build to, and every AssemblyScript source type-checks.
#   sh scripts/wasm/check.sh
# 1. Type-checks every AssemblyScript file in scripts/wasm (marked "@ts-nocheck — AssemblyScript", so tsc skips it)
#    with asc, plain and with relaxed SIMD, including files no build includes yet.
# 2. Runs scripts/wasm/build.sh, unchanged, in a scratch copy of the repository (scripts/wasm and the folders it
#    writes to) and compares every file it writes with the committed one; a committed .wasm that no build writes is
#    stale. Fails, naming the files, on any difference: rebuild with `sh scripts/wasm/build.sh` and commit.
set -e
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
AS_SOURCES=$(grep -l '@ts-nocheck — AssemblyScript' scripts/wasm/*.ts)
echo "type-checking $(echo $AS_SOURCES | wc -w) AssemblyScript files"
FLAGS="--noEmit --disableWarning 112 --runtime stub --enable simd --importMemory --use abort="
npx asc $AS_SOURCES $FLAGS
npx asc $AS_SOURCES $FLAGS --enable relaxed-simd --enable threads --sharedMemory --maximumMemory 65536

SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
mkdir -p "$SCRATCH/scripts" "$SCRATCH/src/train/backends/wasm"
cp -R scripts/wasm "$SCRATCH/scripts/wasm"
find "$SCRATCH/scripts/wasm" -name "*.wat" -delete  # rebuilt, not copied
ln -s "$ROOT/node_modules" "$SCRATCH/node_modules"
cp package.json "$SCRATCH/"
(cd "$SCRATCH" && sh scripts/wasm/build.sh >/dev/null)

status=0
for built in $(cd "$SCRATCH" && find src scripts/wasm -type f \( -name '*.wasm' -o -name '*.wat' \)); do
  if ! cmp -s "$SCRATCH/$built" "$built"; then
    echo "DIFFERS: $built is not what its sources build to"
    status=1
  fi
done
for committed in $(git ls-files -- 'src/*.wasm' 'scripts/wasm/*.wat'); do
  if [ ! -f "$SCRATCH/$committed" ]; then
    echo "STALE: $committed is committed but no build writes it"
    status=1
  fi
done
if [ $status -ne 0 ]; then
  echo "the wasm kernels are out of date: run sh scripts/wasm/build.sh and commit what it writes"
  exit 1
fi
echo "wasm kernels: every committed file equals its rebuild ($(cd "$SCRATCH" && find src -name '*.wasm' | wc -l) modules)"
