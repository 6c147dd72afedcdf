#!/bin/sh
# Rebuilds LayerLoom's WebAssembly training kernels (committed, so users never need this):
#   sh scripts/wasm/build.sh
# AssemblyScript from npm (devDependency); SIMD; the module imports the tfjs wasm backend's memory.
set -e
cd "$(dirname "$0")/../.."
npx asc scripts/wasm/kernels.ts \
  --outFile src/train/backends/wasm/layerloom-kernels.wasm \
  --textFile scripts/wasm/layerloom-kernels.wat \
  -O3 --noAssert --runtime stub --enable simd \
  --importMemory --initialMemory 0 --use abort=
echo "built src/train/backends/wasm/layerloom-kernels.wasm"
