#!/bin/sh
# Rebuilds LayerLoom's WebAssembly training kernels (committed, so users never need this):
#   sh scripts/wasm/build.sh
# AssemblyScript from npm (devDependency); SIMD. Two builds of the same source:
# - layerloom-kernels.wasm imports the tfjs wasm backend's memory and works on tensors in place;
# - layerloom-kernels-shared.wasm imports a shared memory, for the worker threads.
set -e
cd "$(dirname "$0")/../.."
OUT=src/train/backends/wasm
COMMON="-O3 --noAssert --runtime stub --enable simd --importMemory --initialMemory 0 --use abort="
npx asc scripts/wasm/kernels.ts scripts/wasm/filterGradKernels.ts scripts/wasm/poolKernels.ts scripts/wasm/inputGradKernels.ts scripts/wasm/broadcastKernels.ts --outFile $OUT/layerloom-kernels.wasm --textFile scripts/wasm/layerloom-kernels.wat $COMMON
npx asc scripts/wasm/kernels.ts scripts/wasm/filterGradKernels.ts scripts/wasm/poolKernels.ts scripts/wasm/inputGradKernels.ts scripts/wasm/broadcastKernels.ts --outFile $OUT/layerloom-kernels-shared.wasm $COMMON \
  --enable threads --sharedMemory --maximumMemory 16384
echo "built $OUT/layerloom-kernels.wasm and $OUT/layerloom-kernels-shared.wasm"
