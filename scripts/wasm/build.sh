#!/bin/sh
# Rebuilds LayerLoom's WebAssembly training kernels (committed, so users never need this):
#   sh scripts/wasm/build.sh
# AssemblyScript from npm (devDependency); SIMD. Four builds of the same source:
# - layerloom-kernels.wasm imports the tfjs wasm backend's memory and works on tensors in place;
# - layerloom-kernels-shared.wasm imports a shared memory: the backend's, once sharedBackendMemory.ts has
#   made it shared (main thread and worker threads alike; 65536 pages, tfjs's own maximum);
# - the -fma twins of both also enable relaxed SIMD, so every multiply-add is one fused instruction
#   (simdKernels.ts loads them where the engine validates relaxed SIMD, the others elsewhere).
set -e
cd "$(dirname "$0")/../.."
OUT=src/train/backends/wasm
SOURCES="scripts/wasm/kernels.ts scripts/wasm/batchNormKernels.ts scripts/wasm/filterGradKernels.ts scripts/wasm/poolKernels.ts scripts/wasm/inputGradKernels.ts scripts/wasm/broadcastKernels.ts scripts/wasm/winogradKernels.ts scripts/wasm/winogradFilterGradKernels.ts scripts/wasm/smallConvKernels.ts scripts/wasm/oneToSixKernels.ts scripts/wasm/biasReluKernels.ts"
# Warning 112 (v128 across an export) is about madd.ts, which -O3 inlines: no v128 crosses the module boundary.
COMMON="--disableWarning 112 -O3 --noAssert --runtime stub --enable simd --importMemory --initialMemory 0 --use abort="
SHARED="--enable threads --sharedMemory --maximumMemory 65536"
npx asc $SOURCES --outFile $OUT/layerloom-kernels.wasm --textFile scripts/wasm/layerloom-kernels.wat $COMMON
npx asc $SOURCES --outFile $OUT/layerloom-kernels-shared.wasm $COMMON $SHARED
npx asc $SOURCES --outFile $OUT/layerloom-kernels-fma.wasm $COMMON --enable relaxed-simd
npx asc $SOURCES --outFile $OUT/layerloom-kernels-shared-fma.wasm $COMMON $SHARED --enable relaxed-simd
echo "built $OUT/layerloom-kernels{,-shared}{,-fma}.wasm"
