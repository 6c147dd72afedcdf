(module
 (type $0 (func (param i32 i32 i32 i32 i32 i32 i32)))
 (type $1 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $2 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $3 (func (param i32 i32 i32 i32)))
 (type $4 (func (param i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $5 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $6 (func (param i32 i32 i32 i32 i32)))
 (type $7 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $8 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $9 (func (param i32 i32 i32 i32 i32 i32)))
 (type $10 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $11 (func (param i32 v128 v128 i32)))
 (type $12 (func (param v128 i32 i32 i32)))
 (type $13 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $14 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
 (type $15 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
 (type $16 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $17 (func (param i32 i32 i32 f32 i32)))
 (type $18 (func (param i32 i32 i32 i32 i32 f32 f32 f32 f32 f32 f32 f32 f32 i32 i32 i32)))
 (type $19 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $20 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $21 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (import "env" "memory" (memory $0 0))
 (export "sumRows" (func $scripts/wasm/kernels/sumRows))
 (export "scaleChannels" (func $scripts/wasm/kernels/scaleChannels))
 (export "maxPoolGrad" (func $scripts/wasm/kernels/maxPoolGrad))
 (export "adam" (func $scripts/wasm/kernels/adam))
 (export "conv2dFilterGrad" (func $scripts/wasm/kernels/conv2dFilterGrad))
 (export "broadcastRows" (func $scripts/wasm/kernels/broadcastRows))
 (export "squareGrad" (func $scripts/wasm/kernels/squareGrad))
 (export "addSame" (func $scripts/wasm/kernels/addSame))
 (export "addRelu" (func $scripts/wasm/kernels/addRelu))
 (export "reluGrad" (func $scripts/wasm/kernels/reluGrad))
 (export "batchNormGradSums" (func $scripts/wasm/batchNormKernels/batchNormGradSums))
 (export "batchNormReluGradSums" (func $scripts/wasm/batchNormKernels/batchNormReluGradSums))
 (export "batchNormAboveGradSums" (func $scripts/wasm/batchNormKernels/batchNormAboveGradSums))
 (export "batchNormMaskGradSums" (func $scripts/wasm/batchNormKernels/batchNormMaskGradSums))
 (export "normalizeChannels" (func $scripts/wasm/batchNormKernels/normalizeChannels))
 (export "normalizeChannelsRelu" (func $scripts/wasm/batchNormKernels/normalizeChannelsRelu))
 (export "normalizeChannelsAddRelu" (func $scripts/wasm/batchNormKernels/normalizeChannelsAddRelu))
 (export "channelMoments" (func $scripts/wasm/batchNormKernels/channelMoments))
 (export "channelAffine2" (func $scripts/wasm/batchNormKernels/channelAffine2))
 (export "channelAffine2Relu" (func $scripts/wasm/batchNormKernels/channelAffine2Relu))
 (export "channelAffine2Above" (func $scripts/wasm/batchNormKernels/channelAffine2Above))
 (export "conv2dFilterGradPatches" (func $scripts/wasm/filterGradKernels/conv2dFilterGradPatches))
 (export "maxPoolGradDisjoint" (func $scripts/wasm/poolKernels/maxPoolGradDisjoint))
 (export "maxPoolDisjoint" (func $scripts/wasm/poolKernels/maxPoolDisjoint))
 (export "conv2dInputGrad" (func $scripts/wasm/inputGradKernels/conv2dInputGrad))
 (export "conv2dInputGradStrided" (func $scripts/wasm/inputGradKernels/conv2dInputGradStrided))
 (export "addRows" (func $scripts/wasm/broadcastKernels/addRows))
 (export "copyRuns" (func $scripts/wasm/broadcastKernels/copyRuns))
 (export "winograd3x3" (func $scripts/wasm/winogradKernels/winograd3x3))
 (export "winograd4x4" (func $scripts/wasm/winogradKernels/winograd4x4))
 (export "winogradFilter" (func $scripts/wasm/winogradKernels/winogradFilter))
 (export "winogradFilterGrad3x3" (func $scripts/wasm/winogradFilterGradKernels/winogradFilterGrad3x3))
 (export "winogradFilterGrad4x4" (func $scripts/wasm/winogradFilterGradKernels/winogradFilterGrad4x4))
 (export "conv2dInputGradScatter" (func $scripts/wasm/smallConvKernels/conv2dInputGradScatter))
 (export "conv2dOneChannel" (func $scripts/wasm/smallConvKernels/conv2dOneChannel))
 (export "conv2dFewChannels" (func $scripts/wasm/smallConvKernels/conv2dFewChannels))
 (export "conv2dFewChannelsBiasRelu" (func $scripts/wasm/smallConvKernels/conv2dFewChannelsBiasRelu))
 (export "conv2dOneToSix" (func $scripts/wasm/oneToSixKernels/conv2dOneToSix))
 (export "conv2dOneToSixBiasRelu" (func $scripts/wasm/oneToSixKernels/conv2dOneToSixBiasRelu))
 (export "conv2dFilterGradOneToSix" (func $scripts/wasm/oneToSixKernels/conv2dFilterGradOneToSix))
 (export "addRowsRelu" (func $scripts/wasm/biasReluKernels/addRowsRelu))
 (export "reluGradRows" (func $scripts/wasm/biasReluKernels/reluGradRows))
 (export "maxPoolReluGradBias" (func $scripts/wasm/biasReluKernels/maxPoolReluGradBias))
 (export "memory" (memory $0))
 (func $scripts/wasm/inputGradKernels/storeFirst (param $0 i32) (param $1 v128) (param $2 v128) (param $3 i32)
  local.get $3
  i32.const 4
  i32.ge_s
  if
   local.get $0
   local.get $1
   v128.store
   local.get $0
   i32.const 16
   i32.add
   local.set $0
   local.get $3
   i32.const 4
   i32.sub
   local.tee $3
   i32.const 0
   i32.gt_s
   if
    local.get $0
    local.get $2
    f32x4.extract_lane 0
    f32.store
   end
   local.get $3
   i32.const 1
   i32.gt_s
   if
    local.get $0
    local.get $2
    f32x4.extract_lane 1
    f32.store offset=4
   end
   local.get $3
   i32.const 2
   i32.gt_s
   if
    local.get $0
    local.get $2
    f32x4.extract_lane 2
    f32.store offset=8
   end
   local.get $3
   i32.const 3
   i32.gt_s
   if
    local.get $0
    local.get $2
    f32x4.extract_lane 3
    f32.store offset=12
   end
  else
   local.get $3
   i32.const 0
   i32.gt_s
   if
    local.get $0
    local.get $1
    f32x4.extract_lane 0
    f32.store
   end
   local.get $3
   i32.const 1
   i32.gt_s
   if
    local.get $0
    local.get $1
    f32x4.extract_lane 1
    f32.store offset=4
   end
   local.get $3
   i32.const 2
   i32.gt_s
   if
    local.get $0
    local.get $1
    f32x4.extract_lane 2
    f32.store offset=8
   end
   local.get $3
   i32.const 3
   i32.gt_s
   if
    local.get $0
    local.get $1
    f32x4.extract_lane 3
    f32.store offset=12
   end
  end
 )
 (func $scripts/wasm/kernels/foldLanes (param $0 v128) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 f32)
  (local $5 i32)
  local.get $1
  i32.const 2
  i32.shl
  local.get $2
  i32.rem_s
  local.tee $5
  i32.const 0
  i32.ge_s
  if
   local.get $3
   local.get $5
   i32.const 2
   i32.shl
   i32.add
   local.tee $5
   local.get $5
   f32.load
   local.get $0
   f32x4.extract_lane 0
   f32.add
   f32.store
  end
  local.get $1
  i32.const 2
  i32.shl
  i32.const 1
  i32.add
  local.get $2
  i32.rem_s
  local.tee $5
  i32.const 0
  i32.ge_s
  if
   local.get $3
   local.get $5
   i32.const 2
   i32.shl
   i32.add
   local.tee $5
   local.get $5
   f32.load
   local.get $0
   f32x4.extract_lane 1
   f32.add
   f32.store
  end
  local.get $1
  i32.const 2
  i32.shl
  i32.const 2
  i32.add
  local.get $2
  i32.rem_s
  local.tee $5
  i32.const 0
  i32.ge_s
  if
   local.get $3
   local.get $5
   i32.const 2
   i32.shl
   i32.add
   local.tee $5
   local.get $5
   f32.load
   local.get $0
   f32x4.extract_lane 2
   f32.add
   f32.store
  end
  local.get $1
  i32.const 2
  i32.shl
  i32.const 3
  i32.add
  local.get $2
  i32.rem_s
  local.tee $1
  i32.const 0
  i32.ge_s
  if
   local.get $3
   local.get $1
   i32.const 2
   i32.shl
   i32.add
   local.tee $1
   local.get $1
   f32.load
   local.get $0
   f32x4.extract_lane 3
   f32.add
   f32.store
  end
 )
 (func $scripts/wasm/smallConvKernels/fewChannelsTwoPixels (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 v128)
  (local $24 v128)
  (local $25 i32)
  (local $26 i32)
  (local $27 v128)
  (local $28 v128)
  local.get $6
  i32.const 2
  i32.shl
  local.set $22
  local.get $7
  i32.const 2
  i32.shl
  local.set $25
  local.get $7
  i32.const 16
  i32.ge_s
  if
   loop $for-loop|0
    local.get $7
    local.get $13
    i32.gt_s
    if
     local.get $13
     local.get $7
     i32.const 16
     i32.sub
     local.tee $6
     local.get $6
     local.get $13
     i32.gt_s
     select
     local.set $26
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $14
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $15
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $16
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $17
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $18
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $20
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $21
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $23
     i32.const 0
     local.set $12
     loop $for-loop|1
      local.get $8
      local.get $12
      i32.gt_s
      if
       local.get $0
       local.get $5
       local.get $12
       i32.mul
       local.get $4
       i32.add
       local.get $22
       i32.mul
       i32.add
       local.set $11
       local.get $1
       local.get $9
       local.get $12
       i32.mul
       local.get $7
       i32.mul
       local.get $26
       i32.add
       i32.const 2
       i32.shl
       i32.add
       local.set $6
       i32.const 0
       local.set $19
       loop $for-loop|2
        local.get $9
        local.get $19
        i32.gt_s
        if
         local.get $14
         local.get $11
         v128.load32_splat
         local.tee $27
         local.get $6
         v128.load
         local.tee $28
         f32x4.mul
         f32x4.add
         local.set $14
         local.get $18
         local.get $11
         local.get $22
         i32.add
         v128.load32_splat
         local.tee $24
         local.get $28
         f32x4.mul
         f32x4.add
         local.set $18
         local.get $15
         local.get $27
         local.get $6
         v128.load offset=16
         local.tee $28
         f32x4.mul
         f32x4.add
         local.set $15
         local.get $20
         local.get $24
         local.get $28
         f32x4.mul
         f32x4.add
         local.set $20
         local.get $16
         local.get $27
         local.get $6
         v128.load offset=32
         local.tee $28
         f32x4.mul
         f32x4.add
         local.set $16
         local.get $21
         local.get $24
         local.get $28
         f32x4.mul
         f32x4.add
         local.set $21
         local.get $17
         local.get $27
         local.get $6
         v128.load offset=48
         local.tee $27
         f32x4.mul
         f32x4.add
         local.set $17
         local.get $23
         local.get $24
         local.get $27
         f32x4.mul
         f32x4.add
         local.set $23
         local.get $11
         i32.const 4
         i32.add
         local.set $11
         local.get $6
         local.get $25
         i32.add
         local.set $6
         local.get $19
         i32.const 1
         i32.add
         local.set $19
         br $for-loop|2
        end
       end
       local.get $12
       i32.const 1
       i32.add
       local.set $12
       br $for-loop|1
      end
     end
     local.get $26
     i32.const 2
     i32.shl
     local.tee $6
     local.get $2
     i32.add
     local.set $11
     local.get $3
     local.get $6
     i32.add
     local.tee $6
     local.get $10
     if (result v128)
      local.get $14
      local.get $11
      v128.load
      f32x4.add
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      f32x4.pmax
     else
      local.get $14
     end
     v128.store
     local.get $6
     local.get $10
     if (result v128)
      local.get $15
      local.get $11
      v128.load offset=16
      f32x4.add
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      f32x4.pmax
     else
      local.get $15
     end
     v128.store offset=16
     local.get $6
     local.get $10
     if (result v128)
      local.get $16
      local.get $11
      v128.load offset=32
      f32x4.add
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      f32x4.pmax
     else
      local.get $16
     end
     v128.store offset=32
     local.get $6
     local.get $10
     if (result v128)
      local.get $17
      local.get $11
      v128.load offset=48
      f32x4.add
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      f32x4.pmax
     else
      local.get $17
     end
     v128.store offset=48
     local.get $6
     local.get $25
     i32.add
     local.get $10
     if (result v128)
      local.get $18
      local.get $11
      v128.load
      f32x4.add
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      f32x4.pmax
     else
      local.get $18
     end
     v128.store
     local.get $6
     local.get $25
     i32.add
     local.get $10
     if (result v128)
      local.get $20
      local.get $11
      v128.load offset=16
      f32x4.add
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      f32x4.pmax
     else
      local.get $20
     end
     v128.store offset=16
     local.get $6
     local.get $25
     i32.add
     local.get $10
     if (result v128)
      local.get $21
      local.get $11
      v128.load offset=32
      f32x4.add
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      f32x4.pmax
     else
      local.get $21
     end
     v128.store offset=32
     local.get $6
     local.get $25
     i32.add
     local.get $10
     if (result v128)
      local.get $23
      local.get $11
      v128.load offset=48
      f32x4.add
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      f32x4.pmax
     else
      local.get $23
     end
     v128.store offset=48
     local.get $13
     i32.const 16
     i32.add
     local.set $13
     br $for-loop|0
    end
   end
   return
  end
  loop $for-loop|3
   local.get $7
   local.get $12
   i32.gt_s
   if
    local.get $12
    local.get $7
    i32.const 8
    i32.sub
    local.tee $6
    local.get $6
    local.get $12
    i32.gt_s
    select
    local.set $26
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $14
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $15
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $16
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $17
    i32.const 0
    local.set $6
    loop $for-loop|4
     local.get $6
     local.get $8
     i32.lt_s
     if
      local.get $0
      local.get $5
      local.get $6
      i32.mul
      local.get $4
      i32.add
      local.get $22
      i32.mul
      i32.add
      local.set $13
      local.get $1
      local.get $6
      local.get $9
      i32.mul
      local.get $7
      i32.mul
      local.get $26
      i32.add
      i32.const 2
      i32.shl
      i32.add
      local.set $11
      i32.const 0
      local.set $19
      loop $for-loop|5
       local.get $9
       local.get $19
       i32.gt_s
       if
        local.get $14
        local.get $13
        v128.load32_splat
        local.tee $18
        local.get $11
        v128.load
        local.tee $20
        f32x4.mul
        f32x4.add
        local.set $14
        local.get $15
        local.get $18
        local.get $11
        v128.load offset=16
        local.tee $18
        f32x4.mul
        f32x4.add
        local.set $15
        local.get $16
        local.get $13
        local.get $22
        i32.add
        v128.load32_splat
        local.tee $21
        local.get $20
        f32x4.mul
        f32x4.add
        local.set $16
        local.get $17
        local.get $21
        local.get $18
        f32x4.mul
        f32x4.add
        local.set $17
        local.get $13
        i32.const 4
        i32.add
        local.set $13
        local.get $11
        local.get $25
        i32.add
        local.set $11
        local.get $19
        i32.const 1
        i32.add
        local.set $19
        br $for-loop|5
       end
      end
      local.get $6
      i32.const 1
      i32.add
      local.set $6
      br $for-loop|4
     end
    end
    local.get $26
    i32.const 2
    i32.shl
    local.tee $6
    local.get $2
    i32.add
    local.set $11
    local.get $3
    local.get $6
    i32.add
    local.tee $6
    local.get $10
    if (result v128)
     local.get $14
     local.get $11
     v128.load
     f32x4.add
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     f32x4.pmax
    else
     local.get $14
    end
    v128.store
    local.get $6
    local.get $10
    if (result v128)
     local.get $15
     local.get $11
     v128.load offset=16
     f32x4.add
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     f32x4.pmax
    else
     local.get $15
    end
    v128.store offset=16
    local.get $6
    local.get $25
    i32.add
    local.get $10
    if (result v128)
     local.get $16
     local.get $11
     v128.load
     f32x4.add
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     f32x4.pmax
    else
     local.get $16
    end
    v128.store
    local.get $6
    local.get $25
    i32.add
    local.get $10
    if (result v128)
     local.get $17
     local.get $11
     v128.load offset=16
     f32x4.add
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     f32x4.pmax
    else
     local.get $17
    end
    v128.store offset=16
    local.get $12
    i32.const 8
    i32.add
    local.set $12
    br $for-loop|3
   end
  end
 )
 (func $scripts/wasm/inputGradKernels/twoPixels (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32) (param $16 i32) (param $17 i32) (param $18 i32) (param $19 i32) (param $20 i32) (param $21 i32) (param $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 i32)
  (local $28 i32)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 v128)
  (local $41 v128)
  local.get $10
  i32.const 2
  i32.shl
  local.set $35
  local.get $7
  i32.const 2
  i32.shl
  local.set $39
  local.get $15
  i32.const 2
  i32.shl
  local.set $36
  loop $for-loop|0
   local.get $7
   local.get $28
   i32.gt_s
   if
    local.get $28
    local.get $7
    i32.const 8
    i32.sub
    local.tee $23
    local.get $23
    local.get $28
    i32.gt_s
    select
    local.set $37
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $29
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $30
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $31
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $32
    local.get $18
    local.set $24
    loop $for-loop|1
     local.get $19
     local.get $24
     i32.gt_s
     if
      local.get $0
      local.get $3
      local.get $8
      i32.mul
      local.get $4
      local.get $16
      i32.mul
      i32.add
      local.get $12
      i32.add
      local.get $24
      i32.sub
      local.get $9
      i32.mul
      local.get $10
      i32.mul
      i32.const 2
      i32.shl
      i32.add
      local.set $38
      local.get $11
      i32.const 1
      i32.sub
      local.set $27
      loop $for-loop|2
       local.get $27
       i32.const 0
       i32.ge_s
       if
        local.get $38
        local.get $35
        local.get $17
        local.get $20
        i32.mul
        local.get $13
        i32.add
        local.get $27
        i32.sub
        local.get $14
        i32.add
        local.tee $23
        i32.mul
        i32.add
        local.get $22
        local.get $9
        local.get $23
        i32.gt_s
        local.get $23
        i32.const 0
        i32.ge_s
        i32.and
        select
        local.set $25
        local.get $21
        if (result i32)
         local.get $38
         local.get $35
         local.get $17
         local.get $23
         i32.add
         local.tee $23
         i32.mul
         i32.add
         local.get $22
         local.get $9
         local.get $23
         i32.gt_s
         local.get $23
         i32.const 0
         i32.ge_s
         i32.and
         select
        else
         local.get $25
        end
        local.set $23
        local.get $1
        local.get $11
        local.get $24
        i32.mul
        local.get $11
        i32.add
        i32.const 1
        i32.sub
        local.get $27
        i32.sub
        local.get $10
        i32.mul
        local.get $7
        i32.mul
        local.get $37
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.set $33
        i32.const 0
        local.set $34
        loop $for-loop|3
         local.get $10
         local.get $34
         i32.gt_s
         if
          local.get $29
          local.get $25
          v128.load32_splat
          local.tee $26
          local.get $33
          v128.load
          local.tee $40
          f32x4.mul
          f32x4.add
          local.set $29
          local.get $30
          local.get $26
          local.get $33
          v128.load offset=16
          local.tee $41
          f32x4.mul
          f32x4.add
          local.set $30
          local.get $31
          local.get $23
          v128.load32_splat
          local.tee $26
          local.get $40
          f32x4.mul
          f32x4.add
          local.set $31
          local.get $32
          local.get $26
          local.get $41
          f32x4.mul
          f32x4.add
          local.set $32
          local.get $25
          i32.const 4
          i32.add
          local.set $25
          local.get $23
          i32.const 4
          i32.add
          local.set $23
          local.get $33
          local.get $39
          i32.add
          local.set $33
          local.get $34
          i32.const 1
          i32.add
          local.set $34
          br $for-loop|3
         end
        end
        local.get $27
        i32.const 1
        i32.sub
        local.set $27
        br $for-loop|2
       end
      end
      local.get $24
      i32.const 1
      i32.add
      local.set $24
      br $for-loop|1
     end
    end
    local.get $2
    local.get $3
    local.get $5
    i32.mul
    local.get $4
    i32.add
    local.get $6
    i32.mul
    local.get $20
    i32.add
    local.get $15
    i32.mul
    local.get $37
    i32.add
    i32.const 2
    i32.shl
    i32.add
    local.set $23
    local.get $15
    i32.const 8
    i32.ge_s
    if
     local.get $23
     local.get $29
     v128.store
     local.get $23
     local.get $30
     v128.store offset=16
     local.get $21
     if
      local.get $23
      local.get $36
      i32.add
      local.tee $23
      local.get $31
      v128.store
      local.get $23
      local.get $32
      v128.store offset=16
     end
    else
     local.get $23
     local.get $29
     local.get $30
     local.get $15
     call $scripts/wasm/inputGradKernels/storeFirst
     local.get $21
     if
      local.get $23
      local.get $36
      i32.add
      local.get $31
      local.get $32
      local.get $15
      call $scripts/wasm/inputGradKernels/storeFirst
     end
    end
    local.get $28
    i32.const 8
    i32.add
    local.set $28
    br $for-loop|0
   end
  end
 )
 (func $scripts/wasm/winogradTransforms/touchTiles (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (result i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  loop $while-continue|0
   local.get $4
   local.get $5
   i32.lt_s
   if
    local.get $4
    local.get $4
    local.get $6
    i32.div_s
    local.tee $12
    local.get $6
    i32.mul
    i32.sub
    local.tee $10
    local.get $7
    i32.div_s
    local.set $15
    local.get $5
    local.get $4
    local.get $7
    i32.add
    local.get $10
    local.get $7
    local.get $15
    i32.mul
    i32.sub
    local.tee $10
    i32.sub
    local.tee $13
    local.get $5
    local.get $13
    i32.lt_s
    select
    i32.const 1
    i32.sub
    local.set $13
    local.get $10
    i32.const 2
    i32.shl
    local.get $8
    i32.sub
    local.tee $14
    i32.const 0
    local.get $14
    i32.const 0
    i32.ge_s
    select
    local.set $14
    local.get $3
    local.get $10
    local.get $13
    i32.add
    local.get $4
    i32.sub
    i32.const 2
    i32.shl
    i32.const 4
    i32.add
    local.get $8
    i32.add
    local.tee $4
    local.get $3
    local.get $4
    i32.lt_s
    select
    local.set $16
    local.get $2
    local.get $15
    i32.const 2
    i32.shl
    local.tee $4
    i32.const 4
    i32.add
    local.get $8
    i32.add
    local.tee $10
    local.get $2
    local.get $10
    i32.lt_s
    select
    local.set $17
    local.get $4
    local.get $8
    i32.sub
    local.tee $4
    i32.const 0
    local.get $4
    i32.const 0
    i32.ge_s
    select
    local.set $4
    loop $for-loop|1
     local.get $4
     local.get $17
     i32.lt_s
     if
      local.get $0
      local.get $2
      local.get $12
      i32.mul
      local.get $4
      i32.add
      local.get $3
      i32.mul
      local.get $1
      i32.mul
      i32.add
      local.tee $10
      local.get $1
      local.get $16
      i32.mul
      i32.add
      local.set $15
      local.get $9
      if
       local.get $10
       local.get $1
       local.get $14
       i32.mul
       i32.add
       local.set $10
       loop $for-loop|2
        local.get $10
        local.get $15
        i32.lt_u
        if
         local.get $10
         i32.const 0
         i32.store
         local.get $10
         i32.const -64
         i32.sub
         local.set $10
         br $for-loop|2
        end
       end
      else
       local.get $10
       local.get $1
       local.get $14
       i32.mul
       i32.add
       local.set $10
       loop $for-loop|3
        local.get $10
        local.get $15
        i32.lt_u
        if
         local.get $11
         local.get $10
         i32.load
         i32.xor
         local.set $11
         local.get $10
         i32.const -64
         i32.sub
         local.set $10
         br $for-loop|3
        end
       end
      end
      local.get $4
      i32.const 1
      i32.add
      local.set $4
      br $for-loop|1
     end
    end
    local.get $13
    i32.const 1
    i32.add
    local.set $4
    br $while-continue|0
   end
  end
  local.get $11
 )
 (func $scripts/wasm/winogradTransforms/inputTransform (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 v128)
  loop $for-loop|0
   local.get $28
   i32.const 4
   i32.lt_s
   if
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $8
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $11
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $10
    local.get $4
    local.get $28
    i32.add
    local.tee $29
    local.get $1
    i32.lt_s
    local.get $29
    i32.const 0
    i32.ge_s
    i32.and
    if (result v128)
     local.get $0
     local.get $2
     local.get $29
     i32.mul
     local.get $3
     i32.mul
     i32.add
     local.set $29
     local.get $2
     local.get $5
     i32.gt_s
     local.get $5
     i32.const 0
     i32.ge_s
     i32.and
     if (result v128)
      local.get $29
      local.get $3
      local.get $5
      i32.mul
      i32.add
      v128.load
     else
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     end
     local.set $8
     local.get $5
     i32.const 1
     i32.add
     local.tee $30
     local.get $2
     i32.lt_s
     if (result v128)
      local.get $29
      local.get $3
      local.get $30
      i32.mul
      i32.add
      v128.load
     else
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     end
     local.set $11
     local.get $5
     i32.const 2
     i32.add
     local.tee $30
     local.get $2
     i32.lt_s
     if (result v128)
      local.get $29
      local.get $3
      local.get $30
      i32.mul
      i32.add
      v128.load
     else
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     end
     local.set $10
     local.get $5
     i32.const 3
     i32.add
     local.tee $30
     local.get $2
     i32.lt_s
     if (result v128)
      local.get $29
      local.get $3
      local.get $30
      i32.mul
      i32.add
      v128.load
     else
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     end
    else
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    end
    local.set $31
    local.get $8
    local.get $10
    f32x4.sub
    local.set $8
    local.get $11
    local.get $10
    f32x4.add
    local.set $9
    local.get $10
    local.get $11
    f32x4.sub
    local.set $10
    local.get $11
    local.get $31
    f32x4.sub
    local.set $11
    local.get $28
    if
     local.get $28
     i32.const 1
     i32.eq
     if
      local.get $8
      local.set $12
      local.get $9
      local.set $13
      local.get $10
      local.set $14
      local.get $11
      local.set $15
     else
      local.get $28
      i32.const 2
      i32.eq
      if
       local.get $8
       local.set $16
       local.get $9
       local.set $17
       local.get $10
       local.set $18
       local.get $11
       local.set $19
      else
       local.get $8
       local.set $20
       local.get $9
       local.set $21
       local.get $10
       local.set $22
       local.get $11
       local.set $23
      end
     end
    else
     local.get $8
     local.set $24
     local.get $9
     local.set $25
     local.get $10
     local.set $26
     local.get $11
     local.set $27
    end
    local.get $28
    i32.const 1
    i32.add
    local.set $28
    br $for-loop|0
   end
  end
  local.get $6
  local.get $24
  local.get $16
  f32x4.sub
  v128.store
  local.get $6
  local.get $7
  i32.add
  local.get $25
  local.get $17
  f32x4.sub
  v128.store
  local.get $7
  i32.const 1
  i32.shl
  local.tee $0
  local.get $6
  i32.add
  local.get $26
  local.get $18
  f32x4.sub
  v128.store
  local.get $7
  i32.const 3
  i32.mul
  local.tee $1
  local.get $6
  i32.add
  local.get $27
  local.get $19
  f32x4.sub
  v128.store
  local.get $7
  i32.const 2
  i32.shl
  local.tee $2
  local.get $6
  i32.add
  local.tee $3
  local.get $12
  local.get $16
  f32x4.add
  v128.store
  local.get $3
  local.get $7
  i32.add
  local.get $13
  local.get $17
  f32x4.add
  v128.store
  local.get $0
  local.get $3
  i32.add
  local.get $14
  local.get $18
  f32x4.add
  v128.store
  local.get $1
  local.get $3
  i32.add
  local.get $15
  local.get $19
  f32x4.add
  v128.store
  local.get $2
  local.get $3
  i32.add
  local.tee $3
  local.get $16
  local.get $12
  f32x4.sub
  v128.store
  local.get $3
  local.get $7
  i32.add
  local.get $17
  local.get $13
  f32x4.sub
  v128.store
  local.get $0
  local.get $3
  i32.add
  local.get $18
  local.get $14
  f32x4.sub
  v128.store
  local.get $1
  local.get $3
  i32.add
  local.get $19
  local.get $15
  f32x4.sub
  v128.store
  local.get $2
  local.get $3
  i32.add
  local.tee $2
  local.get $12
  local.get $20
  f32x4.sub
  v128.store
  local.get $2
  local.get $7
  i32.add
  local.get $13
  local.get $21
  f32x4.sub
  v128.store
  local.get $0
  local.get $2
  i32.add
  local.get $14
  local.get $22
  f32x4.sub
  v128.store
  local.get $1
  local.get $2
  i32.add
  local.get $15
  local.get $23
  f32x4.sub
  v128.store
 )
 (func $scripts/wasm/winogradFilterGradKernels/touchRows (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (result i32)
  (local $9 i32)
  local.get $4
  local.get $5
  i32.ge_s
  if
   i32.const 0
   return
  end
  local.get $0
  local.get $1
  local.get $3
  i32.mul
  local.tee $1
  local.get $5
  i32.const 1
  i32.sub
  local.tee $3
  local.get $6
  i32.div_s
  local.tee $5
  local.get $2
  i32.mul
  local.get $2
  local.get $3
  local.get $5
  local.get $6
  i32.mul
  i32.sub
  local.get $7
  i32.div_s
  i32.const 2
  i32.shl
  i32.const 4
  i32.add
  local.get $8
  i32.add
  local.tee $3
  local.get $2
  local.get $3
  i32.lt_s
  select
  i32.add
  i32.mul
  i32.add
  local.set $3
  local.get $4
  local.get $4
  local.get $6
  i32.div_s
  local.tee $4
  local.get $6
  i32.mul
  i32.sub
  local.get $7
  i32.div_s
  i32.const 2
  i32.shl
  local.get $8
  i32.sub
  local.set $5
  local.get $0
  local.get $2
  local.get $4
  i32.mul
  local.get $5
  i32.const 0
  local.get $5
  i32.const 0
  i32.ge_s
  select
  i32.add
  local.get $1
  i32.mul
  i32.add
  local.set $0
  loop $for-loop|0
   local.get $0
   local.get $3
   i32.lt_u
   if
    local.get $9
    local.get $0
    i32.load
    i32.xor
    local.set $9
    local.get $0
    i32.const -64
    i32.sub
    local.set $0
    br $for-loop|0
   end
  end
  local.get $9
 )
 (func $scripts/wasm/winogradFilterGradKernels/accumulateProducts (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32)
  (local $12 i32)
  (local $13 v128)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 i32)
  (local $26 i32)
  (local $27 v128)
  (local $28 i32)
  (local $29 v128)
  (local $30 v128)
  local.get $5
  i32.const 2
  i32.shl
  local.set $14
  loop $for-loop|0
   local.get $3
   local.get $15
   i32.gt_s
   if
    i32.const 0
    local.set $16
    loop $for-loop|1
     local.get $4
     local.get $16
     i32.gt_s
     if
      i32.const 0
      local.set $17
      loop $for-loop|2
       local.get $5
       local.get $17
       i32.gt_s
       if
        local.get $2
        local.get $15
        local.get $4
        local.get $5
        i32.mul
        i32.const 16
        i32.add
        i32.mul
        local.get $5
        local.get $16
        i32.mul
        i32.add
        local.get $17
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.set $28
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $18
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $19
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $20
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $21
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $22
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $23
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $24
        local.get $11
        if (result v128)
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        else
         local.get $28
         v128.load offset=16
         local.set $18
         local.get $14
         local.get $28
         i32.add
         local.tee $12
         v128.load
         local.set $19
         local.get $12
         v128.load offset=16
         local.set $20
         local.get $28
         local.get $14
         i32.const 1
         i32.shl
         i32.add
         local.tee $12
         v128.load
         local.set $21
         local.get $12
         v128.load offset=16
         local.set $22
         local.get $28
         local.get $14
         i32.const 3
         i32.mul
         i32.add
         local.tee $12
         v128.load
         local.set $23
         local.get $12
         v128.load offset=16
         local.set $24
         local.get $28
         v128.load
        end
        local.set $13
        local.get $0
        local.get $7
        local.get $15
        i32.mul
        i32.add
        local.get $16
        i32.const 2
        i32.shl
        i32.add
        local.set $12
        local.get $1
        local.get $8
        local.get $15
        i32.mul
        i32.add
        local.get $17
        i32.const 2
        i32.shl
        i32.add
        local.set $25
        i32.const 0
        local.set $26
        loop $for-loop|3
         local.get $6
         local.get $26
         i32.gt_s
         if
          local.get $13
          local.get $12
          v128.load32_splat
          local.tee $29
          local.get $25
          v128.load
          local.tee $27
          f32x4.mul
          f32x4.add
          local.set $13
          local.get $18
          local.get $29
          local.get $25
          v128.load offset=16
          local.tee $29
          f32x4.mul
          f32x4.add
          local.set $18
          local.get $19
          local.get $12
          i32.const 4
          i32.add
          v128.load32_splat
          local.tee $30
          local.get $27
          f32x4.mul
          f32x4.add
          local.set $19
          local.get $20
          local.get $30
          local.get $29
          f32x4.mul
          f32x4.add
          local.set $20
          local.get $21
          local.get $12
          i32.const 8
          i32.add
          v128.load32_splat
          local.tee $30
          local.get $27
          f32x4.mul
          f32x4.add
          local.set $21
          local.get $22
          local.get $30
          local.get $29
          f32x4.mul
          f32x4.add
          local.set $22
          local.get $23
          local.get $12
          i32.const 12
          i32.add
          v128.load32_splat
          local.tee $30
          local.get $27
          f32x4.mul
          f32x4.add
          local.set $23
          local.get $24
          local.get $30
          local.get $29
          f32x4.mul
          f32x4.add
          local.set $24
          local.get $9
          local.get $12
          i32.add
          local.set $12
          local.get $10
          local.get $25
          i32.add
          local.set $25
          local.get $26
          i32.const 1
          i32.add
          local.set $26
          br $for-loop|3
         end
        end
        local.get $28
        local.get $13
        v128.store
        local.get $28
        local.get $18
        v128.store offset=16
        local.get $14
        local.get $28
        i32.add
        local.tee $12
        local.get $19
        v128.store
        local.get $12
        local.get $20
        v128.store offset=16
        local.get $28
        local.get $14
        i32.const 1
        i32.shl
        i32.add
        local.tee $12
        local.get $21
        v128.store
        local.get $12
        local.get $22
        v128.store offset=16
        local.get $28
        local.get $14
        i32.const 3
        i32.mul
        i32.add
        local.tee $12
        local.get $23
        v128.store
        local.get $12
        local.get $24
        v128.store offset=16
        local.get $17
        i32.const 8
        i32.add
        local.set $17
        br $for-loop|2
       end
      end
      local.get $16
      i32.const 4
      i32.add
      local.set $16
      br $for-loop|1
     end
    end
    local.get $15
    i32.const 1
    i32.add
    local.set $15
    br $for-loop|0
   end
  end
 )
 (func $scripts/wasm/kernels/sumRows (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 v128)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  local.get $2
  i32.const 15
  i32.and
  i32.eqz
  if
   local.get $2
   i32.const 2
   i32.shl
   local.set $15
   loop $for-loop|0
    local.get $2
    local.get $12
    i32.gt_s
    if
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $14
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $5
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $6
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $7
     local.get $0
     local.get $12
     i32.const 2
     i32.shl
     i32.add
     local.set $11
     i32.const 0
     local.set $13
     loop $for-loop|1
      local.get $1
      local.get $13
      i32.gt_s
      if
       local.get $14
       local.get $11
       v128.load
       f32x4.add
       local.set $14
       local.get $5
       local.get $11
       v128.load offset=16
       f32x4.add
       local.set $5
       local.get $6
       local.get $11
       v128.load offset=32
       f32x4.add
       local.set $6
       local.get $7
       local.get $11
       v128.load offset=48
       f32x4.add
       local.set $7
       local.get $11
       local.get $15
       i32.add
       local.set $11
       local.get $13
       i32.const 1
       i32.add
       local.set $13
       br $for-loop|1
      end
     end
     local.get $3
     local.get $12
     i32.const 2
     i32.shl
     i32.add
     local.tee $11
     local.get $14
     v128.store
     local.get $11
     local.get $5
     v128.store offset=16
     local.get $11
     local.get $6
     v128.store offset=32
     local.get $11
     local.get $7
     v128.store offset=48
     local.get $12
     i32.const 16
     i32.add
     local.set $12
     br $for-loop|0
    end
   end
   return
  end
  local.get $3
  i32.const 0
  local.get $2
  i32.const 2
  i32.shl
  local.tee $11
  memory.fill
  local.get $2
  i32.const 3
  i32.and
  if (result i32)
   local.get $11
   local.get $2
   i32.const 1
   i32.shl
   local.get $2
   i32.const 1
   i32.and
   select
  else
   local.get $2
  end
  local.tee $12
  i32.const 32
  i32.le_s
  if (result i32)
   local.get $1
   local.get $12
   local.get $2
   i32.div_s
   local.tee $15
   i32.div_s
   local.set $16
   local.get $12
   i32.const 2
   i32.shr_s
   local.set $17
   local.get $0
   local.set $11
   local.get $12
   i32.const 2
   i32.shl
   local.set $12
   loop $for-loop|2
    local.get $13
    local.get $16
    i32.lt_s
    if
     local.get $14
     local.get $11
     v128.load
     f32x4.add
     local.set $14
     local.get $17
     i32.const 1
     i32.gt_s
     if
      local.get $5
      local.get $11
      v128.load offset=16
      f32x4.add
      local.set $5
     end
     local.get $17
     i32.const 2
     i32.gt_s
     if
      local.get $6
      local.get $11
      v128.load offset=32
      f32x4.add
      local.set $6
     end
     local.get $17
     i32.const 3
     i32.gt_s
     if
      local.get $7
      local.get $11
      v128.load offset=48
      f32x4.add
      local.set $7
     end
     local.get $17
     i32.const 4
     i32.gt_s
     if
      local.get $8
      local.get $11
      i32.const -64
      i32.sub
      v128.load
      f32x4.add
      local.set $8
     end
     local.get $17
     i32.const 5
     i32.gt_s
     if
      local.get $9
      local.get $11
      v128.load offset=80
      f32x4.add
      local.set $9
     end
     local.get $17
     i32.const 6
     i32.gt_s
     if
      local.get $10
      local.get $11
      v128.load offset=96
      f32x4.add
      local.set $10
     end
     local.get $17
     i32.const 7
     i32.gt_s
     if
      local.get $4
      local.get $11
      v128.load offset=112
      f32x4.add
      local.set $4
     end
     local.get $11
     local.get $12
     i32.add
     local.set $11
     local.get $13
     i32.const 1
     i32.add
     local.set $13
     br $for-loop|2
    end
   end
   local.get $14
   i32.const 0
   local.get $2
   local.get $3
   call $scripts/wasm/kernels/foldLanes
   local.get $17
   i32.const 1
   i32.gt_s
   if
    local.get $5
    i32.const 1
    local.get $2
    local.get $3
    call $scripts/wasm/kernels/foldLanes
   end
   local.get $17
   i32.const 2
   i32.gt_s
   if
    local.get $6
    i32.const 2
    local.get $2
    local.get $3
    call $scripts/wasm/kernels/foldLanes
   end
   local.get $17
   i32.const 3
   i32.gt_s
   if
    local.get $7
    i32.const 3
    local.get $2
    local.get $3
    call $scripts/wasm/kernels/foldLanes
   end
   local.get $17
   i32.const 4
   i32.gt_s
   if
    local.get $8
    i32.const 4
    local.get $2
    local.get $3
    call $scripts/wasm/kernels/foldLanes
   end
   local.get $17
   i32.const 5
   i32.gt_s
   if
    local.get $9
    i32.const 5
    local.get $2
    local.get $3
    call $scripts/wasm/kernels/foldLanes
   end
   local.get $17
   i32.const 6
   i32.gt_s
   if
    local.get $10
    i32.const 6
    local.get $2
    local.get $3
    call $scripts/wasm/kernels/foldLanes
   end
   local.get $17
   i32.const 7
   i32.gt_s
   if
    local.get $4
    i32.const 7
    local.get $2
    local.get $3
    call $scripts/wasm/kernels/foldLanes
   end
   local.get $15
   local.get $16
   i32.mul
  else
   i32.const 0
  end
  local.set $11
  local.get $2
  i32.const -4
  i32.and
  local.set $13
  loop $for-loop|3
   local.get $1
   local.get $11
   i32.gt_s
   if
    local.get $0
    local.get $2
    local.get $11
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    local.set $15
    i32.const 0
    local.set $12
    loop $for-loop|4
     local.get $12
     local.get $13
     i32.lt_s
     if
      local.get $12
      i32.const 2
      i32.shl
      local.tee $16
      local.get $3
      i32.add
      local.tee $17
      local.get $17
      v128.load
      local.get $15
      local.get $16
      i32.add
      v128.load
      f32x4.add
      v128.store
      local.get $12
      i32.const 4
      i32.add
      local.set $12
      br $for-loop|4
     end
    end
    loop $for-loop|5
     local.get $2
     local.get $12
     i32.gt_s
     if
      local.get $12
      i32.const 2
      i32.shl
      local.tee $16
      local.get $3
      i32.add
      local.tee $17
      local.get $17
      f32.load
      local.get $15
      local.get $16
      i32.add
      f32.load
      f32.add
      f32.store
      local.get $12
      i32.const 1
      i32.add
      local.set $12
      br $for-loop|5
     end
    end
    local.get $11
    i32.const 1
    i32.add
    local.set $11
    br $for-loop|3
   end
  end
 )
 (func $scripts/wasm/winogradTransforms/filterTransform (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  local.get $4
  i32.const 6
  i32.eq
  if
   local.get $5
   if
    local.get $0
    local.set $4
    local.get $1
    local.set $5
    local.get $2
    local.get $3
    i32.mul
    local.tee $0
    i32.const 2
    i32.shl
    local.set $11
    local.get $0
    i32.const 16
    i32.add
    i32.const 2
    i32.shl
    local.set $12
    loop $for-loop|0
     local.get $3
     local.get $7
     i32.gt_s
     if
      i32.const 0
      local.set $10
      loop $for-loop|1
       local.get $2
       local.get $10
       i32.gt_s
       if
        local.get $7
        local.tee $0
        i32.const 16
        i32.add
        local.tee $1
        local.get $3
        local.get $1
        local.get $3
        i32.lt_s
        select
        local.set $13
        loop $for-loop|2
         local.get $0
         local.get $13
         i32.lt_s
         if
          local.get $0
          i32.const -8
          i32.and
          local.get $2
          i32.mul
          local.get $10
          i32.const 3
          i32.shl
          i32.add
          local.get $0
          i32.const 7
          i32.and
          i32.add
          i32.const 2
          i32.shl
          local.set $14
          i32.const 0
          local.set $8
          loop $for-loop|3
           local.get $8
           i32.const 3
           i32.lt_s
           if
            local.get $4
            local.get $0
            local.get $2
            i32.mul
            local.get $10
            i32.add
            i32.const 2
            i32.shl
            i32.add
            i32.const 2
            local.get $8
            i32.sub
            i32.const 3
            i32.mul
            local.get $11
            i32.mul
            i32.add
            local.tee $1
            local.get $11
            i32.const 1
            i32.shl
            i32.add
            local.tee $15
            v128.load32_zero
            local.get $2
            i32.const 2
            i32.shl
            local.tee $16
            local.get $15
            i32.add
            f32.load
            f32x4.replace_lane 1
            local.get $15
            local.get $16
            i32.const 1
            i32.shl
            local.tee $17
            i32.add
            f32.load
            f32x4.replace_lane 2
            local.get $15
            local.get $16
            i32.const 3
            i32.mul
            local.tee $15
            i32.add
            f32.load
            f32x4.replace_lane 3
            local.tee $9
            local.get $1
            v128.load32_zero
            local.get $1
            local.get $16
            i32.add
            f32.load
            f32x4.replace_lane 1
            local.get $1
            local.get $17
            i32.add
            f32.load
            f32x4.replace_lane 2
            local.get $1
            local.get $15
            i32.add
            f32.load
            f32x4.replace_lane 3
            local.tee $18
            f32x4.add
            local.set $19
            local.get $1
            local.get $11
            i32.add
            local.tee $1
            v128.load32_zero
            local.get $1
            local.get $16
            i32.add
            f32.load
            f32x4.replace_lane 1
            local.get $1
            local.get $17
            i32.add
            f32.load
            f32x4.replace_lane 2
            local.get $1
            local.get $15
            i32.add
            f32.load
            f32x4.replace_lane 3
            local.tee $20
            v128.const i32x4 0x3daaaaab 0x3daaaaab 0x3daaaaab 0x3daaaaab
            f32x4.mul
            local.set $21
            local.get $6
            local.get $8
            i32.const 96
            i32.mul
            i32.add
            local.tee $1
            local.get $9
            v128.const i32x4 0x3e800000 0x3e800000 0x3e800000 0x3e800000
            f32x4.mul
            v128.store
            local.get $1
            local.get $19
            local.get $20
            f32x4.add
            v128.const i32x4 0xbe2aaaab 0xbe2aaaab 0xbe2aaaab 0xbe2aaaab
            f32x4.mul
            v128.store offset=16
            local.get $1
            local.get $19
            local.get $20
            f32x4.sub
            v128.const i32x4 0xbe2aaaab 0xbe2aaaab 0xbe2aaaab 0xbe2aaaab
            f32x4.mul
            v128.store offset=32
            local.get $1
            local.get $9
            v128.const i32x4 0x3d2aaaab 0x3d2aaaab 0x3d2aaaab 0x3d2aaaab
            f32x4.mul
            local.get $18
            v128.const i32x4 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab
            f32x4.mul
            f32x4.add
            local.tee $9
            local.get $21
            f32x4.add
            v128.store offset=48
            local.get $1
            i32.const -64
            i32.sub
            local.get $9
            local.get $21
            f32x4.sub
            v128.store
            local.get $1
            local.get $18
            v128.store offset=80
            local.get $8
            i32.const 1
            i32.add
            local.set $8
            br $for-loop|3
           end
          end
          i32.const 0
          local.set $1
          loop $for-loop|4
           local.get $1
           i32.const 6
           i32.lt_s
           if
            local.get $6
            local.get $1
            i32.const 4
            i32.shl
            i32.add
            local.tee $8
            v128.load
            local.tee $9
            local.get $8
            v128.load offset=192
            local.tee $18
            f32x4.add
            local.set $19
            local.get $8
            v128.load offset=96
            local.tee $20
            v128.const i32x4 0x3daaaaab 0x3daaaaab 0x3daaaaab 0x3daaaaab
            f32x4.mul
            local.set $21
            local.get $5
            local.get $14
            i32.add
            local.get $1
            local.get $12
            i32.mul
            i32.add
            local.tee $8
            local.get $9
            v128.const i32x4 0x3e800000 0x3e800000 0x3e800000 0x3e800000
            f32x4.mul
            v128.store
            local.get $12
            i32.const 6
            i32.mul
            local.tee $15
            local.get $8
            i32.add
            local.get $19
            local.get $20
            f32x4.add
            v128.const i32x4 0xbe2aaaab 0xbe2aaaab 0xbe2aaaab 0xbe2aaaab
            f32x4.mul
            v128.store
            local.get $8
            local.get $15
            i32.const 1
            i32.shl
            i32.add
            local.get $19
            local.get $20
            f32x4.sub
            v128.const i32x4 0xbe2aaaab 0xbe2aaaab 0xbe2aaaab 0xbe2aaaab
            f32x4.mul
            v128.store
            local.get $8
            local.get $15
            i32.const 3
            i32.mul
            i32.add
            local.get $9
            v128.const i32x4 0x3d2aaaab 0x3d2aaaab 0x3d2aaaab 0x3d2aaaab
            f32x4.mul
            local.get $18
            v128.const i32x4 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab
            f32x4.mul
            f32x4.add
            local.tee $9
            local.get $21
            f32x4.add
            v128.store
            local.get $8
            local.get $15
            i32.const 2
            i32.shl
            i32.add
            local.get $9
            local.get $21
            f32x4.sub
            v128.store
            local.get $8
            local.get $15
            i32.const 5
            i32.mul
            i32.add
            local.get $18
            v128.store
            local.get $1
            i32.const 1
            i32.add
            local.set $1
            br $for-loop|4
           end
          end
          local.get $0
          i32.const 4
          i32.add
          local.set $0
          br $for-loop|2
         end
        end
        local.get $10
        i32.const 1
        i32.add
        local.set $10
        br $for-loop|1
       end
      end
      local.get $7
      i32.const 16
      i32.add
      local.set $7
      br $for-loop|0
     end
    end
   else
    local.get $2
    local.get $3
    i32.mul
    local.tee $4
    i32.const 2
    i32.shl
    local.set $10
    local.get $4
    i32.const 16
    i32.add
    i32.const 2
    i32.shl
    local.set $11
    loop $for-loop|5
     local.get $3
     local.get $7
     i32.gt_s
     if
      i32.const 0
      local.set $5
      loop $for-loop|6
       local.get $2
       local.get $5
       i32.gt_s
       if
        local.get $3
        local.get $7
        local.tee $4
        i32.add
        local.tee $8
        local.get $3
        local.get $3
        local.get $8
        i32.gt_s
        select
        local.set $12
        loop $for-loop|7
         local.get $4
         local.get $12
         i32.lt_s
         if
          local.get $3
          local.get $5
          i32.mul
          local.get $4
          i32.add
          i32.const 2
          i32.shl
          local.set $13
          local.get $4
          i32.const -8
          i32.and
          local.get $2
          i32.mul
          local.get $5
          i32.const 3
          i32.shl
          i32.add
          local.get $4
          i32.const 7
          i32.and
          i32.add
          i32.const 2
          i32.shl
          local.set $14
          i32.const 0
          local.set $8
          loop $for-loop|8
           local.get $8
           i32.const 3
           i32.lt_s
           if
            local.get $0
            local.get $13
            i32.add
            local.get $8
            i32.const 3
            i32.mul
            local.get $10
            i32.mul
            i32.add
            local.tee $15
            v128.load
            local.tee $9
            local.get $15
            local.get $10
            i32.const 1
            i32.shl
            i32.add
            v128.load
            local.tee $18
            f32x4.add
            local.set $19
            local.get $10
            local.get $15
            i32.add
            v128.load
            local.tee $20
            v128.const i32x4 0x3daaaaab 0x3daaaaab 0x3daaaaab 0x3daaaaab
            f32x4.mul
            local.set $21
            local.get $6
            local.get $8
            i32.const 96
            i32.mul
            i32.add
            local.tee $15
            local.get $9
            v128.const i32x4 0x3e800000 0x3e800000 0x3e800000 0x3e800000
            f32x4.mul
            v128.store
            local.get $15
            local.get $19
            local.get $20
            f32x4.add
            v128.const i32x4 0xbe2aaaab 0xbe2aaaab 0xbe2aaaab 0xbe2aaaab
            f32x4.mul
            v128.store offset=16
            local.get $15
            local.get $19
            local.get $20
            f32x4.sub
            v128.const i32x4 0xbe2aaaab 0xbe2aaaab 0xbe2aaaab 0xbe2aaaab
            f32x4.mul
            v128.store offset=32
            local.get $15
            local.get $9
            v128.const i32x4 0x3d2aaaab 0x3d2aaaab 0x3d2aaaab 0x3d2aaaab
            f32x4.mul
            local.get $18
            v128.const i32x4 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab
            f32x4.mul
            f32x4.add
            local.tee $9
            local.get $21
            f32x4.add
            v128.store offset=48
            local.get $15
            i32.const -64
            i32.sub
            local.get $9
            local.get $21
            f32x4.sub
            v128.store
            local.get $15
            local.get $18
            v128.store offset=80
            local.get $8
            i32.const 1
            i32.add
            local.set $8
            br $for-loop|8
           end
          end
          i32.const 0
          local.set $8
          loop $for-loop|9
           local.get $8
           i32.const 6
           i32.lt_s
           if
            local.get $6
            local.get $8
            i32.const 4
            i32.shl
            i32.add
            local.tee $13
            v128.load
            local.tee $9
            local.get $13
            v128.load offset=192
            local.tee $18
            f32x4.add
            local.set $19
            local.get $13
            v128.load offset=96
            local.tee $20
            v128.const i32x4 0x3daaaaab 0x3daaaaab 0x3daaaaab 0x3daaaaab
            f32x4.mul
            local.set $21
            local.get $1
            local.get $14
            i32.add
            local.get $8
            local.get $11
            i32.mul
            i32.add
            local.tee $13
            local.get $9
            v128.const i32x4 0x3e800000 0x3e800000 0x3e800000 0x3e800000
            f32x4.mul
            v128.store
            local.get $11
            i32.const 6
            i32.mul
            local.tee $15
            local.get $13
            i32.add
            local.get $19
            local.get $20
            f32x4.add
            v128.const i32x4 0xbe2aaaab 0xbe2aaaab 0xbe2aaaab 0xbe2aaaab
            f32x4.mul
            v128.store
            local.get $13
            local.get $15
            i32.const 1
            i32.shl
            i32.add
            local.get $19
            local.get $20
            f32x4.sub
            v128.const i32x4 0xbe2aaaab 0xbe2aaaab 0xbe2aaaab 0xbe2aaaab
            f32x4.mul
            v128.store
            local.get $13
            local.get $15
            i32.const 3
            i32.mul
            i32.add
            local.get $9
            v128.const i32x4 0x3d2aaaab 0x3d2aaaab 0x3d2aaaab 0x3d2aaaab
            f32x4.mul
            local.get $18
            v128.const i32x4 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab
            f32x4.mul
            f32x4.add
            local.tee $9
            local.get $21
            f32x4.add
            v128.store
            local.get $13
            local.get $15
            i32.const 2
            i32.shl
            i32.add
            local.get $9
            local.get $21
            f32x4.sub
            v128.store
            local.get $13
            local.get $15
            i32.const 5
            i32.mul
            i32.add
            local.get $18
            v128.store
            local.get $8
            i32.const 1
            i32.add
            local.set $8
            br $for-loop|9
           end
          end
          local.get $4
          i32.const 4
          i32.add
          local.set $4
          br $for-loop|7
         end
        end
        local.get $5
        i32.const 1
        i32.add
        local.set $5
        br $for-loop|6
       end
      end
      local.get $3
      local.get $7
      i32.add
      local.set $7
      br $for-loop|5
     end
    end
   end
  else
   local.get $5
   if
    local.get $0
    local.set $4
    local.get $1
    local.set $5
    local.get $2
    local.get $3
    i32.mul
    local.tee $0
    i32.const 2
    i32.shl
    local.set $11
    local.get $0
    i32.const 16
    i32.add
    i32.const 2
    i32.shl
    local.set $12
    loop $for-loop|10
     local.get $3
     local.get $7
     i32.gt_s
     if
      i32.const 0
      local.set $8
      loop $for-loop|11
       local.get $2
       local.get $8
       i32.gt_s
       if
        local.get $7
        local.tee $0
        i32.const 16
        i32.add
        local.tee $1
        local.get $3
        local.get $1
        local.get $3
        i32.lt_s
        select
        local.set $13
        loop $for-loop|12
         local.get $0
         local.get $13
         i32.lt_s
         if
          local.get $0
          i32.const -8
          i32.and
          local.get $2
          i32.mul
          local.get $8
          i32.const 3
          i32.shl
          i32.add
          local.get $0
          i32.const 7
          i32.and
          i32.add
          i32.const 2
          i32.shl
          local.set $14
          i32.const 0
          local.set $10
          loop $for-loop|13
           local.get $10
           i32.const 3
           i32.lt_s
           if
            local.get $4
            local.get $0
            local.get $2
            i32.mul
            local.get $8
            i32.add
            i32.const 2
            i32.shl
            i32.add
            i32.const 2
            local.get $10
            i32.sub
            i32.const 3
            i32.mul
            local.get $11
            i32.mul
            i32.add
            local.tee $15
            local.get $11
            i32.const 1
            i32.shl
            i32.add
            local.tee $1
            v128.load32_zero
            local.get $2
            i32.const 2
            i32.shl
            local.tee $16
            local.get $1
            i32.add
            f32.load
            f32x4.replace_lane 1
            local.get $1
            local.get $16
            i32.const 1
            i32.shl
            local.tee $17
            i32.add
            f32.load
            f32x4.replace_lane 2
            local.get $1
            local.get $16
            i32.const 3
            i32.mul
            local.tee $22
            i32.add
            f32.load
            f32x4.replace_lane 3
            local.set $9
            local.get $11
            local.get $15
            i32.add
            local.tee $1
            v128.load32_zero
            local.get $1
            local.get $16
            i32.add
            f32.load
            f32x4.replace_lane 1
            local.get $1
            local.get $17
            i32.add
            f32.load
            f32x4.replace_lane 2
            local.get $1
            local.get $22
            i32.add
            f32.load
            f32x4.replace_lane 3
            local.set $18
            local.get $9
            local.get $15
            v128.load32_zero
            local.get $15
            local.get $16
            i32.add
            f32.load
            f32x4.replace_lane 1
            local.get $15
            local.get $17
            i32.add
            f32.load
            f32x4.replace_lane 2
            local.get $15
            local.get $22
            i32.add
            f32.load
            f32x4.replace_lane 3
            local.tee $19
            f32x4.add
            local.set $20
            local.get $6
            local.get $10
            i32.const 6
            i32.shl
            i32.add
            local.tee $1
            local.get $9
            v128.store
            local.get $1
            local.get $20
            local.get $18
            f32x4.add
            v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
            f32x4.mul
            v128.store offset=16
            local.get $1
            local.get $20
            local.get $18
            f32x4.sub
            v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
            f32x4.mul
            v128.store offset=32
            local.get $1
            local.get $19
            v128.store offset=48
            local.get $10
            i32.const 1
            i32.add
            local.set $10
            br $for-loop|13
           end
          end
          i32.const 0
          local.set $1
          loop $for-loop|14
           local.get $1
           i32.const 4
           i32.lt_s
           if
            local.get $6
            local.get $1
            i32.const 4
            i32.shl
            i32.add
            local.tee $10
            v128.load
            local.set $9
            local.get $10
            i32.const -64
            i32.sub
            v128.load
            local.set $18
            local.get $9
            local.get $10
            v128.load offset=128
            local.tee $19
            f32x4.add
            local.set $20
            local.get $5
            local.get $14
            i32.add
            local.get $1
            local.get $12
            i32.mul
            i32.add
            local.tee $10
            local.get $9
            v128.store
            local.get $12
            i32.const 2
            i32.shl
            local.tee $15
            local.get $10
            i32.add
            local.get $20
            local.get $18
            f32x4.add
            v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
            f32x4.mul
            v128.store
            local.get $10
            local.get $15
            i32.const 1
            i32.shl
            i32.add
            local.get $20
            local.get $18
            f32x4.sub
            v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
            f32x4.mul
            v128.store
            local.get $10
            local.get $15
            i32.const 3
            i32.mul
            i32.add
            local.get $19
            v128.store
            local.get $1
            i32.const 1
            i32.add
            local.set $1
            br $for-loop|14
           end
          end
          local.get $0
          i32.const 4
          i32.add
          local.set $0
          br $for-loop|12
         end
        end
        local.get $8
        i32.const 1
        i32.add
        local.set $8
        br $for-loop|11
       end
      end
      local.get $7
      i32.const 16
      i32.add
      local.set $7
      br $for-loop|10
     end
    end
   else
    local.get $2
    local.get $3
    i32.mul
    local.tee $4
    i32.const 2
    i32.shl
    local.set $10
    local.get $4
    i32.const 16
    i32.add
    i32.const 2
    i32.shl
    local.set $11
    loop $for-loop|15
     local.get $3
     local.get $7
     i32.gt_s
     if
      i32.const 0
      local.set $8
      loop $for-loop|16
       local.get $2
       local.get $8
       i32.gt_s
       if
        local.get $3
        local.get $7
        local.tee $4
        i32.add
        local.tee $5
        local.get $3
        local.get $3
        local.get $5
        i32.gt_s
        select
        local.set $12
        loop $for-loop|17
         local.get $4
         local.get $12
         i32.lt_s
         if
          local.get $3
          local.get $8
          i32.mul
          local.get $4
          i32.add
          i32.const 2
          i32.shl
          local.set $13
          local.get $4
          i32.const -8
          i32.and
          local.get $2
          i32.mul
          local.get $8
          i32.const 3
          i32.shl
          i32.add
          local.get $4
          i32.const 7
          i32.and
          i32.add
          i32.const 2
          i32.shl
          local.set $14
          i32.const 0
          local.set $5
          loop $for-loop|18
           local.get $5
           i32.const 3
           i32.lt_s
           if
            local.get $0
            local.get $13
            i32.add
            local.get $5
            i32.const 3
            i32.mul
            local.get $10
            i32.mul
            i32.add
            local.tee $15
            v128.load
            local.set $9
            local.get $10
            local.get $15
            i32.add
            v128.load
            local.set $18
            local.get $9
            local.get $15
            local.get $10
            i32.const 1
            i32.shl
            i32.add
            v128.load
            local.tee $19
            f32x4.add
            local.set $20
            local.get $6
            local.get $5
            i32.const 6
            i32.shl
            i32.add
            local.tee $15
            local.get $9
            v128.store
            local.get $15
            local.get $20
            local.get $18
            f32x4.add
            v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
            f32x4.mul
            v128.store offset=16
            local.get $15
            local.get $20
            local.get $18
            f32x4.sub
            v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
            f32x4.mul
            v128.store offset=32
            local.get $15
            local.get $19
            v128.store offset=48
            local.get $5
            i32.const 1
            i32.add
            local.set $5
            br $for-loop|18
           end
          end
          i32.const 0
          local.set $5
          loop $for-loop|19
           local.get $5
           i32.const 4
           i32.lt_s
           if
            local.get $6
            local.get $5
            i32.const 4
            i32.shl
            i32.add
            local.tee $13
            v128.load
            local.set $9
            local.get $13
            i32.const -64
            i32.sub
            v128.load
            local.set $18
            local.get $9
            local.get $13
            v128.load offset=128
            local.tee $19
            f32x4.add
            local.set $20
            local.get $1
            local.get $14
            i32.add
            local.get $5
            local.get $11
            i32.mul
            i32.add
            local.tee $13
            local.get $9
            v128.store
            local.get $11
            i32.const 2
            i32.shl
            local.tee $15
            local.get $13
            i32.add
            local.get $20
            local.get $18
            f32x4.add
            v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
            f32x4.mul
            v128.store
            local.get $13
            local.get $15
            i32.const 1
            i32.shl
            i32.add
            local.get $20
            local.get $18
            f32x4.sub
            v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
            f32x4.mul
            v128.store
            local.get $13
            local.get $15
            i32.const 3
            i32.mul
            i32.add
            local.get $19
            v128.store
            local.get $5
            i32.const 1
            i32.add
            local.set $5
            br $for-loop|19
           end
          end
          local.get $4
          i32.const 4
          i32.add
          local.set $4
          br $for-loop|17
         end
        end
        local.get $8
        i32.const 1
        i32.add
        local.set $8
        br $for-loop|16
       end
      end
      local.get $3
      local.get $7
      i32.add
      local.set $7
      br $for-loop|15
     end
    end
   end
  end
 )
 (func $scripts/wasm/winogradKernels/winogradFilter (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
  local.get $0
  local.get $1
  local.get $2
  local.get $3
  local.get $4
  local.get $5
  i32.const 0
  i32.ne
  local.get $6
  call $scripts/wasm/winogradTransforms/filterTransform
 )
 (func $scripts/wasm/winogradKernels/winograd4x4 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 i32)
  (local $24 v128)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 i32)
  (local $51 i32)
  (local $52 i32)
  (local $53 i32)
  (local $54 i32)
  (local $55 v128)
  (local $56 v128)
  (local $57 v128)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 i32)
  local.get $8
  local.tee $12
  local.get $6
  i32.const 576
  i32.mul
  i32.add
  local.tee $27
  i32.const 4608
  i32.add
  local.tee $23
  i32.const 592
  i32.add
  local.tee $33
  i32.const -64
  i32.sub
  local.set $34
  local.get $6
  i32.const 2
  i32.shl
  local.set $35
  local.get $7
  i32.const 2
  i32.shl
  local.set $31
  local.get $5
  i32.const 3
  i32.add
  i32.const 2
  i32.shr_s
  local.tee $28
  local.get $4
  i32.const 3
  i32.add
  i32.const 2
  i32.shr_s
  local.tee $38
  i32.mul
  local.tee $36
  local.get $3
  i32.mul
  local.set $32
  loop $for-loop|0
   local.get $29
   local.get $32
   i32.lt_s
   if
    i32.const 4
    local.get $32
    local.get $29
    i32.sub
    local.tee $3
    local.get $3
    i32.const 4
    i32.gt_s
    select
    local.set $37
    i32.const 0
    local.set $30
    loop $for-loop|1
     local.get $30
     local.get $37
     i32.lt_s
     if
      local.get $0
      local.get $4
      local.get $11
      i32.mul
      local.get $5
      i32.mul
      local.get $35
      i32.mul
      i32.add
      local.set $3
      local.get $25
      i32.const 2
      i32.shl
      i32.const 1
      i32.sub
      local.set $39
      local.get $26
      i32.const 2
      i32.shl
      i32.const 1
      i32.sub
      local.set $8
      local.get $12
      local.get $6
      local.get $30
      i32.mul
      i32.const 2
      i32.shl
      i32.add
      local.set $9
      local.get $25
      if (result i32)
       local.get $34
       local.get $25
       i32.const 1
       i32.sub
       i32.const 1
       i32.and
       local.get $28
       i32.mul
       local.get $26
       i32.add
       local.get $6
       i32.mul
       i32.const 48
       i32.mul
       i32.add
      else
       i32.const 0
      end
      local.set $40
      local.get $34
      local.get $25
      i32.const 1
      i32.and
      local.get $28
      i32.mul
      local.get $26
      i32.add
      local.get $6
      i32.mul
      i32.const 48
      i32.mul
      i32.add
      local.set $41
      local.get $6
      i32.const 16
      i32.eq
      if
       block $scripts/wasm/winogradTransforms/inputTransform6|inlined.0
        local.get $3
        local.set $13
        local.get $9
        local.set $14
        local.get $5
        i32.const 6
        i32.shl
        local.set $42
        local.get $23
        i32.const 192
        i32.add
        local.set $43
        local.get $39
        i32.const 6
        i32.add
        local.get $4
        i32.le_s
        local.get $8
        local.get $39
        i32.or
        i32.const 0
        i32.ge_s
        i32.and
        local.get $8
        i32.const 6
        i32.add
        local.get $5
        i32.le_s
        i32.and
        if
         local.get $3
         i32.const 2
         i32.const 0
         local.get $40
         select
         local.tee $3
         local.get $39
         i32.add
         local.get $5
         i32.mul
         local.get $8
         i32.add
         i32.const 6
         i32.shl
         i32.add
         local.set $8
         i32.const 0
         local.set $15
         loop $for-loop|2
          local.get $15
          i32.const 16
          i32.lt_s
          if
           local.get $41
           local.get $15
           i32.const 48
           i32.mul
           i32.add
           local.get $23
           i32.const 384
           i32.add
           local.get $41
           select
           local.set $13
           local.get $8
           local.get $15
           i32.const 2
           i32.shl
           i32.add
           local.set $9
           local.get $3
           local.set $10
           loop $for-loop|3
            local.get $10
            i32.const 6
            i32.lt_s
            if
             local.get $9
             v128.load
             local.set $16
             local.get $9
             i32.const -64
             i32.sub
             v128.load
             local.set $17
             local.get $9
             v128.load offset=128
             local.set $18
             local.get $9
             v128.load offset=192
             local.set $19
             local.get $9
             v128.load offset=256
             local.set $20
             local.get $9
             v128.load offset=320
             local.set $21
             local.get $10
             i32.const 4
             i32.lt_s
             if (result i32)
              local.get $23
              local.get $10
              i32.const 96
              i32.mul
              i32.add
             else
              local.get $13
              local.get $10
              i32.const 4
              i32.sub
              i32.const 96
              i32.mul
              i32.add
             end
             local.tee $39
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $16
             f32x4.mul
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $18
             f32x4.mul
             f32x4.sub
             local.get $20
             f32x4.add
             v128.store
             local.get $39
             local.get $20
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $18
             f32x4.mul
             f32x4.sub
             local.tee $16
             local.get $19
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $17
             f32x4.mul
             local.tee $22
             f32x4.sub
             local.tee $24
             f32x4.add
             v128.store offset=16
             local.get $39
             local.get $16
             local.get $24
             f32x4.sub
             v128.store offset=32
             local.get $39
             local.get $20
             local.get $18
             f32x4.sub
             local.tee $16
             local.get $19
             local.get $17
             f32x4.sub
             local.tee $17
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             f32x4.mul
             f32x4.add
             v128.store offset=48
             local.get $39
             i32.const -64
             i32.sub
             local.get $16
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             local.get $17
             f32x4.mul
             f32x4.sub
             v128.store
             local.get $39
             local.get $22
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $19
             f32x4.mul
             f32x4.sub
             local.get $21
             f32x4.add
             v128.store offset=80
             local.get $9
             local.get $42
             i32.add
             local.set $9
             local.get $10
             i32.const 1
             i32.add
             local.set $10
             br $for-loop|3
            end
           end
           local.get $40
           local.get $15
           i32.const 48
           i32.mul
           i32.add
           local.get $23
           local.get $40
           select
           local.set $9
           local.get $14
           local.get $15
           i32.const 2
           i32.shl
           i32.add
           local.set $39
           i32.const 0
           local.set $10
           loop $for-loop|4
            local.get $10
            i32.const 6
            i32.lt_s
            if
             local.get $9
             local.get $10
             i32.const 4
             i32.shl
             local.tee $44
             i32.add
             local.set $45
             local.get $43
             local.get $44
             i32.add
             local.tee $46
             v128.load
             local.set $16
             local.get $13
             local.get $44
             i32.add
             local.tee $44
             v128.load
             local.set $17
             local.get $44
             v128.load offset=96
             local.set $18
             local.get $46
             v128.load offset=96
             local.tee $19
             local.get $45
             v128.load offset=96
             local.tee $20
             f32x4.sub
             local.set $21
             local.get $39
             local.get $10
             i32.const 8
             i32.shl
             i32.add
             local.tee $44
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $45
             v128.load
             f32x4.mul
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $16
             f32x4.mul
             f32x4.sub
             local.get $17
             f32x4.add
             v128.store
             local.get $44
             i32.const 1536
             i32.add
             local.get $17
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $16
             f32x4.mul
             f32x4.sub
             local.tee $22
             local.get $19
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $20
             f32x4.mul
             local.tee $20
             f32x4.sub
             local.tee $24
             f32x4.add
             v128.store
             local.get $44
             i32.const 3072
             i32.add
             local.get $22
             local.get $24
             f32x4.sub
             v128.store
             local.get $44
             i32.const 4608
             i32.add
             local.get $17
             local.get $16
             f32x4.sub
             local.tee $16
             local.get $21
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             f32x4.mul
             f32x4.add
             v128.store
             local.get $44
             i32.const 6144
             i32.add
             local.get $16
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             local.get $21
             f32x4.mul
             f32x4.sub
             v128.store
             local.get $44
             i32.const 7680
             i32.add
             local.get $20
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $19
             f32x4.mul
             f32x4.sub
             local.get $18
             f32x4.add
             v128.store
             local.get $10
             i32.const 1
             i32.add
             local.set $10
             br $for-loop|4
            end
           end
           local.get $15
           i32.const 4
           i32.add
           local.set $15
           br $for-loop|2
          end
         end
         br $scripts/wasm/winogradTransforms/inputTransform6|inlined.0
        end
        local.get $41
        i32.const 0
        i32.const 6
        local.get $4
        local.get $39
        i32.sub
        local.tee $3
        local.get $3
        i32.const 6
        i32.gt_s
        select
        local.tee $41
        i32.const 6
        i32.eq
        select
        local.set $44
        i32.const 2
        i32.const 0
        local.get $39
        i32.sub
        local.tee $3
        i32.const 0
        local.get $3
        i32.const 0
        i32.ge_s
        select
        local.tee $9
        local.get $40
        select
        local.set $3
        i32.const 0
        local.set $10
        loop $for-loop|5
         local.get $10
         i32.const 6
         i32.lt_s
         if
          local.get $10
          local.get $41
          i32.lt_s
          local.get $9
          local.get $10
          i32.le_s
          i32.and
          i32.eqz
          if
           local.get $23
           local.get $10
           i32.const 96
           i32.mul
           i32.add
           local.tee $15
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           v128.store
           local.get $15
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           v128.store offset=16
           local.get $15
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           v128.store offset=32
           local.get $15
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           v128.store offset=48
           local.get $15
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           v128.store offset=64
           local.get $15
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           v128.store offset=80
          end
          local.get $10
          i32.const 1
          i32.add
          local.set $10
          br $for-loop|5
         end
        end
        local.get $8
        i32.const 5
        i32.add
        local.tee $9
        local.get $5
        i32.le_s
        local.get $8
        i32.const -1
        i32.ge_s
        i32.and
        if
         local.get $23
         i32.const 576
         i32.add
         local.tee $45
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         v128.store
         local.get $8
         i32.const 0
         i32.ge_s
         local.set $46
         local.get $5
         local.get $9
         i32.gt_s
         local.set $47
         i32.const 0
         local.set $15
         loop $for-loop|6
          local.get $15
          i32.const 16
          i32.lt_s
          if
           local.get $44
           local.get $15
           i32.const 48
           i32.mul
           i32.add
           local.get $23
           i32.const 384
           i32.add
           local.get $44
           select
           local.set $48
           local.get $13
           local.get $3
           local.get $39
           i32.add
           local.get $5
           i32.mul
           local.get $8
           i32.add
           i32.const 1
           i32.add
           i32.const 6
           i32.shl
           i32.add
           local.get $15
           i32.const 2
           i32.shl
           i32.add
           local.set $10
           local.get $3
           local.set $9
           loop $for-loop|7
            local.get $9
            local.get $41
            i32.lt_s
            if
             local.get $10
             i32.const -64
             i32.add
             local.get $45
             local.get $46
             select
             v128.load
             local.set $16
             local.get $10
             v128.load
             local.set $17
             local.get $10
             i32.const -64
             i32.sub
             v128.load
             local.set $18
             local.get $10
             v128.load offset=128
             local.set $19
             local.get $10
             v128.load offset=192
             local.set $20
             local.get $10
             i32.const 256
             i32.add
             local.get $45
             local.get $47
             select
             v128.load
             local.set $21
             local.get $9
             i32.const 4
             i32.lt_s
             if (result i32)
              local.get $23
              local.get $9
              i32.const 96
              i32.mul
              i32.add
             else
              local.get $48
              local.get $9
              i32.const 4
              i32.sub
              i32.const 96
              i32.mul
              i32.add
             end
             local.tee $49
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $16
             f32x4.mul
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $18
             f32x4.mul
             f32x4.sub
             local.get $20
             f32x4.add
             v128.store
             local.get $49
             local.get $20
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $18
             f32x4.mul
             f32x4.sub
             local.tee $16
             local.get $19
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $17
             f32x4.mul
             local.tee $22
             f32x4.sub
             local.tee $24
             f32x4.add
             v128.store offset=16
             local.get $49
             local.get $16
             local.get $24
             f32x4.sub
             v128.store offset=32
             local.get $49
             local.get $20
             local.get $18
             f32x4.sub
             local.tee $16
             local.get $19
             local.get $17
             f32x4.sub
             local.tee $17
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             f32x4.mul
             f32x4.add
             v128.store offset=48
             local.get $49
             i32.const -64
             i32.sub
             local.get $16
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             local.get $17
             f32x4.mul
             f32x4.sub
             v128.store
             local.get $49
             local.get $22
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $19
             f32x4.mul
             f32x4.sub
             local.get $21
             f32x4.add
             v128.store offset=80
             local.get $10
             local.get $42
             i32.add
             local.set $10
             local.get $9
             i32.const 1
             i32.add
             local.set $9
             br $for-loop|7
            end
           end
           local.get $40
           local.get $15
           i32.const 48
           i32.mul
           i32.add
           local.get $23
           local.get $40
           select
           local.set $10
           local.get $14
           local.get $15
           i32.const 2
           i32.shl
           i32.add
           local.set $49
           i32.const 0
           local.set $9
           loop $for-loop|8
            local.get $9
            i32.const 6
            i32.lt_s
            if
             local.get $10
             local.get $9
             i32.const 4
             i32.shl
             local.tee $50
             i32.add
             local.set $51
             local.get $43
             local.get $50
             i32.add
             local.tee $52
             v128.load
             local.set $16
             local.get $48
             local.get $50
             i32.add
             local.tee $50
             v128.load
             local.set $17
             local.get $50
             v128.load offset=96
             local.set $18
             local.get $52
             v128.load offset=96
             local.tee $19
             local.get $51
             v128.load offset=96
             local.tee $20
             f32x4.sub
             local.set $21
             local.get $49
             local.get $9
             i32.const 8
             i32.shl
             i32.add
             local.tee $50
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $51
             v128.load
             f32x4.mul
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $16
             f32x4.mul
             f32x4.sub
             local.get $17
             f32x4.add
             v128.store
             local.get $50
             i32.const 1536
             i32.add
             local.get $17
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $16
             f32x4.mul
             f32x4.sub
             local.tee $22
             local.get $19
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $20
             f32x4.mul
             local.tee $20
             f32x4.sub
             local.tee $24
             f32x4.add
             v128.store
             local.get $50
             i32.const 3072
             i32.add
             local.get $22
             local.get $24
             f32x4.sub
             v128.store
             local.get $50
             i32.const 4608
             i32.add
             local.get $17
             local.get $16
             f32x4.sub
             local.tee $16
             local.get $21
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             f32x4.mul
             f32x4.add
             v128.store
             local.get $50
             i32.const 6144
             i32.add
             local.get $16
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             local.get $21
             f32x4.mul
             f32x4.sub
             v128.store
             local.get $50
             i32.const 7680
             i32.add
             local.get $20
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $19
             f32x4.mul
             f32x4.sub
             local.get $18
             f32x4.add
             v128.store
             local.get $9
             i32.const 1
             i32.add
             local.set $9
             br $for-loop|8
            end
           end
           local.get $15
           i32.const 4
           i32.add
           local.set $15
           br $for-loop|6
          end
         end
         br $scripts/wasm/winogradTransforms/inputTransform6|inlined.0
        end
        local.get $5
        i32.const 1
        i32.sub
        local.tee $9
        local.get $8
        local.get $5
        local.get $8
        i32.le_s
        select
        i32.const 0
        local.get $8
        i32.const 0
        i32.ge_s
        local.tee $10
        select
        i32.const 6
        i32.shl
        local.set $45
        local.get $9
        local.get $8
        i32.const 1
        i32.add
        local.tee $15
        local.get $5
        local.get $15
        i32.le_s
        select
        i32.const 0
        local.get $15
        i32.const 0
        i32.ge_s
        select
        i32.const 6
        i32.shl
        local.set $46
        local.get $9
        local.get $8
        i32.const 2
        i32.add
        local.tee $47
        local.get $5
        local.get $47
        i32.le_s
        select
        i32.const 0
        local.get $47
        i32.const 0
        i32.ge_s
        select
        i32.const 6
        i32.shl
        local.set $48
        local.get $9
        local.get $8
        i32.const 3
        i32.add
        local.tee $49
        local.get $5
        local.get $49
        i32.le_s
        select
        i32.const 0
        local.get $49
        i32.const 0
        i32.ge_s
        select
        i32.const 6
        i32.shl
        local.set $50
        local.get $9
        local.get $8
        i32.const 4
        i32.add
        local.tee $51
        local.get $5
        local.get $51
        i32.le_s
        select
        i32.const 0
        local.get $51
        i32.const 0
        i32.ge_s
        select
        i32.const 6
        i32.shl
        local.set $52
        local.get $9
        local.get $8
        i32.const 5
        i32.add
        local.tee $9
        local.get $5
        local.get $9
        i32.le_s
        select
        i32.const 0
        local.get $9
        i32.const 0
        i32.ge_s
        local.tee $53
        select
        i32.const 6
        i32.shl
        local.set $54
        v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $10
        local.get $5
        local.get $8
        i32.gt_s
        i32.and
        select
        local.set $16
        v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $5
        local.get $15
        i32.gt_s
        local.get $15
        i32.const 0
        i32.ge_s
        i32.and
        select
        local.set $17
        v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $5
        local.get $47
        i32.gt_s
        local.get $47
        i32.const 0
        i32.ge_s
        i32.and
        select
        local.set $18
        v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $5
        local.get $49
        i32.gt_s
        local.get $49
        i32.const 0
        i32.ge_s
        i32.and
        select
        local.set $19
        v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $5
        local.get $51
        i32.gt_s
        local.get $51
        i32.const 0
        i32.ge_s
        i32.and
        select
        local.set $20
        v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $5
        local.get $9
        i32.gt_s
        local.get $53
        i32.and
        select
        local.set $21
        i32.const 0
        local.set $15
        loop $for-loop|9
         local.get $15
         i32.const 16
         i32.lt_s
         if
          local.get $13
          local.get $15
          i32.const 2
          i32.shl
          i32.add
          local.set $8
          local.get $44
          local.get $15
          i32.const 48
          i32.mul
          i32.add
          local.get $23
          i32.const 384
          i32.add
          local.get $44
          select
          local.set $47
          local.get $3
          local.set $9
          loop $for-loop|10
           local.get $9
           local.get $41
           i32.lt_s
           if
            local.get $45
            local.get $8
            local.get $9
            local.get $39
            i32.add
            local.get $42
            i32.mul
            i32.add
            local.tee $10
            i32.add
            v128.load
            local.get $16
            v128.and
            local.set $22
            local.get $10
            local.get $46
            i32.add
            v128.load
            local.get $17
            v128.and
            local.set $24
            local.get $10
            local.get $48
            i32.add
            v128.load
            local.get $18
            v128.and
            local.set $55
            local.get $10
            local.get $50
            i32.add
            v128.load
            local.get $19
            v128.and
            local.set $56
            local.get $10
            local.get $52
            i32.add
            v128.load
            local.get $20
            v128.and
            local.set $57
            local.get $10
            local.get $54
            i32.add
            v128.load
            local.get $21
            v128.and
            local.set $58
            local.get $9
            i32.const 4
            i32.lt_s
            if (result i32)
             local.get $23
             local.get $9
             i32.const 96
             i32.mul
             i32.add
            else
             local.get $47
             local.get $9
             i32.const 4
             i32.sub
             i32.const 96
             i32.mul
             i32.add
            end
            local.tee $10
            v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
            local.get $22
            f32x4.mul
            v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
            local.get $55
            f32x4.mul
            f32x4.sub
            local.get $57
            f32x4.add
            v128.store
            local.get $10
            local.get $57
            v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
            local.get $55
            f32x4.mul
            f32x4.sub
            local.tee $22
            local.get $56
            v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
            local.get $24
            f32x4.mul
            local.tee $59
            f32x4.sub
            local.tee $60
            f32x4.add
            v128.store offset=16
            local.get $10
            local.get $22
            local.get $60
            f32x4.sub
            v128.store offset=32
            local.get $10
            local.get $57
            local.get $55
            f32x4.sub
            local.tee $22
            local.get $56
            local.get $24
            f32x4.sub
            local.tee $24
            v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
            f32x4.mul
            f32x4.add
            v128.store offset=48
            local.get $10
            i32.const -64
            i32.sub
            local.get $22
            v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
            local.get $24
            f32x4.mul
            f32x4.sub
            v128.store
            local.get $10
            local.get $59
            v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
            local.get $56
            f32x4.mul
            f32x4.sub
            local.get $58
            f32x4.add
            v128.store offset=80
            local.get $9
            i32.const 1
            i32.add
            local.set $9
            br $for-loop|10
           end
          end
          local.get $40
          local.get $15
          i32.const 48
          i32.mul
          i32.add
          local.get $23
          local.get $40
          select
          local.set $8
          local.get $14
          local.get $15
          i32.const 2
          i32.shl
          i32.add
          local.set $9
          i32.const 0
          local.set $10
          loop $for-loop|11
           local.get $10
           i32.const 6
           i32.lt_s
           if
            local.get $8
            local.get $10
            i32.const 4
            i32.shl
            local.tee $49
            i32.add
            local.set $51
            local.get $43
            local.get $49
            i32.add
            local.tee $53
            v128.load
            local.set $22
            local.get $47
            local.get $49
            i32.add
            local.tee $49
            v128.load
            local.set $24
            local.get $49
            v128.load offset=96
            local.set $55
            local.get $53
            v128.load offset=96
            local.tee $56
            local.get $51
            v128.load offset=96
            local.tee $57
            f32x4.sub
            local.set $58
            local.get $9
            local.get $10
            i32.const 8
            i32.shl
            i32.add
            local.tee $49
            v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
            local.get $51
            v128.load
            f32x4.mul
            v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
            local.get $22
            f32x4.mul
            f32x4.sub
            local.get $24
            f32x4.add
            v128.store
            local.get $49
            i32.const 1536
            i32.add
            local.get $24
            v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
            local.get $22
            f32x4.mul
            f32x4.sub
            local.tee $59
            local.get $56
            v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
            local.get $57
            f32x4.mul
            local.tee $57
            f32x4.sub
            local.tee $60
            f32x4.add
            v128.store
            local.get $49
            i32.const 3072
            i32.add
            local.get $59
            local.get $60
            f32x4.sub
            v128.store
            local.get $49
            i32.const 4608
            i32.add
            local.get $24
            local.get $22
            f32x4.sub
            local.tee $22
            local.get $58
            v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
            f32x4.mul
            f32x4.add
            v128.store
            local.get $49
            i32.const 6144
            i32.add
            local.get $22
            v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
            local.get $58
            f32x4.mul
            f32x4.sub
            v128.store
            local.get $49
            i32.const 7680
            i32.add
            local.get $57
            v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
            local.get $56
            f32x4.mul
            f32x4.sub
            local.get $55
            f32x4.add
            v128.store
            local.get $10
            i32.const 1
            i32.add
            local.set $10
            br $for-loop|11
           end
          end
          local.get $15
          i32.const 4
          i32.add
          local.set $15
          br $for-loop|9
         end
        end
       end
      else
       local.get $6
       i32.const 32
       i32.eq
       if
        block $scripts/wasm/winogradTransforms/inputTransform6|inlined.1
         local.get $3
         local.set $13
         local.get $9
         local.set $14
         local.get $5
         i32.const 7
         i32.shl
         local.set $42
         local.get $23
         i32.const 192
         i32.add
         local.set $43
         local.get $39
         i32.const 6
         i32.add
         local.get $4
         i32.le_s
         local.get $8
         local.get $39
         i32.or
         i32.const 0
         i32.ge_s
         i32.and
         local.get $8
         i32.const 6
         i32.add
         local.get $5
         i32.le_s
         i32.and
         if
          local.get $3
          i32.const 2
          i32.const 0
          local.get $40
          select
          local.tee $3
          local.get $39
          i32.add
          local.get $5
          i32.mul
          local.get $8
          i32.add
          i32.const 7
          i32.shl
          i32.add
          local.set $8
          i32.const 0
          local.set $15
          loop $for-loop|12
           local.get $15
           i32.const 32
           i32.lt_s
           if
            local.get $41
            local.get $15
            i32.const 48
            i32.mul
            i32.add
            local.get $23
            i32.const 384
            i32.add
            local.get $41
            select
            local.set $13
            local.get $8
            local.get $15
            i32.const 2
            i32.shl
            i32.add
            local.set $9
            local.get $3
            local.set $10
            loop $for-loop|13
             local.get $10
             i32.const 6
             i32.lt_s
             if
              local.get $9
              v128.load
              local.set $16
              local.get $9
              v128.load offset=128
              local.set $17
              local.get $9
              v128.load offset=256
              local.set $18
              local.get $9
              v128.load offset=384
              local.set $19
              local.get $9
              v128.load offset=512
              local.set $20
              local.get $9
              v128.load offset=640
              local.set $21
              local.get $10
              i32.const 4
              i32.lt_s
              if (result i32)
               local.get $23
               local.get $10
               i32.const 96
               i32.mul
               i32.add
              else
               local.get $13
               local.get $10
               i32.const 4
               i32.sub
               i32.const 96
               i32.mul
               i32.add
              end
              local.tee $39
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $16
              f32x4.mul
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $18
              f32x4.mul
              f32x4.sub
              local.get $20
              f32x4.add
              v128.store
              local.get $39
              local.get $20
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $18
              f32x4.mul
              f32x4.sub
              local.tee $16
              local.get $19
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $17
              f32x4.mul
              local.tee $22
              f32x4.sub
              local.tee $24
              f32x4.add
              v128.store offset=16
              local.get $39
              local.get $16
              local.get $24
              f32x4.sub
              v128.store offset=32
              local.get $39
              local.get $20
              local.get $18
              f32x4.sub
              local.tee $16
              local.get $19
              local.get $17
              f32x4.sub
              local.tee $17
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              f32x4.mul
              f32x4.add
              v128.store offset=48
              local.get $39
              i32.const -64
              i32.sub
              local.get $16
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              local.get $17
              f32x4.mul
              f32x4.sub
              v128.store
              local.get $39
              local.get $22
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $19
              f32x4.mul
              f32x4.sub
              local.get $21
              f32x4.add
              v128.store offset=80
              local.get $9
              local.get $42
              i32.add
              local.set $9
              local.get $10
              i32.const 1
              i32.add
              local.set $10
              br $for-loop|13
             end
            end
            local.get $40
            local.get $15
            i32.const 48
            i32.mul
            i32.add
            local.get $23
            local.get $40
            select
            local.set $9
            local.get $14
            local.get $15
            i32.const 2
            i32.shl
            i32.add
            local.set $39
            i32.const 0
            local.set $10
            loop $for-loop|14
             local.get $10
             i32.const 6
             i32.lt_s
             if
              local.get $9
              local.get $10
              i32.const 4
              i32.shl
              local.tee $44
              i32.add
              local.set $45
              local.get $43
              local.get $44
              i32.add
              local.tee $46
              v128.load
              local.set $16
              local.get $13
              local.get $44
              i32.add
              local.tee $44
              v128.load
              local.set $17
              local.get $44
              v128.load offset=96
              local.set $18
              local.get $46
              v128.load offset=96
              local.tee $19
              local.get $45
              v128.load offset=96
              local.tee $20
              f32x4.sub
              local.set $21
              local.get $39
              local.get $10
              i32.const 9
              i32.shl
              i32.add
              local.tee $44
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $45
              v128.load
              f32x4.mul
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $16
              f32x4.mul
              f32x4.sub
              local.get $17
              f32x4.add
              v128.store
              local.get $44
              i32.const 3072
              i32.add
              local.get $17
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $16
              f32x4.mul
              f32x4.sub
              local.tee $22
              local.get $19
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $20
              f32x4.mul
              local.tee $20
              f32x4.sub
              local.tee $24
              f32x4.add
              v128.store
              local.get $44
              i32.const 6144
              i32.add
              local.get $22
              local.get $24
              f32x4.sub
              v128.store
              local.get $44
              i32.const 9216
              i32.add
              local.get $17
              local.get $16
              f32x4.sub
              local.tee $16
              local.get $21
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              f32x4.mul
              f32x4.add
              v128.store
              local.get $44
              i32.const 12288
              i32.add
              local.get $16
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              local.get $21
              f32x4.mul
              f32x4.sub
              v128.store
              local.get $44
              i32.const 15360
              i32.add
              local.get $20
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $19
              f32x4.mul
              f32x4.sub
              local.get $18
              f32x4.add
              v128.store
              local.get $10
              i32.const 1
              i32.add
              local.set $10
              br $for-loop|14
             end
            end
            local.get $15
            i32.const 4
            i32.add
            local.set $15
            br $for-loop|12
           end
          end
          br $scripts/wasm/winogradTransforms/inputTransform6|inlined.1
         end
         local.get $41
         i32.const 0
         i32.const 6
         local.get $4
         local.get $39
         i32.sub
         local.tee $3
         local.get $3
         i32.const 6
         i32.gt_s
         select
         local.tee $41
         i32.const 6
         i32.eq
         select
         local.set $44
         i32.const 2
         i32.const 0
         local.get $39
         i32.sub
         local.tee $3
         i32.const 0
         local.get $3
         i32.const 0
         i32.ge_s
         select
         local.tee $9
         local.get $40
         select
         local.set $3
         i32.const 0
         local.set $10
         loop $for-loop|15
          local.get $10
          i32.const 6
          i32.lt_s
          if
           local.get $10
           local.get $41
           i32.lt_s
           local.get $9
           local.get $10
           i32.le_s
           i32.and
           i32.eqz
           if
            local.get $23
            local.get $10
            i32.const 96
            i32.mul
            i32.add
            local.tee $15
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            v128.store
            local.get $15
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            v128.store offset=16
            local.get $15
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            v128.store offset=32
            local.get $15
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            v128.store offset=48
            local.get $15
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            v128.store offset=64
            local.get $15
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            v128.store offset=80
           end
           local.get $10
           i32.const 1
           i32.add
           local.set $10
           br $for-loop|15
          end
         end
         local.get $8
         i32.const 5
         i32.add
         local.tee $9
         local.get $5
         i32.le_s
         local.get $8
         i32.const -1
         i32.ge_s
         i32.and
         if
          local.get $23
          i32.const 576
          i32.add
          local.tee $45
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          v128.store
          local.get $8
          i32.const 0
          i32.ge_s
          local.set $46
          local.get $5
          local.get $9
          i32.gt_s
          local.set $47
          i32.const 0
          local.set $15
          loop $for-loop|16
           local.get $15
           i32.const 32
           i32.lt_s
           if
            local.get $44
            local.get $15
            i32.const 48
            i32.mul
            i32.add
            local.get $23
            i32.const 384
            i32.add
            local.get $44
            select
            local.set $48
            local.get $13
            local.get $3
            local.get $39
            i32.add
            local.get $5
            i32.mul
            local.get $8
            i32.add
            i32.const 1
            i32.add
            i32.const 7
            i32.shl
            i32.add
            local.get $15
            i32.const 2
            i32.shl
            i32.add
            local.set $10
            local.get $3
            local.set $9
            loop $for-loop|17
             local.get $9
             local.get $41
             i32.lt_s
             if
              local.get $10
              i32.const 128
              i32.sub
              local.get $45
              local.get $46
              select
              v128.load
              local.set $16
              local.get $10
              v128.load
              local.set $17
              local.get $10
              v128.load offset=128
              local.set $18
              local.get $10
              v128.load offset=256
              local.set $19
              local.get $10
              v128.load offset=384
              local.set $20
              local.get $10
              i32.const 512
              i32.add
              local.get $45
              local.get $47
              select
              v128.load
              local.set $21
              local.get $9
              i32.const 4
              i32.lt_s
              if (result i32)
               local.get $23
               local.get $9
               i32.const 96
               i32.mul
               i32.add
              else
               local.get $48
               local.get $9
               i32.const 4
               i32.sub
               i32.const 96
               i32.mul
               i32.add
              end
              local.tee $49
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $16
              f32x4.mul
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $18
              f32x4.mul
              f32x4.sub
              local.get $20
              f32x4.add
              v128.store
              local.get $49
              local.get $20
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $18
              f32x4.mul
              f32x4.sub
              local.tee $16
              local.get $19
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $17
              f32x4.mul
              local.tee $22
              f32x4.sub
              local.tee $24
              f32x4.add
              v128.store offset=16
              local.get $49
              local.get $16
              local.get $24
              f32x4.sub
              v128.store offset=32
              local.get $49
              local.get $20
              local.get $18
              f32x4.sub
              local.tee $16
              local.get $19
              local.get $17
              f32x4.sub
              local.tee $17
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              f32x4.mul
              f32x4.add
              v128.store offset=48
              local.get $49
              i32.const -64
              i32.sub
              local.get $16
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              local.get $17
              f32x4.mul
              f32x4.sub
              v128.store
              local.get $49
              local.get $22
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $19
              f32x4.mul
              f32x4.sub
              local.get $21
              f32x4.add
              v128.store offset=80
              local.get $10
              local.get $42
              i32.add
              local.set $10
              local.get $9
              i32.const 1
              i32.add
              local.set $9
              br $for-loop|17
             end
            end
            local.get $40
            local.get $15
            i32.const 48
            i32.mul
            i32.add
            local.get $23
            local.get $40
            select
            local.set $10
            local.get $14
            local.get $15
            i32.const 2
            i32.shl
            i32.add
            local.set $49
            i32.const 0
            local.set $9
            loop $for-loop|18
             local.get $9
             i32.const 6
             i32.lt_s
             if
              local.get $10
              local.get $9
              i32.const 4
              i32.shl
              local.tee $50
              i32.add
              local.set $51
              local.get $43
              local.get $50
              i32.add
              local.tee $52
              v128.load
              local.set $16
              local.get $48
              local.get $50
              i32.add
              local.tee $50
              v128.load
              local.set $17
              local.get $50
              v128.load offset=96
              local.set $18
              local.get $52
              v128.load offset=96
              local.tee $19
              local.get $51
              v128.load offset=96
              local.tee $20
              f32x4.sub
              local.set $21
              local.get $49
              local.get $9
              i32.const 9
              i32.shl
              i32.add
              local.tee $50
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $51
              v128.load
              f32x4.mul
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $16
              f32x4.mul
              f32x4.sub
              local.get $17
              f32x4.add
              v128.store
              local.get $50
              i32.const 3072
              i32.add
              local.get $17
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $16
              f32x4.mul
              f32x4.sub
              local.tee $22
              local.get $19
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $20
              f32x4.mul
              local.tee $20
              f32x4.sub
              local.tee $24
              f32x4.add
              v128.store
              local.get $50
              i32.const 6144
              i32.add
              local.get $22
              local.get $24
              f32x4.sub
              v128.store
              local.get $50
              i32.const 9216
              i32.add
              local.get $17
              local.get $16
              f32x4.sub
              local.tee $16
              local.get $21
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              f32x4.mul
              f32x4.add
              v128.store
              local.get $50
              i32.const 12288
              i32.add
              local.get $16
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              local.get $21
              f32x4.mul
              f32x4.sub
              v128.store
              local.get $50
              i32.const 15360
              i32.add
              local.get $20
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $19
              f32x4.mul
              f32x4.sub
              local.get $18
              f32x4.add
              v128.store
              local.get $9
              i32.const 1
              i32.add
              local.set $9
              br $for-loop|18
             end
            end
            local.get $15
            i32.const 4
            i32.add
            local.set $15
            br $for-loop|16
           end
          end
          br $scripts/wasm/winogradTransforms/inputTransform6|inlined.1
         end
         local.get $5
         i32.const 1
         i32.sub
         local.tee $9
         local.get $8
         local.get $5
         local.get $8
         i32.le_s
         select
         i32.const 0
         local.get $8
         i32.const 0
         i32.ge_s
         local.tee $10
         select
         i32.const 7
         i32.shl
         local.set $45
         local.get $9
         local.get $8
         i32.const 1
         i32.add
         local.tee $15
         local.get $5
         local.get $15
         i32.le_s
         select
         i32.const 0
         local.get $15
         i32.const 0
         i32.ge_s
         select
         i32.const 7
         i32.shl
         local.set $46
         local.get $9
         local.get $8
         i32.const 2
         i32.add
         local.tee $47
         local.get $5
         local.get $47
         i32.le_s
         select
         i32.const 0
         local.get $47
         i32.const 0
         i32.ge_s
         select
         i32.const 7
         i32.shl
         local.set $48
         local.get $9
         local.get $8
         i32.const 3
         i32.add
         local.tee $49
         local.get $5
         local.get $49
         i32.le_s
         select
         i32.const 0
         local.get $49
         i32.const 0
         i32.ge_s
         select
         i32.const 7
         i32.shl
         local.set $50
         local.get $9
         local.get $8
         i32.const 4
         i32.add
         local.tee $51
         local.get $5
         local.get $51
         i32.le_s
         select
         i32.const 0
         local.get $51
         i32.const 0
         i32.ge_s
         select
         i32.const 7
         i32.shl
         local.set $52
         local.get $9
         local.get $8
         i32.const 5
         i32.add
         local.tee $9
         local.get $5
         local.get $9
         i32.le_s
         select
         i32.const 0
         local.get $9
         i32.const 0
         i32.ge_s
         local.tee $53
         select
         i32.const 7
         i32.shl
         local.set $54
         v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $10
         local.get $5
         local.get $8
         i32.gt_s
         i32.and
         select
         local.set $16
         v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $5
         local.get $15
         i32.gt_s
         local.get $15
         i32.const 0
         i32.ge_s
         i32.and
         select
         local.set $17
         v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $5
         local.get $47
         i32.gt_s
         local.get $47
         i32.const 0
         i32.ge_s
         i32.and
         select
         local.set $18
         v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $5
         local.get $49
         i32.gt_s
         local.get $49
         i32.const 0
         i32.ge_s
         i32.and
         select
         local.set $19
         v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $5
         local.get $51
         i32.gt_s
         local.get $51
         i32.const 0
         i32.ge_s
         i32.and
         select
         local.set $20
         v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $5
         local.get $9
         i32.gt_s
         local.get $53
         i32.and
         select
         local.set $21
         i32.const 0
         local.set $15
         loop $for-loop|19
          local.get $15
          i32.const 32
          i32.lt_s
          if
           local.get $13
           local.get $15
           i32.const 2
           i32.shl
           i32.add
           local.set $8
           local.get $44
           local.get $15
           i32.const 48
           i32.mul
           i32.add
           local.get $23
           i32.const 384
           i32.add
           local.get $44
           select
           local.set $47
           local.get $3
           local.set $9
           loop $for-loop|20
            local.get $9
            local.get $41
            i32.lt_s
            if
             local.get $45
             local.get $8
             local.get $9
             local.get $39
             i32.add
             local.get $42
             i32.mul
             i32.add
             local.tee $10
             i32.add
             v128.load
             local.get $16
             v128.and
             local.set $22
             local.get $10
             local.get $46
             i32.add
             v128.load
             local.get $17
             v128.and
             local.set $24
             local.get $10
             local.get $48
             i32.add
             v128.load
             local.get $18
             v128.and
             local.set $55
             local.get $10
             local.get $50
             i32.add
             v128.load
             local.get $19
             v128.and
             local.set $56
             local.get $10
             local.get $52
             i32.add
             v128.load
             local.get $20
             v128.and
             local.set $57
             local.get $10
             local.get $54
             i32.add
             v128.load
             local.get $21
             v128.and
             local.set $58
             local.get $9
             i32.const 4
             i32.lt_s
             if (result i32)
              local.get $23
              local.get $9
              i32.const 96
              i32.mul
              i32.add
             else
              local.get $47
              local.get $9
              i32.const 4
              i32.sub
              i32.const 96
              i32.mul
              i32.add
             end
             local.tee $10
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $22
             f32x4.mul
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $55
             f32x4.mul
             f32x4.sub
             local.get $57
             f32x4.add
             v128.store
             local.get $10
             local.get $57
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $55
             f32x4.mul
             f32x4.sub
             local.tee $22
             local.get $56
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $24
             f32x4.mul
             local.tee $59
             f32x4.sub
             local.tee $60
             f32x4.add
             v128.store offset=16
             local.get $10
             local.get $22
             local.get $60
             f32x4.sub
             v128.store offset=32
             local.get $10
             local.get $57
             local.get $55
             f32x4.sub
             local.tee $22
             local.get $56
             local.get $24
             f32x4.sub
             local.tee $24
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             f32x4.mul
             f32x4.add
             v128.store offset=48
             local.get $10
             i32.const -64
             i32.sub
             local.get $22
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             local.get $24
             f32x4.mul
             f32x4.sub
             v128.store
             local.get $10
             local.get $59
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $56
             f32x4.mul
             f32x4.sub
             local.get $58
             f32x4.add
             v128.store offset=80
             local.get $9
             i32.const 1
             i32.add
             local.set $9
             br $for-loop|20
            end
           end
           local.get $40
           local.get $15
           i32.const 48
           i32.mul
           i32.add
           local.get $23
           local.get $40
           select
           local.set $8
           local.get $14
           local.get $15
           i32.const 2
           i32.shl
           i32.add
           local.set $9
           i32.const 0
           local.set $10
           loop $for-loop|21
            local.get $10
            i32.const 6
            i32.lt_s
            if
             local.get $8
             local.get $10
             i32.const 4
             i32.shl
             local.tee $49
             i32.add
             local.set $51
             local.get $43
             local.get $49
             i32.add
             local.tee $53
             v128.load
             local.set $22
             local.get $47
             local.get $49
             i32.add
             local.tee $49
             v128.load
             local.set $24
             local.get $49
             v128.load offset=96
             local.set $55
             local.get $53
             v128.load offset=96
             local.tee $56
             local.get $51
             v128.load offset=96
             local.tee $57
             f32x4.sub
             local.set $58
             local.get $9
             local.get $10
             i32.const 9
             i32.shl
             i32.add
             local.tee $49
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $51
             v128.load
             f32x4.mul
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $22
             f32x4.mul
             f32x4.sub
             local.get $24
             f32x4.add
             v128.store
             local.get $49
             i32.const 3072
             i32.add
             local.get $24
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $22
             f32x4.mul
             f32x4.sub
             local.tee $59
             local.get $56
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $57
             f32x4.mul
             local.tee $57
             f32x4.sub
             local.tee $60
             f32x4.add
             v128.store
             local.get $49
             i32.const 6144
             i32.add
             local.get $59
             local.get $60
             f32x4.sub
             v128.store
             local.get $49
             i32.const 9216
             i32.add
             local.get $24
             local.get $22
             f32x4.sub
             local.tee $22
             local.get $58
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             f32x4.mul
             f32x4.add
             v128.store
             local.get $49
             i32.const 12288
             i32.add
             local.get $22
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             local.get $58
             f32x4.mul
             f32x4.sub
             v128.store
             local.get $49
             i32.const 15360
             i32.add
             local.get $57
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $56
             f32x4.mul
             f32x4.sub
             local.get $55
             f32x4.add
             v128.store
             local.get $10
             i32.const 1
             i32.add
             local.set $10
             br $for-loop|21
            end
           end
           local.get $15
           i32.const 4
           i32.add
           local.set $15
           br $for-loop|19
          end
         end
        end
       else
        local.get $6
        i32.const 64
        i32.eq
        if
         block $scripts/wasm/winogradTransforms/inputTransform6|inlined.2
          local.get $3
          local.set $13
          local.get $9
          local.set $14
          local.get $5
          i32.const 8
          i32.shl
          local.set $42
          local.get $23
          i32.const 192
          i32.add
          local.set $43
          local.get $39
          i32.const 6
          i32.add
          local.get $4
          i32.le_s
          local.get $8
          local.get $39
          i32.or
          i32.const 0
          i32.ge_s
          i32.and
          local.get $8
          i32.const 6
          i32.add
          local.get $5
          i32.le_s
          i32.and
          if
           local.get $3
           i32.const 2
           i32.const 0
           local.get $40
           select
           local.tee $3
           local.get $39
           i32.add
           local.get $5
           i32.mul
           local.get $8
           i32.add
           i32.const 8
           i32.shl
           i32.add
           local.set $8
           i32.const 0
           local.set $15
           loop $for-loop|22
            local.get $15
            i32.const 64
            i32.lt_s
            if
             local.get $41
             local.get $15
             i32.const 48
             i32.mul
             i32.add
             local.get $23
             i32.const 384
             i32.add
             local.get $41
             select
             local.set $13
             local.get $8
             local.get $15
             i32.const 2
             i32.shl
             i32.add
             local.set $9
             local.get $3
             local.set $10
             loop $for-loop|23
              local.get $10
              i32.const 6
              i32.lt_s
              if
               local.get $9
               v128.load
               local.set $16
               local.get $9
               v128.load offset=256
               local.set $17
               local.get $9
               v128.load offset=512
               local.set $18
               local.get $9
               v128.load offset=768
               local.set $19
               local.get $9
               i32.const 1024
               i32.add
               v128.load
               local.set $20
               local.get $9
               i32.const 1280
               i32.add
               v128.load
               local.set $21
               local.get $10
               i32.const 4
               i32.lt_s
               if (result i32)
                local.get $23
                local.get $10
                i32.const 96
                i32.mul
                i32.add
               else
                local.get $13
                local.get $10
                i32.const 4
                i32.sub
                i32.const 96
                i32.mul
                i32.add
               end
               local.tee $39
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $16
               f32x4.mul
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $18
               f32x4.mul
               f32x4.sub
               local.get $20
               f32x4.add
               v128.store
               local.get $39
               local.get $20
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $18
               f32x4.mul
               f32x4.sub
               local.tee $16
               local.get $19
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $17
               f32x4.mul
               local.tee $22
               f32x4.sub
               local.tee $24
               f32x4.add
               v128.store offset=16
               local.get $39
               local.get $16
               local.get $24
               f32x4.sub
               v128.store offset=32
               local.get $39
               local.get $20
               local.get $18
               f32x4.sub
               local.tee $16
               local.get $19
               local.get $17
               f32x4.sub
               local.tee $17
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               f32x4.mul
               f32x4.add
               v128.store offset=48
               local.get $39
               i32.const -64
               i32.sub
               local.get $16
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               local.get $17
               f32x4.mul
               f32x4.sub
               v128.store
               local.get $39
               local.get $22
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $19
               f32x4.mul
               f32x4.sub
               local.get $21
               f32x4.add
               v128.store offset=80
               local.get $9
               local.get $42
               i32.add
               local.set $9
               local.get $10
               i32.const 1
               i32.add
               local.set $10
               br $for-loop|23
              end
             end
             local.get $40
             local.get $15
             i32.const 48
             i32.mul
             i32.add
             local.get $23
             local.get $40
             select
             local.set $9
             local.get $14
             local.get $15
             i32.const 2
             i32.shl
             i32.add
             local.set $39
             i32.const 0
             local.set $10
             loop $for-loop|24
              local.get $10
              i32.const 6
              i32.lt_s
              if
               local.get $9
               local.get $10
               i32.const 4
               i32.shl
               local.tee $44
               i32.add
               local.set $45
               local.get $43
               local.get $44
               i32.add
               local.tee $46
               v128.load
               local.set $16
               local.get $13
               local.get $44
               i32.add
               local.tee $44
               v128.load
               local.set $17
               local.get $44
               v128.load offset=96
               local.set $18
               local.get $46
               v128.load offset=96
               local.tee $19
               local.get $45
               v128.load offset=96
               local.tee $20
               f32x4.sub
               local.set $21
               local.get $39
               local.get $10
               i32.const 10
               i32.shl
               i32.add
               local.tee $44
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $45
               v128.load
               f32x4.mul
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $16
               f32x4.mul
               f32x4.sub
               local.get $17
               f32x4.add
               v128.store
               local.get $44
               i32.const 6144
               i32.add
               local.get $17
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $16
               f32x4.mul
               f32x4.sub
               local.tee $22
               local.get $19
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $20
               f32x4.mul
               local.tee $20
               f32x4.sub
               local.tee $24
               f32x4.add
               v128.store
               local.get $44
               i32.const 12288
               i32.add
               local.get $22
               local.get $24
               f32x4.sub
               v128.store
               local.get $44
               i32.const 18432
               i32.add
               local.get $17
               local.get $16
               f32x4.sub
               local.tee $16
               local.get $21
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               f32x4.mul
               f32x4.add
               v128.store
               local.get $44
               i32.const 24576
               i32.add
               local.get $16
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               local.get $21
               f32x4.mul
               f32x4.sub
               v128.store
               local.get $44
               i32.const 30720
               i32.add
               local.get $20
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $19
               f32x4.mul
               f32x4.sub
               local.get $18
               f32x4.add
               v128.store
               local.get $10
               i32.const 1
               i32.add
               local.set $10
               br $for-loop|24
              end
             end
             local.get $15
             i32.const 4
             i32.add
             local.set $15
             br $for-loop|22
            end
           end
           br $scripts/wasm/winogradTransforms/inputTransform6|inlined.2
          end
          local.get $41
          i32.const 0
          i32.const 6
          local.get $4
          local.get $39
          i32.sub
          local.tee $3
          local.get $3
          i32.const 6
          i32.gt_s
          select
          local.tee $41
          i32.const 6
          i32.eq
          select
          local.set $44
          i32.const 2
          i32.const 0
          local.get $39
          i32.sub
          local.tee $3
          i32.const 0
          local.get $3
          i32.const 0
          i32.ge_s
          select
          local.tee $9
          local.get $40
          select
          local.set $3
          i32.const 0
          local.set $10
          loop $for-loop|25
           local.get $10
           i32.const 6
           i32.lt_s
           if
            local.get $10
            local.get $41
            i32.lt_s
            local.get $9
            local.get $10
            i32.le_s
            i32.and
            i32.eqz
            if
             local.get $23
             local.get $10
             i32.const 96
             i32.mul
             i32.add
             local.tee $15
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store
             local.get $15
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store offset=16
             local.get $15
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store offset=32
             local.get $15
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store offset=48
             local.get $15
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store offset=64
             local.get $15
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store offset=80
            end
            local.get $10
            i32.const 1
            i32.add
            local.set $10
            br $for-loop|25
           end
          end
          local.get $8
          i32.const 5
          i32.add
          local.tee $9
          local.get $5
          i32.le_s
          local.get $8
          i32.const -1
          i32.ge_s
          i32.and
          if
           local.get $23
           i32.const 576
           i32.add
           local.tee $45
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           v128.store
           local.get $8
           i32.const 0
           i32.ge_s
           local.set $46
           local.get $5
           local.get $9
           i32.gt_s
           local.set $47
           i32.const 0
           local.set $15
           loop $for-loop|26
            local.get $15
            i32.const 64
            i32.lt_s
            if
             local.get $44
             local.get $15
             i32.const 48
             i32.mul
             i32.add
             local.get $23
             i32.const 384
             i32.add
             local.get $44
             select
             local.set $48
             local.get $13
             local.get $3
             local.get $39
             i32.add
             local.get $5
             i32.mul
             local.get $8
             i32.add
             i32.const 1
             i32.add
             i32.const 8
             i32.shl
             i32.add
             local.get $15
             i32.const 2
             i32.shl
             i32.add
             local.set $10
             local.get $3
             local.set $9
             loop $for-loop|27
              local.get $9
              local.get $41
              i32.lt_s
              if
               local.get $10
               i32.const 256
               i32.sub
               local.get $45
               local.get $46
               select
               v128.load
               local.set $16
               local.get $10
               v128.load
               local.set $17
               local.get $10
               v128.load offset=256
               local.set $18
               local.get $10
               v128.load offset=512
               local.set $19
               local.get $10
               v128.load offset=768
               local.set $20
               local.get $10
               i32.const 1024
               i32.add
               local.get $45
               local.get $47
               select
               v128.load
               local.set $21
               local.get $9
               i32.const 4
               i32.lt_s
               if (result i32)
                local.get $23
                local.get $9
                i32.const 96
                i32.mul
                i32.add
               else
                local.get $48
                local.get $9
                i32.const 4
                i32.sub
                i32.const 96
                i32.mul
                i32.add
               end
               local.tee $49
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $16
               f32x4.mul
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $18
               f32x4.mul
               f32x4.sub
               local.get $20
               f32x4.add
               v128.store
               local.get $49
               local.get $20
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $18
               f32x4.mul
               f32x4.sub
               local.tee $16
               local.get $19
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $17
               f32x4.mul
               local.tee $22
               f32x4.sub
               local.tee $24
               f32x4.add
               v128.store offset=16
               local.get $49
               local.get $16
               local.get $24
               f32x4.sub
               v128.store offset=32
               local.get $49
               local.get $20
               local.get $18
               f32x4.sub
               local.tee $16
               local.get $19
               local.get $17
               f32x4.sub
               local.tee $17
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               f32x4.mul
               f32x4.add
               v128.store offset=48
               local.get $49
               i32.const -64
               i32.sub
               local.get $16
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               local.get $17
               f32x4.mul
               f32x4.sub
               v128.store
               local.get $49
               local.get $22
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $19
               f32x4.mul
               f32x4.sub
               local.get $21
               f32x4.add
               v128.store offset=80
               local.get $10
               local.get $42
               i32.add
               local.set $10
               local.get $9
               i32.const 1
               i32.add
               local.set $9
               br $for-loop|27
              end
             end
             local.get $40
             local.get $15
             i32.const 48
             i32.mul
             i32.add
             local.get $23
             local.get $40
             select
             local.set $10
             local.get $14
             local.get $15
             i32.const 2
             i32.shl
             i32.add
             local.set $49
             i32.const 0
             local.set $9
             loop $for-loop|28
              local.get $9
              i32.const 6
              i32.lt_s
              if
               local.get $10
               local.get $9
               i32.const 4
               i32.shl
               local.tee $50
               i32.add
               local.set $51
               local.get $43
               local.get $50
               i32.add
               local.tee $52
               v128.load
               local.set $16
               local.get $48
               local.get $50
               i32.add
               local.tee $50
               v128.load
               local.set $17
               local.get $50
               v128.load offset=96
               local.set $18
               local.get $52
               v128.load offset=96
               local.tee $19
               local.get $51
               v128.load offset=96
               local.tee $20
               f32x4.sub
               local.set $21
               local.get $49
               local.get $9
               i32.const 10
               i32.shl
               i32.add
               local.tee $50
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $51
               v128.load
               f32x4.mul
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $16
               f32x4.mul
               f32x4.sub
               local.get $17
               f32x4.add
               v128.store
               local.get $50
               i32.const 6144
               i32.add
               local.get $17
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $16
               f32x4.mul
               f32x4.sub
               local.tee $22
               local.get $19
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $20
               f32x4.mul
               local.tee $20
               f32x4.sub
               local.tee $24
               f32x4.add
               v128.store
               local.get $50
               i32.const 12288
               i32.add
               local.get $22
               local.get $24
               f32x4.sub
               v128.store
               local.get $50
               i32.const 18432
               i32.add
               local.get $17
               local.get $16
               f32x4.sub
               local.tee $16
               local.get $21
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               f32x4.mul
               f32x4.add
               v128.store
               local.get $50
               i32.const 24576
               i32.add
               local.get $16
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               local.get $21
               f32x4.mul
               f32x4.sub
               v128.store
               local.get $50
               i32.const 30720
               i32.add
               local.get $20
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $19
               f32x4.mul
               f32x4.sub
               local.get $18
               f32x4.add
               v128.store
               local.get $9
               i32.const 1
               i32.add
               local.set $9
               br $for-loop|28
              end
             end
             local.get $15
             i32.const 4
             i32.add
             local.set $15
             br $for-loop|26
            end
           end
           br $scripts/wasm/winogradTransforms/inputTransform6|inlined.2
          end
          local.get $5
          i32.const 1
          i32.sub
          local.tee $9
          local.get $8
          local.get $5
          local.get $8
          i32.le_s
          select
          i32.const 0
          local.get $8
          i32.const 0
          i32.ge_s
          local.tee $10
          select
          i32.const 8
          i32.shl
          local.set $45
          local.get $9
          local.get $8
          i32.const 1
          i32.add
          local.tee $15
          local.get $5
          local.get $15
          i32.le_s
          select
          i32.const 0
          local.get $15
          i32.const 0
          i32.ge_s
          select
          i32.const 8
          i32.shl
          local.set $46
          local.get $9
          local.get $8
          i32.const 2
          i32.add
          local.tee $47
          local.get $5
          local.get $47
          i32.le_s
          select
          i32.const 0
          local.get $47
          i32.const 0
          i32.ge_s
          select
          i32.const 8
          i32.shl
          local.set $48
          local.get $9
          local.get $8
          i32.const 3
          i32.add
          local.tee $49
          local.get $5
          local.get $49
          i32.le_s
          select
          i32.const 0
          local.get $49
          i32.const 0
          i32.ge_s
          select
          i32.const 8
          i32.shl
          local.set $50
          local.get $9
          local.get $8
          i32.const 4
          i32.add
          local.tee $51
          local.get $5
          local.get $51
          i32.le_s
          select
          i32.const 0
          local.get $51
          i32.const 0
          i32.ge_s
          select
          i32.const 8
          i32.shl
          local.set $52
          local.get $9
          local.get $8
          i32.const 5
          i32.add
          local.tee $9
          local.get $5
          local.get $9
          i32.le_s
          select
          i32.const 0
          local.get $9
          i32.const 0
          i32.ge_s
          local.tee $53
          select
          i32.const 8
          i32.shl
          local.set $54
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $10
          local.get $5
          local.get $8
          i32.gt_s
          i32.and
          select
          local.set $16
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $5
          local.get $15
          i32.gt_s
          local.get $15
          i32.const 0
          i32.ge_s
          i32.and
          select
          local.set $17
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $5
          local.get $47
          i32.gt_s
          local.get $47
          i32.const 0
          i32.ge_s
          i32.and
          select
          local.set $18
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $5
          local.get $49
          i32.gt_s
          local.get $49
          i32.const 0
          i32.ge_s
          i32.and
          select
          local.set $19
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $5
          local.get $51
          i32.gt_s
          local.get $51
          i32.const 0
          i32.ge_s
          i32.and
          select
          local.set $20
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $5
          local.get $9
          i32.gt_s
          local.get $53
          i32.and
          select
          local.set $21
          i32.const 0
          local.set $15
          loop $for-loop|29
           local.get $15
           i32.const 64
           i32.lt_s
           if
            local.get $13
            local.get $15
            i32.const 2
            i32.shl
            i32.add
            local.set $8
            local.get $44
            local.get $15
            i32.const 48
            i32.mul
            i32.add
            local.get $23
            i32.const 384
            i32.add
            local.get $44
            select
            local.set $47
            local.get $3
            local.set $9
            loop $for-loop|30
             local.get $9
             local.get $41
             i32.lt_s
             if
              local.get $45
              local.get $8
              local.get $9
              local.get $39
              i32.add
              local.get $42
              i32.mul
              i32.add
              local.tee $10
              i32.add
              v128.load
              local.get $16
              v128.and
              local.set $22
              local.get $10
              local.get $46
              i32.add
              v128.load
              local.get $17
              v128.and
              local.set $24
              local.get $10
              local.get $48
              i32.add
              v128.load
              local.get $18
              v128.and
              local.set $55
              local.get $10
              local.get $50
              i32.add
              v128.load
              local.get $19
              v128.and
              local.set $56
              local.get $10
              local.get $52
              i32.add
              v128.load
              local.get $20
              v128.and
              local.set $57
              local.get $10
              local.get $54
              i32.add
              v128.load
              local.get $21
              v128.and
              local.set $58
              local.get $9
              i32.const 4
              i32.lt_s
              if (result i32)
               local.get $23
               local.get $9
               i32.const 96
               i32.mul
               i32.add
              else
               local.get $47
               local.get $9
               i32.const 4
               i32.sub
               i32.const 96
               i32.mul
               i32.add
              end
              local.tee $10
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $22
              f32x4.mul
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $55
              f32x4.mul
              f32x4.sub
              local.get $57
              f32x4.add
              v128.store
              local.get $10
              local.get $57
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $55
              f32x4.mul
              f32x4.sub
              local.tee $22
              local.get $56
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $24
              f32x4.mul
              local.tee $59
              f32x4.sub
              local.tee $60
              f32x4.add
              v128.store offset=16
              local.get $10
              local.get $22
              local.get $60
              f32x4.sub
              v128.store offset=32
              local.get $10
              local.get $57
              local.get $55
              f32x4.sub
              local.tee $22
              local.get $56
              local.get $24
              f32x4.sub
              local.tee $24
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              f32x4.mul
              f32x4.add
              v128.store offset=48
              local.get $10
              i32.const -64
              i32.sub
              local.get $22
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              local.get $24
              f32x4.mul
              f32x4.sub
              v128.store
              local.get $10
              local.get $59
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $56
              f32x4.mul
              f32x4.sub
              local.get $58
              f32x4.add
              v128.store offset=80
              local.get $9
              i32.const 1
              i32.add
              local.set $9
              br $for-loop|30
             end
            end
            local.get $40
            local.get $15
            i32.const 48
            i32.mul
            i32.add
            local.get $23
            local.get $40
            select
            local.set $8
            local.get $14
            local.get $15
            i32.const 2
            i32.shl
            i32.add
            local.set $9
            i32.const 0
            local.set $10
            loop $for-loop|31
             local.get $10
             i32.const 6
             i32.lt_s
             if
              local.get $8
              local.get $10
              i32.const 4
              i32.shl
              local.tee $49
              i32.add
              local.set $51
              local.get $43
              local.get $49
              i32.add
              local.tee $53
              v128.load
              local.set $22
              local.get $47
              local.get $49
              i32.add
              local.tee $49
              v128.load
              local.set $24
              local.get $49
              v128.load offset=96
              local.set $55
              local.get $53
              v128.load offset=96
              local.tee $56
              local.get $51
              v128.load offset=96
              local.tee $57
              f32x4.sub
              local.set $58
              local.get $9
              local.get $10
              i32.const 10
              i32.shl
              i32.add
              local.tee $49
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $51
              v128.load
              f32x4.mul
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $22
              f32x4.mul
              f32x4.sub
              local.get $24
              f32x4.add
              v128.store
              local.get $49
              i32.const 6144
              i32.add
              local.get $24
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $22
              f32x4.mul
              f32x4.sub
              local.tee $59
              local.get $56
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $57
              f32x4.mul
              local.tee $57
              f32x4.sub
              local.tee $60
              f32x4.add
              v128.store
              local.get $49
              i32.const 12288
              i32.add
              local.get $59
              local.get $60
              f32x4.sub
              v128.store
              local.get $49
              i32.const 18432
              i32.add
              local.get $24
              local.get $22
              f32x4.sub
              local.tee $22
              local.get $58
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              f32x4.mul
              f32x4.add
              v128.store
              local.get $49
              i32.const 24576
              i32.add
              local.get $22
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              local.get $58
              f32x4.mul
              f32x4.sub
              v128.store
              local.get $49
              i32.const 30720
              i32.add
              local.get $57
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $56
              f32x4.mul
              f32x4.sub
              local.get $55
              f32x4.add
              v128.store
              local.get $10
              i32.const 1
              i32.add
              local.set $10
              br $for-loop|31
             end
            end
            local.get $15
            i32.const 4
            i32.add
            local.set $15
            br $for-loop|29
           end
          end
         end
        else
         block $scripts/wasm/winogradTransforms/inputTransform6|inlined.3
          local.get $3
          local.set $13
          local.get $9
          local.set $14
          local.get $6
          i32.const 4
          i32.shl
          local.set $42
          local.get $6
          i32.const 2
          i32.shl
          local.tee $43
          local.get $5
          i32.mul
          local.set $44
          local.get $23
          i32.const 192
          i32.add
          local.set $45
          local.get $39
          i32.const 6
          i32.add
          local.get $4
          i32.le_s
          local.get $8
          local.get $39
          i32.or
          i32.const 0
          i32.ge_s
          i32.and
          local.get $8
          i32.const 6
          i32.add
          local.get $5
          i32.le_s
          i32.and
          if
           local.get $3
           i32.const 2
           i32.const 0
           local.get $40
           select
           local.tee $3
           local.get $39
           i32.add
           local.get $5
           i32.mul
           local.get $8
           i32.add
           local.get $43
           i32.mul
           i32.add
           local.set $13
           i32.const 0
           local.set $8
           loop $for-loop|32
            local.get $6
            local.get $8
            i32.gt_s
            if
             local.get $41
             local.get $8
             i32.const 48
             i32.mul
             i32.add
             local.get $23
             i32.const 384
             i32.add
             local.get $41
             select
             local.set $39
             local.get $13
             local.get $8
             i32.const 2
             i32.shl
             i32.add
             local.set $9
             local.get $3
             local.set $10
             loop $for-loop|33
              local.get $10
              i32.const 6
              i32.lt_s
              if
               local.get $9
               v128.load
               local.set $16
               local.get $9
               local.get $43
               i32.add
               v128.load
               local.set $17
               local.get $9
               local.get $43
               i32.const 1
               i32.shl
               i32.add
               v128.load
               local.set $18
               local.get $9
               local.get $43
               i32.const 3
               i32.mul
               i32.add
               v128.load
               local.set $19
               local.get $9
               local.get $43
               i32.const 2
               i32.shl
               i32.add
               v128.load
               local.set $20
               local.get $9
               local.get $43
               i32.const 5
               i32.mul
               i32.add
               v128.load
               local.set $21
               local.get $10
               i32.const 4
               i32.lt_s
               if (result i32)
                local.get $23
                local.get $10
                i32.const 96
                i32.mul
                i32.add
               else
                local.get $39
                local.get $10
                i32.const 4
                i32.sub
                i32.const 96
                i32.mul
                i32.add
               end
               local.tee $15
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $16
               f32x4.mul
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $18
               f32x4.mul
               f32x4.sub
               local.get $20
               f32x4.add
               v128.store
               local.get $15
               local.get $20
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $18
               f32x4.mul
               f32x4.sub
               local.tee $16
               local.get $19
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $17
               f32x4.mul
               local.tee $22
               f32x4.sub
               local.tee $24
               f32x4.add
               v128.store offset=16
               local.get $15
               local.get $16
               local.get $24
               f32x4.sub
               v128.store offset=32
               local.get $15
               local.get $20
               local.get $18
               f32x4.sub
               local.tee $16
               local.get $19
               local.get $17
               f32x4.sub
               local.tee $17
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               f32x4.mul
               f32x4.add
               v128.store offset=48
               local.get $15
               i32.const -64
               i32.sub
               local.get $16
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               local.get $17
               f32x4.mul
               f32x4.sub
               v128.store
               local.get $15
               local.get $22
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $19
               f32x4.mul
               f32x4.sub
               local.get $21
               f32x4.add
               v128.store offset=80
               local.get $9
               local.get $44
               i32.add
               local.set $9
               local.get $10
               i32.const 1
               i32.add
               local.set $10
               br $for-loop|33
              end
             end
             local.get $40
             local.get $8
             i32.const 48
             i32.mul
             i32.add
             local.get $23
             local.get $40
             select
             local.set $9
             local.get $14
             local.get $8
             i32.const 2
             i32.shl
             i32.add
             local.set $10
             i32.const 0
             local.set $15
             loop $for-loop|34
              local.get $15
              i32.const 6
              i32.lt_s
              if
               local.get $9
               local.get $15
               i32.const 4
               i32.shl
               local.tee $46
               i32.add
               local.set $47
               local.get $45
               local.get $46
               i32.add
               local.tee $48
               v128.load
               local.set $16
               local.get $39
               local.get $46
               i32.add
               local.tee $46
               v128.load
               local.set $17
               local.get $46
               v128.load offset=96
               local.set $18
               local.get $48
               v128.load offset=96
               local.tee $19
               local.get $47
               v128.load offset=96
               local.tee $20
               f32x4.sub
               local.set $21
               local.get $10
               local.get $15
               local.get $42
               i32.mul
               i32.add
               local.tee $46
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $47
               v128.load
               f32x4.mul
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $16
               f32x4.mul
               f32x4.sub
               local.get $17
               f32x4.add
               v128.store
               local.get $42
               i32.const 6
               i32.mul
               local.tee $47
               local.get $46
               i32.add
               local.get $17
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $16
               f32x4.mul
               f32x4.sub
               local.tee $22
               local.get $19
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $20
               f32x4.mul
               local.tee $20
               f32x4.sub
               local.tee $24
               f32x4.add
               v128.store
               local.get $46
               local.get $47
               i32.const 1
               i32.shl
               i32.add
               local.get $22
               local.get $24
               f32x4.sub
               v128.store
               local.get $46
               local.get $47
               i32.const 3
               i32.mul
               i32.add
               local.get $17
               local.get $16
               f32x4.sub
               local.tee $16
               local.get $21
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               f32x4.mul
               f32x4.add
               v128.store
               local.get $46
               local.get $47
               i32.const 2
               i32.shl
               i32.add
               local.get $16
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               local.get $21
               f32x4.mul
               f32x4.sub
               v128.store
               local.get $46
               local.get $47
               i32.const 5
               i32.mul
               i32.add
               local.get $20
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $19
               f32x4.mul
               f32x4.sub
               local.get $18
               f32x4.add
               v128.store
               local.get $15
               i32.const 1
               i32.add
               local.set $15
               br $for-loop|34
              end
             end
             local.get $8
             i32.const 4
             i32.add
             local.set $8
             br $for-loop|32
            end
           end
           br $scripts/wasm/winogradTransforms/inputTransform6|inlined.3
          end
          local.get $41
          i32.const 0
          i32.const 6
          local.get $4
          local.get $39
          i32.sub
          local.tee $3
          local.get $3
          i32.const 6
          i32.gt_s
          select
          local.tee $41
          i32.const 6
          i32.eq
          select
          local.set $46
          i32.const 2
          i32.const 0
          local.get $39
          i32.sub
          local.tee $3
          i32.const 0
          local.get $3
          i32.const 0
          i32.ge_s
          select
          local.tee $9
          local.get $40
          select
          local.set $3
          i32.const 0
          local.set $10
          loop $for-loop|35
           local.get $10
           i32.const 6
           i32.lt_s
           if
            local.get $10
            local.get $41
            i32.lt_s
            local.get $9
            local.get $10
            i32.le_s
            i32.and
            i32.eqz
            if
             local.get $23
             local.get $10
             i32.const 96
             i32.mul
             i32.add
             local.tee $15
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store
             local.get $15
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store offset=16
             local.get $15
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store offset=32
             local.get $15
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store offset=48
             local.get $15
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store offset=64
             local.get $15
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store offset=80
            end
            local.get $10
            i32.const 1
            i32.add
            local.set $10
            br $for-loop|35
           end
          end
          local.get $8
          i32.const 5
          i32.add
          local.tee $9
          local.get $5
          i32.le_s
          local.get $8
          i32.const -1
          i32.ge_s
          i32.and
          if
           local.get $23
           i32.const 576
           i32.add
           local.tee $47
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           v128.store
           local.get $8
           i32.const 0
           i32.ge_s
           local.set $48
           local.get $5
           local.get $9
           i32.gt_s
           local.set $49
           i32.const 0
           local.set $10
           loop $for-loop|36
            local.get $6
            local.get $10
            i32.gt_s
            if
             local.get $46
             local.get $10
             i32.const 48
             i32.mul
             i32.add
             local.get $23
             i32.const 384
             i32.add
             local.get $46
             select
             local.set $50
             local.get $13
             local.get $3
             local.get $39
             i32.add
             local.get $5
             i32.mul
             local.get $8
             i32.add
             i32.const 1
             i32.add
             local.get $43
             i32.mul
             i32.add
             local.get $10
             i32.const 2
             i32.shl
             i32.add
             local.set $15
             local.get $3
             local.set $9
             loop $for-loop|37
              local.get $9
              local.get $41
              i32.lt_s
              if
               local.get $15
               local.get $43
               i32.sub
               local.get $47
               local.get $48
               select
               v128.load
               local.set $16
               local.get $15
               v128.load
               local.set $17
               local.get $15
               local.get $43
               i32.add
               v128.load
               local.set $18
               local.get $15
               local.get $43
               i32.const 1
               i32.shl
               i32.add
               v128.load
               local.set $19
               local.get $15
               local.get $43
               i32.const 3
               i32.mul
               i32.add
               v128.load
               local.set $20
               local.get $15
               local.get $43
               i32.const 2
               i32.shl
               i32.add
               local.get $47
               local.get $49
               select
               v128.load
               local.set $21
               local.get $9
               i32.const 4
               i32.lt_s
               if (result i32)
                local.get $23
                local.get $9
                i32.const 96
                i32.mul
                i32.add
               else
                local.get $50
                local.get $9
                i32.const 4
                i32.sub
                i32.const 96
                i32.mul
                i32.add
               end
               local.tee $51
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $16
               f32x4.mul
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $18
               f32x4.mul
               f32x4.sub
               local.get $20
               f32x4.add
               v128.store
               local.get $51
               local.get $20
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $18
               f32x4.mul
               f32x4.sub
               local.tee $16
               local.get $19
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $17
               f32x4.mul
               local.tee $22
               f32x4.sub
               local.tee $24
               f32x4.add
               v128.store offset=16
               local.get $51
               local.get $16
               local.get $24
               f32x4.sub
               v128.store offset=32
               local.get $51
               local.get $20
               local.get $18
               f32x4.sub
               local.tee $16
               local.get $19
               local.get $17
               f32x4.sub
               local.tee $17
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               f32x4.mul
               f32x4.add
               v128.store offset=48
               local.get $51
               i32.const -64
               i32.sub
               local.get $16
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               local.get $17
               f32x4.mul
               f32x4.sub
               v128.store
               local.get $51
               local.get $22
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $19
               f32x4.mul
               f32x4.sub
               local.get $21
               f32x4.add
               v128.store offset=80
               local.get $15
               local.get $44
               i32.add
               local.set $15
               local.get $9
               i32.const 1
               i32.add
               local.set $9
               br $for-loop|37
              end
             end
             local.get $40
             local.get $10
             i32.const 48
             i32.mul
             i32.add
             local.get $23
             local.get $40
             select
             local.set $9
             local.get $14
             local.get $10
             i32.const 2
             i32.shl
             i32.add
             local.set $51
             i32.const 0
             local.set $15
             loop $for-loop|38
              local.get $15
              i32.const 6
              i32.lt_s
              if
               local.get $9
               local.get $15
               i32.const 4
               i32.shl
               local.tee $52
               i32.add
               local.set $53
               local.get $45
               local.get $52
               i32.add
               local.tee $54
               v128.load
               local.set $16
               local.get $50
               local.get $52
               i32.add
               local.tee $52
               v128.load
               local.set $17
               local.get $52
               v128.load offset=96
               local.set $18
               local.get $54
               v128.load offset=96
               local.tee $19
               local.get $53
               v128.load offset=96
               local.tee $20
               f32x4.sub
               local.set $21
               local.get $51
               local.get $15
               local.get $42
               i32.mul
               i32.add
               local.tee $52
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $53
               v128.load
               f32x4.mul
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $16
               f32x4.mul
               f32x4.sub
               local.get $17
               f32x4.add
               v128.store
               local.get $42
               i32.const 6
               i32.mul
               local.tee $53
               local.get $52
               i32.add
               local.get $17
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $16
               f32x4.mul
               f32x4.sub
               local.tee $22
               local.get $19
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $20
               f32x4.mul
               local.tee $20
               f32x4.sub
               local.tee $24
               f32x4.add
               v128.store
               local.get $52
               local.get $53
               i32.const 1
               i32.shl
               i32.add
               local.get $22
               local.get $24
               f32x4.sub
               v128.store
               local.get $52
               local.get $53
               i32.const 3
               i32.mul
               i32.add
               local.get $17
               local.get $16
               f32x4.sub
               local.tee $16
               local.get $21
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               f32x4.mul
               f32x4.add
               v128.store
               local.get $52
               local.get $53
               i32.const 2
               i32.shl
               i32.add
               local.get $16
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               local.get $21
               f32x4.mul
               f32x4.sub
               v128.store
               local.get $52
               local.get $53
               i32.const 5
               i32.mul
               i32.add
               local.get $20
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $19
               f32x4.mul
               f32x4.sub
               local.get $18
               f32x4.add
               v128.store
               local.get $15
               i32.const 1
               i32.add
               local.set $15
               br $for-loop|38
              end
             end
             local.get $10
             i32.const 4
             i32.add
             local.set $10
             br $for-loop|36
            end
           end
           br $scripts/wasm/winogradTransforms/inputTransform6|inlined.3
          end
          local.get $5
          i32.const 1
          i32.sub
          local.tee $9
          local.get $8
          local.get $5
          local.get $8
          i32.le_s
          select
          i32.const 0
          local.get $8
          i32.const 0
          i32.ge_s
          local.tee $10
          select
          local.get $43
          i32.mul
          local.set $15
          local.get $9
          local.get $8
          i32.const 1
          i32.add
          local.tee $47
          local.get $5
          local.get $47
          i32.le_s
          select
          i32.const 0
          local.get $47
          i32.const 0
          i32.ge_s
          select
          local.get $43
          i32.mul
          local.set $48
          local.get $9
          local.get $8
          i32.const 2
          i32.add
          local.tee $49
          local.get $5
          local.get $49
          i32.le_s
          select
          i32.const 0
          local.get $49
          i32.const 0
          i32.ge_s
          select
          local.get $43
          i32.mul
          local.set $50
          local.get $9
          local.get $8
          i32.const 3
          i32.add
          local.tee $51
          local.get $5
          local.get $51
          i32.le_s
          select
          i32.const 0
          local.get $51
          i32.const 0
          i32.ge_s
          select
          local.get $43
          i32.mul
          local.set $52
          local.get $9
          local.get $8
          i32.const 4
          i32.add
          local.tee $53
          local.get $5
          local.get $53
          i32.le_s
          select
          i32.const 0
          local.get $53
          i32.const 0
          i32.ge_s
          select
          local.get $43
          i32.mul
          local.set $54
          local.get $9
          local.get $8
          i32.const 5
          i32.add
          local.tee $9
          local.get $5
          local.get $9
          i32.le_s
          select
          i32.const 0
          local.get $9
          i32.const 0
          i32.ge_s
          local.tee $61
          select
          local.get $43
          i32.mul
          local.set $43
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $10
          local.get $5
          local.get $8
          i32.gt_s
          i32.and
          select
          local.set $16
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $5
          local.get $47
          i32.gt_s
          local.get $47
          i32.const 0
          i32.ge_s
          i32.and
          select
          local.set $17
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $5
          local.get $49
          i32.gt_s
          local.get $49
          i32.const 0
          i32.ge_s
          i32.and
          select
          local.set $18
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $5
          local.get $51
          i32.gt_s
          local.get $51
          i32.const 0
          i32.ge_s
          i32.and
          select
          local.set $19
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $5
          local.get $53
          i32.gt_s
          local.get $53
          i32.const 0
          i32.ge_s
          i32.and
          select
          local.set $20
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $5
          local.get $9
          i32.gt_s
          local.get $61
          i32.and
          select
          local.set $21
          i32.const 0
          local.set $10
          loop $for-loop|39
           local.get $6
           local.get $10
           i32.gt_s
           if
            local.get $13
            local.get $10
            i32.const 2
            i32.shl
            i32.add
            local.set $8
            local.get $46
            local.get $10
            i32.const 48
            i32.mul
            i32.add
            local.get $23
            i32.const 384
            i32.add
            local.get $46
            select
            local.set $47
            local.get $3
            local.set $9
            loop $for-loop|40
             local.get $9
             local.get $41
             i32.lt_s
             if
              local.get $15
              local.get $8
              local.get $9
              local.get $39
              i32.add
              local.get $44
              i32.mul
              i32.add
              local.tee $49
              i32.add
              v128.load
              local.get $16
              v128.and
              local.set $22
              local.get $48
              local.get $49
              i32.add
              v128.load
              local.get $17
              v128.and
              local.set $24
              local.get $49
              local.get $50
              i32.add
              v128.load
              local.get $18
              v128.and
              local.set $55
              local.get $49
              local.get $52
              i32.add
              v128.load
              local.get $19
              v128.and
              local.set $56
              local.get $49
              local.get $54
              i32.add
              v128.load
              local.get $20
              v128.and
              local.set $57
              local.get $43
              local.get $49
              i32.add
              v128.load
              local.get $21
              v128.and
              local.set $58
              local.get $9
              i32.const 4
              i32.lt_s
              if (result i32)
               local.get $23
               local.get $9
               i32.const 96
               i32.mul
               i32.add
              else
               local.get $47
               local.get $9
               i32.const 4
               i32.sub
               i32.const 96
               i32.mul
               i32.add
              end
              local.tee $49
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $22
              f32x4.mul
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $55
              f32x4.mul
              f32x4.sub
              local.get $57
              f32x4.add
              v128.store
              local.get $49
              local.get $57
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $55
              f32x4.mul
              f32x4.sub
              local.tee $22
              local.get $56
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $24
              f32x4.mul
              local.tee $59
              f32x4.sub
              local.tee $60
              f32x4.add
              v128.store offset=16
              local.get $49
              local.get $22
              local.get $60
              f32x4.sub
              v128.store offset=32
              local.get $49
              local.get $57
              local.get $55
              f32x4.sub
              local.tee $22
              local.get $56
              local.get $24
              f32x4.sub
              local.tee $24
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              f32x4.mul
              f32x4.add
              v128.store offset=48
              local.get $49
              i32.const -64
              i32.sub
              local.get $22
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              local.get $24
              f32x4.mul
              f32x4.sub
              v128.store
              local.get $49
              local.get $59
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $56
              f32x4.mul
              f32x4.sub
              local.get $58
              f32x4.add
              v128.store offset=80
              local.get $9
              i32.const 1
              i32.add
              local.set $9
              br $for-loop|40
             end
            end
            local.get $40
            local.get $10
            i32.const 48
            i32.mul
            i32.add
            local.get $23
            local.get $40
            select
            local.set $8
            local.get $14
            local.get $10
            i32.const 2
            i32.shl
            i32.add
            local.set $49
            i32.const 0
            local.set $9
            loop $for-loop|41
             local.get $9
             i32.const 6
             i32.lt_s
             if
              local.get $8
              local.get $9
              i32.const 4
              i32.shl
              local.tee $51
              i32.add
              local.set $53
              local.get $45
              local.get $51
              i32.add
              local.tee $61
              v128.load
              local.set $22
              local.get $47
              local.get $51
              i32.add
              local.tee $51
              v128.load
              local.set $24
              local.get $51
              v128.load offset=96
              local.set $55
              local.get $61
              v128.load offset=96
              local.tee $56
              local.get $53
              v128.load offset=96
              local.tee $57
              f32x4.sub
              local.set $58
              local.get $49
              local.get $9
              local.get $42
              i32.mul
              i32.add
              local.tee $51
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $53
              v128.load
              f32x4.mul
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $22
              f32x4.mul
              f32x4.sub
              local.get $24
              f32x4.add
              v128.store
              local.get $42
              i32.const 6
              i32.mul
              local.tee $53
              local.get $51
              i32.add
              local.get $24
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $22
              f32x4.mul
              f32x4.sub
              local.tee $59
              local.get $56
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $57
              f32x4.mul
              local.tee $57
              f32x4.sub
              local.tee $60
              f32x4.add
              v128.store
              local.get $51
              local.get $53
              i32.const 1
              i32.shl
              i32.add
              local.get $59
              local.get $60
              f32x4.sub
              v128.store
              local.get $51
              local.get $53
              i32.const 3
              i32.mul
              i32.add
              local.get $24
              local.get $22
              f32x4.sub
              local.tee $22
              local.get $58
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              f32x4.mul
              f32x4.add
              v128.store
              local.get $51
              local.get $53
              i32.const 2
              i32.shl
              i32.add
              local.get $22
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              local.get $58
              f32x4.mul
              f32x4.sub
              v128.store
              local.get $51
              local.get $53
              i32.const 5
              i32.mul
              i32.add
              local.get $57
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $56
              f32x4.mul
              f32x4.sub
              local.get $55
              f32x4.add
              v128.store
              local.get $9
              i32.const 1
              i32.add
              local.set $9
              br $for-loop|41
             end
            end
            local.get $10
            i32.const 4
            i32.add
            local.set $10
            br $for-loop|39
           end
          end
         end
        end
       end
      end
      local.get $33
      local.get $30
      i32.const 4
      i32.shl
      i32.add
      local.tee $3
      local.get $26
      i32.const 2
      i32.shl
      local.tee $8
      local.get $25
      i32.const 2
      i32.shl
      local.tee $9
      local.get $4
      local.get $11
      i32.mul
      i32.add
      local.get $5
      i32.mul
      i32.add
      i32.store
      local.get $3
      i32.const 4
      local.get $4
      local.get $9
      i32.sub
      local.tee $9
      local.get $9
      i32.const 4
      i32.gt_s
      select
      i32.store offset=4
      local.get $3
      i32.const 4
      local.get $5
      local.get $8
      i32.sub
      local.tee $3
      local.get $3
      i32.const 4
      i32.gt_s
      select
      i32.store offset=8
      local.get $26
      i32.const 1
      i32.add
      local.tee $26
      local.get $28
      i32.eq
      if
       i32.const 0
       local.set $26
       local.get $38
       local.get $25
       i32.const 1
       i32.add
       local.tee $25
       i32.eq
       if
        i32.const 0
        local.set $25
        local.get $11
        i32.const 1
        i32.add
        local.set $11
       end
      end
      local.get $30
      i32.const 1
      i32.add
      local.set $30
      br $for-loop|1
     end
    end
    local.get $33
    local.get $0
    local.get $35
    local.get $4
    local.get $5
    local.get $29
    i32.const 4
    i32.add
    local.tee $3
    local.get $29
    i32.const 8
    i32.add
    local.tee $8
    local.get $32
    local.get $8
    local.get $32
    i32.lt_s
    select
    local.tee $8
    local.get $36
    local.get $28
    i32.const 1
    i32.const 0
    call $scripts/wasm/winogradTransforms/touchTiles
    local.get $2
    local.get $31
    local.get $4
    local.get $5
    local.get $3
    local.get $8
    local.get $36
    local.get $28
    i32.const 0
    i32.const 1
    call $scripts/wasm/winogradTransforms/touchTiles
    i32.xor
    i32.store offset=60
    i32.const 0
    local.set $13
    loop $for-loop|42
     local.get $7
     local.get $13
     i32.gt_s
     if
      local.get $6
      i32.const 16
      i32.eq
      if
       i32.const 0
       local.set $10
       loop $for-loop|43
        local.get $10
        i32.const 36
        i32.lt_s
        if
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $24
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $18
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $17
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $19
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $20
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $21
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $16
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.set $22
         local.get $12
         local.get $10
         i32.const 8
         i32.shl
         i32.add
         local.set $9
         local.get $1
         local.get $10
         local.get $7
         i32.const 4
         i32.shl
         i32.const 16
         i32.add
         i32.mul
         local.get $13
         i32.const 4
         i32.shl
         i32.add
         i32.const 2
         i32.shl
         i32.add
         local.set $8
         i32.const 0
         local.set $3
         loop $for-loop|44
          local.get $3
          i32.const 16
          i32.lt_s
          if
           local.get $24
           local.get $9
           v128.load32_splat
           local.tee $55
           local.get $8
           v128.load
           local.tee $56
           f32x4.mul
           f32x4.add
           local.set $24
           local.get $18
           local.get $55
           local.get $8
           v128.load offset=16
           local.tee $55
           f32x4.mul
           f32x4.add
           local.set $18
           local.get $17
           local.get $9
           i32.const -64
           i32.sub
           v128.load32_splat
           local.tee $57
           local.get $56
           f32x4.mul
           f32x4.add
           local.set $17
           local.get $19
           local.get $57
           local.get $55
           f32x4.mul
           f32x4.add
           local.set $19
           local.get $20
           local.get $9
           i32.const 128
           i32.add
           v128.load32_splat
           local.tee $57
           local.get $56
           f32x4.mul
           f32x4.add
           local.set $20
           local.get $21
           local.get $57
           local.get $55
           f32x4.mul
           f32x4.add
           local.set $21
           local.get $16
           local.get $9
           i32.const 192
           i32.add
           v128.load32_splat
           local.tee $57
           local.get $56
           f32x4.mul
           f32x4.add
           local.set $16
           local.get $22
           local.get $57
           local.get $55
           f32x4.mul
           f32x4.add
           local.set $22
           local.get $9
           i32.const 4
           i32.add
           local.set $9
           local.get $8
           i32.const 32
           i32.add
           local.set $8
           local.get $3
           i32.const 1
           i32.add
           local.set $3
           br $for-loop|44
          end
         end
         local.get $27
         local.get $10
         i32.const 7
         i32.shl
         i32.add
         local.tee $3
         local.get $24
         v128.store
         local.get $3
         local.get $18
         v128.store offset=16
         local.get $3
         local.get $17
         v128.store offset=32
         local.get $3
         local.get $19
         v128.store offset=48
         local.get $3
         i32.const -64
         i32.sub
         local.get $20
         v128.store
         local.get $3
         local.get $21
         v128.store offset=80
         local.get $3
         local.get $16
         v128.store offset=96
         local.get $3
         local.get $22
         v128.store offset=112
         local.get $10
         i32.const 1
         i32.add
         local.set $10
         br $for-loop|43
        end
       end
      else
       local.get $6
       i32.const 32
       i32.eq
       if
        i32.const 0
        local.set $10
        loop $for-loop|45
         local.get $10
         i32.const 36
         i32.lt_s
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $24
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $18
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $17
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $19
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $20
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $21
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $16
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $22
          local.get $12
          local.get $10
          i32.const 9
          i32.shl
          i32.add
          local.set $9
          local.get $1
          local.get $10
          local.get $7
          i32.const 5
          i32.shl
          i32.const 16
          i32.add
          i32.mul
          local.get $13
          i32.const 5
          i32.shl
          i32.add
          i32.const 2
          i32.shl
          i32.add
          local.set $8
          i32.const 0
          local.set $3
          loop $for-loop|46
           local.get $3
           i32.const 32
           i32.lt_s
           if
            local.get $24
            local.get $9
            v128.load32_splat
            local.tee $55
            local.get $8
            v128.load
            local.tee $56
            f32x4.mul
            f32x4.add
            local.set $24
            local.get $18
            local.get $55
            local.get $8
            v128.load offset=16
            local.tee $55
            f32x4.mul
            f32x4.add
            local.set $18
            local.get $17
            local.get $9
            i32.const 128
            i32.add
            v128.load32_splat
            local.tee $57
            local.get $56
            f32x4.mul
            f32x4.add
            local.set $17
            local.get $19
            local.get $57
            local.get $55
            f32x4.mul
            f32x4.add
            local.set $19
            local.get $20
            local.get $9
            i32.const 256
            i32.add
            v128.load32_splat
            local.tee $57
            local.get $56
            f32x4.mul
            f32x4.add
            local.set $20
            local.get $21
            local.get $57
            local.get $55
            f32x4.mul
            f32x4.add
            local.set $21
            local.get $16
            local.get $9
            i32.const 384
            i32.add
            v128.load32_splat
            local.tee $57
            local.get $56
            f32x4.mul
            f32x4.add
            local.set $16
            local.get $22
            local.get $57
            local.get $55
            f32x4.mul
            f32x4.add
            local.set $22
            local.get $9
            i32.const 4
            i32.add
            local.set $9
            local.get $8
            i32.const 32
            i32.add
            local.set $8
            local.get $3
            i32.const 1
            i32.add
            local.set $3
            br $for-loop|46
           end
          end
          local.get $27
          local.get $10
          i32.const 7
          i32.shl
          i32.add
          local.tee $3
          local.get $24
          v128.store
          local.get $3
          local.get $18
          v128.store offset=16
          local.get $3
          local.get $17
          v128.store offset=32
          local.get $3
          local.get $19
          v128.store offset=48
          local.get $3
          i32.const -64
          i32.sub
          local.get $20
          v128.store
          local.get $3
          local.get $21
          v128.store offset=80
          local.get $3
          local.get $16
          v128.store offset=96
          local.get $3
          local.get $22
          v128.store offset=112
          local.get $10
          i32.const 1
          i32.add
          local.set $10
          br $for-loop|45
         end
        end
       else
        local.get $6
        i32.const 64
        i32.eq
        if
         i32.const 0
         local.set $10
         loop $for-loop|47
          local.get $10
          i32.const 36
          i32.lt_s
          if
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $24
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $18
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $17
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $19
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $20
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $21
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $16
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $22
           local.get $12
           local.get $10
           i32.const 10
           i32.shl
           i32.add
           local.set $9
           local.get $1
           local.get $10
           local.get $7
           i32.const 6
           i32.shl
           i32.const 16
           i32.add
           i32.mul
           local.get $13
           i32.const 6
           i32.shl
           i32.add
           i32.const 2
           i32.shl
           i32.add
           local.set $8
           i32.const 0
           local.set $3
           loop $for-loop|48
            local.get $3
            i32.const 64
            i32.lt_s
            if
             local.get $24
             local.get $9
             v128.load32_splat
             local.tee $55
             local.get $8
             v128.load
             local.tee $56
             f32x4.mul
             f32x4.add
             local.set $24
             local.get $18
             local.get $55
             local.get $8
             v128.load offset=16
             local.tee $55
             f32x4.mul
             f32x4.add
             local.set $18
             local.get $17
             local.get $9
             i32.const 256
             i32.add
             v128.load32_splat
             local.tee $57
             local.get $56
             f32x4.mul
             f32x4.add
             local.set $17
             local.get $19
             local.get $57
             local.get $55
             f32x4.mul
             f32x4.add
             local.set $19
             local.get $20
             local.get $9
             i32.const 512
             i32.add
             v128.load32_splat
             local.tee $57
             local.get $56
             f32x4.mul
             f32x4.add
             local.set $20
             local.get $21
             local.get $57
             local.get $55
             f32x4.mul
             f32x4.add
             local.set $21
             local.get $16
             local.get $9
             i32.const 768
             i32.add
             v128.load32_splat
             local.tee $57
             local.get $56
             f32x4.mul
             f32x4.add
             local.set $16
             local.get $22
             local.get $57
             local.get $55
             f32x4.mul
             f32x4.add
             local.set $22
             local.get $9
             i32.const 4
             i32.add
             local.set $9
             local.get $8
             i32.const 32
             i32.add
             local.set $8
             local.get $3
             i32.const 1
             i32.add
             local.set $3
             br $for-loop|48
            end
           end
           local.get $27
           local.get $10
           i32.const 7
           i32.shl
           i32.add
           local.tee $3
           local.get $24
           v128.store
           local.get $3
           local.get $18
           v128.store offset=16
           local.get $3
           local.get $17
           v128.store offset=32
           local.get $3
           local.get $19
           v128.store offset=48
           local.get $3
           i32.const -64
           i32.sub
           local.get $20
           v128.store
           local.get $3
           local.get $21
           v128.store offset=80
           local.get $3
           local.get $16
           v128.store offset=96
           local.get $3
           local.get $22
           v128.store offset=112
           local.get $10
           i32.const 1
           i32.add
           local.set $10
           br $for-loop|47
          end
         end
        else
         local.get $6
         i32.const 2
         i32.shl
         local.set $14
         i32.const 0
         local.set $8
         loop $for-loop|49
          local.get $8
          i32.const 36
          i32.lt_s
          if
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $24
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $18
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $17
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $19
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $20
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $21
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $16
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $22
           local.get $12
           local.get $8
           i32.const 2
           i32.shl
           local.get $6
           i32.mul
           i32.const 2
           i32.shl
           i32.add
           local.set $10
           local.get $1
           local.get $8
           local.get $6
           local.get $7
           i32.mul
           i32.const 16
           i32.add
           i32.mul
           local.get $6
           local.get $13
           i32.mul
           i32.add
           i32.const 2
           i32.shl
           i32.add
           local.set $9
           i32.const 0
           local.set $3
           loop $for-loop|50
            local.get $3
            local.get $6
            i32.lt_s
            if
             local.get $24
             local.get $10
             v128.load32_splat
             local.tee $55
             local.get $9
             v128.load
             local.tee $56
             f32x4.mul
             f32x4.add
             local.set $24
             local.get $18
             local.get $55
             local.get $9
             v128.load offset=16
             local.tee $55
             f32x4.mul
             f32x4.add
             local.set $18
             local.get $17
             local.get $10
             local.get $14
             i32.add
             v128.load32_splat
             local.tee $57
             local.get $56
             f32x4.mul
             f32x4.add
             local.set $17
             local.get $19
             local.get $57
             local.get $55
             f32x4.mul
             f32x4.add
             local.set $19
             local.get $20
             local.get $10
             local.get $14
             i32.const 1
             i32.shl
             i32.add
             v128.load32_splat
             local.tee $57
             local.get $56
             f32x4.mul
             f32x4.add
             local.set $20
             local.get $21
             local.get $57
             local.get $55
             f32x4.mul
             f32x4.add
             local.set $21
             local.get $16
             local.get $10
             local.get $14
             i32.const 3
             i32.mul
             i32.add
             v128.load32_splat
             local.tee $57
             local.get $56
             f32x4.mul
             f32x4.add
             local.set $16
             local.get $22
             local.get $57
             local.get $55
             f32x4.mul
             f32x4.add
             local.set $22
             local.get $10
             i32.const 4
             i32.add
             local.set $10
             local.get $9
             i32.const 32
             i32.add
             local.set $9
             local.get $3
             i32.const 1
             i32.add
             local.set $3
             br $for-loop|50
            end
           end
           local.get $27
           local.get $8
           i32.const 7
           i32.shl
           i32.add
           local.tee $3
           local.get $24
           v128.store
           local.get $3
           local.get $18
           v128.store offset=16
           local.get $3
           local.get $17
           v128.store offset=32
           local.get $3
           local.get $19
           v128.store offset=48
           local.get $3
           i32.const -64
           i32.sub
           local.get $20
           v128.store
           local.get $3
           local.get $21
           v128.store offset=80
           local.get $3
           local.get $16
           v128.store offset=96
           local.get $3
           local.get $22
           v128.store offset=112
           local.get $8
           i32.const 1
           i32.add
           local.set $8
           br $for-loop|49
          end
         end
        end
       end
      end
      i32.const 0
      local.set $10
      loop $for-loop|51
       local.get $10
       local.get $37
       i32.lt_s
       if
        local.get $33
        local.get $10
        i32.const 4
        i32.shl
        i32.add
        local.tee $3
        i32.load
        local.set $14
        local.get $3
        i32.load offset=4
        local.set $15
        local.get $3
        i32.load offset=8
        local.set $30
        i32.const 0
        local.set $9
        loop $for-loop|52
         local.get $9
         i32.const 2
         i32.lt_s
         if
          local.get $27
          local.get $10
          i32.const 3
          i32.shl
          local.get $9
          i32.const 2
          i32.shl
          i32.add
          i32.const 2
          i32.shl
          i32.add
          local.set $8
          i32.const 0
          local.set $3
          loop $for-loop|53
           local.get $3
           i32.const 6
           i32.lt_s
           if
            local.get $8
            local.get $3
            i32.const 7
            i32.shl
            i32.add
            local.tee $39
            v128.load offset=768
            local.set $16
            local.get $39
            i32.const 3840
            i32.add
            v128.load
            local.set $17
            local.get $23
            local.get $3
            i32.const 4
            i32.shl
            i32.add
            local.tee $40
            local.get $39
            v128.load
            local.get $16
            local.get $39
            i32.const 1536
            i32.add
            v128.load
            local.tee $18
            f32x4.add
            local.tee $19
            f32x4.add
            local.get $39
            i32.const 2304
            i32.add
            v128.load
            local.tee $20
            local.get $39
            i32.const 3072
            i32.add
            v128.load
            local.tee $21
            f32x4.add
            local.tee $22
            f32x4.add
            v128.store
            local.get $40
            local.get $16
            local.get $18
            f32x4.sub
            local.tee $16
            local.get $20
            local.get $21
            f32x4.sub
            local.tee $18
            v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
            f32x4.mul
            f32x4.add
            v128.store offset=96
            local.get $40
            local.get $19
            local.get $22
            v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
            f32x4.mul
            f32x4.add
            v128.store offset=192
            local.get $40
            local.get $16
            local.get $18
            v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
            f32x4.mul
            f32x4.add
            local.get $17
            f32x4.add
            v128.store offset=288
            local.get $3
            i32.const 1
            i32.add
            local.set $3
            br $for-loop|53
           end
          end
          i32.const 0
          local.set $8
          loop $for-loop|54
           local.get $8
           local.get $15
           i32.lt_s
           if
            local.get $23
            local.get $8
            i32.const 96
            i32.mul
            i32.add
            local.tee $3
            v128.load offset=16
            local.set $16
            local.get $3
            v128.load offset=80
            local.set $17
            local.get $16
            local.get $3
            v128.load offset=32
            local.tee $18
            f32x4.add
            local.set $19
            local.get $16
            local.get $18
            f32x4.sub
            local.set $16
            local.get $3
            v128.load offset=48
            local.tee $18
            local.get $3
            i32.const -64
            i32.sub
            v128.load
            local.tee $20
            f32x4.add
            local.set $21
            local.get $18
            local.get $20
            f32x4.sub
            local.set $18
            local.get $2
            local.get $13
            local.get $9
            i32.const 2
            i32.shl
            i32.add
            local.get $14
            local.get $5
            local.get $8
            i32.mul
            i32.add
            local.get $7
            i32.mul
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.tee $39
            local.get $3
            v128.load
            local.get $19
            f32x4.add
            local.get $21
            f32x4.add
            v128.store
            local.get $30
            i32.const 1
            i32.gt_s
            if
             local.get $31
             local.get $39
             i32.add
             local.get $16
             local.get $18
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             f32x4.mul
             f32x4.add
             v128.store
            end
            local.get $30
            i32.const 2
            i32.gt_s
            if
             local.get $39
             local.get $31
             i32.const 1
             i32.shl
             i32.add
             local.get $19
             local.get $21
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             f32x4.mul
             f32x4.add
             v128.store
            end
            local.get $30
            i32.const 3
            i32.gt_s
            if
             local.get $39
             local.get $31
             i32.const 3
             i32.mul
             i32.add
             local.get $16
             local.get $18
             v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
             f32x4.mul
             f32x4.add
             local.get $17
             f32x4.add
             v128.store
            end
            local.get $8
            i32.const 1
            i32.add
            local.set $8
            br $for-loop|54
           end
          end
          local.get $9
          i32.const 1
          i32.add
          local.set $9
          br $for-loop|52
         end
        end
        local.get $10
        i32.const 1
        i32.add
        local.set $10
        br $for-loop|51
       end
      end
      local.get $13
      i32.const 8
      i32.add
      local.set $13
      br $for-loop|42
     end
    end
    local.get $29
    i32.const 4
    i32.add
    local.set $29
    br $for-loop|0
   end
  end
 )
 (func $scripts/wasm/winogradKernels/winograd3x3 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 v128)
  (local $13 v128)
  (local $14 i32)
  (local $15 v128)
  (local $16 v128)
  (local $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 v128)
  local.get $8
  local.get $6
  i32.const 8
  i32.shl
  i32.add
  local.set $24
  local.get $6
  i32.const 2
  i32.shl
  local.set $25
  local.get $5
  i32.const 1
  i32.add
  i32.const 1
  i32.shr_s
  local.tee $22
  local.get $4
  i32.const 1
  i32.add
  i32.const 1
  i32.shr_s
  i32.mul
  local.tee $23
  local.get $3
  i32.mul
  local.set $26
  loop $for-loop|0
   local.get $17
   local.get $26
   i32.lt_s
   if
    i32.const 4
    local.get $26
    local.get $17
    i32.sub
    local.tee $3
    local.get $3
    i32.const 4
    i32.gt_s
    select
    local.set $27
    i32.const 0
    local.set $3
    loop $for-loop|1
     local.get $3
     local.get $27
     i32.lt_s
     if
      local.get $3
      local.get $17
      i32.add
      local.tee $9
      local.get $23
      i32.div_s
      local.set $10
      local.get $9
      local.get $10
      local.get $23
      i32.mul
      i32.sub
      local.tee $9
      local.get $22
      i32.div_s
      local.set $11
      local.get $9
      local.get $11
      local.get $22
      i32.mul
      i32.sub
      local.set $14
      i32.const 0
      local.set $9
      loop $for-loop|2
       local.get $6
       local.get $9
       i32.gt_s
       if
        local.get $0
        local.get $4
        local.get $10
        i32.mul
        local.get $5
        i32.mul
        local.get $25
        i32.mul
        i32.add
        local.get $9
        i32.const 2
        i32.shl
        i32.add
        local.get $4
        local.get $5
        local.get $25
        local.get $11
        i32.const 1
        i32.shl
        i32.const 1
        i32.sub
        local.get $14
        i32.const 1
        i32.shl
        i32.const 1
        i32.sub
        local.get $8
        local.get $3
        local.get $6
        i32.mul
        local.get $9
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.get $6
        i32.const 4
        i32.shl
        call $scripts/wasm/winogradTransforms/inputTransform
        local.get $9
        i32.const 4
        i32.add
        local.set $9
        br $for-loop|2
       end
      end
      local.get $3
      i32.const 1
      i32.add
      local.set $3
      br $for-loop|1
     end
    end
    i32.const 0
    local.set $3
    loop $for-loop|3
     local.get $3
     local.get $7
     i32.lt_s
     if
      local.get $6
      i32.const 2
      i32.shl
      local.set $28
      i32.const 0
      local.set $10
      loop $for-loop|4
       local.get $10
       i32.const 16
       i32.lt_s
       if
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $12
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $15
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $13
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $18
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $16
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $19
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $20
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $21
        local.get $8
        local.get $10
        i32.const 2
        i32.shl
        local.get $6
        i32.mul
        i32.const 2
        i32.shl
        i32.add
        local.set $9
        local.get $1
        local.get $10
        local.get $6
        local.get $7
        i32.mul
        i32.const 16
        i32.add
        i32.mul
        local.get $3
        local.get $6
        i32.mul
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.set $11
        i32.const 0
        local.set $14
        loop $for-loop|5
         local.get $6
         local.get $14
         i32.gt_s
         if
          local.get $12
          local.get $9
          v128.load32_splat
          local.tee $29
          local.get $11
          v128.load
          local.tee $30
          f32x4.mul
          f32x4.add
          local.set $12
          local.get $15
          local.get $29
          local.get $11
          v128.load offset=16
          local.tee $29
          f32x4.mul
          f32x4.add
          local.set $15
          local.get $13
          local.get $9
          local.get $28
          i32.add
          v128.load32_splat
          local.tee $31
          local.get $30
          f32x4.mul
          f32x4.add
          local.set $13
          local.get $18
          local.get $31
          local.get $29
          f32x4.mul
          f32x4.add
          local.set $18
          local.get $16
          local.get $9
          local.get $28
          i32.const 1
          i32.shl
          i32.add
          v128.load32_splat
          local.tee $31
          local.get $30
          f32x4.mul
          f32x4.add
          local.set $16
          local.get $19
          local.get $31
          local.get $29
          f32x4.mul
          f32x4.add
          local.set $19
          local.get $20
          local.get $9
          local.get $28
          i32.const 3
          i32.mul
          i32.add
          v128.load32_splat
          local.tee $31
          local.get $30
          f32x4.mul
          f32x4.add
          local.set $20
          local.get $21
          local.get $31
          local.get $29
          f32x4.mul
          f32x4.add
          local.set $21
          local.get $9
          i32.const 4
          i32.add
          local.set $9
          local.get $11
          i32.const 32
          i32.add
          local.set $11
          local.get $14
          i32.const 1
          i32.add
          local.set $14
          br $for-loop|5
         end
        end
        local.get $24
        local.get $10
        i32.const 7
        i32.shl
        i32.add
        local.tee $9
        local.get $12
        v128.store
        local.get $9
        local.get $15
        v128.store offset=16
        local.get $9
        local.get $13
        v128.store offset=32
        local.get $9
        local.get $18
        v128.store offset=48
        local.get $9
        i32.const -64
        i32.sub
        local.get $16
        v128.store
        local.get $9
        local.get $19
        v128.store offset=80
        local.get $9
        local.get $20
        v128.store offset=96
        local.get $9
        local.get $21
        v128.store offset=112
        local.get $10
        i32.const 1
        i32.add
        local.set $10
        br $for-loop|4
       end
      end
      i32.const 0
      local.set $10
      loop $for-loop|6
       local.get $10
       local.get $27
       i32.lt_s
       if
        local.get $10
        local.get $17
        i32.add
        local.tee $9
        local.get $23
        i32.div_s
        local.set $14
        local.get $9
        local.get $14
        local.get $23
        i32.mul
        i32.sub
        local.tee $9
        local.get $22
        i32.div_s
        local.set $28
        local.get $9
        local.get $22
        local.get $28
        i32.mul
        i32.sub
        i32.const 1
        i32.shl
        local.set $32
        i32.const 0
        local.set $11
        loop $for-loop|7
         local.get $11
         i32.const 2
         i32.lt_s
         if
          local.get $24
          local.get $11
          i32.const 2
          i32.shl
          local.tee $33
          local.get $10
          i32.const 3
          i32.shl
          i32.add
          i32.const 2
          i32.shl
          i32.add
          local.tee $34
          v128.load offset=512
          local.set $13
          local.get $34
          v128.load offset=128
          local.get $34
          v128.load offset=640
          local.tee $15
          f32x4.add
          local.get $34
          i32.const 1152
          i32.add
          v128.load
          local.tee $16
          f32x4.add
          local.set $18
          local.get $34
          v128.load offset=256
          local.get $34
          v128.load offset=768
          local.tee $19
          f32x4.add
          local.get $34
          i32.const 1280
          i32.add
          v128.load
          local.tee $20
          f32x4.add
          local.set $21
          local.get $34
          v128.load offset=384
          local.get $34
          v128.load offset=896
          local.tee $29
          f32x4.add
          local.get $34
          i32.const 1408
          i32.add
          v128.load
          local.tee $30
          f32x4.add
          local.set $31
          local.get $13
          local.get $34
          i32.const 1024
          i32.add
          v128.load
          local.tee $12
          f32x4.sub
          local.get $34
          i32.const 1536
          i32.add
          v128.load
          f32x4.sub
          local.set $35
          local.get $15
          local.get $16
          f32x4.sub
          local.get $34
          i32.const 1664
          i32.add
          v128.load
          f32x4.sub
          local.set $15
          local.get $19
          local.get $20
          f32x4.sub
          local.get $34
          i32.const 1792
          i32.add
          v128.load
          f32x4.sub
          local.set $16
          local.get $29
          local.get $30
          f32x4.sub
          local.get $34
          i32.const 1920
          i32.add
          v128.load
          f32x4.sub
          local.set $19
          local.get $7
          i32.const 2
          i32.shl
          local.set $9
          local.get $2
          local.get $4
          local.get $14
          i32.mul
          local.get $28
          i32.const 1
          i32.shl
          i32.add
          local.get $5
          i32.mul
          local.get $32
          i32.add
          local.get $7
          i32.mul
          i32.const 2
          i32.shl
          i32.add
          local.get $3
          local.get $33
          i32.add
          i32.const 2
          i32.shl
          i32.add
          local.tee $33
          local.get $34
          v128.load
          local.get $13
          f32x4.add
          local.get $12
          f32x4.add
          local.get $18
          f32x4.add
          local.get $21
          f32x4.add
          v128.store
          local.get $32
          i32.const 1
          i32.add
          local.get $5
          i32.lt_s
          local.tee $34
          if
           local.get $9
           local.get $33
           i32.add
           local.get $18
           local.get $21
           f32x4.sub
           local.get $31
           f32x4.sub
           v128.store
          end
          local.get $28
          i32.const 1
          i32.shl
          i32.const 1
          i32.add
          local.get $4
          i32.lt_s
          if
           local.get $33
           local.get $5
           local.get $9
           i32.mul
           i32.add
           local.tee $33
           local.get $35
           local.get $15
           f32x4.add
           local.get $16
           f32x4.add
           v128.store
           local.get $34
           if
            local.get $9
            local.get $33
            i32.add
            local.get $15
            local.get $16
            f32x4.sub
            local.get $19
            f32x4.sub
            v128.store
           end
          end
          local.get $11
          i32.const 1
          i32.add
          local.set $11
          br $for-loop|7
         end
        end
        local.get $10
        i32.const 1
        i32.add
        local.set $10
        br $for-loop|6
       end
      end
      local.get $3
      i32.const 8
      i32.add
      local.set $3
      br $for-loop|3
     end
    end
    local.get $17
    i32.const 4
    i32.add
    local.set $17
    br $for-loop|0
   end
  end
 )
 (func $scripts/wasm/winogradFilterGradKernels/winogradFilterGrad4x4 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 v128)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 v128)
  (local $41 v128)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 i32)
  (local $51 i32)
  (local $52 i32)
  (local $53 i32)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 i32)
  (local $59 i32)
  (local $60 i32)
  (local $61 i32)
  (local $62 v128)
  (local $63 v128)
  (local $64 v128)
  (local $65 v128)
  (local $66 v128)
  (local $67 v128)
  (local $68 i32)
  local.get $6
  local.get $7
  i32.mul
  i32.const 16
  i32.add
  i32.const 144
  i32.mul
  local.tee $11
  local.get $8
  i32.add
  local.tee $29
  local.get $6
  i32.const 36
  i32.mul
  i32.const 16
  i32.add
  i32.const 2
  i32.shl
  local.tee $28
  i32.const 5
  i32.shl
  i32.add
  local.tee $30
  local.get $7
  i32.const 36
  i32.mul
  i32.const 16
  i32.add
  i32.const 2
  i32.shl
  local.tee $27
  i32.const 5
  i32.shl
  i32.add
  local.tee $18
  i32.const 592
  i32.add
  local.tee $15
  local.get $7
  i32.const 6
  i32.shl
  i32.add
  local.set $31
  local.get $5
  i32.const 3
  i32.add
  i32.const 2
  i32.shr_s
  local.tee $23
  local.get $4
  i32.const 3
  i32.add
  i32.const 2
  i32.shr_s
  local.tee $34
  i32.mul
  local.tee $32
  local.get $3
  i32.mul
  local.tee $25
  i32.eqz
  if
   local.get $8
   i32.const 0
   local.get $11
   memory.fill
  end
  local.get $8
  local.set $11
  local.get $6
  i32.const 2
  i32.shl
  local.set $26
  local.get $7
  i32.const 2
  i32.shl
  local.set $20
  loop $for-loop|0
   local.get $10
   local.get $25
   i32.lt_s
   if
    i32.const 32
    local.get $25
    local.get $10
    i32.sub
    local.tee $3
    local.get $3
    i32.const 32
    i32.gt_s
    select
    local.set $33
    i32.const 0
    local.set $24
    loop $for-loop|1
     local.get $24
     local.get $33
     i32.lt_s
     if
      local.get $0
      local.get $4
      local.get $9
      i32.mul
      local.get $5
      i32.mul
      local.get $26
      i32.mul
      i32.add
      local.set $35
      local.get $21
      i32.const 2
      i32.shl
      i32.const 1
      i32.sub
      local.set $36
      local.get $22
      i32.const 2
      i32.shl
      i32.const 1
      i32.sub
      local.set $37
      local.get $29
      local.get $24
      local.get $28
      i32.mul
      i32.add
      local.set $3
      local.get $21
      if (result i32)
       local.get $31
       local.get $21
       i32.const 1
       i32.sub
       i32.const 1
       i32.and
       local.get $23
       i32.mul
       local.get $22
       i32.add
       local.get $6
       i32.mul
       i32.const 48
       i32.mul
       i32.add
      else
       i32.const 0
      end
      local.set $8
      local.get $31
      local.get $21
      i32.const 1
      i32.and
      local.get $23
      i32.mul
      local.get $22
      i32.add
      local.get $6
      i32.mul
      i32.const 48
      i32.mul
      i32.add
      local.set $38
      local.get $6
      i32.const 16
      i32.eq
      if
       block $scripts/wasm/winogradTransforms/inputTransform6|inlined.4
        local.get $3
        local.set $12
        local.get $8
        local.set $13
        local.get $5
        i32.const 6
        i32.shl
        local.set $19
        local.get $18
        i32.const 192
        i32.add
        local.set $39
        local.get $4
        local.get $36
        i32.const 6
        i32.add
        i32.ge_s
        local.get $36
        local.get $37
        i32.or
        i32.const 0
        i32.ge_s
        i32.and
        local.get $37
        i32.const 6
        i32.add
        local.get $5
        i32.le_s
        i32.and
        if
         local.get $35
         i32.const 2
         i32.const 0
         local.get $8
         select
         local.tee $3
         local.get $36
         i32.add
         local.get $5
         i32.mul
         local.get $37
         i32.add
         i32.const 6
         i32.shl
         i32.add
         local.set $35
         i32.const 0
         local.set $17
         loop $for-loop|2
          local.get $17
          i32.const 16
          i32.lt_s
          if
           local.get $38
           local.get $17
           i32.const 48
           i32.mul
           i32.add
           local.get $18
           i32.const 384
           i32.add
           local.get $38
           select
           local.set $36
           local.get $35
           local.get $17
           i32.const 2
           i32.shl
           i32.add
           local.set $14
           local.get $3
           local.set $8
           loop $for-loop|3
            local.get $8
            i32.const 6
            i32.lt_s
            if
             local.get $14
             v128.load
             local.set $16
             local.get $14
             i32.const -64
             i32.sub
             v128.load
             local.set $40
             local.get $14
             v128.load offset=192
             local.set $41
             local.get $14
             v128.load offset=320
             local.set $42
             local.get $14
             v128.load offset=256
             local.tee $43
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $14
             v128.load offset=128
             local.tee $44
             f32x4.mul
             f32x4.sub
             local.set $45
             local.get $8
             i32.const 4
             i32.lt_s
             if (result i32)
              local.get $18
              local.get $8
              i32.const 96
              i32.mul
              i32.add
             else
              local.get $36
              local.get $8
              i32.const 4
              i32.sub
              i32.const 96
              i32.mul
              i32.add
             end
             local.tee $37
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $16
             f32x4.mul
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $44
             f32x4.mul
             f32x4.sub
             local.get $43
             f32x4.add
             v128.store
             local.get $37
             local.get $45
             local.get $41
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $40
             f32x4.mul
             local.tee $16
             f32x4.sub
             local.tee $46
             f32x4.add
             v128.store offset=16
             local.get $37
             local.get $45
             local.get $46
             f32x4.sub
             v128.store offset=32
             local.get $37
             local.get $43
             local.get $44
             f32x4.sub
             local.tee $43
             local.get $41
             local.get $40
             f32x4.sub
             local.tee $40
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             f32x4.mul
             f32x4.add
             v128.store offset=48
             local.get $37
             i32.const -64
             i32.sub
             local.get $43
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             local.get $40
             f32x4.mul
             f32x4.sub
             v128.store
             local.get $37
             local.get $16
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $41
             f32x4.mul
             f32x4.sub
             local.get $42
             f32x4.add
             v128.store offset=80
             local.get $14
             local.get $19
             i32.add
             local.set $14
             local.get $8
             i32.const 1
             i32.add
             local.set $8
             br $for-loop|3
            end
           end
           local.get $13
           local.get $17
           i32.const 48
           i32.mul
           i32.add
           local.get $18
           local.get $13
           select
           local.set $8
           local.get $12
           local.get $17
           i32.const 2
           i32.shl
           i32.add
           local.set $37
           i32.const 0
           local.set $14
           loop $for-loop|4
            local.get $14
            i32.const 6
            i32.lt_s
            if
             local.get $8
             local.get $14
             i32.const 4
             i32.shl
             local.tee $47
             i32.add
             local.tee $48
             v128.load offset=96
             local.set $16
             local.get $36
             local.get $47
             i32.add
             local.tee $49
             v128.load offset=96
             local.set $40
             local.get $49
             v128.load
             local.tee $41
             local.get $39
             local.get $47
             i32.add
             local.tee $47
             v128.load
             local.tee $42
             f32x4.sub
             local.set $43
             local.get $47
             v128.load offset=96
             local.tee $44
             local.get $16
             f32x4.sub
             local.set $45
             local.get $37
             local.get $14
             i32.const 6
             i32.shl
             i32.add
             local.tee $47
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $48
             v128.load
             f32x4.mul
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $42
             f32x4.mul
             f32x4.sub
             local.get $41
             f32x4.add
             v128.store
             local.get $47
             local.get $41
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $42
             f32x4.mul
             f32x4.sub
             local.tee $41
             local.get $44
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $16
             f32x4.mul
             local.tee $16
             f32x4.sub
             local.tee $42
             f32x4.add
             v128.store offset=384
             local.get $47
             local.get $41
             local.get $42
             f32x4.sub
             v128.store offset=768
             local.get $47
             i32.const 1152
             i32.add
             local.get $43
             local.get $45
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             f32x4.mul
             f32x4.add
             v128.store
             local.get $47
             i32.const 1536
             i32.add
             local.get $43
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             local.get $45
             f32x4.mul
             f32x4.sub
             v128.store
             local.get $47
             i32.const 1920
             i32.add
             local.get $16
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $44
             f32x4.mul
             f32x4.sub
             local.get $40
             f32x4.add
             v128.store
             local.get $14
             i32.const 1
             i32.add
             local.set $14
             br $for-loop|4
            end
           end
           local.get $17
           i32.const 4
           i32.add
           local.set $17
           br $for-loop|2
          end
         end
         br $scripts/wasm/winogradTransforms/inputTransform6|inlined.4
        end
        local.get $38
        i32.const 0
        i32.const 6
        local.get $4
        local.get $36
        i32.sub
        local.tee $3
        local.get $3
        i32.const 6
        i32.gt_s
        select
        local.tee $38
        i32.const 6
        i32.eq
        select
        local.set $47
        i32.const 2
        i32.const 0
        local.get $36
        i32.sub
        local.tee $3
        i32.const 0
        local.get $3
        i32.const 0
        i32.ge_s
        select
        local.tee $14
        local.get $13
        select
        local.set $3
        i32.const 0
        local.set $8
        loop $for-loop|5
         local.get $8
         i32.const 6
         i32.lt_s
         if
          local.get $8
          local.get $38
          i32.lt_s
          local.get $8
          local.get $14
          i32.ge_s
          i32.and
          i32.eqz
          if
           local.get $18
           local.get $8
           i32.const 96
           i32.mul
           i32.add
           local.tee $17
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           v128.store
           local.get $17
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           v128.store offset=16
           local.get $17
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           v128.store offset=32
           local.get $17
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           v128.store offset=48
           local.get $17
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           v128.store offset=64
           local.get $17
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           v128.store offset=80
          end
          local.get $8
          i32.const 1
          i32.add
          local.set $8
          br $for-loop|5
         end
        end
        local.get $37
        i32.const 5
        i32.add
        local.tee $8
        local.get $5
        i32.le_s
        local.get $37
        i32.const -1
        i32.ge_s
        i32.and
        if
         local.get $18
         i32.const 576
         i32.add
         local.tee $48
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         v128.store
         local.get $37
         i32.const 0
         i32.ge_s
         local.set $49
         local.get $5
         local.get $8
         i32.gt_s
         local.set $50
         i32.const 0
         local.set $17
         loop $for-loop|6
          local.get $17
          i32.const 16
          i32.lt_s
          if
           local.get $47
           local.get $17
           i32.const 48
           i32.mul
           i32.add
           local.get $18
           i32.const 384
           i32.add
           local.get $47
           select
           local.set $51
           local.get $35
           local.get $3
           local.get $36
           i32.add
           local.get $5
           i32.mul
           local.get $37
           i32.add
           i32.const 1
           i32.add
           i32.const 6
           i32.shl
           i32.add
           local.get $17
           i32.const 2
           i32.shl
           i32.add
           local.set $14
           local.get $3
           local.set $8
           loop $for-loop|7
            local.get $8
            local.get $38
            i32.lt_s
            if
             local.get $14
             i32.const -64
             i32.add
             local.get $48
             local.get $49
             select
             v128.load
             local.set $16
             local.get $14
             v128.load
             local.set $40
             local.get $14
             v128.load offset=128
             local.set $41
             local.get $14
             i32.const 256
             i32.add
             local.get $48
             local.get $50
             select
             v128.load
             local.set $42
             local.get $14
             v128.load offset=192
             local.tee $43
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $14
             i32.const -64
             i32.sub
             v128.load
             local.tee $44
             f32x4.mul
             f32x4.sub
             local.set $45
             local.get $8
             i32.const 4
             i32.lt_s
             if (result i32)
              local.get $18
              local.get $8
              i32.const 96
              i32.mul
              i32.add
             else
              local.get $51
              local.get $8
              i32.const 4
              i32.sub
              i32.const 96
              i32.mul
              i32.add
             end
             local.tee $52
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $16
             f32x4.mul
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $44
             f32x4.mul
             f32x4.sub
             local.get $43
             f32x4.add
             v128.store
             local.get $52
             local.get $45
             local.get $41
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $40
             f32x4.mul
             local.tee $16
             f32x4.sub
             local.tee $46
             f32x4.add
             v128.store offset=16
             local.get $52
             local.get $45
             local.get $46
             f32x4.sub
             v128.store offset=32
             local.get $52
             local.get $43
             local.get $44
             f32x4.sub
             local.tee $43
             local.get $41
             local.get $40
             f32x4.sub
             local.tee $40
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             f32x4.mul
             f32x4.add
             v128.store offset=48
             local.get $52
             i32.const -64
             i32.sub
             local.get $43
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             local.get $40
             f32x4.mul
             f32x4.sub
             v128.store
             local.get $52
             local.get $16
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $41
             f32x4.mul
             f32x4.sub
             local.get $42
             f32x4.add
             v128.store offset=80
             local.get $14
             local.get $19
             i32.add
             local.set $14
             local.get $8
             i32.const 1
             i32.add
             local.set $8
             br $for-loop|7
            end
           end
           local.get $13
           local.get $17
           i32.const 48
           i32.mul
           i32.add
           local.get $18
           local.get $13
           select
           local.set $8
           local.get $12
           local.get $17
           i32.const 2
           i32.shl
           i32.add
           local.set $52
           i32.const 0
           local.set $14
           loop $for-loop|8
            local.get $14
            i32.const 6
            i32.lt_s
            if
             local.get $8
             local.get $14
             i32.const 4
             i32.shl
             local.tee $53
             i32.add
             local.tee $54
             v128.load offset=96
             local.set $16
             local.get $51
             local.get $53
             i32.add
             local.tee $55
             v128.load offset=96
             local.set $40
             local.get $55
             v128.load
             local.tee $41
             local.get $39
             local.get $53
             i32.add
             local.tee $53
             v128.load
             local.tee $42
             f32x4.sub
             local.set $43
             local.get $53
             v128.load offset=96
             local.tee $44
             local.get $16
             f32x4.sub
             local.set $45
             local.get $52
             local.get $14
             i32.const 6
             i32.shl
             i32.add
             local.tee $53
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $54
             v128.load
             f32x4.mul
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $42
             f32x4.mul
             f32x4.sub
             local.get $41
             f32x4.add
             v128.store
             local.get $53
             local.get $41
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $42
             f32x4.mul
             f32x4.sub
             local.tee $41
             local.get $44
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $16
             f32x4.mul
             local.tee $16
             f32x4.sub
             local.tee $42
             f32x4.add
             v128.store offset=384
             local.get $53
             local.get $41
             local.get $42
             f32x4.sub
             v128.store offset=768
             local.get $53
             i32.const 1152
             i32.add
             local.get $43
             local.get $45
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             f32x4.mul
             f32x4.add
             v128.store
             local.get $53
             i32.const 1536
             i32.add
             local.get $43
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             local.get $45
             f32x4.mul
             f32x4.sub
             v128.store
             local.get $53
             i32.const 1920
             i32.add
             local.get $16
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $44
             f32x4.mul
             f32x4.sub
             local.get $40
             f32x4.add
             v128.store
             local.get $14
             i32.const 1
             i32.add
             local.set $14
             br $for-loop|8
            end
           end
           local.get $17
           i32.const 4
           i32.add
           local.set $17
           br $for-loop|6
          end
         end
         br $scripts/wasm/winogradTransforms/inputTransform6|inlined.4
        end
        local.get $5
        i32.const 1
        i32.sub
        local.tee $8
        local.get $37
        local.get $5
        local.get $37
        i32.le_s
        select
        i32.const 0
        local.get $37
        i32.const 0
        i32.ge_s
        local.tee $14
        select
        i32.const 6
        i32.shl
        local.set $48
        local.get $8
        local.get $37
        i32.const 1
        i32.add
        local.tee $17
        local.get $5
        local.get $17
        i32.le_s
        select
        i32.const 0
        local.get $17
        i32.const 0
        i32.ge_s
        local.tee $49
        select
        i32.const 6
        i32.shl
        local.set $50
        local.get $8
        local.get $37
        i32.const 2
        i32.add
        local.tee $51
        local.get $5
        local.get $51
        i32.le_s
        select
        i32.const 0
        local.get $51
        i32.const 0
        i32.ge_s
        local.tee $52
        select
        i32.const 6
        i32.shl
        local.set $53
        local.get $8
        local.get $37
        i32.const 3
        i32.add
        local.tee $54
        local.get $5
        local.get $54
        i32.le_s
        select
        i32.const 0
        local.get $54
        i32.const 0
        i32.ge_s
        local.tee $55
        select
        i32.const 6
        i32.shl
        local.set $56
        local.get $8
        local.get $37
        i32.const 4
        i32.add
        local.tee $57
        local.get $5
        local.get $57
        i32.le_s
        select
        i32.const 0
        local.get $57
        i32.const 0
        i32.ge_s
        local.tee $58
        select
        i32.const 6
        i32.shl
        local.set $59
        local.get $8
        local.get $37
        i32.const 5
        i32.add
        local.tee $8
        local.get $5
        local.get $8
        i32.le_s
        select
        i32.const 0
        local.get $8
        i32.const 0
        i32.ge_s
        local.tee $60
        select
        i32.const 6
        i32.shl
        local.set $61
        v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $5
        local.get $37
        i32.gt_s
        local.get $14
        i32.and
        select
        local.set $16
        v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $5
        local.get $17
        i32.gt_s
        local.get $49
        i32.and
        select
        local.set $40
        v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $5
        local.get $51
        i32.gt_s
        local.get $52
        i32.and
        select
        local.set $41
        v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $5
        local.get $54
        i32.gt_s
        local.get $55
        i32.and
        select
        local.set $42
        v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $5
        local.get $57
        i32.gt_s
        local.get $58
        i32.and
        select
        local.set $43
        v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $5
        local.get $8
        i32.gt_s
        local.get $60
        i32.and
        select
        local.set $44
        i32.const 0
        local.set $14
        loop $for-loop|9
         local.get $14
         i32.const 16
         i32.lt_s
         if
          local.get $35
          local.get $14
          i32.const 2
          i32.shl
          i32.add
          local.set $17
          local.get $47
          local.get $14
          i32.const 48
          i32.mul
          i32.add
          local.get $18
          i32.const 384
          i32.add
          local.get $47
          select
          local.set $37
          local.get $3
          local.set $8
          loop $for-loop|10
           local.get $8
           local.get $38
           i32.lt_s
           if
            local.get $48
            local.get $17
            local.get $8
            local.get $36
            i32.add
            local.get $19
            i32.mul
            i32.add
            local.tee $49
            i32.add
            v128.load
            local.get $16
            v128.and
            local.set $45
            local.get $49
            local.get $50
            i32.add
            v128.load
            local.get $40
            v128.and
            local.set $46
            local.get $49
            local.get $56
            i32.add
            v128.load
            local.get $42
            v128.and
            local.set $62
            local.get $49
            local.get $61
            i32.add
            v128.load
            local.get $44
            v128.and
            local.set $63
            local.get $49
            local.get $59
            i32.add
            v128.load
            local.get $43
            v128.and
            local.tee $64
            v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
            local.get $49
            local.get $53
            i32.add
            v128.load
            local.get $41
            v128.and
            local.tee $65
            f32x4.mul
            f32x4.sub
            local.set $66
            local.get $8
            i32.const 4
            i32.lt_s
            if (result i32)
             local.get $18
             local.get $8
             i32.const 96
             i32.mul
             i32.add
            else
             local.get $37
             local.get $8
             i32.const 4
             i32.sub
             i32.const 96
             i32.mul
             i32.add
            end
            local.tee $49
            v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
            local.get $45
            f32x4.mul
            v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
            local.get $65
            f32x4.mul
            f32x4.sub
            local.get $64
            f32x4.add
            v128.store
            local.get $49
            local.get $66
            local.get $62
            v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
            local.get $46
            f32x4.mul
            local.tee $45
            f32x4.sub
            local.tee $67
            f32x4.add
            v128.store offset=16
            local.get $49
            local.get $66
            local.get $67
            f32x4.sub
            v128.store offset=32
            local.get $49
            local.get $64
            local.get $65
            f32x4.sub
            local.tee $64
            local.get $62
            local.get $46
            f32x4.sub
            local.tee $46
            v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
            f32x4.mul
            f32x4.add
            v128.store offset=48
            local.get $49
            i32.const -64
            i32.sub
            local.get $64
            v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
            local.get $46
            f32x4.mul
            f32x4.sub
            v128.store
            local.get $49
            local.get $45
            v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
            local.get $62
            f32x4.mul
            f32x4.sub
            local.get $63
            f32x4.add
            v128.store offset=80
            local.get $8
            i32.const 1
            i32.add
            local.set $8
            br $for-loop|10
           end
          end
          local.get $13
          local.get $14
          i32.const 48
          i32.mul
          i32.add
          local.get $18
          local.get $13
          select
          local.set $8
          local.get $12
          local.get $14
          i32.const 2
          i32.shl
          i32.add
          local.set $49
          i32.const 0
          local.set $17
          loop $for-loop|11
           local.get $17
           i32.const 6
           i32.lt_s
           if
            local.get $8
            local.get $17
            i32.const 4
            i32.shl
            local.tee $51
            i32.add
            local.tee $52
            v128.load offset=96
            local.set $45
            local.get $37
            local.get $51
            i32.add
            local.tee $54
            v128.load offset=96
            local.set $46
            local.get $54
            v128.load
            local.tee $62
            local.get $39
            local.get $51
            i32.add
            local.tee $51
            v128.load
            local.tee $63
            f32x4.sub
            local.set $64
            local.get $51
            v128.load offset=96
            local.tee $65
            local.get $45
            f32x4.sub
            local.set $66
            local.get $49
            local.get $17
            i32.const 6
            i32.shl
            i32.add
            local.tee $51
            v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
            local.get $52
            v128.load
            f32x4.mul
            v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
            local.get $63
            f32x4.mul
            f32x4.sub
            local.get $62
            f32x4.add
            v128.store
            local.get $51
            local.get $62
            v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
            local.get $63
            f32x4.mul
            f32x4.sub
            local.tee $62
            local.get $65
            v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
            local.get $45
            f32x4.mul
            local.tee $45
            f32x4.sub
            local.tee $63
            f32x4.add
            v128.store offset=384
            local.get $51
            local.get $62
            local.get $63
            f32x4.sub
            v128.store offset=768
            local.get $51
            i32.const 1152
            i32.add
            local.get $64
            local.get $66
            v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
            f32x4.mul
            f32x4.add
            v128.store
            local.get $51
            i32.const 1536
            i32.add
            local.get $64
            v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
            local.get $66
            f32x4.mul
            f32x4.sub
            v128.store
            local.get $51
            i32.const 1920
            i32.add
            local.get $45
            v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
            local.get $65
            f32x4.mul
            f32x4.sub
            local.get $46
            f32x4.add
            v128.store
            local.get $17
            i32.const 1
            i32.add
            local.set $17
            br $for-loop|11
           end
          end
          local.get $14
          i32.const 4
          i32.add
          local.set $14
          br $for-loop|9
         end
        end
       end
      else
       local.get $6
       i32.const 32
       i32.eq
       if
        block $scripts/wasm/winogradTransforms/inputTransform6|inlined.5
         local.get $3
         local.set $12
         local.get $8
         local.set $13
         local.get $5
         i32.const 7
         i32.shl
         local.set $19
         local.get $18
         i32.const 192
         i32.add
         local.set $39
         local.get $4
         local.get $36
         i32.const 6
         i32.add
         i32.ge_s
         local.get $36
         local.get $37
         i32.or
         i32.const 0
         i32.ge_s
         i32.and
         local.get $37
         i32.const 6
         i32.add
         local.get $5
         i32.le_s
         i32.and
         if
          local.get $35
          i32.const 2
          i32.const 0
          local.get $8
          select
          local.tee $3
          local.get $36
          i32.add
          local.get $5
          i32.mul
          local.get $37
          i32.add
          i32.const 7
          i32.shl
          i32.add
          local.set $35
          i32.const 0
          local.set $17
          loop $for-loop|12
           local.get $17
           i32.const 32
           i32.lt_s
           if
            local.get $38
            local.get $17
            i32.const 48
            i32.mul
            i32.add
            local.get $18
            i32.const 384
            i32.add
            local.get $38
            select
            local.set $36
            local.get $35
            local.get $17
            i32.const 2
            i32.shl
            i32.add
            local.set $14
            local.get $3
            local.set $8
            loop $for-loop|13
             local.get $8
             i32.const 6
             i32.lt_s
             if
              local.get $14
              v128.load
              local.set $16
              local.get $14
              v128.load offset=128
              local.set $40
              local.get $14
              v128.load offset=384
              local.set $41
              local.get $14
              v128.load offset=640
              local.set $42
              local.get $14
              v128.load offset=512
              local.tee $43
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $14
              v128.load offset=256
              local.tee $44
              f32x4.mul
              f32x4.sub
              local.set $45
              local.get $8
              i32.const 4
              i32.lt_s
              if (result i32)
               local.get $18
               local.get $8
               i32.const 96
               i32.mul
               i32.add
              else
               local.get $36
               local.get $8
               i32.const 4
               i32.sub
               i32.const 96
               i32.mul
               i32.add
              end
              local.tee $37
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $16
              f32x4.mul
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $44
              f32x4.mul
              f32x4.sub
              local.get $43
              f32x4.add
              v128.store
              local.get $37
              local.get $45
              local.get $41
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $40
              f32x4.mul
              local.tee $16
              f32x4.sub
              local.tee $46
              f32x4.add
              v128.store offset=16
              local.get $37
              local.get $45
              local.get $46
              f32x4.sub
              v128.store offset=32
              local.get $37
              local.get $43
              local.get $44
              f32x4.sub
              local.tee $43
              local.get $41
              local.get $40
              f32x4.sub
              local.tee $40
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              f32x4.mul
              f32x4.add
              v128.store offset=48
              local.get $37
              i32.const -64
              i32.sub
              local.get $43
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              local.get $40
              f32x4.mul
              f32x4.sub
              v128.store
              local.get $37
              local.get $16
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $41
              f32x4.mul
              f32x4.sub
              local.get $42
              f32x4.add
              v128.store offset=80
              local.get $14
              local.get $19
              i32.add
              local.set $14
              local.get $8
              i32.const 1
              i32.add
              local.set $8
              br $for-loop|13
             end
            end
            local.get $13
            local.get $17
            i32.const 48
            i32.mul
            i32.add
            local.get $18
            local.get $13
            select
            local.set $8
            local.get $12
            local.get $17
            i32.const 2
            i32.shl
            i32.add
            local.set $37
            i32.const 0
            local.set $14
            loop $for-loop|14
             local.get $14
             i32.const 6
             i32.lt_s
             if
              local.get $8
              local.get $14
              i32.const 4
              i32.shl
              local.tee $47
              i32.add
              local.tee $48
              v128.load offset=96
              local.set $16
              local.get $36
              local.get $47
              i32.add
              local.tee $49
              v128.load offset=96
              local.set $40
              local.get $49
              v128.load
              local.tee $41
              local.get $39
              local.get $47
              i32.add
              local.tee $47
              v128.load
              local.tee $42
              f32x4.sub
              local.set $43
              local.get $47
              v128.load offset=96
              local.tee $44
              local.get $16
              f32x4.sub
              local.set $45
              local.get $37
              local.get $14
              i32.const 7
              i32.shl
              i32.add
              local.tee $47
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $48
              v128.load
              f32x4.mul
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $42
              f32x4.mul
              f32x4.sub
              local.get $41
              f32x4.add
              v128.store
              local.get $47
              local.get $41
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $42
              f32x4.mul
              f32x4.sub
              local.tee $41
              local.get $44
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $16
              f32x4.mul
              local.tee $16
              f32x4.sub
              local.tee $42
              f32x4.add
              v128.store offset=768
              local.get $47
              i32.const 1536
              i32.add
              local.get $41
              local.get $42
              f32x4.sub
              v128.store
              local.get $47
              i32.const 2304
              i32.add
              local.get $43
              local.get $45
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              f32x4.mul
              f32x4.add
              v128.store
              local.get $47
              i32.const 3072
              i32.add
              local.get $43
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              local.get $45
              f32x4.mul
              f32x4.sub
              v128.store
              local.get $47
              i32.const 3840
              i32.add
              local.get $16
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $44
              f32x4.mul
              f32x4.sub
              local.get $40
              f32x4.add
              v128.store
              local.get $14
              i32.const 1
              i32.add
              local.set $14
              br $for-loop|14
             end
            end
            local.get $17
            i32.const 4
            i32.add
            local.set $17
            br $for-loop|12
           end
          end
          br $scripts/wasm/winogradTransforms/inputTransform6|inlined.5
         end
         local.get $38
         i32.const 0
         i32.const 6
         local.get $4
         local.get $36
         i32.sub
         local.tee $3
         local.get $3
         i32.const 6
         i32.gt_s
         select
         local.tee $38
         i32.const 6
         i32.eq
         select
         local.set $47
         i32.const 2
         i32.const 0
         local.get $36
         i32.sub
         local.tee $3
         i32.const 0
         local.get $3
         i32.const 0
         i32.ge_s
         select
         local.tee $14
         local.get $13
         select
         local.set $3
         i32.const 0
         local.set $8
         loop $for-loop|15
          local.get $8
          i32.const 6
          i32.lt_s
          if
           local.get $8
           local.get $38
           i32.lt_s
           local.get $8
           local.get $14
           i32.ge_s
           i32.and
           i32.eqz
           if
            local.get $18
            local.get $8
            i32.const 96
            i32.mul
            i32.add
            local.tee $17
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            v128.store
            local.get $17
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            v128.store offset=16
            local.get $17
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            v128.store offset=32
            local.get $17
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            v128.store offset=48
            local.get $17
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            v128.store offset=64
            local.get $17
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            v128.store offset=80
           end
           local.get $8
           i32.const 1
           i32.add
           local.set $8
           br $for-loop|15
          end
         end
         local.get $37
         i32.const 5
         i32.add
         local.tee $8
         local.get $5
         i32.le_s
         local.get $37
         i32.const -1
         i32.ge_s
         i32.and
         if
          local.get $18
          i32.const 576
          i32.add
          local.tee $48
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          v128.store
          local.get $37
          i32.const 0
          i32.ge_s
          local.set $49
          local.get $5
          local.get $8
          i32.gt_s
          local.set $50
          i32.const 0
          local.set $17
          loop $for-loop|16
           local.get $17
           i32.const 32
           i32.lt_s
           if
            local.get $47
            local.get $17
            i32.const 48
            i32.mul
            i32.add
            local.get $18
            i32.const 384
            i32.add
            local.get $47
            select
            local.set $51
            local.get $35
            local.get $3
            local.get $36
            i32.add
            local.get $5
            i32.mul
            local.get $37
            i32.add
            i32.const 1
            i32.add
            i32.const 7
            i32.shl
            i32.add
            local.get $17
            i32.const 2
            i32.shl
            i32.add
            local.set $14
            local.get $3
            local.set $8
            loop $for-loop|17
             local.get $8
             local.get $38
             i32.lt_s
             if
              local.get $14
              i32.const 128
              i32.sub
              local.get $48
              local.get $49
              select
              v128.load
              local.set $16
              local.get $14
              v128.load
              local.set $40
              local.get $14
              v128.load offset=256
              local.set $41
              local.get $14
              i32.const 512
              i32.add
              local.get $48
              local.get $50
              select
              v128.load
              local.set $42
              local.get $14
              v128.load offset=384
              local.tee $43
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $14
              v128.load offset=128
              local.tee $44
              f32x4.mul
              f32x4.sub
              local.set $45
              local.get $8
              i32.const 4
              i32.lt_s
              if (result i32)
               local.get $18
               local.get $8
               i32.const 96
               i32.mul
               i32.add
              else
               local.get $51
               local.get $8
               i32.const 4
               i32.sub
               i32.const 96
               i32.mul
               i32.add
              end
              local.tee $52
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $16
              f32x4.mul
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $44
              f32x4.mul
              f32x4.sub
              local.get $43
              f32x4.add
              v128.store
              local.get $52
              local.get $45
              local.get $41
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $40
              f32x4.mul
              local.tee $16
              f32x4.sub
              local.tee $46
              f32x4.add
              v128.store offset=16
              local.get $52
              local.get $45
              local.get $46
              f32x4.sub
              v128.store offset=32
              local.get $52
              local.get $43
              local.get $44
              f32x4.sub
              local.tee $43
              local.get $41
              local.get $40
              f32x4.sub
              local.tee $40
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              f32x4.mul
              f32x4.add
              v128.store offset=48
              local.get $52
              i32.const -64
              i32.sub
              local.get $43
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              local.get $40
              f32x4.mul
              f32x4.sub
              v128.store
              local.get $52
              local.get $16
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $41
              f32x4.mul
              f32x4.sub
              local.get $42
              f32x4.add
              v128.store offset=80
              local.get $14
              local.get $19
              i32.add
              local.set $14
              local.get $8
              i32.const 1
              i32.add
              local.set $8
              br $for-loop|17
             end
            end
            local.get $13
            local.get $17
            i32.const 48
            i32.mul
            i32.add
            local.get $18
            local.get $13
            select
            local.set $8
            local.get $12
            local.get $17
            i32.const 2
            i32.shl
            i32.add
            local.set $52
            i32.const 0
            local.set $14
            loop $for-loop|18
             local.get $14
             i32.const 6
             i32.lt_s
             if
              local.get $8
              local.get $14
              i32.const 4
              i32.shl
              local.tee $53
              i32.add
              local.tee $54
              v128.load offset=96
              local.set $16
              local.get $51
              local.get $53
              i32.add
              local.tee $55
              v128.load offset=96
              local.set $40
              local.get $55
              v128.load
              local.tee $41
              local.get $39
              local.get $53
              i32.add
              local.tee $53
              v128.load
              local.tee $42
              f32x4.sub
              local.set $43
              local.get $53
              v128.load offset=96
              local.tee $44
              local.get $16
              f32x4.sub
              local.set $45
              local.get $52
              local.get $14
              i32.const 7
              i32.shl
              i32.add
              local.tee $53
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $54
              v128.load
              f32x4.mul
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $42
              f32x4.mul
              f32x4.sub
              local.get $41
              f32x4.add
              v128.store
              local.get $53
              local.get $41
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $42
              f32x4.mul
              f32x4.sub
              local.tee $41
              local.get $44
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $16
              f32x4.mul
              local.tee $16
              f32x4.sub
              local.tee $42
              f32x4.add
              v128.store offset=768
              local.get $53
              i32.const 1536
              i32.add
              local.get $41
              local.get $42
              f32x4.sub
              v128.store
              local.get $53
              i32.const 2304
              i32.add
              local.get $43
              local.get $45
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              f32x4.mul
              f32x4.add
              v128.store
              local.get $53
              i32.const 3072
              i32.add
              local.get $43
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              local.get $45
              f32x4.mul
              f32x4.sub
              v128.store
              local.get $53
              i32.const 3840
              i32.add
              local.get $16
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $44
              f32x4.mul
              f32x4.sub
              local.get $40
              f32x4.add
              v128.store
              local.get $14
              i32.const 1
              i32.add
              local.set $14
              br $for-loop|18
             end
            end
            local.get $17
            i32.const 4
            i32.add
            local.set $17
            br $for-loop|16
           end
          end
          br $scripts/wasm/winogradTransforms/inputTransform6|inlined.5
         end
         local.get $5
         i32.const 1
         i32.sub
         local.tee $8
         local.get $37
         local.get $5
         local.get $37
         i32.le_s
         select
         i32.const 0
         local.get $37
         i32.const 0
         i32.ge_s
         local.tee $14
         select
         i32.const 7
         i32.shl
         local.set $48
         local.get $8
         local.get $37
         i32.const 1
         i32.add
         local.tee $17
         local.get $5
         local.get $17
         i32.le_s
         select
         i32.const 0
         local.get $17
         i32.const 0
         i32.ge_s
         local.tee $49
         select
         i32.const 7
         i32.shl
         local.set $50
         local.get $8
         local.get $37
         i32.const 2
         i32.add
         local.tee $51
         local.get $5
         local.get $51
         i32.le_s
         select
         i32.const 0
         local.get $51
         i32.const 0
         i32.ge_s
         local.tee $52
         select
         i32.const 7
         i32.shl
         local.set $53
         local.get $8
         local.get $37
         i32.const 3
         i32.add
         local.tee $54
         local.get $5
         local.get $54
         i32.le_s
         select
         i32.const 0
         local.get $54
         i32.const 0
         i32.ge_s
         local.tee $55
         select
         i32.const 7
         i32.shl
         local.set $56
         local.get $8
         local.get $37
         i32.const 4
         i32.add
         local.tee $57
         local.get $5
         local.get $57
         i32.le_s
         select
         i32.const 0
         local.get $57
         i32.const 0
         i32.ge_s
         local.tee $58
         select
         i32.const 7
         i32.shl
         local.set $59
         local.get $8
         local.get $37
         i32.const 5
         i32.add
         local.tee $8
         local.get $5
         local.get $8
         i32.le_s
         select
         i32.const 0
         local.get $8
         i32.const 0
         i32.ge_s
         local.tee $60
         select
         i32.const 7
         i32.shl
         local.set $61
         v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $5
         local.get $37
         i32.gt_s
         local.get $14
         i32.and
         select
         local.set $16
         v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $5
         local.get $17
         i32.gt_s
         local.get $49
         i32.and
         select
         local.set $40
         v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $5
         local.get $51
         i32.gt_s
         local.get $52
         i32.and
         select
         local.set $41
         v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $5
         local.get $54
         i32.gt_s
         local.get $55
         i32.and
         select
         local.set $42
         v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $5
         local.get $57
         i32.gt_s
         local.get $58
         i32.and
         select
         local.set $43
         v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $5
         local.get $8
         i32.gt_s
         local.get $60
         i32.and
         select
         local.set $44
         i32.const 0
         local.set $14
         loop $for-loop|19
          local.get $14
          i32.const 32
          i32.lt_s
          if
           local.get $35
           local.get $14
           i32.const 2
           i32.shl
           i32.add
           local.set $17
           local.get $47
           local.get $14
           i32.const 48
           i32.mul
           i32.add
           local.get $18
           i32.const 384
           i32.add
           local.get $47
           select
           local.set $37
           local.get $3
           local.set $8
           loop $for-loop|20
            local.get $8
            local.get $38
            i32.lt_s
            if
             local.get $48
             local.get $17
             local.get $8
             local.get $36
             i32.add
             local.get $19
             i32.mul
             i32.add
             local.tee $49
             i32.add
             v128.load
             local.get $16
             v128.and
             local.set $45
             local.get $49
             local.get $50
             i32.add
             v128.load
             local.get $40
             v128.and
             local.set $46
             local.get $49
             local.get $56
             i32.add
             v128.load
             local.get $42
             v128.and
             local.set $62
             local.get $49
             local.get $61
             i32.add
             v128.load
             local.get $44
             v128.and
             local.set $63
             local.get $49
             local.get $59
             i32.add
             v128.load
             local.get $43
             v128.and
             local.tee $64
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $49
             local.get $53
             i32.add
             v128.load
             local.get $41
             v128.and
             local.tee $65
             f32x4.mul
             f32x4.sub
             local.set $66
             local.get $8
             i32.const 4
             i32.lt_s
             if (result i32)
              local.get $18
              local.get $8
              i32.const 96
              i32.mul
              i32.add
             else
              local.get $37
              local.get $8
              i32.const 4
              i32.sub
              i32.const 96
              i32.mul
              i32.add
             end
             local.tee $49
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $45
             f32x4.mul
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $65
             f32x4.mul
             f32x4.sub
             local.get $64
             f32x4.add
             v128.store
             local.get $49
             local.get $66
             local.get $62
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $46
             f32x4.mul
             local.tee $45
             f32x4.sub
             local.tee $67
             f32x4.add
             v128.store offset=16
             local.get $49
             local.get $66
             local.get $67
             f32x4.sub
             v128.store offset=32
             local.get $49
             local.get $64
             local.get $65
             f32x4.sub
             local.tee $64
             local.get $62
             local.get $46
             f32x4.sub
             local.tee $46
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             f32x4.mul
             f32x4.add
             v128.store offset=48
             local.get $49
             i32.const -64
             i32.sub
             local.get $64
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             local.get $46
             f32x4.mul
             f32x4.sub
             v128.store
             local.get $49
             local.get $45
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $62
             f32x4.mul
             f32x4.sub
             local.get $63
             f32x4.add
             v128.store offset=80
             local.get $8
             i32.const 1
             i32.add
             local.set $8
             br $for-loop|20
            end
           end
           local.get $13
           local.get $14
           i32.const 48
           i32.mul
           i32.add
           local.get $18
           local.get $13
           select
           local.set $8
           local.get $12
           local.get $14
           i32.const 2
           i32.shl
           i32.add
           local.set $49
           i32.const 0
           local.set $17
           loop $for-loop|21
            local.get $17
            i32.const 6
            i32.lt_s
            if
             local.get $8
             local.get $17
             i32.const 4
             i32.shl
             local.tee $51
             i32.add
             local.tee $52
             v128.load offset=96
             local.set $45
             local.get $37
             local.get $51
             i32.add
             local.tee $54
             v128.load offset=96
             local.set $46
             local.get $54
             v128.load
             local.tee $62
             local.get $39
             local.get $51
             i32.add
             local.tee $51
             v128.load
             local.tee $63
             f32x4.sub
             local.set $64
             local.get $51
             v128.load offset=96
             local.tee $65
             local.get $45
             f32x4.sub
             local.set $66
             local.get $49
             local.get $17
             i32.const 7
             i32.shl
             i32.add
             local.tee $51
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $52
             v128.load
             f32x4.mul
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $63
             f32x4.mul
             f32x4.sub
             local.get $62
             f32x4.add
             v128.store
             local.get $51
             local.get $62
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $63
             f32x4.mul
             f32x4.sub
             local.tee $62
             local.get $65
             v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
             local.get $45
             f32x4.mul
             local.tee $45
             f32x4.sub
             local.tee $63
             f32x4.add
             v128.store offset=768
             local.get $51
             i32.const 1536
             i32.add
             local.get $62
             local.get $63
             f32x4.sub
             v128.store
             local.get $51
             i32.const 2304
             i32.add
             local.get $64
             local.get $66
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             f32x4.mul
             f32x4.add
             v128.store
             local.get $51
             i32.const 3072
             i32.add
             local.get $64
             v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
             local.get $66
             f32x4.mul
             f32x4.sub
             v128.store
             local.get $51
             i32.const 3840
             i32.add
             local.get $45
             v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
             local.get $65
             f32x4.mul
             f32x4.sub
             local.get $46
             f32x4.add
             v128.store
             local.get $17
             i32.const 1
             i32.add
             local.set $17
             br $for-loop|21
            end
           end
           local.get $14
           i32.const 4
           i32.add
           local.set $14
           br $for-loop|19
          end
         end
        end
       else
        local.get $6
        i32.const 64
        i32.eq
        if
         block $scripts/wasm/winogradTransforms/inputTransform6|inlined.6
          local.get $3
          local.set $12
          local.get $8
          local.set $13
          local.get $5
          i32.const 8
          i32.shl
          local.set $19
          local.get $18
          i32.const 192
          i32.add
          local.set $39
          local.get $4
          local.get $36
          i32.const 6
          i32.add
          i32.ge_s
          local.get $36
          local.get $37
          i32.or
          i32.const 0
          i32.ge_s
          i32.and
          local.get $37
          i32.const 6
          i32.add
          local.get $5
          i32.le_s
          i32.and
          if
           local.get $35
           i32.const 2
           i32.const 0
           local.get $8
           select
           local.tee $3
           local.get $36
           i32.add
           local.get $5
           i32.mul
           local.get $37
           i32.add
           i32.const 8
           i32.shl
           i32.add
           local.set $35
           i32.const 0
           local.set $17
           loop $for-loop|22
            local.get $17
            i32.const 64
            i32.lt_s
            if
             local.get $38
             local.get $17
             i32.const 48
             i32.mul
             i32.add
             local.get $18
             i32.const 384
             i32.add
             local.get $38
             select
             local.set $36
             local.get $35
             local.get $17
             i32.const 2
             i32.shl
             i32.add
             local.set $14
             local.get $3
             local.set $8
             loop $for-loop|23
              local.get $8
              i32.const 6
              i32.lt_s
              if
               local.get $14
               v128.load
               local.set $16
               local.get $14
               v128.load offset=256
               local.set $40
               local.get $14
               v128.load offset=768
               local.set $41
               local.get $14
               i32.const 1280
               i32.add
               v128.load
               local.set $42
               local.get $14
               i32.const 1024
               i32.add
               v128.load
               local.tee $43
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $14
               v128.load offset=512
               local.tee $44
               f32x4.mul
               f32x4.sub
               local.set $45
               local.get $8
               i32.const 4
               i32.lt_s
               if (result i32)
                local.get $18
                local.get $8
                i32.const 96
                i32.mul
                i32.add
               else
                local.get $36
                local.get $8
                i32.const 4
                i32.sub
                i32.const 96
                i32.mul
                i32.add
               end
               local.tee $37
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $16
               f32x4.mul
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $44
               f32x4.mul
               f32x4.sub
               local.get $43
               f32x4.add
               v128.store
               local.get $37
               local.get $45
               local.get $41
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $40
               f32x4.mul
               local.tee $16
               f32x4.sub
               local.tee $46
               f32x4.add
               v128.store offset=16
               local.get $37
               local.get $45
               local.get $46
               f32x4.sub
               v128.store offset=32
               local.get $37
               local.get $43
               local.get $44
               f32x4.sub
               local.tee $43
               local.get $41
               local.get $40
               f32x4.sub
               local.tee $40
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               f32x4.mul
               f32x4.add
               v128.store offset=48
               local.get $37
               i32.const -64
               i32.sub
               local.get $43
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               local.get $40
               f32x4.mul
               f32x4.sub
               v128.store
               local.get $37
               local.get $16
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $41
               f32x4.mul
               f32x4.sub
               local.get $42
               f32x4.add
               v128.store offset=80
               local.get $14
               local.get $19
               i32.add
               local.set $14
               local.get $8
               i32.const 1
               i32.add
               local.set $8
               br $for-loop|23
              end
             end
             local.get $13
             local.get $17
             i32.const 48
             i32.mul
             i32.add
             local.get $18
             local.get $13
             select
             local.set $8
             local.get $12
             local.get $17
             i32.const 2
             i32.shl
             i32.add
             local.set $37
             i32.const 0
             local.set $14
             loop $for-loop|24
              local.get $14
              i32.const 6
              i32.lt_s
              if
               local.get $8
               local.get $14
               i32.const 4
               i32.shl
               local.tee $47
               i32.add
               local.tee $48
               v128.load offset=96
               local.set $16
               local.get $36
               local.get $47
               i32.add
               local.tee $49
               v128.load offset=96
               local.set $40
               local.get $49
               v128.load
               local.tee $41
               local.get $39
               local.get $47
               i32.add
               local.tee $47
               v128.load
               local.tee $42
               f32x4.sub
               local.set $43
               local.get $47
               v128.load offset=96
               local.tee $44
               local.get $16
               f32x4.sub
               local.set $45
               local.get $37
               local.get $14
               i32.const 8
               i32.shl
               i32.add
               local.tee $47
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $48
               v128.load
               f32x4.mul
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $42
               f32x4.mul
               f32x4.sub
               local.get $41
               f32x4.add
               v128.store
               local.get $47
               i32.const 1536
               i32.add
               local.get $41
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $42
               f32x4.mul
               f32x4.sub
               local.tee $41
               local.get $44
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $16
               f32x4.mul
               local.tee $16
               f32x4.sub
               local.tee $42
               f32x4.add
               v128.store
               local.get $47
               i32.const 3072
               i32.add
               local.get $41
               local.get $42
               f32x4.sub
               v128.store
               local.get $47
               i32.const 4608
               i32.add
               local.get $43
               local.get $45
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               f32x4.mul
               f32x4.add
               v128.store
               local.get $47
               i32.const 6144
               i32.add
               local.get $43
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               local.get $45
               f32x4.mul
               f32x4.sub
               v128.store
               local.get $47
               i32.const 7680
               i32.add
               local.get $16
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $44
               f32x4.mul
               f32x4.sub
               local.get $40
               f32x4.add
               v128.store
               local.get $14
               i32.const 1
               i32.add
               local.set $14
               br $for-loop|24
              end
             end
             local.get $17
             i32.const 4
             i32.add
             local.set $17
             br $for-loop|22
            end
           end
           br $scripts/wasm/winogradTransforms/inputTransform6|inlined.6
          end
          local.get $38
          i32.const 0
          i32.const 6
          local.get $4
          local.get $36
          i32.sub
          local.tee $3
          local.get $3
          i32.const 6
          i32.gt_s
          select
          local.tee $38
          i32.const 6
          i32.eq
          select
          local.set $47
          i32.const 2
          i32.const 0
          local.get $36
          i32.sub
          local.tee $3
          i32.const 0
          local.get $3
          i32.const 0
          i32.ge_s
          select
          local.tee $14
          local.get $13
          select
          local.set $3
          i32.const 0
          local.set $8
          loop $for-loop|25
           local.get $8
           i32.const 6
           i32.lt_s
           if
            local.get $8
            local.get $38
            i32.lt_s
            local.get $8
            local.get $14
            i32.ge_s
            i32.and
            i32.eqz
            if
             local.get $18
             local.get $8
             i32.const 96
             i32.mul
             i32.add
             local.tee $17
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store
             local.get $17
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store offset=16
             local.get $17
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store offset=32
             local.get $17
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store offset=48
             local.get $17
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store offset=64
             local.get $17
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store offset=80
            end
            local.get $8
            i32.const 1
            i32.add
            local.set $8
            br $for-loop|25
           end
          end
          local.get $37
          i32.const 5
          i32.add
          local.tee $8
          local.get $5
          i32.le_s
          local.get $37
          i32.const -1
          i32.ge_s
          i32.and
          if
           local.get $18
           i32.const 576
           i32.add
           local.tee $48
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           v128.store
           local.get $37
           i32.const 0
           i32.ge_s
           local.set $49
           local.get $5
           local.get $8
           i32.gt_s
           local.set $50
           i32.const 0
           local.set $17
           loop $for-loop|26
            local.get $17
            i32.const 64
            i32.lt_s
            if
             local.get $47
             local.get $17
             i32.const 48
             i32.mul
             i32.add
             local.get $18
             i32.const 384
             i32.add
             local.get $47
             select
             local.set $51
             local.get $35
             local.get $3
             local.get $36
             i32.add
             local.get $5
             i32.mul
             local.get $37
             i32.add
             i32.const 1
             i32.add
             i32.const 8
             i32.shl
             i32.add
             local.get $17
             i32.const 2
             i32.shl
             i32.add
             local.set $14
             local.get $3
             local.set $8
             loop $for-loop|27
              local.get $8
              local.get $38
              i32.lt_s
              if
               local.get $14
               i32.const 256
               i32.sub
               local.get $48
               local.get $49
               select
               v128.load
               local.set $16
               local.get $14
               v128.load
               local.set $40
               local.get $14
               v128.load offset=512
               local.set $41
               local.get $14
               i32.const 1024
               i32.add
               local.get $48
               local.get $50
               select
               v128.load
               local.set $42
               local.get $14
               v128.load offset=768
               local.tee $43
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $14
               v128.load offset=256
               local.tee $44
               f32x4.mul
               f32x4.sub
               local.set $45
               local.get $8
               i32.const 4
               i32.lt_s
               if (result i32)
                local.get $18
                local.get $8
                i32.const 96
                i32.mul
                i32.add
               else
                local.get $51
                local.get $8
                i32.const 4
                i32.sub
                i32.const 96
                i32.mul
                i32.add
               end
               local.tee $52
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $16
               f32x4.mul
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $44
               f32x4.mul
               f32x4.sub
               local.get $43
               f32x4.add
               v128.store
               local.get $52
               local.get $45
               local.get $41
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $40
               f32x4.mul
               local.tee $16
               f32x4.sub
               local.tee $46
               f32x4.add
               v128.store offset=16
               local.get $52
               local.get $45
               local.get $46
               f32x4.sub
               v128.store offset=32
               local.get $52
               local.get $43
               local.get $44
               f32x4.sub
               local.tee $43
               local.get $41
               local.get $40
               f32x4.sub
               local.tee $40
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               f32x4.mul
               f32x4.add
               v128.store offset=48
               local.get $52
               i32.const -64
               i32.sub
               local.get $43
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               local.get $40
               f32x4.mul
               f32x4.sub
               v128.store
               local.get $52
               local.get $16
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $41
               f32x4.mul
               f32x4.sub
               local.get $42
               f32x4.add
               v128.store offset=80
               local.get $14
               local.get $19
               i32.add
               local.set $14
               local.get $8
               i32.const 1
               i32.add
               local.set $8
               br $for-loop|27
              end
             end
             local.get $13
             local.get $17
             i32.const 48
             i32.mul
             i32.add
             local.get $18
             local.get $13
             select
             local.set $8
             local.get $12
             local.get $17
             i32.const 2
             i32.shl
             i32.add
             local.set $52
             i32.const 0
             local.set $14
             loop $for-loop|28
              local.get $14
              i32.const 6
              i32.lt_s
              if
               local.get $8
               local.get $14
               i32.const 4
               i32.shl
               local.tee $53
               i32.add
               local.tee $54
               v128.load offset=96
               local.set $16
               local.get $51
               local.get $53
               i32.add
               local.tee $55
               v128.load offset=96
               local.set $40
               local.get $55
               v128.load
               local.tee $41
               local.get $39
               local.get $53
               i32.add
               local.tee $53
               v128.load
               local.tee $42
               f32x4.sub
               local.set $43
               local.get $53
               v128.load offset=96
               local.tee $44
               local.get $16
               f32x4.sub
               local.set $45
               local.get $52
               local.get $14
               i32.const 8
               i32.shl
               i32.add
               local.tee $53
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $54
               v128.load
               f32x4.mul
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $42
               f32x4.mul
               f32x4.sub
               local.get $41
               f32x4.add
               v128.store
               local.get $53
               i32.const 1536
               i32.add
               local.get $41
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $42
               f32x4.mul
               f32x4.sub
               local.tee $41
               local.get $44
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $16
               f32x4.mul
               local.tee $16
               f32x4.sub
               local.tee $42
               f32x4.add
               v128.store
               local.get $53
               i32.const 3072
               i32.add
               local.get $41
               local.get $42
               f32x4.sub
               v128.store
               local.get $53
               i32.const 4608
               i32.add
               local.get $43
               local.get $45
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               f32x4.mul
               f32x4.add
               v128.store
               local.get $53
               i32.const 6144
               i32.add
               local.get $43
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               local.get $45
               f32x4.mul
               f32x4.sub
               v128.store
               local.get $53
               i32.const 7680
               i32.add
               local.get $16
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $44
               f32x4.mul
               f32x4.sub
               local.get $40
               f32x4.add
               v128.store
               local.get $14
               i32.const 1
               i32.add
               local.set $14
               br $for-loop|28
              end
             end
             local.get $17
             i32.const 4
             i32.add
             local.set $17
             br $for-loop|26
            end
           end
           br $scripts/wasm/winogradTransforms/inputTransform6|inlined.6
          end
          local.get $5
          i32.const 1
          i32.sub
          local.tee $8
          local.get $37
          local.get $5
          local.get $37
          i32.le_s
          select
          i32.const 0
          local.get $37
          i32.const 0
          i32.ge_s
          local.tee $14
          select
          i32.const 8
          i32.shl
          local.set $48
          local.get $8
          local.get $37
          i32.const 1
          i32.add
          local.tee $17
          local.get $5
          local.get $17
          i32.le_s
          select
          i32.const 0
          local.get $17
          i32.const 0
          i32.ge_s
          local.tee $49
          select
          i32.const 8
          i32.shl
          local.set $50
          local.get $8
          local.get $37
          i32.const 2
          i32.add
          local.tee $51
          local.get $5
          local.get $51
          i32.le_s
          select
          i32.const 0
          local.get $51
          i32.const 0
          i32.ge_s
          local.tee $52
          select
          i32.const 8
          i32.shl
          local.set $53
          local.get $8
          local.get $37
          i32.const 3
          i32.add
          local.tee $54
          local.get $5
          local.get $54
          i32.le_s
          select
          i32.const 0
          local.get $54
          i32.const 0
          i32.ge_s
          local.tee $55
          select
          i32.const 8
          i32.shl
          local.set $56
          local.get $8
          local.get $37
          i32.const 4
          i32.add
          local.tee $57
          local.get $5
          local.get $57
          i32.le_s
          select
          i32.const 0
          local.get $57
          i32.const 0
          i32.ge_s
          local.tee $58
          select
          i32.const 8
          i32.shl
          local.set $59
          local.get $8
          local.get $37
          i32.const 5
          i32.add
          local.tee $8
          local.get $5
          local.get $8
          i32.le_s
          select
          i32.const 0
          local.get $8
          i32.const 0
          i32.ge_s
          local.tee $60
          select
          i32.const 8
          i32.shl
          local.set $61
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $5
          local.get $37
          i32.gt_s
          local.get $14
          i32.and
          select
          local.set $16
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $5
          local.get $17
          i32.gt_s
          local.get $49
          i32.and
          select
          local.set $40
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $5
          local.get $51
          i32.gt_s
          local.get $52
          i32.and
          select
          local.set $41
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $5
          local.get $54
          i32.gt_s
          local.get $55
          i32.and
          select
          local.set $42
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $5
          local.get $57
          i32.gt_s
          local.get $58
          i32.and
          select
          local.set $43
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $5
          local.get $8
          i32.gt_s
          local.get $60
          i32.and
          select
          local.set $44
          i32.const 0
          local.set $14
          loop $for-loop|29
           local.get $14
           i32.const 64
           i32.lt_s
           if
            local.get $35
            local.get $14
            i32.const 2
            i32.shl
            i32.add
            local.set $17
            local.get $47
            local.get $14
            i32.const 48
            i32.mul
            i32.add
            local.get $18
            i32.const 384
            i32.add
            local.get $47
            select
            local.set $37
            local.get $3
            local.set $8
            loop $for-loop|30
             local.get $8
             local.get $38
             i32.lt_s
             if
              local.get $48
              local.get $17
              local.get $8
              local.get $36
              i32.add
              local.get $19
              i32.mul
              i32.add
              local.tee $49
              i32.add
              v128.load
              local.get $16
              v128.and
              local.set $45
              local.get $49
              local.get $50
              i32.add
              v128.load
              local.get $40
              v128.and
              local.set $46
              local.get $49
              local.get $56
              i32.add
              v128.load
              local.get $42
              v128.and
              local.set $62
              local.get $49
              local.get $61
              i32.add
              v128.load
              local.get $44
              v128.and
              local.set $63
              local.get $49
              local.get $59
              i32.add
              v128.load
              local.get $43
              v128.and
              local.tee $64
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $49
              local.get $53
              i32.add
              v128.load
              local.get $41
              v128.and
              local.tee $65
              f32x4.mul
              f32x4.sub
              local.set $66
              local.get $8
              i32.const 4
              i32.lt_s
              if (result i32)
               local.get $18
               local.get $8
               i32.const 96
               i32.mul
               i32.add
              else
               local.get $37
               local.get $8
               i32.const 4
               i32.sub
               i32.const 96
               i32.mul
               i32.add
              end
              local.tee $49
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $45
              f32x4.mul
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $65
              f32x4.mul
              f32x4.sub
              local.get $64
              f32x4.add
              v128.store
              local.get $49
              local.get $66
              local.get $62
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $46
              f32x4.mul
              local.tee $45
              f32x4.sub
              local.tee $67
              f32x4.add
              v128.store offset=16
              local.get $49
              local.get $66
              local.get $67
              f32x4.sub
              v128.store offset=32
              local.get $49
              local.get $64
              local.get $65
              f32x4.sub
              local.tee $64
              local.get $62
              local.get $46
              f32x4.sub
              local.tee $46
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              f32x4.mul
              f32x4.add
              v128.store offset=48
              local.get $49
              i32.const -64
              i32.sub
              local.get $64
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              local.get $46
              f32x4.mul
              f32x4.sub
              v128.store
              local.get $49
              local.get $45
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $62
              f32x4.mul
              f32x4.sub
              local.get $63
              f32x4.add
              v128.store offset=80
              local.get $8
              i32.const 1
              i32.add
              local.set $8
              br $for-loop|30
             end
            end
            local.get $13
            local.get $14
            i32.const 48
            i32.mul
            i32.add
            local.get $18
            local.get $13
            select
            local.set $8
            local.get $12
            local.get $14
            i32.const 2
            i32.shl
            i32.add
            local.set $49
            i32.const 0
            local.set $17
            loop $for-loop|31
             local.get $17
             i32.const 6
             i32.lt_s
             if
              local.get $8
              local.get $17
              i32.const 4
              i32.shl
              local.tee $51
              i32.add
              local.tee $52
              v128.load offset=96
              local.set $45
              local.get $37
              local.get $51
              i32.add
              local.tee $54
              v128.load offset=96
              local.set $46
              local.get $54
              v128.load
              local.tee $62
              local.get $39
              local.get $51
              i32.add
              local.tee $51
              v128.load
              local.tee $63
              f32x4.sub
              local.set $64
              local.get $51
              v128.load offset=96
              local.tee $65
              local.get $45
              f32x4.sub
              local.set $66
              local.get $49
              local.get $17
              i32.const 8
              i32.shl
              i32.add
              local.tee $51
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $52
              v128.load
              f32x4.mul
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $63
              f32x4.mul
              f32x4.sub
              local.get $62
              f32x4.add
              v128.store
              local.get $51
              i32.const 1536
              i32.add
              local.get $62
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $63
              f32x4.mul
              f32x4.sub
              local.tee $62
              local.get $65
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $45
              f32x4.mul
              local.tee $45
              f32x4.sub
              local.tee $63
              f32x4.add
              v128.store
              local.get $51
              i32.const 3072
              i32.add
              local.get $62
              local.get $63
              f32x4.sub
              v128.store
              local.get $51
              i32.const 4608
              i32.add
              local.get $64
              local.get $66
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              f32x4.mul
              f32x4.add
              v128.store
              local.get $51
              i32.const 6144
              i32.add
              local.get $64
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              local.get $66
              f32x4.mul
              f32x4.sub
              v128.store
              local.get $51
              i32.const 7680
              i32.add
              local.get $45
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $65
              f32x4.mul
              f32x4.sub
              local.get $46
              f32x4.add
              v128.store
              local.get $17
              i32.const 1
              i32.add
              local.set $17
              br $for-loop|31
             end
            end
            local.get $14
            i32.const 4
            i32.add
            local.set $14
            br $for-loop|29
           end
          end
         end
        else
         block $scripts/wasm/winogradTransforms/inputTransform6|inlined.7
          local.get $3
          local.set $12
          local.get $8
          local.set $13
          local.get $5
          local.get $6
          i32.const 2
          i32.shl
          local.tee $39
          i32.mul
          local.set $47
          local.get $18
          i32.const 192
          i32.add
          local.set $48
          local.get $4
          local.get $36
          i32.const 6
          i32.add
          i32.ge_s
          local.get $36
          local.get $37
          i32.or
          i32.const 0
          i32.ge_s
          i32.and
          local.get $37
          i32.const 6
          i32.add
          local.get $5
          i32.le_s
          i32.and
          if
           local.get $35
           i32.const 2
           i32.const 0
           local.get $8
           select
           local.tee $3
           local.get $36
           i32.add
           local.get $5
           i32.mul
           local.get $37
           i32.add
           local.get $39
           i32.mul
           i32.add
           local.set $35
           i32.const 0
           local.set $19
           loop $for-loop|32
            local.get $6
            local.get $19
            i32.gt_s
            if
             local.get $38
             local.get $19
             i32.const 48
             i32.mul
             i32.add
             local.get $18
             i32.const 384
             i32.add
             local.get $38
             select
             local.set $36
             local.get $35
             local.get $19
             i32.const 2
             i32.shl
             i32.add
             local.set $14
             local.get $3
             local.set $8
             loop $for-loop|33
              local.get $8
              i32.const 6
              i32.lt_s
              if
               local.get $14
               v128.load
               local.set $16
               local.get $14
               local.get $39
               i32.add
               v128.load
               local.set $40
               local.get $14
               local.get $39
               i32.const 3
               i32.mul
               i32.add
               v128.load
               local.set $41
               local.get $14
               local.get $39
               i32.const 5
               i32.mul
               i32.add
               v128.load
               local.set $42
               local.get $14
               local.get $39
               i32.const 2
               i32.shl
               i32.add
               v128.load
               local.tee $43
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $14
               local.get $39
               i32.const 1
               i32.shl
               i32.add
               v128.load
               local.tee $44
               f32x4.mul
               f32x4.sub
               local.set $45
               local.get $8
               i32.const 4
               i32.lt_s
               if (result i32)
                local.get $18
                local.get $8
                i32.const 96
                i32.mul
                i32.add
               else
                local.get $36
                local.get $8
                i32.const 4
                i32.sub
                i32.const 96
                i32.mul
                i32.add
               end
               local.tee $17
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $16
               f32x4.mul
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $44
               f32x4.mul
               f32x4.sub
               local.get $43
               f32x4.add
               v128.store
               local.get $17
               local.get $45
               local.get $41
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $40
               f32x4.mul
               local.tee $16
               f32x4.sub
               local.tee $46
               f32x4.add
               v128.store offset=16
               local.get $17
               local.get $45
               local.get $46
               f32x4.sub
               v128.store offset=32
               local.get $17
               local.get $43
               local.get $44
               f32x4.sub
               local.tee $43
               local.get $41
               local.get $40
               f32x4.sub
               local.tee $40
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               f32x4.mul
               f32x4.add
               v128.store offset=48
               local.get $17
               i32.const -64
               i32.sub
               local.get $43
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               local.get $40
               f32x4.mul
               f32x4.sub
               v128.store
               local.get $17
               local.get $16
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $41
               f32x4.mul
               f32x4.sub
               local.get $42
               f32x4.add
               v128.store offset=80
               local.get $14
               local.get $47
               i32.add
               local.set $14
               local.get $8
               i32.const 1
               i32.add
               local.set $8
               br $for-loop|33
              end
             end
             local.get $13
             local.get $19
             i32.const 48
             i32.mul
             i32.add
             local.get $18
             local.get $13
             select
             local.set $8
             local.get $12
             local.get $19
             i32.const 2
             i32.shl
             i32.add
             local.set $14
             i32.const 0
             local.set $17
             loop $for-loop|34
              local.get $17
              i32.const 6
              i32.lt_s
              if
               local.get $8
               local.get $17
               i32.const 4
               i32.shl
               local.tee $37
               i32.add
               local.tee $49
               v128.load offset=96
               local.set $16
               local.get $36
               local.get $37
               i32.add
               local.tee $50
               v128.load offset=96
               local.set $40
               local.get $50
               v128.load
               local.tee $41
               local.get $37
               local.get $48
               i32.add
               local.tee $37
               v128.load
               local.tee $42
               f32x4.sub
               local.set $43
               local.get $37
               v128.load offset=96
               local.tee $44
               local.get $16
               f32x4.sub
               local.set $45
               local.get $14
               local.get $17
               local.get $39
               i32.mul
               i32.add
               local.tee $37
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $49
               v128.load
               f32x4.mul
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $42
               f32x4.mul
               f32x4.sub
               local.get $41
               f32x4.add
               v128.store
               local.get $39
               i32.const 6
               i32.mul
               local.tee $49
               local.get $37
               i32.add
               local.get $41
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $42
               f32x4.mul
               f32x4.sub
               local.tee $41
               local.get $44
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $16
               f32x4.mul
               local.tee $16
               f32x4.sub
               local.tee $42
               f32x4.add
               v128.store
               local.get $37
               local.get $49
               i32.const 1
               i32.shl
               i32.add
               local.get $41
               local.get $42
               f32x4.sub
               v128.store
               local.get $37
               local.get $49
               i32.const 3
               i32.mul
               i32.add
               local.get $43
               local.get $45
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               f32x4.mul
               f32x4.add
               v128.store
               local.get $37
               local.get $49
               i32.const 2
               i32.shl
               i32.add
               local.get $43
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               local.get $45
               f32x4.mul
               f32x4.sub
               v128.store
               local.get $37
               local.get $49
               i32.const 5
               i32.mul
               i32.add
               local.get $16
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $44
               f32x4.mul
               f32x4.sub
               local.get $40
               f32x4.add
               v128.store
               local.get $17
               i32.const 1
               i32.add
               local.set $17
               br $for-loop|34
              end
             end
             local.get $19
             i32.const 4
             i32.add
             local.set $19
             br $for-loop|32
            end
           end
           br $scripts/wasm/winogradTransforms/inputTransform6|inlined.7
          end
          local.get $38
          i32.const 0
          i32.const 6
          local.get $4
          local.get $36
          i32.sub
          local.tee $3
          local.get $3
          i32.const 6
          i32.gt_s
          select
          local.tee $38
          i32.const 6
          i32.eq
          select
          local.set $49
          i32.const 2
          i32.const 0
          local.get $36
          i32.sub
          local.tee $3
          i32.const 0
          local.get $3
          i32.const 0
          i32.ge_s
          select
          local.tee $14
          local.get $13
          select
          local.set $3
          i32.const 0
          local.set $8
          loop $for-loop|35
           local.get $8
           i32.const 6
           i32.lt_s
           if
            local.get $8
            local.get $38
            i32.lt_s
            local.get $8
            local.get $14
            i32.ge_s
            i32.and
            i32.eqz
            if
             local.get $18
             local.get $8
             i32.const 96
             i32.mul
             i32.add
             local.tee $17
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store
             local.get $17
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store offset=16
             local.get $17
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store offset=32
             local.get $17
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store offset=48
             local.get $17
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store offset=64
             local.get $17
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             v128.store offset=80
            end
            local.get $8
            i32.const 1
            i32.add
            local.set $8
            br $for-loop|35
           end
          end
          local.get $37
          i32.const 5
          i32.add
          local.tee $8
          local.get $5
          i32.le_s
          local.get $37
          i32.const -1
          i32.ge_s
          i32.and
          if
           local.get $18
           i32.const 576
           i32.add
           local.tee $19
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           v128.store
           local.get $37
           i32.const 0
           i32.ge_s
           local.set $50
           local.get $5
           local.get $8
           i32.gt_s
           local.set $51
           i32.const 0
           local.set $17
           loop $for-loop|36
            local.get $6
            local.get $17
            i32.gt_s
            if
             local.get $49
             local.get $17
             i32.const 48
             i32.mul
             i32.add
             local.get $18
             i32.const 384
             i32.add
             local.get $49
             select
             local.set $52
             local.get $35
             local.get $3
             local.get $36
             i32.add
             local.get $5
             i32.mul
             local.get $37
             i32.add
             i32.const 1
             i32.add
             local.get $39
             i32.mul
             i32.add
             local.get $17
             i32.const 2
             i32.shl
             i32.add
             local.set $14
             local.get $3
             local.set $8
             loop $for-loop|37
              local.get $8
              local.get $38
              i32.lt_s
              if
               local.get $14
               local.get $39
               i32.sub
               local.get $19
               local.get $50
               select
               v128.load
               local.set $16
               local.get $14
               v128.load
               local.set $40
               local.get $14
               local.get $39
               i32.const 1
               i32.shl
               i32.add
               v128.load
               local.set $41
               local.get $14
               local.get $39
               i32.const 2
               i32.shl
               i32.add
               local.get $19
               local.get $51
               select
               v128.load
               local.set $42
               local.get $14
               local.get $39
               i32.const 3
               i32.mul
               i32.add
               v128.load
               local.tee $43
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $14
               local.get $39
               i32.add
               v128.load
               local.tee $44
               f32x4.mul
               f32x4.sub
               local.set $45
               local.get $8
               i32.const 4
               i32.lt_s
               if (result i32)
                local.get $18
                local.get $8
                i32.const 96
                i32.mul
                i32.add
               else
                local.get $52
                local.get $8
                i32.const 4
                i32.sub
                i32.const 96
                i32.mul
                i32.add
               end
               local.tee $53
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $16
               f32x4.mul
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $44
               f32x4.mul
               f32x4.sub
               local.get $43
               f32x4.add
               v128.store
               local.get $53
               local.get $45
               local.get $41
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $40
               f32x4.mul
               local.tee $16
               f32x4.sub
               local.tee $46
               f32x4.add
               v128.store offset=16
               local.get $53
               local.get $45
               local.get $46
               f32x4.sub
               v128.store offset=32
               local.get $53
               local.get $43
               local.get $44
               f32x4.sub
               local.tee $43
               local.get $41
               local.get $40
               f32x4.sub
               local.tee $40
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               f32x4.mul
               f32x4.add
               v128.store offset=48
               local.get $53
               i32.const -64
               i32.sub
               local.get $43
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               local.get $40
               f32x4.mul
               f32x4.sub
               v128.store
               local.get $53
               local.get $16
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $41
               f32x4.mul
               f32x4.sub
               local.get $42
               f32x4.add
               v128.store offset=80
               local.get $14
               local.get $47
               i32.add
               local.set $14
               local.get $8
               i32.const 1
               i32.add
               local.set $8
               br $for-loop|37
              end
             end
             local.get $13
             local.get $17
             i32.const 48
             i32.mul
             i32.add
             local.get $18
             local.get $13
             select
             local.set $8
             local.get $12
             local.get $17
             i32.const 2
             i32.shl
             i32.add
             local.set $53
             i32.const 0
             local.set $14
             loop $for-loop|38
              local.get $14
              i32.const 6
              i32.lt_s
              if
               local.get $8
               local.get $14
               i32.const 4
               i32.shl
               local.tee $54
               i32.add
               local.tee $55
               v128.load offset=96
               local.set $16
               local.get $52
               local.get $54
               i32.add
               local.tee $56
               v128.load offset=96
               local.set $40
               local.get $56
               v128.load
               local.tee $41
               local.get $48
               local.get $54
               i32.add
               local.tee $54
               v128.load
               local.tee $42
               f32x4.sub
               local.set $43
               local.get $54
               v128.load offset=96
               local.tee $44
               local.get $16
               f32x4.sub
               local.set $45
               local.get $53
               local.get $14
               local.get $39
               i32.mul
               i32.add
               local.tee $54
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $55
               v128.load
               f32x4.mul
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $42
               f32x4.mul
               f32x4.sub
               local.get $41
               f32x4.add
               v128.store
               local.get $39
               i32.const 6
               i32.mul
               local.tee $55
               local.get $54
               i32.add
               local.get $41
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $42
               f32x4.mul
               f32x4.sub
               local.tee $41
               local.get $44
               v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
               local.get $16
               f32x4.mul
               local.tee $16
               f32x4.sub
               local.tee $42
               f32x4.add
               v128.store
               local.get $54
               local.get $55
               i32.const 1
               i32.shl
               i32.add
               local.get $41
               local.get $42
               f32x4.sub
               v128.store
               local.get $54
               local.get $55
               i32.const 3
               i32.mul
               i32.add
               local.get $43
               local.get $45
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               f32x4.mul
               f32x4.add
               v128.store
               local.get $54
               local.get $55
               i32.const 2
               i32.shl
               i32.add
               local.get $43
               v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
               local.get $45
               f32x4.mul
               f32x4.sub
               v128.store
               local.get $54
               local.get $55
               i32.const 5
               i32.mul
               i32.add
               local.get $16
               v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
               local.get $44
               f32x4.mul
               f32x4.sub
               local.get $40
               f32x4.add
               v128.store
               local.get $14
               i32.const 1
               i32.add
               local.set $14
               br $for-loop|38
              end
             end
             local.get $17
             i32.const 4
             i32.add
             local.set $17
             br $for-loop|36
            end
           end
           br $scripts/wasm/winogradTransforms/inputTransform6|inlined.7
          end
          local.get $39
          local.get $5
          i32.const 1
          i32.sub
          local.tee $8
          local.get $37
          local.get $5
          local.get $37
          i32.le_s
          select
          i32.const 0
          local.get $37
          i32.const 0
          i32.ge_s
          local.tee $14
          select
          i32.mul
          local.set $50
          local.get $39
          local.get $8
          local.get $37
          i32.const 1
          i32.add
          local.tee $17
          local.get $5
          local.get $17
          i32.le_s
          select
          i32.const 0
          local.get $17
          i32.const 0
          i32.ge_s
          local.tee $51
          select
          i32.mul
          local.set $52
          local.get $39
          local.get $8
          local.get $37
          i32.const 2
          i32.add
          local.tee $53
          local.get $5
          local.get $53
          i32.le_s
          select
          i32.const 0
          local.get $53
          i32.const 0
          i32.ge_s
          local.tee $54
          select
          i32.mul
          local.set $55
          local.get $39
          local.get $8
          local.get $37
          i32.const 3
          i32.add
          local.tee $56
          local.get $5
          local.get $56
          i32.le_s
          select
          i32.const 0
          local.get $56
          i32.const 0
          i32.ge_s
          local.tee $57
          select
          i32.mul
          local.set $58
          local.get $39
          local.get $8
          local.get $37
          i32.const 4
          i32.add
          local.tee $59
          local.get $5
          local.get $59
          i32.le_s
          select
          i32.const 0
          local.get $59
          i32.const 0
          i32.ge_s
          local.tee $60
          select
          i32.mul
          local.set $61
          local.get $39
          local.get $8
          local.get $37
          i32.const 5
          i32.add
          local.tee $8
          local.get $5
          local.get $8
          i32.le_s
          select
          i32.const 0
          local.get $8
          i32.const 0
          i32.ge_s
          local.tee $68
          select
          i32.mul
          local.set $19
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $5
          local.get $37
          i32.gt_s
          local.get $14
          i32.and
          select
          local.set $16
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $5
          local.get $17
          i32.gt_s
          local.get $51
          i32.and
          select
          local.set $40
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $5
          local.get $53
          i32.gt_s
          local.get $54
          i32.and
          select
          local.set $41
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $5
          local.get $56
          i32.gt_s
          local.get $57
          i32.and
          select
          local.set $42
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $5
          local.get $59
          i32.gt_s
          local.get $60
          i32.and
          select
          local.set $43
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $5
          local.get $8
          i32.gt_s
          local.get $68
          i32.and
          select
          local.set $44
          i32.const 0
          local.set $14
          loop $for-loop|39
           local.get $6
           local.get $14
           i32.gt_s
           if
            local.get $35
            local.get $14
            i32.const 2
            i32.shl
            i32.add
            local.set $17
            local.get $49
            local.get $14
            i32.const 48
            i32.mul
            i32.add
            local.get $18
            i32.const 384
            i32.add
            local.get $49
            select
            local.set $37
            local.get $3
            local.set $8
            loop $for-loop|40
             local.get $8
             local.get $38
             i32.lt_s
             if
              local.get $50
              local.get $17
              local.get $8
              local.get $36
              i32.add
              local.get $47
              i32.mul
              i32.add
              local.tee $51
              i32.add
              v128.load
              local.get $16
              v128.and
              local.set $45
              local.get $51
              local.get $52
              i32.add
              v128.load
              local.get $40
              v128.and
              local.set $46
              local.get $51
              local.get $58
              i32.add
              v128.load
              local.get $42
              v128.and
              local.set $62
              local.get $19
              local.get $51
              i32.add
              v128.load
              local.get $44
              v128.and
              local.set $63
              local.get $51
              local.get $61
              i32.add
              v128.load
              local.get $43
              v128.and
              local.tee $64
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $51
              local.get $55
              i32.add
              v128.load
              local.get $41
              v128.and
              local.tee $65
              f32x4.mul
              f32x4.sub
              local.set $66
              local.get $8
              i32.const 4
              i32.lt_s
              if (result i32)
               local.get $18
               local.get $8
               i32.const 96
               i32.mul
               i32.add
              else
               local.get $37
               local.get $8
               i32.const 4
               i32.sub
               i32.const 96
               i32.mul
               i32.add
              end
              local.tee $51
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $45
              f32x4.mul
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $65
              f32x4.mul
              f32x4.sub
              local.get $64
              f32x4.add
              v128.store
              local.get $51
              local.get $66
              local.get $62
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $46
              f32x4.mul
              local.tee $45
              f32x4.sub
              local.tee $67
              f32x4.add
              v128.store offset=16
              local.get $51
              local.get $66
              local.get $67
              f32x4.sub
              v128.store offset=32
              local.get $51
              local.get $64
              local.get $65
              f32x4.sub
              local.tee $64
              local.get $62
              local.get $46
              f32x4.sub
              local.tee $46
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              f32x4.mul
              f32x4.add
              v128.store offset=48
              local.get $51
              i32.const -64
              i32.sub
              local.get $64
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              local.get $46
              f32x4.mul
              f32x4.sub
              v128.store
              local.get $51
              local.get $45
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $62
              f32x4.mul
              f32x4.sub
              local.get $63
              f32x4.add
              v128.store offset=80
              local.get $8
              i32.const 1
              i32.add
              local.set $8
              br $for-loop|40
             end
            end
            local.get $13
            local.get $14
            i32.const 48
            i32.mul
            i32.add
            local.get $18
            local.get $13
            select
            local.set $8
            local.get $12
            local.get $14
            i32.const 2
            i32.shl
            i32.add
            local.set $51
            i32.const 0
            local.set $17
            loop $for-loop|41
             local.get $17
             i32.const 6
             i32.lt_s
             if
              local.get $8
              local.get $17
              i32.const 4
              i32.shl
              local.tee $53
              i32.add
              local.tee $54
              v128.load offset=96
              local.set $45
              local.get $37
              local.get $53
              i32.add
              local.tee $56
              v128.load offset=96
              local.set $46
              local.get $56
              v128.load
              local.tee $62
              local.get $48
              local.get $53
              i32.add
              local.tee $53
              v128.load
              local.tee $63
              f32x4.sub
              local.set $64
              local.get $53
              v128.load offset=96
              local.tee $65
              local.get $45
              f32x4.sub
              local.set $66
              local.get $51
              local.get $17
              local.get $39
              i32.mul
              i32.add
              local.tee $53
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $54
              v128.load
              f32x4.mul
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $63
              f32x4.mul
              f32x4.sub
              local.get $62
              f32x4.add
              v128.store
              local.get $39
              i32.const 6
              i32.mul
              local.tee $54
              local.get $53
              i32.add
              local.get $62
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $63
              f32x4.mul
              f32x4.sub
              local.tee $62
              local.get $65
              v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
              local.get $45
              f32x4.mul
              local.tee $45
              f32x4.sub
              local.tee $63
              f32x4.add
              v128.store
              local.get $53
              local.get $54
              i32.const 1
              i32.shl
              i32.add
              local.get $62
              local.get $63
              f32x4.sub
              v128.store
              local.get $53
              local.get $54
              i32.const 3
              i32.mul
              i32.add
              local.get $64
              local.get $66
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              f32x4.mul
              f32x4.add
              v128.store
              local.get $53
              local.get $54
              i32.const 2
              i32.shl
              i32.add
              local.get $64
              v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
              local.get $66
              f32x4.mul
              f32x4.sub
              v128.store
              local.get $53
              local.get $54
              i32.const 5
              i32.mul
              i32.add
              local.get $45
              v128.const i32x4 0x40a00000 0x40a00000 0x40a00000 0x40a00000
              local.get $65
              f32x4.mul
              f32x4.sub
              local.get $46
              f32x4.add
              v128.store
              local.get $17
              i32.const 1
              i32.add
              local.set $17
              br $for-loop|41
             end
            end
            local.get $14
            i32.const 4
            i32.add
            local.set $14
            br $for-loop|39
           end
          end
         end
        end
       end
      end
      local.get $1
      local.get $22
      i32.const 2
      i32.shl
      local.tee $8
      local.get $21
      i32.const 2
      i32.shl
      local.tee $12
      local.get $4
      local.get $9
      i32.mul
      i32.add
      local.get $5
      i32.mul
      i32.add
      local.get $20
      i32.mul
      i32.add
      local.set $3
      local.get $5
      local.get $20
      i32.mul
      local.set $17
      i32.const 4
      local.get $5
      local.get $8
      i32.sub
      local.tee $8
      local.get $8
      i32.const 4
      i32.gt_s
      select
      local.tee $13
      i32.const 4
      i32.lt_s
      i32.const 4
      local.get $4
      local.get $12
      i32.sub
      local.tee $8
      local.get $8
      i32.const 4
      i32.gt_s
      select
      local.tee $12
      i32.const 4
      i32.lt_s
      i32.or
      if
       local.get $15
       i32.const 0
       local.get $20
       i32.const 4
       i32.shl
       memory.fill
       i32.const 0
       local.set $8
       loop $for-loop|42
        local.get $8
        local.get $12
        i32.lt_s
        if
         local.get $15
         local.get $8
         i32.const 2
         i32.shl
         local.get $20
         i32.mul
         i32.add
         local.get $3
         local.get $8
         local.get $17
         i32.mul
         i32.add
         local.get $13
         local.get $20
         i32.mul
         memory.copy
         local.get $8
         i32.const 1
         i32.add
         local.set $8
         br $for-loop|42
        end
       end
       local.get $20
       i32.const 2
       i32.shl
       local.set $17
       local.get $15
       local.set $3
      end
      local.get $30
      local.get $24
      local.get $27
      i32.mul
      i32.add
      local.set $12
      local.get $7
      i32.const 16
      i32.eq
      if
       i32.const 0
       local.set $8
       loop $for-loop|43
        local.get $8
        i32.const 16
        i32.lt_s
        if
         local.get $8
         i32.const 2
         i32.shl
         local.tee $13
         local.get $3
         i32.add
         local.tee $14
         local.get $17
         i32.add
         local.tee $19
         local.get $17
         i32.add
         local.tee $35
         local.get $17
         i32.add
         local.set $36
         local.get $14
         i32.const -64
         i32.sub
         v128.load
         local.set $16
         local.get $14
         v128.load offset=128
         local.set $40
         local.get $14
         v128.load offset=192
         local.set $41
         local.get $12
         local.get $13
         i32.add
         local.tee $13
         local.get $14
         v128.load
         local.tee $42
         v128.store
         local.get $13
         i32.const -64
         i32.sub
         local.get $42
         local.get $40
         f32x4.add
         local.tee $43
         local.get $16
         local.get $41
         f32x4.add
         local.tee $44
         f32x4.add
         v128.store
         local.get $13
         local.get $43
         local.get $44
         f32x4.sub
         v128.store offset=128
         local.get $13
         local.get $42
         local.get $40
         v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
         f32x4.mul
         f32x4.add
         local.tee $40
         local.get $16
         local.get $16
         f32x4.add
         local.get $41
         v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
         f32x4.mul
         f32x4.add
         local.tee $16
         f32x4.add
         v128.store offset=192
         local.get $13
         local.get $40
         local.get $16
         f32x4.sub
         v128.store offset=256
         local.get $13
         local.get $41
         v128.store offset=320
         local.get $36
         i32.const -64
         i32.sub
         v128.load
         local.set $16
         local.get $36
         v128.load offset=128
         local.set $40
         local.get $36
         v128.load offset=192
         local.set $41
         local.get $13
         i32.const 1920
         i32.add
         local.tee $37
         local.get $36
         v128.load
         local.tee $42
         v128.store
         local.get $37
         i32.const -64
         i32.sub
         local.get $42
         local.get $40
         f32x4.add
         local.tee $43
         local.get $16
         local.get $41
         f32x4.add
         local.tee $44
         f32x4.add
         v128.store
         local.get $37
         local.get $43
         local.get $44
         f32x4.sub
         v128.store offset=128
         local.get $37
         local.get $42
         local.get $40
         v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
         f32x4.mul
         f32x4.add
         local.tee $40
         local.get $16
         local.get $16
         f32x4.add
         local.get $41
         v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
         f32x4.mul
         f32x4.add
         local.tee $16
         f32x4.add
         v128.store offset=192
         local.get $37
         local.get $40
         local.get $16
         f32x4.sub
         v128.store offset=256
         local.get $37
         local.get $41
         v128.store offset=320
         local.get $14
         i32.const -64
         i32.sub
         v128.load
         local.get $35
         i32.const -64
         i32.sub
         v128.load
         f32x4.add
         local.tee $16
         local.get $19
         i32.const -64
         i32.sub
         v128.load
         local.get $36
         i32.const -64
         i32.sub
         v128.load
         f32x4.add
         local.tee $40
         f32x4.add
         local.set $41
         local.get $14
         v128.load offset=128
         local.get $35
         v128.load offset=128
         f32x4.add
         local.tee $42
         local.get $19
         v128.load offset=128
         local.get $36
         v128.load offset=128
         f32x4.add
         local.tee $43
         f32x4.add
         local.set $44
         local.get $14
         v128.load offset=192
         local.get $35
         v128.load offset=192
         f32x4.add
         local.tee $45
         local.get $19
         v128.load offset=192
         local.get $36
         v128.load offset=192
         f32x4.add
         local.tee $46
         f32x4.add
         local.set $62
         local.get $13
         i32.const 384
         i32.add
         local.tee $37
         local.get $14
         v128.load
         local.get $35
         v128.load
         f32x4.add
         local.tee $63
         local.get $19
         v128.load
         local.get $36
         v128.load
         f32x4.add
         local.tee $64
         f32x4.add
         local.tee $65
         v128.store
         local.get $37
         i32.const -64
         i32.sub
         local.get $65
         local.get $44
         f32x4.add
         local.tee $66
         local.get $41
         local.get $62
         f32x4.add
         local.tee $67
         f32x4.add
         v128.store
         local.get $37
         local.get $66
         local.get $67
         f32x4.sub
         v128.store offset=128
         local.get $37
         local.get $65
         local.get $44
         v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
         f32x4.mul
         f32x4.add
         local.tee $44
         local.get $41
         local.get $41
         f32x4.add
         local.get $62
         v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
         f32x4.mul
         f32x4.add
         local.tee $41
         f32x4.add
         v128.store offset=192
         local.get $37
         local.get $44
         local.get $41
         f32x4.sub
         v128.store offset=256
         local.get $37
         local.get $62
         v128.store offset=320
         local.get $13
         i32.const 768
         i32.add
         local.tee $37
         local.get $63
         local.get $64
         f32x4.sub
         local.tee $44
         v128.store
         local.get $37
         i32.const -64
         i32.sub
         local.get $44
         local.get $42
         local.get $43
         f32x4.sub
         local.tee $41
         f32x4.add
         local.tee $42
         local.get $16
         local.get $40
         f32x4.sub
         local.tee $16
         local.get $45
         local.get $46
         f32x4.sub
         local.tee $40
         f32x4.add
         local.tee $43
         f32x4.add
         v128.store
         local.get $37
         local.get $42
         local.get $43
         f32x4.sub
         v128.store offset=128
         local.get $37
         local.get $44
         local.get $41
         v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
         f32x4.mul
         f32x4.add
         local.tee $41
         local.get $16
         local.get $16
         f32x4.add
         local.get $40
         v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
         f32x4.mul
         f32x4.add
         local.tee $16
         f32x4.add
         v128.store offset=192
         local.get $37
         local.get $41
         local.get $16
         f32x4.sub
         v128.store offset=256
         local.get $37
         local.get $40
         v128.store offset=320
         local.get $14
         i32.const -64
         i32.sub
         v128.load
         local.get $35
         i32.const -64
         i32.sub
         v128.load
         v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
         f32x4.mul
         f32x4.add
         local.tee $40
         local.get $19
         i32.const -64
         i32.sub
         v128.load
         local.tee $16
         local.get $16
         f32x4.add
         local.get $36
         i32.const -64
         i32.sub
         v128.load
         v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
         f32x4.mul
         f32x4.add
         local.tee $41
         f32x4.add
         local.set $42
         local.get $14
         v128.load offset=128
         local.get $35
         v128.load offset=128
         v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
         f32x4.mul
         f32x4.add
         local.tee $43
         local.get $19
         v128.load offset=128
         local.tee $16
         local.get $16
         f32x4.add
         local.get $36
         v128.load offset=128
         v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
         f32x4.mul
         f32x4.add
         local.tee $44
         f32x4.add
         local.set $45
         local.get $14
         v128.load offset=192
         local.get $35
         v128.load offset=192
         v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
         f32x4.mul
         f32x4.add
         local.tee $46
         local.get $19
         v128.load offset=192
         local.tee $16
         local.get $16
         f32x4.add
         local.get $36
         v128.load offset=192
         v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
         f32x4.mul
         f32x4.add
         local.tee $62
         f32x4.add
         local.set $63
         local.get $13
         i32.const 1152
         i32.add
         local.tee $37
         local.get $14
         v128.load
         local.get $35
         v128.load
         v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
         f32x4.mul
         f32x4.add
         local.tee $64
         local.get $19
         v128.load
         local.tee $16
         local.get $16
         f32x4.add
         local.get $36
         v128.load
         v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
         f32x4.mul
         f32x4.add
         local.tee $16
         f32x4.add
         local.tee $65
         v128.store
         local.get $37
         i32.const -64
         i32.sub
         local.get $65
         local.get $45
         f32x4.add
         local.tee $66
         local.get $42
         local.get $63
         f32x4.add
         local.tee $67
         f32x4.add
         v128.store
         local.get $37
         local.get $66
         local.get $67
         f32x4.sub
         v128.store offset=128
         local.get $37
         local.get $65
         local.get $45
         v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
         f32x4.mul
         f32x4.add
         local.tee $45
         local.get $42
         local.get $42
         f32x4.add
         local.get $63
         v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
         f32x4.mul
         f32x4.add
         local.tee $42
         f32x4.add
         v128.store offset=192
         local.get $37
         local.get $45
         local.get $42
         f32x4.sub
         v128.store offset=256
         local.get $37
         local.get $63
         v128.store offset=320
         local.get $13
         i32.const 1536
         i32.add
         local.tee $13
         local.get $64
         local.get $16
         f32x4.sub
         local.tee $16
         v128.store
         local.get $13
         i32.const -64
         i32.sub
         local.get $16
         local.get $43
         local.get $44
         f32x4.sub
         local.tee $42
         f32x4.add
         local.tee $43
         local.get $40
         local.get $41
         f32x4.sub
         local.tee $40
         local.get $46
         local.get $62
         f32x4.sub
         local.tee $41
         f32x4.add
         local.tee $44
         f32x4.add
         v128.store
         local.get $13
         local.get $43
         local.get $44
         f32x4.sub
         v128.store offset=128
         local.get $13
         local.get $16
         local.get $42
         v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
         f32x4.mul
         f32x4.add
         local.tee $16
         local.get $40
         local.get $40
         f32x4.add
         local.get $41
         v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
         f32x4.mul
         f32x4.add
         local.tee $40
         f32x4.add
         v128.store offset=192
         local.get $13
         local.get $16
         local.get $40
         f32x4.sub
         v128.store offset=256
         local.get $13
         local.get $41
         v128.store offset=320
         local.get $8
         i32.const 4
         i32.add
         local.set $8
         br $for-loop|43
        end
       end
      else
       local.get $7
       i32.const 32
       i32.eq
       if
        i32.const 0
        local.set $8
        loop $for-loop|44
         local.get $8
         i32.const 32
         i32.lt_s
         if
          local.get $8
          i32.const 2
          i32.shl
          local.tee $13
          local.get $3
          i32.add
          local.tee $14
          local.get $17
          i32.add
          local.tee $19
          local.get $17
          i32.add
          local.tee $35
          local.get $17
          i32.add
          local.set $36
          local.get $14
          v128.load offset=128
          local.set $16
          local.get $14
          v128.load offset=256
          local.set $40
          local.get $14
          v128.load offset=384
          local.set $41
          local.get $12
          local.get $13
          i32.add
          local.tee $13
          local.get $14
          v128.load
          local.tee $42
          v128.store
          local.get $13
          local.get $42
          local.get $40
          f32x4.add
          local.tee $43
          local.get $16
          local.get $41
          f32x4.add
          local.tee $44
          f32x4.add
          v128.store offset=128
          local.get $13
          local.get $43
          local.get $44
          f32x4.sub
          v128.store offset=256
          local.get $13
          local.get $42
          local.get $40
          v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
          f32x4.mul
          f32x4.add
          local.tee $40
          local.get $16
          local.get $16
          f32x4.add
          local.get $41
          v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
          f32x4.mul
          f32x4.add
          local.tee $16
          f32x4.add
          v128.store offset=384
          local.get $13
          local.get $40
          local.get $16
          f32x4.sub
          v128.store offset=512
          local.get $13
          local.get $41
          v128.store offset=640
          local.get $36
          v128.load offset=128
          local.set $16
          local.get $36
          v128.load offset=256
          local.set $40
          local.get $36
          v128.load offset=384
          local.set $41
          local.get $13
          i32.const 3840
          i32.add
          local.tee $37
          local.get $36
          v128.load
          local.tee $42
          v128.store
          local.get $37
          local.get $42
          local.get $40
          f32x4.add
          local.tee $43
          local.get $16
          local.get $41
          f32x4.add
          local.tee $44
          f32x4.add
          v128.store offset=128
          local.get $37
          local.get $43
          local.get $44
          f32x4.sub
          v128.store offset=256
          local.get $37
          local.get $42
          local.get $40
          v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
          f32x4.mul
          f32x4.add
          local.tee $40
          local.get $16
          local.get $16
          f32x4.add
          local.get $41
          v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
          f32x4.mul
          f32x4.add
          local.tee $16
          f32x4.add
          v128.store offset=384
          local.get $37
          local.get $40
          local.get $16
          f32x4.sub
          v128.store offset=512
          local.get $37
          local.get $41
          v128.store offset=640
          local.get $14
          v128.load offset=128
          local.get $35
          v128.load offset=128
          f32x4.add
          local.tee $16
          local.get $19
          v128.load offset=128
          local.get $36
          v128.load offset=128
          f32x4.add
          local.tee $40
          f32x4.add
          local.set $41
          local.get $14
          v128.load offset=256
          local.get $35
          v128.load offset=256
          f32x4.add
          local.tee $42
          local.get $19
          v128.load offset=256
          local.get $36
          v128.load offset=256
          f32x4.add
          local.tee $43
          f32x4.add
          local.set $44
          local.get $14
          v128.load offset=384
          local.get $35
          v128.load offset=384
          f32x4.add
          local.tee $45
          local.get $19
          v128.load offset=384
          local.get $36
          v128.load offset=384
          f32x4.add
          local.tee $46
          f32x4.add
          local.set $62
          local.get $13
          i32.const 768
          i32.add
          local.tee $37
          local.get $14
          v128.load
          local.get $35
          v128.load
          f32x4.add
          local.tee $63
          local.get $19
          v128.load
          local.get $36
          v128.load
          f32x4.add
          local.tee $64
          f32x4.add
          local.tee $65
          v128.store
          local.get $37
          local.get $65
          local.get $44
          f32x4.add
          local.tee $66
          local.get $41
          local.get $62
          f32x4.add
          local.tee $67
          f32x4.add
          v128.store offset=128
          local.get $37
          local.get $66
          local.get $67
          f32x4.sub
          v128.store offset=256
          local.get $37
          local.get $65
          local.get $44
          v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
          f32x4.mul
          f32x4.add
          local.tee $44
          local.get $41
          local.get $41
          f32x4.add
          local.get $62
          v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
          f32x4.mul
          f32x4.add
          local.tee $41
          f32x4.add
          v128.store offset=384
          local.get $37
          local.get $44
          local.get $41
          f32x4.sub
          v128.store offset=512
          local.get $37
          local.get $62
          v128.store offset=640
          local.get $13
          i32.const 1536
          i32.add
          local.tee $37
          local.get $63
          local.get $64
          f32x4.sub
          local.tee $44
          v128.store
          local.get $37
          local.get $44
          local.get $42
          local.get $43
          f32x4.sub
          local.tee $41
          f32x4.add
          local.tee $42
          local.get $16
          local.get $40
          f32x4.sub
          local.tee $16
          local.get $45
          local.get $46
          f32x4.sub
          local.tee $40
          f32x4.add
          local.tee $43
          f32x4.add
          v128.store offset=128
          local.get $37
          local.get $42
          local.get $43
          f32x4.sub
          v128.store offset=256
          local.get $37
          local.get $44
          local.get $41
          v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
          f32x4.mul
          f32x4.add
          local.tee $41
          local.get $16
          local.get $16
          f32x4.add
          local.get $40
          v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
          f32x4.mul
          f32x4.add
          local.tee $16
          f32x4.add
          v128.store offset=384
          local.get $37
          local.get $41
          local.get $16
          f32x4.sub
          v128.store offset=512
          local.get $37
          local.get $40
          v128.store offset=640
          local.get $14
          v128.load offset=128
          local.get $35
          v128.load offset=128
          v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
          f32x4.mul
          f32x4.add
          local.tee $40
          local.get $19
          v128.load offset=128
          local.tee $16
          local.get $16
          f32x4.add
          local.get $36
          v128.load offset=128
          v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
          f32x4.mul
          f32x4.add
          local.tee $41
          f32x4.add
          local.set $42
          local.get $14
          v128.load offset=256
          local.get $35
          v128.load offset=256
          v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
          f32x4.mul
          f32x4.add
          local.tee $43
          local.get $19
          v128.load offset=256
          local.tee $16
          local.get $16
          f32x4.add
          local.get $36
          v128.load offset=256
          v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
          f32x4.mul
          f32x4.add
          local.tee $44
          f32x4.add
          local.set $45
          local.get $14
          v128.load offset=384
          local.get $35
          v128.load offset=384
          v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
          f32x4.mul
          f32x4.add
          local.tee $46
          local.get $19
          v128.load offset=384
          local.tee $16
          local.get $16
          f32x4.add
          local.get $36
          v128.load offset=384
          v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
          f32x4.mul
          f32x4.add
          local.tee $62
          f32x4.add
          local.set $63
          local.get $13
          i32.const 2304
          i32.add
          local.tee $37
          local.get $14
          v128.load
          local.get $35
          v128.load
          v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
          f32x4.mul
          f32x4.add
          local.tee $64
          local.get $19
          v128.load
          local.tee $16
          local.get $16
          f32x4.add
          local.get $36
          v128.load
          v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
          f32x4.mul
          f32x4.add
          local.tee $16
          f32x4.add
          local.tee $65
          v128.store
          local.get $37
          local.get $65
          local.get $45
          f32x4.add
          local.tee $66
          local.get $42
          local.get $63
          f32x4.add
          local.tee $67
          f32x4.add
          v128.store offset=128
          local.get $37
          local.get $66
          local.get $67
          f32x4.sub
          v128.store offset=256
          local.get $37
          local.get $65
          local.get $45
          v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
          f32x4.mul
          f32x4.add
          local.tee $45
          local.get $42
          local.get $42
          f32x4.add
          local.get $63
          v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
          f32x4.mul
          f32x4.add
          local.tee $42
          f32x4.add
          v128.store offset=384
          local.get $37
          local.get $45
          local.get $42
          f32x4.sub
          v128.store offset=512
          local.get $37
          local.get $63
          v128.store offset=640
          local.get $13
          i32.const 3072
          i32.add
          local.tee $13
          local.get $64
          local.get $16
          f32x4.sub
          local.tee $16
          v128.store
          local.get $13
          local.get $16
          local.get $43
          local.get $44
          f32x4.sub
          local.tee $42
          f32x4.add
          local.tee $43
          local.get $40
          local.get $41
          f32x4.sub
          local.tee $40
          local.get $46
          local.get $62
          f32x4.sub
          local.tee $41
          f32x4.add
          local.tee $44
          f32x4.add
          v128.store offset=128
          local.get $13
          local.get $43
          local.get $44
          f32x4.sub
          v128.store offset=256
          local.get $13
          local.get $16
          local.get $42
          v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
          f32x4.mul
          f32x4.add
          local.tee $16
          local.get $40
          local.get $40
          f32x4.add
          local.get $41
          v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
          f32x4.mul
          f32x4.add
          local.tee $40
          f32x4.add
          v128.store offset=384
          local.get $13
          local.get $16
          local.get $40
          f32x4.sub
          v128.store offset=512
          local.get $13
          local.get $41
          v128.store offset=640
          local.get $8
          i32.const 4
          i32.add
          local.set $8
          br $for-loop|44
         end
        end
       else
        local.get $7
        i32.const 64
        i32.eq
        if
         i32.const 0
         local.set $8
         loop $for-loop|45
          local.get $8
          i32.const 64
          i32.lt_s
          if
           local.get $8
           i32.const 2
           i32.shl
           local.tee $13
           local.get $3
           i32.add
           local.tee $14
           local.get $17
           i32.add
           local.tee $19
           local.get $17
           i32.add
           local.tee $35
           local.get $17
           i32.add
           local.set $36
           local.get $14
           v128.load offset=256
           local.set $16
           local.get $14
           v128.load offset=512
           local.set $40
           local.get $14
           v128.load offset=768
           local.set $41
           local.get $12
           local.get $13
           i32.add
           local.tee $13
           local.get $14
           v128.load
           local.tee $42
           v128.store
           local.get $13
           local.get $42
           local.get $40
           f32x4.add
           local.tee $43
           local.get $16
           local.get $41
           f32x4.add
           local.tee $44
           f32x4.add
           v128.store offset=256
           local.get $13
           local.get $43
           local.get $44
           f32x4.sub
           v128.store offset=512
           local.get $13
           local.get $42
           local.get $40
           v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
           f32x4.mul
           f32x4.add
           local.tee $40
           local.get $16
           local.get $16
           f32x4.add
           local.get $41
           v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
           f32x4.mul
           f32x4.add
           local.tee $16
           f32x4.add
           v128.store offset=768
           local.get $13
           i32.const 1024
           i32.add
           local.get $40
           local.get $16
           f32x4.sub
           v128.store
           local.get $13
           i32.const 1280
           i32.add
           local.get $41
           v128.store
           local.get $36
           v128.load offset=256
           local.set $16
           local.get $36
           v128.load offset=512
           local.set $40
           local.get $36
           v128.load offset=768
           local.set $41
           local.get $13
           i32.const 7680
           i32.add
           local.tee $37
           local.get $36
           v128.load
           local.tee $42
           v128.store
           local.get $37
           local.get $42
           local.get $40
           f32x4.add
           local.tee $43
           local.get $16
           local.get $41
           f32x4.add
           local.tee $44
           f32x4.add
           v128.store offset=256
           local.get $37
           local.get $43
           local.get $44
           f32x4.sub
           v128.store offset=512
           local.get $37
           local.get $42
           local.get $40
           v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
           f32x4.mul
           f32x4.add
           local.tee $40
           local.get $16
           local.get $16
           f32x4.add
           local.get $41
           v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
           f32x4.mul
           f32x4.add
           local.tee $16
           f32x4.add
           v128.store offset=768
           local.get $37
           i32.const 1024
           i32.add
           local.get $40
           local.get $16
           f32x4.sub
           v128.store
           local.get $37
           i32.const 1280
           i32.add
           local.get $41
           v128.store
           local.get $14
           v128.load offset=256
           local.get $35
           v128.load offset=256
           f32x4.add
           local.tee $16
           local.get $19
           v128.load offset=256
           local.get $36
           v128.load offset=256
           f32x4.add
           local.tee $40
           f32x4.add
           local.set $41
           local.get $14
           v128.load offset=512
           local.get $35
           v128.load offset=512
           f32x4.add
           local.tee $42
           local.get $19
           v128.load offset=512
           local.get $36
           v128.load offset=512
           f32x4.add
           local.tee $43
           f32x4.add
           local.set $44
           local.get $14
           v128.load offset=768
           local.get $35
           v128.load offset=768
           f32x4.add
           local.tee $45
           local.get $19
           v128.load offset=768
           local.get $36
           v128.load offset=768
           f32x4.add
           local.tee $46
           f32x4.add
           local.set $62
           local.get $13
           i32.const 1536
           i32.add
           local.tee $37
           local.get $14
           v128.load
           local.get $35
           v128.load
           f32x4.add
           local.tee $63
           local.get $19
           v128.load
           local.get $36
           v128.load
           f32x4.add
           local.tee $64
           f32x4.add
           local.tee $65
           v128.store
           local.get $37
           local.get $65
           local.get $44
           f32x4.add
           local.tee $66
           local.get $41
           local.get $62
           f32x4.add
           local.tee $67
           f32x4.add
           v128.store offset=256
           local.get $37
           local.get $66
           local.get $67
           f32x4.sub
           v128.store offset=512
           local.get $37
           local.get $65
           local.get $44
           v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
           f32x4.mul
           f32x4.add
           local.tee $44
           local.get $41
           local.get $41
           f32x4.add
           local.get $62
           v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
           f32x4.mul
           f32x4.add
           local.tee $41
           f32x4.add
           v128.store offset=768
           local.get $37
           i32.const 1024
           i32.add
           local.get $44
           local.get $41
           f32x4.sub
           v128.store
           local.get $37
           i32.const 1280
           i32.add
           local.get $62
           v128.store
           local.get $13
           i32.const 3072
           i32.add
           local.tee $37
           local.get $63
           local.get $64
           f32x4.sub
           local.tee $44
           v128.store
           local.get $37
           local.get $44
           local.get $42
           local.get $43
           f32x4.sub
           local.tee $41
           f32x4.add
           local.tee $42
           local.get $16
           local.get $40
           f32x4.sub
           local.tee $16
           local.get $45
           local.get $46
           f32x4.sub
           local.tee $40
           f32x4.add
           local.tee $43
           f32x4.add
           v128.store offset=256
           local.get $37
           local.get $42
           local.get $43
           f32x4.sub
           v128.store offset=512
           local.get $37
           local.get $44
           local.get $41
           v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
           f32x4.mul
           f32x4.add
           local.tee $41
           local.get $16
           local.get $16
           f32x4.add
           local.get $40
           v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
           f32x4.mul
           f32x4.add
           local.tee $16
           f32x4.add
           v128.store offset=768
           local.get $37
           i32.const 1024
           i32.add
           local.get $41
           local.get $16
           f32x4.sub
           v128.store
           local.get $37
           i32.const 1280
           i32.add
           local.get $40
           v128.store
           local.get $14
           v128.load offset=256
           local.get $35
           v128.load offset=256
           v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
           f32x4.mul
           f32x4.add
           local.tee $40
           local.get $19
           v128.load offset=256
           local.tee $16
           local.get $16
           f32x4.add
           local.get $36
           v128.load offset=256
           v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
           f32x4.mul
           f32x4.add
           local.tee $41
           f32x4.add
           local.set $42
           local.get $14
           v128.load offset=512
           local.get $35
           v128.load offset=512
           v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
           f32x4.mul
           f32x4.add
           local.tee $43
           local.get $19
           v128.load offset=512
           local.tee $16
           local.get $16
           f32x4.add
           local.get $36
           v128.load offset=512
           v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
           f32x4.mul
           f32x4.add
           local.tee $44
           f32x4.add
           local.set $45
           local.get $14
           v128.load offset=768
           local.get $35
           v128.load offset=768
           v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
           f32x4.mul
           f32x4.add
           local.tee $46
           local.get $19
           v128.load offset=768
           local.tee $16
           local.get $16
           f32x4.add
           local.get $36
           v128.load offset=768
           v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
           f32x4.mul
           f32x4.add
           local.tee $62
           f32x4.add
           local.set $63
           local.get $13
           i32.const 4608
           i32.add
           local.tee $37
           local.get $14
           v128.load
           local.get $35
           v128.load
           v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
           f32x4.mul
           f32x4.add
           local.tee $64
           local.get $19
           v128.load
           local.tee $16
           local.get $16
           f32x4.add
           local.get $36
           v128.load
           v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
           f32x4.mul
           f32x4.add
           local.tee $16
           f32x4.add
           local.tee $65
           v128.store
           local.get $37
           local.get $65
           local.get $45
           f32x4.add
           local.tee $66
           local.get $42
           local.get $63
           f32x4.add
           local.tee $67
           f32x4.add
           v128.store offset=256
           local.get $37
           local.get $66
           local.get $67
           f32x4.sub
           v128.store offset=512
           local.get $37
           local.get $65
           local.get $45
           v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
           f32x4.mul
           f32x4.add
           local.tee $45
           local.get $42
           local.get $42
           f32x4.add
           local.get $63
           v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
           f32x4.mul
           f32x4.add
           local.tee $42
           f32x4.add
           v128.store offset=768
           local.get $37
           i32.const 1024
           i32.add
           local.get $45
           local.get $42
           f32x4.sub
           v128.store
           local.get $37
           i32.const 1280
           i32.add
           local.get $63
           v128.store
           local.get $13
           i32.const 6144
           i32.add
           local.tee $13
           local.get $64
           local.get $16
           f32x4.sub
           local.tee $16
           v128.store
           local.get $13
           local.get $16
           local.get $43
           local.get $44
           f32x4.sub
           local.tee $42
           f32x4.add
           local.tee $43
           local.get $40
           local.get $41
           f32x4.sub
           local.tee $40
           local.get $46
           local.get $62
           f32x4.sub
           local.tee $41
           f32x4.add
           local.tee $44
           f32x4.add
           v128.store offset=256
           local.get $13
           local.get $43
           local.get $44
           f32x4.sub
           v128.store offset=512
           local.get $13
           local.get $16
           local.get $42
           v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
           f32x4.mul
           f32x4.add
           local.tee $16
           local.get $40
           local.get $40
           f32x4.add
           local.get $41
           v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
           f32x4.mul
           f32x4.add
           local.tee $40
           f32x4.add
           v128.store offset=768
           local.get $13
           i32.const 1024
           i32.add
           local.get $16
           local.get $40
           f32x4.sub
           v128.store
           local.get $13
           i32.const 1280
           i32.add
           local.get $41
           v128.store
           local.get $8
           i32.const 4
           i32.add
           local.set $8
           br $for-loop|45
          end
         end
        else
         local.get $7
         i32.const 2
         i32.shl
         local.set $13
         i32.const 0
         local.set $8
         loop $for-loop|46
          local.get $7
          local.get $8
          i32.gt_s
          if
           local.get $8
           i32.const 2
           i32.shl
           local.tee $14
           local.get $3
           i32.add
           local.tee $19
           local.get $17
           i32.add
           local.tee $35
           local.get $17
           i32.add
           local.tee $36
           local.get $17
           i32.add
           local.set $37
           local.get $13
           local.get $19
           i32.add
           v128.load
           local.set $16
           local.get $13
           i32.const 1
           i32.shl
           local.tee $38
           local.get $19
           i32.add
           v128.load
           local.set $40
           local.get $13
           i32.const 3
           i32.mul
           local.tee $39
           local.get $19
           i32.add
           v128.load
           local.set $41
           local.get $12
           local.get $14
           i32.add
           local.tee $14
           local.get $19
           v128.load
           local.tee $42
           v128.store
           local.get $13
           local.get $14
           i32.add
           local.get $42
           local.get $40
           f32x4.add
           local.tee $43
           local.get $16
           local.get $41
           f32x4.add
           local.tee $44
           f32x4.add
           v128.store
           local.get $14
           local.get $38
           i32.add
           local.get $43
           local.get $44
           f32x4.sub
           v128.store
           local.get $14
           local.get $39
           i32.add
           local.get $42
           local.get $40
           v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
           f32x4.mul
           f32x4.add
           local.tee $40
           local.get $16
           local.get $16
           f32x4.add
           local.get $41
           v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
           f32x4.mul
           f32x4.add
           local.tee $16
           f32x4.add
           v128.store
           local.get $14
           local.get $13
           i32.const 2
           i32.shl
           local.tee $47
           i32.add
           local.get $40
           local.get $16
           f32x4.sub
           v128.store
           local.get $14
           local.get $13
           i32.const 5
           i32.mul
           local.tee $48
           i32.add
           local.get $41
           v128.store
           local.get $13
           local.get $37
           i32.add
           v128.load
           local.set $16
           local.get $37
           local.get $38
           i32.add
           v128.load
           local.set $40
           local.get $37
           local.get $39
           i32.add
           v128.load
           local.set $41
           local.get $14
           local.get $13
           i32.const 30
           i32.mul
           i32.add
           local.tee $49
           local.get $37
           v128.load
           local.tee $42
           v128.store
           local.get $13
           local.get $49
           i32.add
           local.get $42
           local.get $40
           f32x4.add
           local.tee $43
           local.get $16
           local.get $41
           f32x4.add
           local.tee $44
           f32x4.add
           v128.store
           local.get $38
           local.get $49
           i32.add
           local.get $43
           local.get $44
           f32x4.sub
           v128.store
           local.get $39
           local.get $49
           i32.add
           local.get $42
           local.get $40
           v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
           f32x4.mul
           f32x4.add
           local.tee $40
           local.get $16
           local.get $16
           f32x4.add
           local.get $41
           v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
           f32x4.mul
           f32x4.add
           local.tee $16
           f32x4.add
           v128.store
           local.get $47
           local.get $49
           i32.add
           local.get $40
           local.get $16
           f32x4.sub
           v128.store
           local.get $48
           local.get $49
           i32.add
           local.get $41
           v128.store
           local.get $13
           local.get $19
           i32.add
           v128.load
           local.get $13
           local.get $36
           i32.add
           v128.load
           f32x4.add
           local.tee $16
           local.get $13
           local.get $35
           i32.add
           v128.load
           local.get $13
           local.get $37
           i32.add
           v128.load
           f32x4.add
           local.tee $40
           f32x4.add
           local.set $41
           local.get $19
           local.get $38
           i32.add
           v128.load
           local.get $36
           local.get $38
           i32.add
           v128.load
           f32x4.add
           local.tee $42
           local.get $35
           local.get $38
           i32.add
           v128.load
           local.get $37
           local.get $38
           i32.add
           v128.load
           f32x4.add
           local.tee $43
           f32x4.add
           local.set $44
           local.get $19
           local.get $39
           i32.add
           v128.load
           local.get $36
           local.get $39
           i32.add
           v128.load
           f32x4.add
           local.tee $45
           local.get $35
           local.get $39
           i32.add
           v128.load
           local.get $37
           local.get $39
           i32.add
           v128.load
           f32x4.add
           local.tee $46
           f32x4.add
           local.set $62
           local.get $14
           local.get $13
           i32.const 6
           i32.mul
           i32.add
           local.tee $49
           local.get $19
           v128.load
           local.get $36
           v128.load
           f32x4.add
           local.tee $63
           local.get $35
           v128.load
           local.get $37
           v128.load
           f32x4.add
           local.tee $64
           f32x4.add
           local.tee $65
           v128.store
           local.get $13
           local.get $49
           i32.add
           local.get $65
           local.get $44
           f32x4.add
           local.tee $66
           local.get $41
           local.get $62
           f32x4.add
           local.tee $67
           f32x4.add
           v128.store
           local.get $38
           local.get $49
           i32.add
           local.get $66
           local.get $67
           f32x4.sub
           v128.store
           local.get $39
           local.get $49
           i32.add
           local.get $65
           local.get $44
           v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
           f32x4.mul
           f32x4.add
           local.tee $44
           local.get $41
           local.get $41
           f32x4.add
           local.get $62
           v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
           f32x4.mul
           f32x4.add
           local.tee $41
           f32x4.add
           v128.store
           local.get $47
           local.get $49
           i32.add
           local.get $44
           local.get $41
           f32x4.sub
           v128.store
           local.get $48
           local.get $49
           i32.add
           local.get $62
           v128.store
           local.get $14
           local.get $13
           i32.const 12
           i32.mul
           i32.add
           local.tee $49
           local.get $63
           local.get $64
           f32x4.sub
           local.tee $44
           v128.store
           local.get $13
           local.get $49
           i32.add
           local.get $44
           local.get $42
           local.get $43
           f32x4.sub
           local.tee $41
           f32x4.add
           local.tee $42
           local.get $16
           local.get $40
           f32x4.sub
           local.tee $16
           local.get $45
           local.get $46
           f32x4.sub
           local.tee $40
           f32x4.add
           local.tee $43
           f32x4.add
           v128.store
           local.get $38
           local.get $49
           i32.add
           local.get $42
           local.get $43
           f32x4.sub
           v128.store
           local.get $39
           local.get $49
           i32.add
           local.get $44
           local.get $41
           v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
           f32x4.mul
           f32x4.add
           local.tee $41
           local.get $16
           local.get $16
           f32x4.add
           local.get $40
           v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
           f32x4.mul
           f32x4.add
           local.tee $16
           f32x4.add
           v128.store
           local.get $47
           local.get $49
           i32.add
           local.get $41
           local.get $16
           f32x4.sub
           v128.store
           local.get $48
           local.get $49
           i32.add
           local.get $40
           v128.store
           local.get $19
           local.get $38
           i32.add
           v128.load
           local.get $36
           local.get $38
           i32.add
           v128.load
           v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
           f32x4.mul
           f32x4.add
           local.set $40
           local.get $35
           local.get $38
           i32.add
           v128.load
           local.tee $16
           local.get $16
           f32x4.add
           local.get $37
           local.get $38
           i32.add
           v128.load
           v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
           f32x4.mul
           f32x4.add
           local.set $41
           local.get $19
           local.get $39
           i32.add
           v128.load
           local.get $36
           local.get $39
           i32.add
           v128.load
           v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
           f32x4.mul
           f32x4.add
           local.set $42
           local.get $35
           local.get $39
           i32.add
           v128.load
           local.tee $16
           local.get $16
           f32x4.add
           local.get $37
           local.get $39
           i32.add
           v128.load
           v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
           f32x4.mul
           f32x4.add
           local.set $43
           local.get $13
           local.get $19
           i32.add
           v128.load
           local.get $13
           local.get $36
           i32.add
           v128.load
           v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
           f32x4.mul
           f32x4.add
           local.tee $44
           local.get $13
           local.get $35
           i32.add
           v128.load
           local.tee $16
           local.get $16
           f32x4.add
           local.get $13
           local.get $37
           i32.add
           v128.load
           v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
           f32x4.mul
           f32x4.add
           local.tee $45
           f32x4.add
           local.set $46
           local.get $14
           local.get $13
           i32.const 18
           i32.mul
           i32.add
           local.tee $49
           local.get $19
           v128.load
           local.get $36
           v128.load
           v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
           f32x4.mul
           f32x4.add
           local.tee $62
           local.get $35
           v128.load
           local.tee $16
           local.get $16
           f32x4.add
           local.get $37
           v128.load
           v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
           f32x4.mul
           f32x4.add
           local.tee $16
           f32x4.add
           local.tee $63
           v128.store
           local.get $13
           local.get $49
           i32.add
           local.get $63
           local.get $40
           local.get $41
           f32x4.add
           local.tee $64
           f32x4.add
           local.tee $65
           local.get $46
           local.get $42
           local.get $43
           f32x4.add
           local.tee $66
           f32x4.add
           local.tee $67
           f32x4.add
           v128.store
           local.get $38
           local.get $49
           i32.add
           local.get $65
           local.get $67
           f32x4.sub
           v128.store
           local.get $39
           local.get $49
           i32.add
           local.get $63
           local.get $64
           v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
           f32x4.mul
           f32x4.add
           local.tee $63
           local.get $46
           local.get $46
           f32x4.add
           local.get $66
           v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
           f32x4.mul
           f32x4.add
           local.tee $46
           f32x4.add
           v128.store
           local.get $47
           local.get $49
           i32.add
           local.get $63
           local.get $46
           f32x4.sub
           v128.store
           local.get $48
           local.get $49
           i32.add
           local.get $66
           v128.store
           local.get $14
           local.get $13
           i32.const 24
           i32.mul
           i32.add
           local.tee $14
           local.get $62
           local.get $16
           f32x4.sub
           local.tee $46
           v128.store
           local.get $13
           local.get $14
           i32.add
           local.get $46
           local.get $40
           local.get $41
           f32x4.sub
           local.tee $16
           f32x4.add
           local.tee $41
           local.get $44
           local.get $45
           f32x4.sub
           local.tee $44
           local.get $42
           local.get $43
           f32x4.sub
           local.tee $40
           f32x4.add
           local.tee $42
           f32x4.add
           v128.store
           local.get $14
           local.get $38
           i32.add
           local.get $41
           local.get $42
           f32x4.sub
           v128.store
           local.get $14
           local.get $39
           i32.add
           local.get $46
           local.get $16
           v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000
           f32x4.mul
           f32x4.add
           local.tee $16
           local.get $44
           local.get $44
           f32x4.add
           local.get $40
           v128.const i32x4 0x41000000 0x41000000 0x41000000 0x41000000
           f32x4.mul
           f32x4.add
           local.tee $41
           f32x4.add
           v128.store
           local.get $14
           local.get $47
           i32.add
           local.get $16
           local.get $41
           f32x4.sub
           v128.store
           local.get $14
           local.get $48
           i32.add
           local.get $40
           v128.store
           local.get $8
           i32.const 4
           i32.add
           local.set $8
           br $for-loop|46
          end
         end
        end
       end
      end
      local.get $23
      local.get $22
      i32.const 1
      i32.add
      local.tee $22
      i32.eq
      if
       i32.const 0
       local.set $22
       local.get $34
       local.get $21
       i32.const 1
       i32.add
       local.tee $21
       i32.eq
       if
        i32.const 0
        local.set $21
        local.get $9
        i32.const 1
        i32.add
        local.set $9
       end
      end
      local.get $24
      i32.const 1
      i32.add
      local.set $24
      br $for-loop|1
     end
    end
    local.get $18
    local.get $0
    local.get $26
    local.get $4
    local.get $5
    local.get $10
    i32.const 32
    i32.add
    local.tee $3
    local.get $10
    i32.const -64
    i32.sub
    local.tee $8
    local.get $25
    local.get $8
    local.get $25
    i32.lt_s
    select
    local.tee $8
    local.get $32
    local.get $23
    i32.const 1
    call $scripts/wasm/winogradFilterGradKernels/touchRows
    local.get $1
    local.get $20
    local.get $4
    local.get $5
    local.get $3
    local.get $8
    local.get $32
    local.get $23
    i32.const 0
    call $scripts/wasm/winogradFilterGradKernels/touchRows
    i32.xor
    i32.store
    local.get $29
    local.get $30
    local.get $11
    i32.const 36
    local.get $6
    local.get $7
    local.get $33
    local.get $26
    local.get $20
    local.get $28
    local.get $27
    local.get $10
    i32.eqz
    call $scripts/wasm/winogradFilterGradKernels/accumulateProducts
    local.get $3
    local.set $10
    br $for-loop|0
   end
  end
  local.get $6
  local.get $7
  i32.mul
  local.tee $0
  i32.const 2
  i32.shl
  local.set $1
  local.get $0
  i32.const 16
  i32.add
  i32.const 2
  i32.shl
  local.set $0
  i32.const 0
  local.set $17
  loop $for-loop|47
   local.get $6
   local.get $17
   i32.gt_s
   if
    i32.const 0
    local.set $8
    loop $for-loop|48
     local.get $7
     local.get $8
     i32.gt_s
     if
      local.get $11
      local.get $7
      local.get $17
      i32.mul
      local.get $8
      i32.add
      i32.const 2
      i32.shl
      i32.add
      local.set $3
      i32.const 0
      local.set $5
      loop $for-loop|49
       local.get $5
       i32.const 6
       i32.lt_s
       if
        local.get $3
        local.get $0
        local.get $5
        i32.mul
        i32.add
        local.tee $4
        local.get $0
        i32.const 6
        i32.mul
        i32.add
        v128.load
        local.set $16
        local.get $4
        local.get $0
        i32.const 30
        i32.mul
        i32.add
        v128.load
        local.set $40
        local.get $18
        local.get $5
        i32.const 4
        i32.shl
        i32.add
        local.tee $9
        local.get $4
        v128.load
        v128.const i32x4 0x3e800000 0x3e800000 0x3e800000 0x3e800000
        f32x4.mul
        local.get $16
        local.get $4
        local.get $0
        i32.const 12
        i32.mul
        i32.add
        v128.load
        local.tee $41
        f32x4.add
        local.tee $42
        v128.const i32x4 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab
        f32x4.mul
        f32x4.sub
        local.get $4
        local.get $0
        i32.const 18
        i32.mul
        i32.add
        v128.load
        local.tee $43
        local.get $4
        local.get $0
        i32.const 24
        i32.mul
        i32.add
        v128.load
        local.tee $44
        f32x4.add
        local.tee $45
        v128.const i32x4 0x3d2aaaab 0x3d2aaaab 0x3d2aaaab 0x3d2aaaab
        f32x4.mul
        f32x4.add
        v128.store
        local.get $9
        local.get $43
        local.get $44
        f32x4.sub
        v128.const i32x4 0x3daaaaab 0x3daaaaab 0x3daaaaab 0x3daaaaab
        f32x4.mul
        local.get $16
        local.get $41
        f32x4.sub
        v128.const i32x4 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab
        f32x4.mul
        f32x4.sub
        v128.store offset=96
        local.get $9
        local.get $45
        local.get $42
        f32x4.sub
        v128.const i32x4 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab
        f32x4.mul
        local.get $40
        f32x4.add
        v128.store offset=192
        local.get $5
        i32.const 1
        i32.add
        local.set $5
        br $for-loop|49
       end
      end
      local.get $2
      local.get $7
      local.get $17
      i32.mul
      local.get $8
      i32.add
      i32.const 2
      i32.shl
      i32.add
      local.set $3
      i32.const 0
      local.set $5
      loop $for-loop|50
       local.get $5
       i32.const 3
       i32.lt_s
       if
        local.get $18
        local.get $5
        i32.const 96
        i32.mul
        i32.add
        local.tee $4
        v128.load offset=16
        local.set $16
        local.get $4
        v128.load offset=80
        local.set $40
        local.get $3
        local.get $5
        i32.const 3
        i32.mul
        local.get $1
        i32.mul
        i32.add
        local.tee $9
        local.get $4
        v128.load
        v128.const i32x4 0x3e800000 0x3e800000 0x3e800000 0x3e800000
        f32x4.mul
        local.get $16
        local.get $4
        v128.load offset=32
        local.tee $41
        f32x4.add
        local.tee $42
        v128.const i32x4 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab
        f32x4.mul
        f32x4.sub
        local.get $4
        v128.load offset=48
        local.tee $43
        local.get $4
        i32.const -64
        i32.sub
        v128.load
        local.tee $44
        f32x4.add
        local.tee $45
        v128.const i32x4 0x3d2aaaab 0x3d2aaaab 0x3d2aaaab 0x3d2aaaab
        f32x4.mul
        f32x4.add
        v128.store
        local.get $1
        local.get $9
        i32.add
        local.get $43
        local.get $44
        f32x4.sub
        v128.const i32x4 0x3daaaaab 0x3daaaaab 0x3daaaaab 0x3daaaaab
        f32x4.mul
        local.get $16
        local.get $41
        f32x4.sub
        v128.const i32x4 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab
        f32x4.mul
        f32x4.sub
        v128.store
        local.get $9
        local.get $1
        i32.const 1
        i32.shl
        i32.add
        local.get $45
        local.get $42
        f32x4.sub
        v128.const i32x4 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab
        f32x4.mul
        local.get $40
        f32x4.add
        v128.store
        local.get $5
        i32.const 1
        i32.add
        local.set $5
        br $for-loop|50
       end
      end
      local.get $8
      i32.const 4
      i32.add
      local.set $8
      br $for-loop|48
     end
    end
    local.get $17
    i32.const 1
    i32.add
    local.set $17
    br $for-loop|47
   end
  end
 )
 (func $scripts/wasm/winogradFilterGradKernels/winogradFilterGrad3x3 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 v128)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 v128)
  (local $42 v128)
  local.get $6
  local.get $7
  i32.mul
  i32.const 16
  i32.add
  i32.const 6
  i32.shl
  local.tee $10
  local.get $8
  i32.add
  local.tee $15
  local.get $6
  i32.const 5
  i32.shl
  i32.const 4
  i32.add
  i32.const 6
  i32.shl
  i32.add
  local.set $16
  local.get $5
  i32.const 1
  i32.add
  i32.const 1
  i32.shr_s
  local.tee $17
  local.get $4
  i32.const 1
  i32.add
  i32.const 1
  i32.shr_s
  i32.mul
  local.tee $18
  local.get $3
  i32.mul
  local.tee $19
  i32.eqz
  if
   local.get $8
   i32.const 0
   local.get $10
   memory.fill
  end
  local.get $6
  i32.const 2
  i32.shl
  local.set $13
  local.get $7
  i32.const 2
  i32.shl
  local.set $11
  local.get $6
  i32.const 5
  i32.shl
  i32.const 4
  i32.add
  i32.const 2
  i32.shl
  local.set $20
  local.get $7
  i32.const 5
  i32.shl
  i32.const 4
  i32.add
  i32.const 2
  i32.shl
  local.set $22
  loop $for-loop|0
   local.get $12
   local.get $19
   i32.lt_s
   if
    i32.const 32
    local.get $19
    local.get $12
    i32.sub
    local.tee $3
    local.get $3
    i32.const 32
    i32.gt_s
    select
    local.set $21
    i32.const 0
    local.set $10
    loop $for-loop|1
     local.get $10
     local.get $21
     i32.lt_s
     if
      local.get $10
      local.get $12
      i32.add
      local.tee $3
      local.get $18
      i32.div_s
      local.set $14
      local.get $3
      local.get $14
      local.get $18
      i32.mul
      i32.sub
      local.tee $3
      local.get $17
      i32.div_s
      local.tee $23
      i32.const 1
      i32.shl
      i32.const 1
      i32.sub
      local.set $24
      local.get $3
      local.get $17
      local.get $23
      i32.mul
      i32.sub
      local.tee $31
      i32.const 1
      i32.shl
      i32.const 1
      i32.sub
      local.set $32
      i32.const 0
      local.set $3
      loop $for-loop|2
       local.get $3
       local.get $6
       i32.lt_s
       if
        local.get $0
        local.get $4
        local.get $14
        i32.mul
        local.get $5
        i32.mul
        local.get $13
        i32.mul
        i32.add
        local.get $3
        i32.const 2
        i32.shl
        i32.add
        local.get $4
        local.get $5
        local.get $13
        local.get $24
        local.get $32
        local.get $15
        local.get $6
        local.get $10
        i32.mul
        local.get $3
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.get $20
        call $scripts/wasm/winogradTransforms/inputTransform
        local.get $3
        i32.const 4
        i32.add
        local.set $3
        br $for-loop|2
       end
      end
      local.get $23
      i32.const 1
      i32.shl
      local.set $32
      local.get $31
      i32.const 1
      i32.shl
      local.set $31
      i32.const 0
      local.set $3
      loop $for-loop|3
       local.get $3
       local.get $7
       i32.lt_s
       if
        local.get $1
        local.get $4
        local.get $14
        i32.mul
        local.get $32
        i32.add
        local.get $5
        i32.mul
        local.get $31
        i32.add
        local.get $11
        i32.mul
        i32.add
        local.get $3
        i32.const 2
        i32.shl
        i32.add
        local.tee $23
        v128.load
        local.set $25
        local.get $31
        i32.const 1
        i32.add
        local.get $5
        i32.lt_s
        if (result v128)
         local.get $11
         local.get $23
         i32.add
         v128.load
        else
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        end
        local.set $26
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $9
        local.get $32
        i32.const 1
        i32.add
        local.get $4
        i32.lt_s
        if (result v128)
         local.get $23
         local.get $5
         local.get $11
         i32.mul
         i32.add
         local.tee $23
         v128.load
         local.set $9
         local.get $31
         i32.const 1
         i32.add
         local.get $5
         i32.lt_s
         if (result v128)
          local.get $11
          local.get $23
          i32.add
          v128.load
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
        else
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        end
        local.set $27
        local.get $16
        local.get $7
        local.get $10
        i32.mul
        local.get $3
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.tee $33
        local.get $25
        v128.store
        local.get $22
        local.get $33
        i32.add
        local.get $25
        local.get $26
        f32x4.add
        v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
        f32x4.mul
        local.tee $28
        v128.store
        local.get $22
        i32.const 1
        i32.shl
        local.tee $23
        local.get $33
        i32.add
        local.get $25
        local.get $26
        f32x4.sub
        v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
        f32x4.mul
        local.tee $29
        v128.store
        local.get $22
        i32.const 3
        i32.mul
        local.tee $24
        local.get $33
        i32.add
        local.get $26
        f32x4.neg
        v128.store
        local.get $22
        i32.const 2
        i32.shl
        local.tee $34
        local.get $33
        i32.add
        local.tee $33
        local.get $25
        local.get $9
        f32x4.add
        v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
        f32x4.mul
        v128.store
        local.get $22
        local.get $33
        i32.add
        local.get $28
        local.get $9
        local.get $27
        f32x4.add
        v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
        f32x4.mul
        local.tee $30
        f32x4.add
        v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
        f32x4.mul
        v128.store
        local.get $23
        local.get $33
        i32.add
        local.get $29
        local.get $9
        local.get $27
        f32x4.sub
        v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
        f32x4.mul
        local.tee $35
        f32x4.add
        v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
        f32x4.mul
        v128.store
        local.get $24
        local.get $33
        i32.add
        local.get $26
        local.get $27
        f32x4.add
        v128.const i32x4 0xbf000000 0xbf000000 0xbf000000 0xbf000000
        f32x4.mul
        v128.store
        local.get $33
        local.get $34
        i32.add
        local.tee $33
        local.get $25
        local.get $9
        f32x4.sub
        v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
        f32x4.mul
        v128.store
        local.get $22
        local.get $33
        i32.add
        local.get $28
        local.get $30
        f32x4.sub
        v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
        f32x4.mul
        v128.store
        local.get $23
        local.get $33
        i32.add
        local.get $29
        local.get $35
        f32x4.sub
        v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
        f32x4.mul
        v128.store
        local.get $24
        local.get $33
        i32.add
        local.get $26
        local.get $27
        f32x4.sub
        v128.const i32x4 0xbf000000 0xbf000000 0xbf000000 0xbf000000
        f32x4.mul
        v128.store
        local.get $33
        local.get $34
        i32.add
        local.tee $33
        local.get $9
        f32x4.neg
        v128.store
        local.get $22
        local.get $33
        i32.add
        local.get $30
        f32x4.neg
        v128.store
        local.get $23
        local.get $33
        i32.add
        local.get $35
        f32x4.neg
        v128.store
        local.get $24
        local.get $33
        i32.add
        local.get $27
        v128.store
        local.get $3
        i32.const 4
        i32.add
        local.set $3
        br $for-loop|3
       end
      end
      local.get $10
      i32.const 1
      i32.add
      local.set $10
      br $for-loop|1
     end
    end
    local.get $15
    local.get $16
    local.get $8
    i32.const 16
    local.get $6
    local.get $7
    local.get $21
    local.get $20
    local.get $22
    local.get $13
    local.get $11
    local.get $12
    i32.eqz
    call $scripts/wasm/winogradFilterGradKernels/accumulateProducts
    local.get $12
    i32.const 32
    i32.add
    local.set $12
    br $for-loop|0
   end
  end
  local.get $6
  local.get $7
  i32.mul
  local.tee $0
  i32.const 2
  i32.shl
  local.set $1
  local.get $0
  i32.const 16
  i32.add
  i32.const 2
  i32.shl
  local.set $3
  i32.const 0
  local.set $5
  loop $for-loop|4
   local.get $5
   local.get $6
   i32.lt_s
   if
    i32.const 0
    local.set $0
    loop $for-loop|5
     local.get $0
     local.get $7
     i32.lt_s
     if
      local.get $5
      local.get $7
      i32.mul
      local.get $0
      i32.add
      i32.const 2
      i32.shl
      local.tee $4
      local.get $8
      i32.add
      local.tee $10
      local.get $3
      i32.const 2
      i32.shl
      i32.add
      v128.load
      local.set $35
      local.get $3
      local.get $10
      i32.add
      v128.load
      local.get $10
      local.get $3
      i32.const 5
      i32.mul
      i32.add
      v128.load
      local.tee $9
      f32x4.add
      local.get $10
      local.get $3
      i32.const 9
      i32.mul
      i32.add
      v128.load
      local.tee $25
      f32x4.add
      local.set $26
      local.get $10
      local.get $3
      i32.const 1
      i32.shl
      i32.add
      v128.load
      local.get $10
      local.get $3
      i32.const 6
      i32.mul
      i32.add
      v128.load
      local.tee $27
      f32x4.add
      local.get $10
      local.get $3
      i32.const 10
      i32.mul
      i32.add
      v128.load
      local.tee $28
      f32x4.add
      local.set $29
      local.get $10
      local.get $3
      i32.const 3
      i32.mul
      i32.add
      v128.load
      local.get $10
      local.get $3
      i32.const 7
      i32.mul
      i32.add
      v128.load
      local.tee $30
      f32x4.add
      local.get $10
      local.get $3
      i32.const 11
      i32.mul
      i32.add
      v128.load
      local.tee $36
      f32x4.add
      local.set $37
      local.get $35
      local.get $10
      local.get $3
      i32.const 3
      i32.shl
      i32.add
      v128.load
      local.tee $38
      f32x4.add
      local.get $10
      local.get $3
      i32.const 12
      i32.mul
      i32.add
      v128.load
      f32x4.add
      local.set $39
      local.get $9
      local.get $25
      f32x4.add
      local.get $10
      local.get $3
      i32.const 13
      i32.mul
      i32.add
      v128.load
      f32x4.add
      local.set $40
      local.get $27
      local.get $28
      f32x4.add
      local.get $10
      local.get $3
      i32.const 14
      i32.mul
      i32.add
      v128.load
      f32x4.add
      local.set $41
      local.get $30
      local.get $36
      f32x4.add
      local.get $10
      local.get $3
      i32.const 15
      i32.mul
      i32.add
      v128.load
      f32x4.add
      local.set $42
      local.get $2
      local.get $4
      i32.add
      local.tee $4
      local.get $10
      v128.load
      local.get $35
      f32x4.add
      local.get $38
      f32x4.add
      local.get $26
      f32x4.add
      local.get $29
      f32x4.add
      v128.store
      local.get $1
      local.get $4
      i32.add
      local.get $26
      local.get $29
      f32x4.sub
      v128.store
      local.get $4
      local.get $1
      i32.const 1
      i32.shl
      i32.add
      local.get $26
      local.get $29
      f32x4.add
      local.get $37
      f32x4.add
      v128.store
      local.get $4
      local.get $1
      i32.const 3
      i32.mul
      i32.add
      local.get $35
      local.get $38
      f32x4.sub
      local.get $9
      local.get $25
      f32x4.sub
      local.tee $9
      f32x4.add
      local.get $27
      local.get $28
      f32x4.sub
      local.tee $25
      f32x4.add
      v128.store
      local.get $4
      local.get $1
      i32.const 2
      i32.shl
      i32.add
      local.get $9
      local.get $25
      f32x4.sub
      v128.store
      local.get $4
      local.get $1
      i32.const 5
      i32.mul
      i32.add
      local.get $9
      local.get $25
      f32x4.add
      local.get $30
      local.get $36
      f32x4.sub
      f32x4.add
      v128.store
      local.get $4
      local.get $1
      i32.const 6
      i32.mul
      i32.add
      local.get $39
      local.get $40
      f32x4.add
      local.get $41
      f32x4.add
      v128.store
      local.get $4
      local.get $1
      i32.const 7
      i32.mul
      i32.add
      local.get $40
      local.get $41
      f32x4.sub
      v128.store
      local.get $4
      local.get $1
      i32.const 3
      i32.shl
      i32.add
      local.get $40
      local.get $41
      f32x4.add
      local.get $42
      f32x4.add
      v128.store
      local.get $0
      i32.const 4
      i32.add
      local.set $0
      br $for-loop|5
     end
    end
    local.get $5
    i32.const 1
    i32.add
    local.set $5
    br $for-loop|4
   end
  end
 )
 (func $scripts/wasm/smallConvKernels/oneChannelFourPixels (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
  (local $7 i32)
  (local $8 v128)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 v128)
  (local $13 i32)
  (local $14 i32)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  local.get $4
  i32.const 2
  i32.shl
  local.set $11
  loop $for-loop|0
   local.get $9
   i32.const 4
   i32.add
   local.get $4
   i32.le_s
   if
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $8
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $12
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $15
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $16
    i32.const 0
    local.set $10
    loop $for-loop|1
     local.get $5
     local.get $10
     i32.gt_s
     if
      local.get $0
      local.get $3
      local.get $10
      i32.mul
      i32.const 2
      i32.shl
      i32.add
      local.set $13
      local.get $1
      local.get $6
      local.get $10
      i32.mul
      local.get $4
      i32.mul
      local.get $9
      i32.add
      i32.const 2
      i32.shl
      i32.add
      local.set $7
      i32.const 0
      local.set $14
      loop $for-loop|2
       local.get $6
       local.get $14
       i32.gt_s
       if
        local.get $8
        local.get $13
        v128.load
        local.tee $17
        local.get $7
        v128.load32_splat
        f32x4.mul
        f32x4.add
        local.set $8
        local.get $12
        local.get $17
        local.get $7
        i32.const 4
        i32.add
        v128.load32_splat
        f32x4.mul
        f32x4.add
        local.set $12
        local.get $15
        local.get $17
        local.get $7
        i32.const 8
        i32.add
        v128.load32_splat
        f32x4.mul
        f32x4.add
        local.set $15
        local.get $16
        local.get $17
        local.get $7
        i32.const 12
        i32.add
        v128.load32_splat
        f32x4.mul
        f32x4.add
        local.set $16
        local.get $13
        i32.const 4
        i32.add
        local.set $13
        local.get $7
        local.get $11
        i32.add
        local.set $7
        local.get $14
        i32.const 1
        i32.add
        local.set $14
        br $for-loop|2
       end
      end
      local.get $10
      i32.const 1
      i32.add
      local.set $10
      br $for-loop|1
     end
    end
    local.get $2
    local.get $9
    i32.const 2
    i32.shl
    i32.add
    local.tee $7
    local.get $8
    local.get $12
    i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
    local.tee $17
    local.get $15
    local.get $16
    i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
    local.tee $18
    i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
    v128.store
    local.get $7
    local.get $11
    i32.add
    local.get $17
    local.get $18
    i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
    v128.store
    local.get $7
    local.get $11
    i32.const 1
    i32.shl
    i32.add
    local.get $8
    local.get $12
    i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
    local.tee $8
    local.get $15
    local.get $16
    i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
    local.tee $12
    i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
    v128.store
    local.get $7
    local.get $11
    i32.const 3
    i32.mul
    i32.add
    local.get $8
    local.get $12
    i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
    v128.store
    local.get $9
    i32.const 4
    i32.add
    local.set $9
    br $for-loop|0
   end
  end
  loop $for-loop|3
   local.get $9
   i32.const 2
   i32.add
   local.get $4
   i32.le_s
   if
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $8
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $12
    i32.const 0
    local.set $7
    loop $for-loop|4
     local.get $5
     local.get $7
     i32.gt_s
     if
      local.get $0
      local.get $3
      local.get $7
      i32.mul
      i32.const 2
      i32.shl
      i32.add
      local.set $13
      local.get $1
      local.get $6
      local.get $7
      i32.mul
      local.get $4
      i32.mul
      local.get $9
      i32.add
      i32.const 2
      i32.shl
      i32.add
      local.set $10
      i32.const 0
      local.set $14
      loop $for-loop|5
       local.get $6
       local.get $14
       i32.gt_s
       if
        local.get $8
        local.get $13
        v128.load
        local.tee $15
        local.get $10
        v128.load32_splat
        f32x4.mul
        f32x4.add
        local.set $8
        local.get $12
        local.get $15
        local.get $10
        i32.const 4
        i32.add
        v128.load32_splat
        f32x4.mul
        f32x4.add
        local.set $12
        local.get $13
        i32.const 4
        i32.add
        local.set $13
        local.get $10
        local.get $11
        i32.add
        local.set $10
        local.get $14
        i32.const 1
        i32.add
        local.set $14
        br $for-loop|5
       end
      end
      local.get $7
      i32.const 1
      i32.add
      local.set $7
      br $for-loop|4
     end
    end
    local.get $2
    local.get $9
    i32.const 2
    i32.shl
    i32.add
    local.tee $7
    local.get $8
    local.get $12
    i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
    local.tee $15
    v128.store64_lane 0
    local.get $7
    local.get $11
    i32.add
    local.get $15
    v128.store64_lane 1
    local.get $7
    local.get $11
    i32.const 1
    i32.shl
    i32.add
    local.get $8
    local.get $12
    i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
    local.tee $8
    v128.store64_lane 0
    local.get $7
    local.get $11
    i32.const 3
    i32.mul
    i32.add
    local.get $8
    v128.store64_lane 1
    local.get $9
    i32.const 2
    i32.add
    local.set $9
    br $for-loop|3
   end
  end
  loop $for-loop|6
   local.get $4
   local.get $9
   i32.gt_s
   if
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $8
    i32.const 0
    local.set $7
    loop $for-loop|7
     local.get $5
     local.get $7
     i32.gt_s
     if
      local.get $0
      local.get $3
      local.get $7
      i32.mul
      i32.const 2
      i32.shl
      i32.add
      local.set $10
      local.get $1
      local.get $6
      local.get $7
      i32.mul
      local.get $4
      i32.mul
      local.get $9
      i32.add
      i32.const 2
      i32.shl
      i32.add
      local.set $13
      i32.const 0
      local.set $14
      loop $for-loop|8
       local.get $6
       local.get $14
       i32.gt_s
       if
        local.get $8
        local.get $10
        v128.load
        local.get $13
        v128.load32_splat
        f32x4.mul
        f32x4.add
        local.set $8
        local.get $10
        i32.const 4
        i32.add
        local.set $10
        local.get $11
        local.get $13
        i32.add
        local.set $13
        local.get $14
        i32.const 1
        i32.add
        local.set $14
        br $for-loop|8
       end
      end
      local.get $7
      i32.const 1
      i32.add
      local.set $7
      br $for-loop|7
     end
    end
    local.get $2
    local.get $9
    i32.const 2
    i32.shl
    i32.add
    local.tee $7
    local.get $8
    f32x4.extract_lane 0
    f32.store
    local.get $7
    local.get $11
    i32.add
    local.get $8
    f32x4.extract_lane 1
    f32.store
    local.get $7
    local.get $11
    i32.const 1
    i32.shl
    i32.add
    local.get $8
    f32x4.extract_lane 2
    f32.store
    local.get $7
    local.get $11
    i32.const 3
    i32.mul
    i32.add
    local.get $8
    f32x4.extract_lane 3
    f32.store
    local.get $9
    i32.const 1
    i32.add
    local.set $9
    br $for-loop|6
   end
  end
 )
 (func $scripts/wasm/smallConvKernels/conv2dOneChannel (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32)
  (local $11 i32)
  (local $12 v128)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 v128)
  (local $17 i32)
  (local $18 i32)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  local.get $8
  i32.const 2
  i32.shl
  local.set $15
  loop $for-loop|0
   local.get $3
   local.get $23
   i32.gt_s
   if
    i32.const 0
    local.set $21
    loop $for-loop|1
     local.get $6
     local.get $21
     i32.gt_s
     if
      local.get $0
      local.get $4
      local.get $23
      i32.mul
      local.get $21
      i32.add
      local.get $5
      i32.mul
      i32.const 2
      i32.shl
      i32.add
      local.set $30
      local.get $2
      local.get $6
      local.get $23
      i32.mul
      local.get $21
      i32.add
      local.get $7
      i32.mul
      local.get $15
      i32.mul
      i32.add
      local.set $31
      local.get $7
      local.get $7
      i32.const 7
      i32.and
      local.tee $11
      i32.sub
      local.tee $13
      i32.const 8
      i32.add
      local.get $13
      local.get $11
      i32.const 4
      i32.gt_u
      select
      local.set $32
      local.get $11
      i32.const 0
      i32.ne
      local.get $11
      i32.const 4
      i32.le_u
      i32.and
      if
       local.get $30
       local.get $7
       i32.const 4
       i32.sub
       local.tee $11
       i32.const 2
       i32.shl
       i32.add
       local.get $1
       local.get $31
       local.get $11
       local.get $15
       i32.mul
       i32.add
       local.get $5
       local.get $8
       local.get $9
       local.get $10
       call $scripts/wasm/smallConvKernels/oneChannelFourPixels
      end
      i32.const 0
      local.set $22
      loop $for-loop|2
       local.get $22
       local.get $32
       i32.lt_s
       if
        local.get $30
        local.get $22
        local.get $7
        i32.const 8
        i32.sub
        local.tee $11
        local.get $11
        local.get $22
        i32.gt_s
        select
        local.tee $11
        i32.const 2
        i32.shl
        i32.add
        local.set $28
        local.get $31
        local.get $11
        local.get $15
        i32.mul
        i32.add
        local.set $29
        i32.const 0
        local.set $18
        loop $for-loop|3
         local.get $18
         i32.const 4
         i32.add
         local.get $8
         i32.le_s
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $24
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $25
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $26
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $27
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $12
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $16
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $19
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $20
          i32.const 0
          local.set $11
          loop $for-loop|4
           local.get $9
           local.get $11
           i32.gt_s
           if
            local.get $28
            local.get $5
            local.get $11
            i32.mul
            i32.const 2
            i32.shl
            i32.add
            local.set $14
            local.get $1
            local.get $10
            local.get $11
            i32.mul
            local.get $8
            i32.mul
            local.get $18
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.set $17
            i32.const 0
            local.set $13
            loop $for-loop|5
             local.get $10
             local.get $13
             i32.gt_s
             if
              local.get $24
              local.get $14
              v128.load
              local.tee $34
              local.get $17
              v128.load32_splat
              local.tee $35
              f32x4.mul
              f32x4.add
              local.set $24
              local.get $25
              local.get $14
              v128.load offset=16
              local.tee $33
              local.get $35
              f32x4.mul
              f32x4.add
              local.set $25
              local.get $26
              local.get $34
              local.get $17
              i32.const 4
              i32.add
              v128.load32_splat
              local.tee $35
              f32x4.mul
              f32x4.add
              local.set $26
              local.get $27
              local.get $33
              local.get $35
              f32x4.mul
              f32x4.add
              local.set $27
              local.get $12
              local.get $34
              local.get $17
              i32.const 8
              i32.add
              v128.load32_splat
              local.tee $35
              f32x4.mul
              f32x4.add
              local.set $12
              local.get $16
              local.get $33
              local.get $35
              f32x4.mul
              f32x4.add
              local.set $16
              local.get $19
              local.get $34
              local.get $17
              i32.const 12
              i32.add
              v128.load32_splat
              local.tee $34
              f32x4.mul
              f32x4.add
              local.set $19
              local.get $20
              local.get $33
              local.get $34
              f32x4.mul
              f32x4.add
              local.set $20
              local.get $14
              i32.const 4
              i32.add
              local.set $14
              local.get $15
              local.get $17
              i32.add
              local.set $17
              local.get $13
              i32.const 1
              i32.add
              local.set $13
              br $for-loop|5
             end
            end
            local.get $11
            i32.const 1
            i32.add
            local.set $11
            br $for-loop|4
           end
          end
          local.get $29
          local.get $18
          i32.const 2
          i32.shl
          i32.add
          local.tee $11
          local.get $24
          local.get $26
          i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
          local.tee $33
          local.get $12
          local.get $19
          i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
          local.tee $34
          i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
          v128.store
          local.get $11
          local.get $15
          i32.add
          local.get $33
          local.get $34
          i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
          v128.store
          local.get $11
          local.get $15
          i32.const 1
          i32.shl
          local.tee $13
          i32.add
          local.get $24
          local.get $26
          i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
          local.tee $24
          local.get $12
          local.get $19
          i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
          local.tee $12
          i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
          v128.store
          local.get $11
          local.get $15
          i32.const 3
          i32.mul
          local.tee $14
          i32.add
          local.get $24
          local.get $12
          i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
          v128.store
          local.get $11
          local.get $15
          i32.const 2
          i32.shl
          i32.add
          local.tee $11
          local.get $25
          local.get $27
          i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
          local.tee $12
          local.get $16
          local.get $20
          i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
          local.tee $19
          i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
          v128.store
          local.get $11
          local.get $15
          i32.add
          local.get $12
          local.get $19
          i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
          v128.store
          local.get $11
          local.get $13
          i32.add
          local.get $25
          local.get $27
          i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
          local.tee $12
          local.get $16
          local.get $20
          i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
          local.tee $16
          i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
          v128.store
          local.get $11
          local.get $14
          i32.add
          local.get $12
          local.get $16
          i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
          v128.store
          local.get $18
          i32.const 4
          i32.add
          local.set $18
          br $for-loop|3
         end
        end
        loop $for-loop|6
         local.get $18
         i32.const 2
         i32.add
         local.get $8
         i32.le_s
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $12
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $16
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $19
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $20
          i32.const 0
          local.set $17
          loop $for-loop|7
           local.get $9
           local.get $17
           i32.gt_s
           if
            local.get $28
            local.get $5
            local.get $17
            i32.mul
            i32.const 2
            i32.shl
            i32.add
            local.set $11
            local.get $1
            local.get $10
            local.get $17
            i32.mul
            local.get $8
            i32.mul
            local.get $18
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.set $14
            i32.const 0
            local.set $13
            loop $for-loop|8
             local.get $10
             local.get $13
             i32.gt_s
             if
              local.get $12
              local.get $11
              v128.load
              local.tee $24
              local.get $14
              v128.load32_splat
              local.tee $25
              f32x4.mul
              f32x4.add
              local.set $12
              local.get $16
              local.get $11
              v128.load offset=16
              local.tee $26
              local.get $25
              f32x4.mul
              f32x4.add
              local.set $16
              local.get $19
              local.get $24
              local.get $14
              i32.const 4
              i32.add
              v128.load32_splat
              local.tee $24
              f32x4.mul
              f32x4.add
              local.set $19
              local.get $20
              local.get $26
              local.get $24
              f32x4.mul
              f32x4.add
              local.set $20
              local.get $11
              i32.const 4
              i32.add
              local.set $11
              local.get $14
              local.get $15
              i32.add
              local.set $14
              local.get $13
              i32.const 1
              i32.add
              local.set $13
              br $for-loop|8
             end
            end
            local.get $17
            i32.const 1
            i32.add
            local.set $17
            br $for-loop|7
           end
          end
          local.get $29
          local.get $18
          i32.const 2
          i32.shl
          i32.add
          local.tee $11
          local.get $12
          local.get $19
          i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
          local.tee $24
          v128.store64_lane 0
          local.get $11
          local.get $15
          i32.add
          local.get $24
          v128.store64_lane 1
          local.get $11
          local.get $15
          i32.const 1
          i32.shl
          local.tee $13
          i32.add
          local.get $12
          local.get $19
          i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
          local.tee $12
          v128.store64_lane 0
          local.get $11
          local.get $15
          i32.const 3
          i32.mul
          local.tee $14
          i32.add
          local.get $12
          v128.store64_lane 1
          local.get $11
          local.get $15
          i32.const 2
          i32.shl
          i32.add
          local.tee $11
          local.get $16
          local.get $20
          i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
          local.tee $12
          v128.store64_lane 0
          local.get $11
          local.get $15
          i32.add
          local.get $12
          v128.store64_lane 1
          local.get $11
          local.get $13
          i32.add
          local.get $16
          local.get $20
          i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
          local.tee $12
          v128.store64_lane 0
          local.get $11
          local.get $14
          i32.add
          local.get $12
          v128.store64_lane 1
          local.get $18
          i32.const 2
          i32.add
          local.set $18
          br $for-loop|6
         end
        end
        loop $for-loop|9
         local.get $8
         local.get $18
         i32.gt_s
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $16
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $12
          i32.const 0
          local.set $17
          loop $for-loop|10
           local.get $9
           local.get $17
           i32.gt_s
           if
            local.get $28
            local.get $5
            local.get $17
            i32.mul
            i32.const 2
            i32.shl
            i32.add
            local.set $11
            local.get $1
            local.get $10
            local.get $17
            i32.mul
            local.get $8
            i32.mul
            local.get $18
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.set $14
            i32.const 0
            local.set $13
            loop $for-loop|11
             local.get $10
             local.get $13
             i32.gt_s
             if
              local.get $16
              local.get $11
              v128.load
              local.get $14
              v128.load32_splat
              local.tee $19
              f32x4.mul
              f32x4.add
              local.set $16
              local.get $12
              local.get $11
              v128.load offset=16
              local.get $19
              f32x4.mul
              f32x4.add
              local.set $12
              local.get $11
              i32.const 4
              i32.add
              local.set $11
              local.get $14
              local.get $15
              i32.add
              local.set $14
              local.get $13
              i32.const 1
              i32.add
              local.set $13
              br $for-loop|11
             end
            end
            local.get $17
            i32.const 1
            i32.add
            local.set $17
            br $for-loop|10
           end
          end
          local.get $29
          local.get $18
          i32.const 2
          i32.shl
          i32.add
          local.tee $11
          local.get $16
          f32x4.extract_lane 0
          f32.store
          local.get $11
          local.get $15
          i32.add
          local.get $16
          f32x4.extract_lane 1
          f32.store
          local.get $11
          local.get $15
          i32.const 1
          i32.shl
          local.tee $13
          i32.add
          local.get $16
          f32x4.extract_lane 2
          f32.store
          local.get $11
          local.get $15
          i32.const 3
          i32.mul
          local.tee $14
          i32.add
          local.get $16
          f32x4.extract_lane 3
          f32.store
          local.get $11
          local.get $15
          i32.const 2
          i32.shl
          i32.add
          local.tee $11
          local.get $12
          f32x4.extract_lane 0
          f32.store
          local.get $11
          local.get $15
          i32.add
          local.get $12
          f32x4.extract_lane 1
          f32.store
          local.get $11
          local.get $13
          i32.add
          local.get $12
          f32x4.extract_lane 2
          f32.store
          local.get $11
          local.get $14
          i32.add
          local.get $12
          f32x4.extract_lane 3
          f32.store
          local.get $18
          i32.const 1
          i32.add
          local.set $18
          br $for-loop|9
         end
        end
        local.get $22
        i32.const 8
        i32.add
        local.set $22
        br $for-loop|2
       end
      end
      local.get $21
      i32.const 1
      i32.add
      local.set $21
      br $for-loop|1
     end
    end
    local.get $23
    i32.const 1
    i32.add
    local.set $23
    br $for-loop|0
   end
  end
 )
 (func $scripts/wasm/smallConvKernels/conv2dInputGradScatter (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 v128)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 i32)
  (local $32 v128)
  (local $33 v128)
  (local $34 i32)
  (local $35 v128)
  (local $36 i32)
  (local $37 i32)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 i32)
  local.get $9
  i32.const 6
  i32.eq
  local.get $6
  i32.const 16
  i32.eq
  i32.and
  if
   local.get $0
   local.set $9
   local.get $1
   local.set $13
   local.get $2
   local.tee $14
   i32.const 0
   local.get $3
   local.tee $15
   local.get $7
   i32.mul
   local.get $8
   i32.mul
   i32.const 24
   i32.mul
   memory.fill
   local.get $5
   local.get $5
   i32.const 8
   i32.rem_s
   i32.sub
   local.set $1
   local.get $5
   i32.const 6
   i32.shl
   local.set $20
   local.get $8
   i32.const 24
   i32.mul
   local.set $21
   loop $for-loop|0
    local.get $15
    local.get $34
    i32.gt_s
    if
     i32.const 0
     local.set $16
     loop $for-loop|1
      local.get $4
      local.get $16
      i32.gt_s
      if
       local.get $9
       local.get $4
       local.get $34
       i32.mul
       local.get $16
       i32.add
       local.get $5
       i32.mul
       i32.const 6
       i32.shl
       i32.add
       local.set $6
       i32.const 0
       local.set $36
       loop $for-loop|2
        local.get $10
        local.get $36
        i32.gt_s
        if
         local.get $14
         local.get $7
         local.get $34
         i32.mul
         local.get $16
         i32.add
         local.get $36
         i32.add
         local.get $8
         i32.mul
         i32.const 24
         i32.mul
         i32.add
         local.set $22
         local.get $13
         local.get $11
         local.get $36
         i32.mul
         i32.const 9
         i32.shl
         i32.add
         local.set $2
         i32.const 0
         local.set $19
         loop $for-loop|3
          local.get $11
          local.get $19
          i32.gt_s
          if
           local.get $19
           i32.const 3
           i32.shl
           local.tee $0
           local.get $12
           i32.const 8
           i32.sub
           local.tee $3
           local.get $0
           local.get $3
           i32.lt_s
           select
           i32.const 2
           i32.shl
           local.set $23
           i32.const 0
           local.set $17
           loop $for-loop|4
            local.get $1
            local.get $17
            i32.gt_s
            if
             i32.const 0
             local.set $31
             loop $for-loop|5
              local.get $31
              i32.const 2
              i32.lt_s
              if
               local.get $6
               local.get $17
               local.get $31
               i32.add
               local.tee $24
               i32.const 6
               i32.shl
               i32.add
               local.set $3
               local.get $2
               local.set $0
               local.get $22
               local.get $24
               i32.const 24
               i32.mul
               i32.add
               local.get $23
               i32.add
               local.set $24
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.set $35
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.set $33
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.set $32
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.set $30
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.set $29
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.set $28
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.set $27
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.set $18
               i32.const 0
               local.set $37
               loop $for-loop|6
                local.get $37
                i32.const 16
                i32.lt_s
                if
                 local.get $35
                 local.get $3
                 v128.load32_splat
                 local.tee $38
                 local.get $0
                 v128.load
                 local.tee $39
                 f32x4.mul
                 f32x4.add
                 local.set $35
                 local.get $33
                 local.get $38
                 local.get $0
                 v128.load offset=16
                 local.tee $38
                 f32x4.mul
                 f32x4.add
                 local.set $33
                 local.get $32
                 local.get $3
                 i32.const 128
                 i32.add
                 v128.load32_splat
                 local.tee $40
                 local.get $39
                 f32x4.mul
                 f32x4.add
                 local.set $32
                 local.get $30
                 local.get $40
                 local.get $38
                 f32x4.mul
                 f32x4.add
                 local.set $30
                 local.get $29
                 local.get $3
                 i32.const 256
                 i32.add
                 v128.load32_splat
                 local.tee $40
                 local.get $39
                 f32x4.mul
                 f32x4.add
                 local.set $29
                 local.get $28
                 local.get $40
                 local.get $38
                 f32x4.mul
                 f32x4.add
                 local.set $28
                 local.get $27
                 local.get $3
                 i32.const 384
                 i32.add
                 v128.load32_splat
                 local.tee $40
                 local.get $39
                 f32x4.mul
                 f32x4.add
                 local.set $27
                 local.get $18
                 local.get $40
                 local.get $38
                 f32x4.mul
                 f32x4.add
                 local.set $18
                 local.get $3
                 i32.const 4
                 i32.add
                 local.set $3
                 local.get $0
                 i32.const 32
                 i32.add
                 local.set $0
                 local.get $37
                 i32.const 1
                 i32.add
                 local.set $37
                 br $for-loop|6
                end
               end
               local.get $24
               local.get $24
               v128.load
               local.get $35
               f32x4.add
               v128.store
               local.get $24
               i32.const 16
               i32.add
               local.get $24
               v128.load offset=16
               local.get $33
               f32x4.add
               v128.store
               local.get $24
               i32.const 48
               i32.add
               local.tee $0
               local.get $0
               v128.load
               local.get $32
               f32x4.add
               v128.store
               local.get $0
               i32.const 16
               i32.add
               local.get $0
               v128.load offset=16
               local.get $30
               f32x4.add
               v128.store
               local.get $24
               i32.const 96
               i32.add
               local.tee $0
               local.get $0
               v128.load
               local.get $29
               f32x4.add
               v128.store
               local.get $0
               i32.const 16
               i32.add
               local.get $0
               v128.load offset=16
               local.get $28
               f32x4.add
               v128.store
               local.get $24
               i32.const 144
               i32.add
               local.tee $0
               local.get $0
               v128.load
               local.get $27
               f32x4.add
               v128.store
               local.get $0
               i32.const 16
               i32.add
               local.get $0
               v128.load offset=16
               local.get $18
               f32x4.add
               v128.store
               local.get $31
               i32.const 1
               i32.add
               local.set $31
               br $for-loop|5
              end
             end
             local.get $17
             i32.const 8
             i32.add
             local.set $17
             br $for-loop|4
            end
           end
           local.get $2
           i32.const 512
           i32.add
           local.set $2
           local.get $19
           i32.const 1
           i32.add
           local.set $19
           br $for-loop|3
          end
         end
         local.get $36
         i32.const 1
         i32.add
         local.set $36
         br $for-loop|2
        end
       end
       local.get $16
       i32.const 1
       i32.add
       local.set $16
       br $for-loop|1
      end
     end
     i32.const 0
     local.set $36
     loop $for-loop|7
      local.get $36
      i32.const 4
      i32.add
      local.get $4
      i32.le_s
      if
       local.get $1
       local.set $2
       loop $for-loop|8
        local.get $2
        local.get $5
        i32.lt_s
        if
         local.get $9
         local.get $4
         local.get $34
         i32.mul
         local.get $36
         i32.add
         local.get $5
         i32.mul
         local.get $2
         i32.add
         i32.const 6
         i32.shl
         i32.add
         local.set $16
         i32.const 0
         local.set $17
         loop $for-loop|9
          local.get $10
          local.get $17
          i32.gt_s
          if
           local.get $14
           local.get $7
           local.get $34
           i32.mul
           local.get $36
           i32.add
           local.get $17
           i32.add
           local.get $8
           i32.mul
           local.get $2
           i32.add
           i32.const 24
           i32.mul
           i32.add
           local.set $19
           local.get $13
           local.get $11
           local.get $17
           i32.mul
           i32.const 9
           i32.shl
           i32.add
           local.set $6
           i32.const 0
           local.set $31
           loop $for-loop|10
            local.get $11
            local.get $31
            i32.gt_s
            if
             local.get $16
             local.set $0
             local.get $6
             local.set $3
             local.get $19
             local.get $31
             i32.const 3
             i32.shl
             local.tee $22
             local.get $12
             i32.const 8
             i32.sub
             local.tee $23
             local.get $22
             local.get $23
             i32.lt_s
             select
             i32.const 2
             i32.shl
             i32.add
             local.set $22
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $35
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $33
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $32
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $30
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $29
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $28
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $27
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $18
             i32.const 0
             local.set $37
             loop $for-loop|11
              local.get $37
              i32.const 16
              i32.lt_s
              if
               local.get $35
               local.get $0
               v128.load32_splat
               local.tee $38
               local.get $3
               v128.load
               local.tee $39
               f32x4.mul
               f32x4.add
               local.set $35
               local.get $33
               local.get $38
               local.get $3
               v128.load offset=16
               local.tee $38
               f32x4.mul
               f32x4.add
               local.set $33
               local.get $32
               local.get $0
               local.get $20
               i32.add
               v128.load32_splat
               local.tee $40
               local.get $39
               f32x4.mul
               f32x4.add
               local.set $32
               local.get $30
               local.get $40
               local.get $38
               f32x4.mul
               f32x4.add
               local.set $30
               local.get $29
               local.get $0
               local.get $20
               i32.const 1
               i32.shl
               i32.add
               v128.load32_splat
               local.tee $40
               local.get $39
               f32x4.mul
               f32x4.add
               local.set $29
               local.get $28
               local.get $40
               local.get $38
               f32x4.mul
               f32x4.add
               local.set $28
               local.get $27
               local.get $0
               local.get $20
               i32.const 3
               i32.mul
               i32.add
               v128.load32_splat
               local.tee $40
               local.get $39
               f32x4.mul
               f32x4.add
               local.set $27
               local.get $18
               local.get $40
               local.get $38
               f32x4.mul
               f32x4.add
               local.set $18
               local.get $0
               i32.const 4
               i32.add
               local.set $0
               local.get $3
               i32.const 32
               i32.add
               local.set $3
               local.get $37
               i32.const 1
               i32.add
               local.set $37
               br $for-loop|11
              end
             end
             local.get $22
             local.get $22
             v128.load
             local.get $35
             f32x4.add
             v128.store
             local.get $22
             i32.const 16
             i32.add
             local.get $22
             v128.load offset=16
             local.get $33
             f32x4.add
             v128.store
             local.get $21
             local.get $22
             i32.add
             local.tee $0
             local.get $0
             v128.load
             local.get $32
             f32x4.add
             v128.store
             local.get $0
             i32.const 16
             i32.add
             local.get $0
             v128.load offset=16
             local.get $30
             f32x4.add
             v128.store
             local.get $22
             local.get $21
             i32.const 1
             i32.shl
             i32.add
             local.tee $0
             local.get $0
             v128.load
             local.get $29
             f32x4.add
             v128.store
             local.get $0
             i32.const 16
             i32.add
             local.get $0
             v128.load offset=16
             local.get $28
             f32x4.add
             v128.store
             local.get $22
             local.get $21
             i32.const 3
             i32.mul
             i32.add
             local.tee $0
             local.get $0
             v128.load
             local.get $27
             f32x4.add
             v128.store
             local.get $0
             i32.const 16
             i32.add
             local.get $0
             v128.load offset=16
             local.get $18
             f32x4.add
             v128.store
             local.get $6
             i32.const 512
             i32.add
             local.set $6
             local.get $31
             i32.const 1
             i32.add
             local.set $31
             br $for-loop|10
            end
           end
           local.get $17
           i32.const 1
           i32.add
           local.set $17
           br $for-loop|9
          end
         end
         local.get $2
         i32.const 1
         i32.add
         local.set $2
         br $for-loop|8
        end
       end
       local.get $36
       i32.const 4
       i32.add
       local.set $36
       br $for-loop|7
      end
     end
     loop $for-loop|12
      local.get $4
      local.get $36
      i32.gt_s
      if
       local.get $9
       local.get $4
       local.get $34
       i32.mul
       local.get $36
       i32.add
       local.get $5
       i32.mul
       i32.const 6
       i32.shl
       i32.add
       local.set $22
       i32.const 0
       local.set $6
       loop $for-loop|13
        local.get $6
        local.get $10
        i32.lt_s
        if
         local.get $14
         local.get $7
         local.get $34
         i32.mul
         local.get $36
         i32.add
         local.get $6
         i32.add
         local.get $8
         i32.mul
         i32.const 24
         i32.mul
         i32.add
         local.set $23
         local.get $13
         local.get $6
         local.get $11
         i32.mul
         i32.const 9
         i32.shl
         i32.add
         local.set $0
         i32.const 0
         local.set $16
         loop $for-loop|14
          local.get $11
          local.get $16
          i32.gt_s
          if
           local.get $16
           i32.const 3
           i32.shl
           local.tee $2
           local.get $12
           i32.const 8
           i32.sub
           local.tee $3
           local.get $2
           local.get $3
           i32.lt_s
           select
           i32.const 2
           i32.shl
           local.set $24
           local.get $1
           local.set $2
           loop $for-loop|15
            local.get $2
            i32.const 2
            i32.add
            local.get $5
            i32.le_s
            if
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $27
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $18
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $35
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $33
             local.get $22
             local.get $2
             i32.const 6
             i32.shl
             i32.add
             local.set $19
             local.get $0
             local.set $3
             i32.const 0
             local.set $17
             loop $for-loop|16
              local.get $17
              i32.const 16
              i32.lt_s
              if
               local.get $27
               local.get $19
               v128.load32_splat
               local.tee $28
               local.get $3
               v128.load
               local.tee $29
               f32x4.mul
               f32x4.add
               local.set $27
               local.get $18
               local.get $28
               local.get $3
               v128.load offset=16
               local.tee $28
               f32x4.mul
               f32x4.add
               local.set $18
               local.get $35
               local.get $19
               i32.const -64
               i32.sub
               v128.load32_splat
               local.tee $30
               local.get $29
               f32x4.mul
               f32x4.add
               local.set $35
               local.get $33
               local.get $30
               local.get $28
               f32x4.mul
               f32x4.add
               local.set $33
               local.get $19
               i32.const 4
               i32.add
               local.set $19
               local.get $3
               i32.const 32
               i32.add
               local.set $3
               local.get $17
               i32.const 1
               i32.add
               local.set $17
               br $for-loop|16
              end
             end
             local.get $23
             local.get $2
             i32.const 24
             i32.mul
             i32.add
             local.get $24
             i32.add
             local.tee $3
             local.get $3
             v128.load
             local.get $27
             f32x4.add
             v128.store
             local.get $3
             i32.const 16
             i32.add
             local.get $3
             v128.load offset=16
             local.get $18
             f32x4.add
             v128.store
             local.get $3
             i32.const 24
             i32.add
             local.tee $3
             local.get $3
             v128.load
             local.get $35
             f32x4.add
             v128.store
             local.get $3
             i32.const 16
             i32.add
             local.get $3
             v128.load offset=16
             local.get $33
             f32x4.add
             v128.store
             local.get $2
             i32.const 2
             i32.add
             local.set $2
             br $for-loop|15
            end
           end
           loop $for-loop|17
            local.get $2
            local.get $5
            i32.lt_s
            if
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $27
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $18
             local.get $22
             local.get $2
             i32.const 6
             i32.shl
             i32.add
             local.set $19
             local.get $0
             local.set $3
             i32.const 0
             local.set $17
             loop $for-loop|18
              local.get $17
              i32.const 16
              i32.lt_s
              if
               local.get $27
               local.get $19
               v128.load32_splat
               local.tee $28
               local.get $3
               v128.load
               f32x4.mul
               f32x4.add
               local.set $27
               local.get $18
               local.get $28
               local.get $3
               v128.load offset=16
               f32x4.mul
               f32x4.add
               local.set $18
               local.get $19
               i32.const 4
               i32.add
               local.set $19
               local.get $3
               i32.const 32
               i32.add
               local.set $3
               local.get $17
               i32.const 1
               i32.add
               local.set $17
               br $for-loop|18
              end
             end
             local.get $23
             local.get $2
             i32.const 24
             i32.mul
             i32.add
             local.get $24
             i32.add
             local.tee $3
             local.get $3
             v128.load
             local.get $27
             f32x4.add
             v128.store
             local.get $3
             i32.const 16
             i32.add
             local.get $3
             v128.load offset=16
             local.get $18
             f32x4.add
             v128.store
             local.get $2
             i32.const 1
             i32.add
             local.set $2
             br $for-loop|17
            end
           end
           local.get $0
           i32.const 512
           i32.add
           local.set $0
           local.get $16
           i32.const 1
           i32.add
           local.set $16
           br $for-loop|14
          end
         end
         local.get $6
         i32.const 1
         i32.add
         local.set $6
         br $for-loop|13
        end
       end
       local.get $36
       i32.const 1
       i32.add
       local.set $36
       br $for-loop|12
      end
     end
     local.get $34
     i32.const 1
     i32.add
     local.set $34
     br $for-loop|0
    end
   end
  else
   local.get $0
   local.set $13
   local.get $1
   local.set $14
   local.get $2
   local.tee $15
   i32.const 0
   local.get $3
   local.tee $16
   local.get $7
   i32.mul
   local.get $8
   i32.mul
   local.get $9
   i32.mul
   i32.const 2
   i32.shl
   memory.fill
   local.get $6
   i32.const 5
   i32.shl
   local.set $20
   local.get $5
   local.get $5
   local.get $9
   i32.const 7
   i32.add
   local.get $9
   i32.div_s
   local.tee $19
   i32.const 2
   i32.shl
   local.tee $21
   i32.rem_s
   i32.sub
   local.set $1
   local.get $19
   local.get $6
   i32.const 2
   i32.shl
   local.tee $41
   i32.mul
   local.set $42
   local.get $19
   local.get $9
   i32.const 2
   i32.shl
   local.tee $43
   i32.mul
   local.set $24
   local.get $5
   local.get $41
   i32.mul
   local.set $23
   local.get $8
   local.get $43
   i32.mul
   local.set $22
   loop $for-loop|19
    local.get $16
    local.get $31
    i32.gt_s
    if
     i32.const 0
     local.set $36
     loop $for-loop|20
      local.get $4
      local.get $36
      i32.gt_s
      if
       local.get $13
       local.get $4
       local.get $31
       i32.mul
       local.get $36
       i32.add
       local.get $5
       i32.mul
       local.get $41
       i32.mul
       i32.add
       local.set $9
       i32.const 0
       local.set $34
       loop $for-loop|21
        local.get $10
        local.get $34
        i32.gt_s
        if
         local.get $15
         local.get $7
         local.get $31
         i32.mul
         local.get $36
         i32.add
         local.get $34
         i32.add
         local.get $8
         i32.mul
         local.get $43
         i32.mul
         i32.add
         local.set $44
         local.get $14
         local.get $11
         local.get $34
         i32.mul
         local.get $20
         i32.mul
         i32.add
         local.set $2
         i32.const 0
         local.set $17
         loop $for-loop|22
          local.get $11
          local.get $17
          i32.gt_s
          if
           local.get $17
           i32.const 3
           i32.shl
           local.tee $0
           local.get $12
           i32.const 8
           i32.sub
           local.tee $3
           local.get $0
           local.get $3
           i32.lt_s
           select
           i32.const 2
           i32.shl
           local.set $45
           i32.const 0
           local.set $37
           loop $for-loop|23
            local.get $1
            local.get $37
            i32.gt_s
            if
             i32.const 0
             local.set $26
             loop $for-loop|24
              local.get $19
              local.get $26
              i32.gt_s
              if
               local.get $9
               local.get $26
               local.get $37
               i32.add
               local.tee $25
               local.get $41
               i32.mul
               i32.add
               local.set $3
               local.get $2
               local.set $0
               local.get $44
               local.get $25
               local.get $43
               i32.mul
               i32.add
               local.get $45
               i32.add
               local.set $46
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.set $35
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.set $33
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.set $32
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.set $30
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.set $29
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.set $28
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.set $27
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.set $18
               i32.const 0
               local.set $25
               loop $for-loop|25
                local.get $6
                local.get $25
                i32.gt_s
                if
                 local.get $35
                 local.get $3
                 v128.load32_splat
                 local.tee $38
                 local.get $0
                 v128.load
                 local.tee $39
                 f32x4.mul
                 f32x4.add
                 local.set $35
                 local.get $33
                 local.get $38
                 local.get $0
                 v128.load offset=16
                 local.tee $38
                 f32x4.mul
                 f32x4.add
                 local.set $33
                 local.get $32
                 local.get $3
                 local.get $42
                 i32.add
                 v128.load32_splat
                 local.tee $40
                 local.get $39
                 f32x4.mul
                 f32x4.add
                 local.set $32
                 local.get $30
                 local.get $40
                 local.get $38
                 f32x4.mul
                 f32x4.add
                 local.set $30
                 local.get $29
                 local.get $3
                 local.get $42
                 i32.const 1
                 i32.shl
                 i32.add
                 v128.load32_splat
                 local.tee $40
                 local.get $39
                 f32x4.mul
                 f32x4.add
                 local.set $29
                 local.get $28
                 local.get $40
                 local.get $38
                 f32x4.mul
                 f32x4.add
                 local.set $28
                 local.get $27
                 local.get $3
                 local.get $42
                 i32.const 3
                 i32.mul
                 i32.add
                 v128.load32_splat
                 local.tee $40
                 local.get $39
                 f32x4.mul
                 f32x4.add
                 local.set $27
                 local.get $18
                 local.get $40
                 local.get $38
                 f32x4.mul
                 f32x4.add
                 local.set $18
                 local.get $3
                 i32.const 4
                 i32.add
                 local.set $3
                 local.get $0
                 i32.const 32
                 i32.add
                 local.set $0
                 local.get $25
                 i32.const 1
                 i32.add
                 local.set $25
                 br $for-loop|25
                end
               end
               local.get $46
               local.get $46
               v128.load
               local.get $35
               f32x4.add
               v128.store
               local.get $46
               i32.const 16
               i32.add
               local.get $46
               v128.load offset=16
               local.get $33
               f32x4.add
               v128.store
               local.get $24
               local.get $46
               i32.add
               local.tee $0
               local.get $0
               v128.load
               local.get $32
               f32x4.add
               v128.store
               local.get $0
               i32.const 16
               i32.add
               local.get $0
               v128.load offset=16
               local.get $30
               f32x4.add
               v128.store
               local.get $46
               local.get $24
               i32.const 1
               i32.shl
               i32.add
               local.tee $0
               local.get $0
               v128.load
               local.get $29
               f32x4.add
               v128.store
               local.get $0
               i32.const 16
               i32.add
               local.get $0
               v128.load offset=16
               local.get $28
               f32x4.add
               v128.store
               local.get $46
               local.get $24
               i32.const 3
               i32.mul
               i32.add
               local.tee $0
               local.get $0
               v128.load
               local.get $27
               f32x4.add
               v128.store
               local.get $0
               i32.const 16
               i32.add
               local.get $0
               v128.load offset=16
               local.get $18
               f32x4.add
               v128.store
               local.get $26
               i32.const 1
               i32.add
               local.set $26
               br $for-loop|24
              end
             end
             local.get $21
             local.get $37
             i32.add
             local.set $37
             br $for-loop|23
            end
           end
           local.get $2
           local.get $20
           i32.add
           local.set $2
           local.get $17
           i32.const 1
           i32.add
           local.set $17
           br $for-loop|22
          end
         end
         local.get $34
         i32.const 1
         i32.add
         local.set $34
         br $for-loop|21
        end
       end
       local.get $36
       i32.const 1
       i32.add
       local.set $36
       br $for-loop|20
      end
     end
     i32.const 0
     local.set $34
     loop $for-loop|26
      local.get $34
      i32.const 4
      i32.add
      local.get $4
      i32.le_s
      if
       local.get $1
       local.set $2
       loop $for-loop|27
        local.get $2
        local.get $5
        i32.lt_s
        if
         local.get $13
         local.get $4
         local.get $31
         i32.mul
         local.get $34
         i32.add
         local.get $5
         i32.mul
         local.get $2
         i32.add
         local.get $41
         i32.mul
         i32.add
         local.set $17
         i32.const 0
         local.set $37
         loop $for-loop|28
          local.get $10
          local.get $37
          i32.gt_s
          if
           local.get $15
           local.get $7
           local.get $31
           i32.mul
           local.get $34
           i32.add
           local.get $37
           i32.add
           local.get $8
           i32.mul
           local.get $2
           i32.add
           local.get $43
           i32.mul
           i32.add
           local.set $36
           local.get $14
           local.get $11
           local.get $37
           i32.mul
           local.get $20
           i32.mul
           i32.add
           local.set $9
           i32.const 0
           local.set $26
           loop $for-loop|29
            local.get $11
            local.get $26
            i32.gt_s
            if
             local.get $17
             local.set $0
             local.get $9
             local.set $3
             local.get $36
             local.get $26
             i32.const 3
             i32.shl
             local.tee $25
             local.get $12
             i32.const 8
             i32.sub
             local.tee $44
             local.get $25
             local.get $44
             i32.lt_s
             select
             i32.const 2
             i32.shl
             i32.add
             local.set $44
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $35
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $33
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $32
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $30
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $29
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $28
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $27
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $18
             i32.const 0
             local.set $25
             loop $for-loop|30
              local.get $6
              local.get $25
              i32.gt_s
              if
               local.get $35
               local.get $0
               v128.load32_splat
               local.tee $38
               local.get $3
               v128.load
               local.tee $39
               f32x4.mul
               f32x4.add
               local.set $35
               local.get $33
               local.get $38
               local.get $3
               v128.load offset=16
               local.tee $38
               f32x4.mul
               f32x4.add
               local.set $33
               local.get $32
               local.get $0
               local.get $23
               i32.add
               v128.load32_splat
               local.tee $40
               local.get $39
               f32x4.mul
               f32x4.add
               local.set $32
               local.get $30
               local.get $40
               local.get $38
               f32x4.mul
               f32x4.add
               local.set $30
               local.get $29
               local.get $0
               local.get $23
               i32.const 1
               i32.shl
               i32.add
               v128.load32_splat
               local.tee $40
               local.get $39
               f32x4.mul
               f32x4.add
               local.set $29
               local.get $28
               local.get $40
               local.get $38
               f32x4.mul
               f32x4.add
               local.set $28
               local.get $27
               local.get $0
               local.get $23
               i32.const 3
               i32.mul
               i32.add
               v128.load32_splat
               local.tee $40
               local.get $39
               f32x4.mul
               f32x4.add
               local.set $27
               local.get $18
               local.get $40
               local.get $38
               f32x4.mul
               f32x4.add
               local.set $18
               local.get $0
               i32.const 4
               i32.add
               local.set $0
               local.get $3
               i32.const 32
               i32.add
               local.set $3
               local.get $25
               i32.const 1
               i32.add
               local.set $25
               br $for-loop|30
              end
             end
             local.get $44
             local.get $44
             v128.load
             local.get $35
             f32x4.add
             v128.store
             local.get $44
             i32.const 16
             i32.add
             local.get $44
             v128.load offset=16
             local.get $33
             f32x4.add
             v128.store
             local.get $22
             local.get $44
             i32.add
             local.tee $0
             local.get $0
             v128.load
             local.get $32
             f32x4.add
             v128.store
             local.get $0
             i32.const 16
             i32.add
             local.get $0
             v128.load offset=16
             local.get $30
             f32x4.add
             v128.store
             local.get $44
             local.get $22
             i32.const 1
             i32.shl
             i32.add
             local.tee $0
             local.get $0
             v128.load
             local.get $29
             f32x4.add
             v128.store
             local.get $0
             i32.const 16
             i32.add
             local.get $0
             v128.load offset=16
             local.get $28
             f32x4.add
             v128.store
             local.get $44
             local.get $22
             i32.const 3
             i32.mul
             i32.add
             local.tee $0
             local.get $0
             v128.load
             local.get $27
             f32x4.add
             v128.store
             local.get $0
             i32.const 16
             i32.add
             local.get $0
             v128.load offset=16
             local.get $18
             f32x4.add
             v128.store
             local.get $9
             local.get $20
             i32.add
             local.set $9
             local.get $26
             i32.const 1
             i32.add
             local.set $26
             br $for-loop|29
            end
           end
           local.get $37
           i32.const 1
           i32.add
           local.set $37
           br $for-loop|28
          end
         end
         local.get $2
         i32.const 1
         i32.add
         local.set $2
         br $for-loop|27
        end
       end
       local.get $34
       i32.const 4
       i32.add
       local.set $34
       br $for-loop|26
      end
     end
     loop $for-loop|31
      local.get $4
      local.get $34
      i32.gt_s
      if
       local.get $13
       local.get $4
       local.get $31
       i32.mul
       local.get $34
       i32.add
       local.get $5
       i32.mul
       local.get $41
       i32.mul
       i32.add
       local.set $25
       i32.const 0
       local.set $9
       loop $for-loop|32
        local.get $9
        local.get $10
        i32.lt_s
        if
         local.get $15
         local.get $7
         local.get $31
         i32.mul
         local.get $34
         i32.add
         local.get $9
         i32.add
         local.get $8
         i32.mul
         local.get $43
         i32.mul
         i32.add
         local.set $26
         local.get $14
         local.get $9
         local.get $11
         i32.mul
         local.get $20
         i32.mul
         i32.add
         local.set $0
         i32.const 0
         local.set $36
         loop $for-loop|33
          local.get $11
          local.get $36
          i32.gt_s
          if
           local.get $36
           i32.const 3
           i32.shl
           local.tee $2
           local.get $12
           i32.const 8
           i32.sub
           local.tee $3
           local.get $2
           local.get $3
           i32.lt_s
           select
           i32.const 2
           i32.shl
           local.set $44
           local.get $1
           local.set $2
           loop $for-loop|34
            local.get $2
            i32.const 2
            i32.add
            local.get $5
            i32.le_s
            if
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $27
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $18
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $35
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $33
             local.get $25
             local.get $2
             local.get $41
             i32.mul
             i32.add
             local.set $17
             local.get $0
             local.set $3
             i32.const 0
             local.set $37
             loop $for-loop|35
              local.get $6
              local.get $37
              i32.gt_s
              if
               local.get $27
               local.get $17
               v128.load32_splat
               local.tee $28
               local.get $3
               v128.load
               local.tee $29
               f32x4.mul
               f32x4.add
               local.set $27
               local.get $18
               local.get $28
               local.get $3
               v128.load offset=16
               local.tee $28
               f32x4.mul
               f32x4.add
               local.set $18
               local.get $35
               local.get $17
               local.get $41
               i32.add
               v128.load32_splat
               local.tee $30
               local.get $29
               f32x4.mul
               f32x4.add
               local.set $35
               local.get $33
               local.get $30
               local.get $28
               f32x4.mul
               f32x4.add
               local.set $33
               local.get $17
               i32.const 4
               i32.add
               local.set $17
               local.get $3
               i32.const 32
               i32.add
               local.set $3
               local.get $37
               i32.const 1
               i32.add
               local.set $37
               br $for-loop|35
              end
             end
             local.get $26
             local.get $2
             local.get $43
             i32.mul
             i32.add
             local.get $44
             i32.add
             local.tee $3
             local.get $3
             v128.load
             local.get $27
             f32x4.add
             v128.store
             local.get $3
             i32.const 16
             i32.add
             local.get $3
             v128.load offset=16
             local.get $18
             f32x4.add
             v128.store
             local.get $3
             local.get $43
             i32.add
             local.tee $3
             local.get $3
             v128.load
             local.get $35
             f32x4.add
             v128.store
             local.get $3
             i32.const 16
             i32.add
             local.get $3
             v128.load offset=16
             local.get $33
             f32x4.add
             v128.store
             local.get $2
             i32.const 2
             i32.add
             local.set $2
             br $for-loop|34
            end
           end
           loop $for-loop|36
            local.get $2
            local.get $5
            i32.lt_s
            if
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $27
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $18
             local.get $25
             local.get $2
             local.get $41
             i32.mul
             i32.add
             local.set $17
             local.get $0
             local.set $3
             i32.const 0
             local.set $37
             loop $for-loop|37
              local.get $6
              local.get $37
              i32.gt_s
              if
               local.get $27
               local.get $17
               v128.load32_splat
               local.tee $28
               local.get $3
               v128.load
               f32x4.mul
               f32x4.add
               local.set $27
               local.get $18
               local.get $28
               local.get $3
               v128.load offset=16
               f32x4.mul
               f32x4.add
               local.set $18
               local.get $17
               i32.const 4
               i32.add
               local.set $17
               local.get $3
               i32.const 32
               i32.add
               local.set $3
               local.get $37
               i32.const 1
               i32.add
               local.set $37
               br $for-loop|37
              end
             end
             local.get $26
             local.get $2
             local.get $43
             i32.mul
             i32.add
             local.get $44
             i32.add
             local.tee $3
             local.get $3
             v128.load
             local.get $27
             f32x4.add
             v128.store
             local.get $3
             i32.const 16
             i32.add
             local.get $3
             v128.load offset=16
             local.get $18
             f32x4.add
             v128.store
             local.get $2
             i32.const 1
             i32.add
             local.set $2
             br $for-loop|36
            end
           end
           local.get $0
           local.get $20
           i32.add
           local.set $0
           local.get $36
           i32.const 1
           i32.add
           local.set $36
           br $for-loop|33
          end
         end
         local.get $9
         i32.const 1
         i32.add
         local.set $9
         br $for-loop|32
        end
       end
       local.get $34
       i32.const 1
       i32.add
       local.set $34
       br $for-loop|31
      end
     end
     local.get $31
     i32.const 1
     i32.add
     local.set $31
     br $for-loop|19
    end
   end
  end
 )
 (func $scripts/wasm/smallConvKernels/conv2dFewChannelsBiasRelu (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 v128)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 v128)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 v128)
  (local $38 v128)
  local.get $7
  local.get $12
  i32.mul
  local.set $22
  local.get $7
  i32.const 2
  i32.shl
  local.set $17
  local.get $10
  i32.const 2
  i32.shl
  local.set $15
  loop $for-loop|0
   local.get $4
   local.get $21
   i32.gt_s
   if
    i32.const 0
    local.set $18
    loop $for-loop|1
     local.get $8
     local.get $18
     i32.gt_s
     if
      local.get $0
      local.get $5
      local.get $21
      i32.mul
      local.get $18
      i32.add
      local.get $6
      i32.mul
      local.get $17
      i32.mul
      i32.add
      local.set $32
      local.get $3
      local.get $8
      local.get $21
      i32.mul
      local.get $18
      i32.add
      local.get $9
      i32.mul
      local.get $15
      i32.mul
      i32.add
      local.set $33
      local.get $9
      i32.const 1
      i32.add
      local.get $9
      local.get $9
      i32.const 3
      i32.and
      local.tee $12
      i32.sub
      local.get $12
      i32.const 3
      i32.eq
      select
      local.set $36
      local.get $12
      i32.const 2
      i32.eq
      local.get $12
      i32.const 1
      i32.eq
      i32.or
      if
       local.get $32
       local.get $1
       local.get $2
       local.get $33
       local.get $9
       i32.const 2
       i32.sub
       local.tee $12
       local.get $15
       i32.mul
       i32.add
       local.get $12
       local.get $6
       local.get $7
       local.get $10
       local.get $11
       local.get $22
       i32.const 1
       call $scripts/wasm/smallConvKernels/fewChannelsTwoPixels
      end
      i32.const 0
      local.set $19
      loop $for-loop|2
       local.get $19
       local.get $36
       i32.lt_s
       if
        local.get $19
        local.get $9
        i32.const 4
        i32.sub
        local.tee $12
        local.get $12
        local.get $19
        i32.gt_s
        select
        local.set $34
        i32.const 0
        local.set $20
        loop $for-loop|3
         local.get $10
         local.get $20
         i32.gt_s
         if
          local.get $20
          local.get $10
          i32.const 8
          i32.sub
          local.tee $12
          local.get $12
          local.get $20
          i32.gt_s
          select
          local.set $35
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $16
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $23
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $24
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $25
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $26
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $27
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $28
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $29
          i32.const 0
          local.set $13
          loop $for-loop|4
           local.get $11
           local.get $13
           i32.gt_s
           if
            local.get $32
            local.get $6
            local.get $13
            i32.mul
            local.get $34
            i32.add
            local.get $17
            i32.mul
            i32.add
            local.set $12
            local.get $1
            local.get $13
            local.get $22
            i32.mul
            local.get $10
            i32.mul
            local.get $35
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.set $14
            i32.const 0
            local.set $30
            loop $for-loop|5
             local.get $22
             local.get $30
             i32.gt_s
             if
              local.get $16
              local.get $12
              v128.load32_splat
              local.tee $37
              local.get $14
              v128.load
              local.tee $31
              f32x4.mul
              f32x4.add
              local.set $16
              local.get $23
              local.get $37
              local.get $14
              v128.load offset=16
              local.tee $37
              f32x4.mul
              f32x4.add
              local.set $23
              local.get $24
              local.get $12
              local.get $17
              i32.add
              v128.load32_splat
              local.tee $38
              local.get $31
              f32x4.mul
              f32x4.add
              local.set $24
              local.get $25
              local.get $38
              local.get $37
              f32x4.mul
              f32x4.add
              local.set $25
              local.get $26
              local.get $12
              local.get $17
              i32.const 1
              i32.shl
              i32.add
              v128.load32_splat
              local.tee $38
              local.get $31
              f32x4.mul
              f32x4.add
              local.set $26
              local.get $27
              local.get $38
              local.get $37
              f32x4.mul
              f32x4.add
              local.set $27
              local.get $28
              local.get $12
              local.get $17
              i32.const 3
              i32.mul
              i32.add
              v128.load32_splat
              local.tee $38
              local.get $31
              f32x4.mul
              f32x4.add
              local.set $28
              local.get $29
              local.get $38
              local.get $37
              f32x4.mul
              f32x4.add
              local.set $29
              local.get $12
              i32.const 4
              i32.add
              local.set $12
              local.get $14
              local.get $15
              i32.add
              local.set $14
              local.get $30
              i32.const 1
              i32.add
              local.set $30
              br $for-loop|5
             end
            end
            local.get $13
            i32.const 1
            i32.add
            local.set $13
            br $for-loop|4
           end
          end
          local.get $35
          i32.const 2
          i32.shl
          local.tee $12
          local.get $33
          local.get $15
          local.get $34
          i32.mul
          i32.add
          i32.add
          local.tee $13
          local.get $16
          local.get $2
          local.get $12
          i32.add
          local.tee $12
          v128.load
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.pmax
          v128.store
          local.get $13
          local.get $23
          local.get $12
          v128.load offset=16
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.pmax
          v128.store offset=16
          local.get $13
          local.get $15
          i32.add
          local.tee $14
          local.get $24
          local.get $12
          v128.load
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.pmax
          v128.store
          local.get $14
          local.get $25
          local.get $12
          v128.load offset=16
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.pmax
          v128.store offset=16
          local.get $13
          local.get $15
          i32.const 1
          i32.shl
          i32.add
          local.tee $14
          local.get $26
          local.get $12
          v128.load
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.pmax
          v128.store
          local.get $14
          local.get $27
          local.get $12
          v128.load offset=16
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.pmax
          v128.store offset=16
          local.get $13
          local.get $15
          i32.const 3
          i32.mul
          i32.add
          local.tee $13
          local.get $28
          local.get $12
          v128.load
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.pmax
          v128.store
          local.get $13
          local.get $29
          local.get $12
          v128.load offset=16
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.pmax
          v128.store offset=16
          local.get $20
          i32.const 8
          i32.add
          local.set $20
          br $for-loop|3
         end
        end
        local.get $19
        i32.const 4
        i32.add
        local.set $19
        br $for-loop|2
       end
      end
      local.get $18
      i32.const 1
      i32.add
      local.set $18
      br $for-loop|1
     end
    end
    local.get $21
    i32.const 1
    i32.add
    local.set $21
    br $for-loop|0
   end
  end
 )
 (func $scripts/wasm/smallConvKernels/conv2dFewChannels (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32) (param $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 v128)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 i32)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 i32)
  local.get $12
  i32.eqz
  if
   local.get $6
   local.get $11
   i32.mul
   local.set $11
   local.get $6
   i32.const 2
   i32.shl
   local.set $13
   local.get $9
   i32.const 2
   i32.shl
   local.set $21
   loop $for-loop|0
    local.get $3
    local.get $17
    i32.gt_s
    if
     i32.const 0
     local.set $14
     loop $for-loop|1
      local.get $7
      local.get $14
      i32.gt_s
      if
       local.get $0
       local.get $4
       local.get $17
       i32.mul
       local.get $14
       i32.add
       local.get $5
       i32.mul
       local.get $13
       i32.mul
       i32.add
       local.set $23
       local.get $2
       local.get $7
       local.get $17
       i32.mul
       local.get $14
       i32.add
       local.get $8
       i32.mul
       local.get $21
       i32.mul
       i32.add
       local.set $24
       local.get $8
       i32.const 1
       i32.add
       local.get $8
       local.get $8
       i32.const 3
       i32.and
       local.tee $12
       i32.sub
       local.get $12
       i32.const 3
       i32.eq
       select
       local.set $32
       local.get $12
       i32.const 2
       i32.eq
       local.get $12
       i32.const 1
       i32.eq
       i32.or
       if
        local.get $23
        local.get $1
        i32.const 0
        local.get $24
        local.get $8
        i32.const 2
        i32.sub
        local.tee $12
        local.get $21
        i32.mul
        i32.add
        local.get $12
        local.get $5
        local.get $6
        local.get $9
        local.get $10
        local.get $11
        i32.const 0
        call $scripts/wasm/smallConvKernels/fewChannelsTwoPixels
       end
       i32.const 0
       local.set $15
       loop $for-loop|2
        local.get $15
        local.get $32
        i32.lt_s
        if
         local.get $15
         local.get $8
         i32.const 4
         i32.sub
         local.tee $12
         local.get $12
         local.get $15
         i32.gt_s
         select
         local.set $33
         i32.const 0
         local.set $16
         loop $for-loop|3
          local.get $9
          local.get $16
          i32.gt_s
          if
           local.get $16
           local.get $9
           i32.const 8
           i32.sub
           local.tee $12
           local.get $12
           local.get $16
           i32.gt_s
           select
           local.set $34
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $19
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $25
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $26
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $27
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $28
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $29
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $30
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $31
           i32.const 0
           local.set $18
           loop $for-loop|4
            local.get $10
            local.get $18
            i32.gt_s
            if
             local.get $23
             local.get $5
             local.get $18
             i32.mul
             local.get $33
             i32.add
             local.get $13
             i32.mul
             i32.add
             local.set $12
             local.get $1
             local.get $11
             local.get $18
             i32.mul
             local.get $9
             i32.mul
             local.get $34
             i32.add
             i32.const 2
             i32.shl
             i32.add
             local.set $20
             i32.const 0
             local.set $22
             loop $for-loop|5
              local.get $11
              local.get $22
              i32.gt_s
              if
               local.get $19
               local.get $12
               v128.load32_splat
               local.tee $43
               local.get $20
               v128.load
               local.tee $44
               f32x4.mul
               f32x4.add
               local.set $19
               local.get $25
               local.get $43
               local.get $20
               v128.load offset=16
               local.tee $43
               f32x4.mul
               f32x4.add
               local.set $25
               local.get $26
               local.get $12
               local.get $13
               i32.add
               v128.load32_splat
               local.tee $45
               local.get $44
               f32x4.mul
               f32x4.add
               local.set $26
               local.get $27
               local.get $45
               local.get $43
               f32x4.mul
               f32x4.add
               local.set $27
               local.get $28
               local.get $12
               local.get $13
               i32.const 1
               i32.shl
               i32.add
               v128.load32_splat
               local.tee $45
               local.get $44
               f32x4.mul
               f32x4.add
               local.set $28
               local.get $29
               local.get $45
               local.get $43
               f32x4.mul
               f32x4.add
               local.set $29
               local.get $30
               local.get $12
               local.get $13
               i32.const 3
               i32.mul
               i32.add
               v128.load32_splat
               local.tee $45
               local.get $44
               f32x4.mul
               f32x4.add
               local.set $30
               local.get $31
               local.get $45
               local.get $43
               f32x4.mul
               f32x4.add
               local.set $31
               local.get $12
               i32.const 4
               i32.add
               local.set $12
               local.get $20
               local.get $21
               i32.add
               local.set $20
               local.get $22
               i32.const 1
               i32.add
               local.set $22
               br $for-loop|5
              end
             end
             local.get $18
             i32.const 1
             i32.add
             local.set $18
             br $for-loop|4
            end
           end
           local.get $24
           local.get $21
           local.get $33
           i32.mul
           i32.add
           local.get $34
           i32.const 2
           i32.shl
           i32.add
           local.tee $12
           local.get $19
           v128.store
           local.get $12
           local.get $25
           v128.store offset=16
           local.get $12
           local.get $21
           i32.add
           local.tee $18
           local.get $26
           v128.store
           local.get $18
           local.get $27
           v128.store offset=16
           local.get $12
           local.get $21
           i32.const 1
           i32.shl
           i32.add
           local.tee $18
           local.get $28
           v128.store
           local.get $18
           local.get $29
           v128.store offset=16
           local.get $12
           local.get $21
           i32.const 3
           i32.mul
           i32.add
           local.tee $12
           local.get $30
           v128.store
           local.get $12
           local.get $31
           v128.store offset=16
           local.get $16
           i32.const 8
           i32.add
           local.set $16
           br $for-loop|3
          end
         end
         local.get $15
         i32.const 4
         i32.add
         local.set $15
         br $for-loop|2
        end
       end
       local.get $14
       i32.const 1
       i32.add
       local.set $14
       br $for-loop|1
      end
     end
     local.get $17
     i32.const 1
     i32.add
     local.set $17
     br $for-loop|0
    end
   end
   return
  end
  local.get $12
  i32.const 0
  local.get $4
  local.get $5
  i32.mul
  local.get $6
  i32.mul
  i32.const 2
  i32.shl
  memory.fill
  local.get $7
  local.get $8
  i32.mul
  local.get $9
  i32.mul
  i32.const 2
  i32.shl
  local.set $38
  loop $for-loop|6
   local.get $3
   local.get $24
   i32.gt_s
   if
    i32.const 0
    local.set $18
    local.get $0
    local.get $6
    local.get $14
    i32.mul
    i32.const 2
    i32.shl
    local.tee $17
    local.get $13
    local.get $24
    i32.mul
    i32.mul
    i32.add
    local.set $20
    local.get $12
    local.get $5
    local.get $15
    i32.mul
    local.get $16
    i32.add
    local.get $6
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    local.set $21
    local.get $5
    local.get $6
    i32.mul
    i32.const 2
    i32.shl
    local.set $22
    loop $for-loop|00
     local.get $13
     local.get $18
     i32.gt_s
     if
      local.get $21
      local.get $20
      local.get $17
      memory.copy
      local.get $17
      local.get $20
      i32.add
      local.set $20
      local.get $21
      local.get $22
      i32.add
      local.set $21
      local.get $18
      i32.const 1
      i32.add
      local.set $18
      br $for-loop|00
     end
    end
    local.get $2
    local.get $24
    local.get $38
    i32.mul
    i32.add
    local.set $39
    local.get $6
    local.get $11
    i32.mul
    local.set $46
    local.get $6
    i32.const 2
    i32.shl
    local.set $41
    local.get $9
    i32.const 2
    i32.shl
    local.set $42
    i32.const 0
    local.set $21
    loop $for-loop|7
     local.get $21
     i32.const 0
     i32.le_s
     if
      i32.const 0
      local.set $22
      loop $for-loop|8
       local.get $7
       local.get $22
       i32.gt_s
       if
        local.get $12
        local.get $4
        local.get $21
        i32.mul
        local.get $22
        i32.add
        local.get $5
        i32.mul
        local.get $41
        i32.mul
        i32.add
        local.set $34
        local.get $39
        local.get $7
        local.get $21
        i32.mul
        local.get $22
        i32.add
        local.get $8
        i32.mul
        local.get $42
        i32.mul
        i32.add
        local.set $35
        local.get $8
        i32.const 1
        i32.add
        local.get $8
        local.get $8
        i32.const 3
        i32.and
        local.tee $17
        i32.sub
        local.get $17
        i32.const 3
        i32.eq
        select
        local.set $40
        local.get $17
        i32.const 2
        i32.eq
        local.get $17
        i32.const 1
        i32.eq
        i32.or
        if
         local.get $34
         local.get $1
         i32.const 0
         local.get $35
         local.get $8
         i32.const 2
         i32.sub
         local.tee $17
         local.get $42
         i32.mul
         i32.add
         local.get $17
         local.get $5
         local.get $6
         local.get $9
         local.get $10
         local.get $46
         i32.const 0
         call $scripts/wasm/smallConvKernels/fewChannelsTwoPixels
        end
        i32.const 0
        local.set $20
        loop $for-loop|9
         local.get $20
         local.get $40
         i32.lt_s
         if
          local.get $20
          local.get $8
          i32.const 4
          i32.sub
          local.tee $17
          local.get $17
          local.get $20
          i32.gt_s
          select
          local.set $36
          i32.const 0
          local.set $23
          loop $for-loop|10
           local.get $9
           local.get $23
           i32.gt_s
           if
            local.get $23
            local.get $9
            i32.const 8
            i32.sub
            local.tee $17
            local.get $17
            local.get $23
            i32.gt_s
            select
            local.set $37
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $19
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $25
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $26
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $27
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $28
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $29
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $30
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $31
            i32.const 0
            local.set $18
            loop $for-loop|11
             local.get $10
             local.get $18
             i32.gt_s
             if
              local.get $34
              local.get $5
              local.get $18
              i32.mul
              local.get $36
              i32.add
              local.get $41
              i32.mul
              i32.add
              local.set $17
              local.get $1
              local.get $18
              local.get $46
              i32.mul
              local.get $9
              i32.mul
              local.get $37
              i32.add
              i32.const 2
              i32.shl
              i32.add
              local.set $32
              i32.const 0
              local.set $33
              loop $for-loop|12
               local.get $33
               local.get $46
               i32.lt_s
               if
                local.get $19
                local.get $17
                v128.load32_splat
                local.tee $43
                local.get $32
                v128.load
                local.tee $44
                f32x4.mul
                f32x4.add
                local.set $19
                local.get $25
                local.get $43
                local.get $32
                v128.load offset=16
                local.tee $43
                f32x4.mul
                f32x4.add
                local.set $25
                local.get $26
                local.get $17
                local.get $41
                i32.add
                v128.load32_splat
                local.tee $45
                local.get $44
                f32x4.mul
                f32x4.add
                local.set $26
                local.get $27
                local.get $45
                local.get $43
                f32x4.mul
                f32x4.add
                local.set $27
                local.get $28
                local.get $17
                local.get $41
                i32.const 1
                i32.shl
                i32.add
                v128.load32_splat
                local.tee $45
                local.get $44
                f32x4.mul
                f32x4.add
                local.set $28
                local.get $29
                local.get $45
                local.get $43
                f32x4.mul
                f32x4.add
                local.set $29
                local.get $30
                local.get $17
                local.get $41
                i32.const 3
                i32.mul
                i32.add
                v128.load32_splat
                local.tee $45
                local.get $44
                f32x4.mul
                f32x4.add
                local.set $30
                local.get $31
                local.get $45
                local.get $43
                f32x4.mul
                f32x4.add
                local.set $31
                local.get $17
                i32.const 4
                i32.add
                local.set $17
                local.get $32
                local.get $42
                i32.add
                local.set $32
                local.get $33
                i32.const 1
                i32.add
                local.set $33
                br $for-loop|12
               end
              end
              local.get $18
              i32.const 1
              i32.add
              local.set $18
              br $for-loop|11
             end
            end
            local.get $35
            local.get $36
            local.get $42
            i32.mul
            i32.add
            local.get $37
            i32.const 2
            i32.shl
            i32.add
            local.tee $17
            local.get $19
            v128.store
            local.get $17
            local.get $25
            v128.store offset=16
            local.get $17
            local.get $42
            i32.add
            local.tee $18
            local.get $26
            v128.store
            local.get $18
            local.get $27
            v128.store offset=16
            local.get $17
            local.get $42
            i32.const 1
            i32.shl
            i32.add
            local.tee $18
            local.get $28
            v128.store
            local.get $18
            local.get $29
            v128.store offset=16
            local.get $17
            local.get $42
            i32.const 3
            i32.mul
            i32.add
            local.tee $17
            local.get $30
            v128.store
            local.get $17
            local.get $31
            v128.store offset=16
            local.get $23
            i32.const 8
            i32.add
            local.set $23
            br $for-loop|10
           end
          end
          local.get $20
          i32.const 4
          i32.add
          local.set $20
          br $for-loop|9
         end
        end
        local.get $22
        i32.const 1
        i32.add
        local.set $22
        br $for-loop|8
       end
      end
      local.get $21
      i32.const 1
      i32.add
      local.set $21
      br $for-loop|7
     end
    end
    local.get $24
    i32.const 1
    i32.add
    local.set $24
    br $for-loop|6
   end
  end
 )
 (func $scripts/wasm/poolKernels/maxPoolGradDisjoint (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 v128)
  (local $16 i32)
  (local $17 i32)
  (local $18 v128)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  local.get $8
  local.get $12
  i32.mul
  local.get $5
  i32.ne
  local.get $7
  local.get $11
  i32.mul
  local.get $4
  i32.ne
  i32.or
  local.get $9
  local.get $11
  i32.ne
  i32.or
  local.get $10
  local.get $12
  i32.ne
  i32.or
  if
   local.get $2
   i32.const 0
   local.get $3
   local.get $4
   i32.mul
   local.get $5
   i32.mul
   local.get $6
   i32.mul
   i32.const 2
   i32.shl
   memory.fill
  end
  local.get $6
  i32.const 4
  i32.sub
  local.set $24
  local.get $5
  local.get $6
  i32.mul
  i32.const 2
  i32.shl
  local.set $22
  loop $for-loop|0
   local.get $3
   local.get $23
   i32.gt_s
   if
    i32.const 0
    local.set $19
    loop $for-loop|1
     local.get $7
     local.get $19
     i32.gt_s
     if
      i32.const 0
      local.set $20
      loop $for-loop|2
       local.get $8
       local.get $20
       i32.gt_s
       if
        local.get $4
        local.get $23
        i32.mul
        local.get $11
        local.get $19
        i32.mul
        i32.add
        local.get $5
        i32.mul
        local.get $12
        local.get $20
        i32.mul
        i32.add
        local.get $6
        i32.mul
        i32.const 2
        i32.shl
        local.set $26
        local.get $1
        local.get $7
        local.get $23
        i32.mul
        local.get $19
        i32.add
        local.get $8
        i32.mul
        local.get $20
        i32.add
        local.get $6
        i32.mul
        i32.const 2
        i32.shl
        i32.add
        local.set $25
        i32.const 0
        local.set $21
        loop $for-loop|3
         local.get $6
         local.get $21
         i32.gt_s
         if
          local.get $26
          local.get $24
          local.get $21
          local.get $21
          local.get $24
          i32.gt_s
          select
          local.tee $28
          i32.const 2
          i32.shl
          local.tee $13
          i32.add
          local.set $27
          block $for-continue|3
           local.get $10
           i32.const 2
           i32.eq
           local.get $9
           i32.const 2
           i32.eq
           i32.and
           if
            local.get $0
            local.get $27
            i32.add
            local.tee $14
            local.get $22
            i32.add
            local.set $16
            local.get $2
            local.get $27
            i32.add
            local.tee $17
            local.get $22
            i32.add
            local.set $27
            local.get $17
            local.get $13
            local.get $25
            i32.add
            v128.load
            local.tee $18
            local.get $14
            v128.load
            local.tee $15
            v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
            f32x4.gt
            local.tee $29
            local.get $14
            local.get $6
            i32.const 2
            i32.shl
            local.tee $13
            i32.add
            v128.load
            local.tee $30
            local.get $15
            v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
            local.get $29
            v128.bitselect
            local.tee $29
            f32x4.gt
            local.tee $15
            v128.andnot
            local.get $16
            v128.load
            local.tee $31
            local.get $30
            local.get $29
            local.get $15
            v128.bitselect
            local.tee $29
            f32x4.gt
            local.tee $30
            v128.andnot
            local.get $13
            local.get $16
            i32.add
            v128.load
            local.get $31
            local.get $29
            local.get $30
            v128.bitselect
            f32x4.gt
            local.tee $29
            v128.andnot
            v128.and
            v128.store
            local.get $13
            local.get $17
            i32.add
            local.get $18
            local.get $15
            local.get $30
            v128.andnot
            local.get $29
            v128.andnot
            v128.and
            v128.store
            local.get $27
            local.get $18
            local.get $30
            local.get $29
            v128.andnot
            v128.and
            v128.store
            local.get $13
            local.get $27
            i32.add
            local.get $18
            local.get $29
            v128.and
            v128.store
            br $for-continue|3
           end
           v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
           local.set $18
           v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
           local.set $15
           i32.const 0
           local.set $13
           i32.const 0
           local.set $14
           loop $for-loop|4
            local.get $9
            local.get $14
            i32.gt_s
            if
             local.get $0
             local.get $27
             i32.add
             local.get $14
             local.get $22
             i32.mul
             i32.add
             local.set $16
             i32.const 0
             local.set $17
             loop $for-loop|5
              local.get $10
              local.get $17
              i32.gt_s
              if
               local.get $16
               v128.load
               local.tee $29
               local.get $18
               f32x4.gt
               local.set $30
               local.get $29
               local.get $18
               local.get $30
               v128.bitselect
               local.set $18
               local.get $13
               i32x4.splat
               local.get $15
               local.get $30
               v128.bitselect
               local.set $15
               local.get $16
               local.get $6
               i32.const 2
               i32.shl
               i32.add
               local.set $16
               local.get $13
               i32.const 1
               i32.add
               local.set $13
               local.get $17
               i32.const 1
               i32.add
               local.set $17
               br $for-loop|5
              end
             end
             local.get $14
             i32.const 1
             i32.add
             local.set $14
             br $for-loop|4
            end
           end
           local.get $25
           local.get $28
           i32.const 2
           i32.shl
           i32.add
           v128.load
           local.set $18
           i32.const 0
           local.set $13
           i32.const 0
           local.set $14
           loop $for-loop|6
            local.get $9
            local.get $14
            i32.gt_s
            if
             local.get $2
             local.get $27
             i32.add
             local.get $14
             local.get $22
             i32.mul
             i32.add
             local.set $16
             i32.const 0
             local.set $17
             loop $for-loop|7
              local.get $10
              local.get $17
              i32.gt_s
              if
               local.get $16
               local.get $18
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $15
               local.get $13
               i32x4.splat
               i32x4.eq
               v128.bitselect
               v128.store
               local.get $16
               local.get $6
               i32.const 2
               i32.shl
               i32.add
               local.set $16
               local.get $13
               i32.const 1
               i32.add
               local.set $13
               local.get $17
               i32.const 1
               i32.add
               local.set $17
               br $for-loop|7
              end
             end
             local.get $14
             i32.const 1
             i32.add
             local.set $14
             br $for-loop|6
            end
           end
          end
          local.get $21
          i32.const 4
          i32.add
          local.set $21
          br $for-loop|3
         end
        end
        local.get $20
        i32.const 1
        i32.add
        local.set $20
        br $for-loop|2
       end
      end
      local.get $19
      i32.const 1
      i32.add
      local.set $19
      br $for-loop|1
     end
    end
    local.get $23
    i32.const 1
    i32.add
    local.set $23
    br $for-loop|0
   end
  end
 )
 (func $scripts/wasm/poolKernels/maxPoolDisjoint (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 v128)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  local.get $5
  i32.const 4
  i32.sub
  local.set $22
  local.get $4
  local.get $5
  i32.mul
  i32.const 2
  i32.shl
  local.set $23
  local.get $5
  i32.const 2
  i32.shl
  local.set $19
  loop $for-loop|0
   local.get $2
   local.get $16
   i32.gt_s
   if
    i32.const 0
    local.set $13
    loop $for-loop|1
     local.get $6
     local.get $13
     i32.gt_s
     if
      i32.const 0
      local.set $14
      loop $for-loop|2
       local.get $7
       local.get $14
       i32.gt_s
       if
        local.get $0
        local.get $3
        local.get $16
        i32.mul
        local.get $10
        local.get $13
        i32.mul
        i32.add
        local.get $4
        i32.mul
        local.get $11
        local.get $14
        i32.mul
        i32.add
        local.get $5
        i32.mul
        i32.const 2
        i32.shl
        i32.add
        local.set $24
        local.get $1
        local.get $6
        local.get $16
        i32.mul
        local.get $13
        i32.add
        local.get $7
        i32.mul
        local.get $14
        i32.add
        local.get $5
        i32.mul
        i32.const 2
        i32.shl
        i32.add
        local.set $25
        i32.const 0
        local.set $15
        loop $for-loop|3
         local.get $5
         local.get $15
         i32.gt_s
         if
          local.get $24
          local.get $22
          local.get $15
          local.get $15
          local.get $22
          i32.gt_s
          select
          i32.const 2
          i32.shl
          local.tee $26
          i32.add
          local.set $17
          v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
          local.set $18
          local.get $9
          i32.const 2
          i32.eq
          local.get $8
          i32.const 2
          i32.eq
          i32.and
          if
           v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
           local.get $17
           v128.load
           f32x4.pmax
           local.get $17
           local.get $19
           i32.add
           v128.load
           f32x4.pmax
           local.get $17
           local.get $23
           i32.add
           local.tee $12
           v128.load
           f32x4.pmax
           local.get $12
           local.get $19
           i32.add
           v128.load
           f32x4.pmax
           local.set $18
          else
           i32.const 0
           local.set $12
           loop $for-loop|4
            local.get $8
            local.get $12
            i32.gt_s
            if
             local.get $17
             local.get $12
             local.get $23
             i32.mul
             i32.add
             local.set $20
             i32.const 0
             local.set $21
             loop $for-loop|5
              local.get $9
              local.get $21
              i32.gt_s
              if
               local.get $18
               local.get $20
               v128.load
               f32x4.pmax
               local.set $18
               local.get $19
               local.get $20
               i32.add
               local.set $20
               local.get $21
               i32.const 1
               i32.add
               local.set $21
               br $for-loop|5
              end
             end
             local.get $12
             i32.const 1
             i32.add
             local.set $12
             br $for-loop|4
            end
           end
          end
          local.get $25
          local.get $26
          i32.add
          local.get $18
          v128.store
          local.get $15
          i32.const 4
          i32.add
          local.set $15
          br $for-loop|3
         end
        end
        local.get $14
        i32.const 1
        i32.add
        local.set $14
        br $for-loop|2
       end
      end
      local.get $13
      i32.const 1
      i32.add
      local.set $13
      br $for-loop|1
     end
    end
    local.get $16
    i32.const 1
    i32.add
    local.set $16
    br $for-loop|0
   end
  end
 )
 (func $scripts/wasm/oneToSixKernels/threeTaps (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  local.get $2
  v128.load
  local.set $6
  local.get $2
  v128.load offset=16
  local.set $7
  local.get $2
  v128.load offset=32
  local.set $12
  local.get $2
  v128.load offset=48
  local.set $8
  local.get $2
  v128.load offset=64
  local.set $9
  local.get $2
  v128.load offset=80
  local.set $13
  local.get $2
  v128.load offset=96
  local.set $10
  local.get $2
  v128.load offset=112
  local.set $11
  local.get $2
  v128.load offset=128
  local.set $14
  local.get $5
  i32.const 1
  i32.shr_s
  local.set $17
  local.get $3
  i32.const 2
  i32.shl
  local.set $18
  loop $for-loop|0
   local.get $4
   local.get $16
   i32.gt_s
   if
    local.get $0
    local.set $3
    i32.const 0
    local.set $15
    loop $for-loop|1
     local.get $15
     local.get $17
     i32.lt_s
     if
      local.get $6
      local.get $3
      v128.load
      local.tee $20
      local.get $20
      i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
      local.get $1
      v128.load
      local.tee $21
      f32x4.mul
      f32x4.add
      local.set $6
      local.get $8
      local.get $20
      local.get $20
      i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
      local.tee $19
      local.get $21
      f32x4.mul
      f32x4.add
      local.set $8
      local.get $10
      local.get $20
      local.get $20
      i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11
      local.tee $22
      local.get $21
      f32x4.mul
      f32x4.add
      local.set $10
      local.get $7
      local.get $20
      local.get $20
      i8x16.shuffle 0 1 2 3 0 1 2 3 4 5 6 7 4 5 6 7
      local.get $1
      v128.load offset=16
      local.tee $21
      f32x4.mul
      f32x4.add
      local.set $7
      local.get $9
      local.get $20
      local.get $20
      i8x16.shuffle 4 5 6 7 4 5 6 7 8 9 10 11 8 9 10 11
      local.get $21
      f32x4.mul
      f32x4.add
      local.set $9
      local.get $11
      local.get $20
      local.get $20
      i8x16.shuffle 8 9 10 11 8 9 10 11 12 13 14 15 12 13 14 15
      local.get $21
      f32x4.mul
      f32x4.add
      local.set $11
      local.get $12
      local.get $19
      local.get $1
      v128.load offset=32
      local.tee $19
      f32x4.mul
      f32x4.add
      local.set $12
      local.get $13
      local.get $22
      local.get $19
      f32x4.mul
      f32x4.add
      local.set $13
      local.get $14
      local.get $20
      local.get $20
      i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15
      local.get $19
      f32x4.mul
      f32x4.add
      local.set $14
      local.get $3
      i32.const 8
      i32.add
      local.set $3
      local.get $1
      i32.const 48
      i32.add
      local.set $1
      local.get $15
      i32.const 1
      i32.add
      local.set $15
      br $for-loop|1
     end
    end
    local.get $5
    i32.const 1
    i32.and
    if
     local.get $6
     local.get $3
     v128.load32_splat
     local.tee $19
     local.get $1
     v128.load
     local.tee $20
     f32x4.mul
     f32x4.add
     local.set $6
     local.get $7
     local.get $19
     local.get $1
     i32.const 16
     i32.add
     v128.load64_zero
     local.tee $19
     f32x4.mul
     f32x4.add
     local.set $7
     local.get $8
     local.get $3
     v128.load32_splat offset=4
     local.tee $21
     local.get $20
     f32x4.mul
     f32x4.add
     local.set $8
     local.get $9
     local.get $21
     local.get $19
     f32x4.mul
     f32x4.add
     local.set $9
     local.get $10
     local.get $3
     v128.load32_splat offset=8
     local.tee $21
     local.get $20
     f32x4.mul
     f32x4.add
     local.set $10
     local.get $11
     local.get $21
     local.get $19
     f32x4.mul
     f32x4.add
     local.set $11
     local.get $1
     i32.const 24
     i32.add
     local.set $1
    end
    local.get $0
    local.get $18
    i32.add
    local.set $0
    local.get $16
    i32.const 1
    i32.add
    local.set $16
    br $for-loop|0
   end
  end
  local.get $2
  local.get $6
  v128.store
  local.get $2
  local.get $7
  v128.store offset=16
  local.get $2
  local.get $12
  v128.store offset=32
  local.get $2
  local.get $8
  v128.store offset=48
  local.get $2
  local.get $9
  v128.store offset=64
  local.get $2
  local.get $13
  v128.store offset=80
  local.get $2
  local.get $10
  v128.store offset=96
  local.get $2
  local.get $11
  v128.store offset=112
  local.get $2
  local.get $14
  v128.store offset=128
 )
 (func $scripts/wasm/oneToSixKernels/oneTap (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 v128)
  local.get $2
  v128.load
  local.set $8
  local.get $2
  v128.load offset=16
  local.set $9
  local.get $2
  v128.load offset=32
  local.set $10
  local.get $5
  i32.const 1
  i32.shr_s
  local.set $14
  local.get $3
  i32.const 2
  i32.shl
  local.set $16
  local.get $1
  local.set $3
  loop $for-loop|0
   local.get $4
   local.get $15
   i32.gt_s
   if
    local.get $0
    local.set $7
    i32.const 0
    local.set $1
    loop $for-loop|1
     local.get $1
     i32.const 2
     i32.add
     local.tee $6
     local.get $14
     i32.le_s
     if
      local.get $8
      local.get $7
      v128.load
      local.tee $17
      local.get $17
      i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
      local.get $3
      v128.load
      f32x4.mul
      f32x4.add
      local.set $8
      local.get $9
      local.get $17
      local.get $17
      i8x16.shuffle 0 1 2 3 0 1 2 3 4 5 6 7 4 5 6 7
      local.get $3
      v128.load offset=16
      f32x4.mul
      f32x4.add
      local.set $9
      local.get $10
      local.get $17
      local.get $17
      i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
      local.get $3
      v128.load offset=32
      f32x4.mul
      f32x4.add
      local.set $10
      local.get $11
      local.get $17
      local.get $17
      i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11
      local.get $3
      v128.load offset=48
      f32x4.mul
      f32x4.add
      local.set $11
      local.get $12
      local.get $17
      local.get $17
      i8x16.shuffle 8 9 10 11 8 9 10 11 12 13 14 15 12 13 14 15
      local.get $3
      v128.load offset=64
      f32x4.mul
      f32x4.add
      local.set $12
      local.get $13
      local.get $17
      local.get $17
      i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15
      local.get $3
      v128.load offset=80
      f32x4.mul
      f32x4.add
      local.set $13
      local.get $7
      i32.const 16
      i32.add
      local.set $7
      local.get $3
      i32.const 96
      i32.add
      local.set $3
      local.get $6
      local.set $1
      br $for-loop|1
     end
    end
    loop $for-loop|2
     local.get $1
     local.get $14
     i32.lt_s
     if
      local.get $8
      local.get $7
      v128.load64_splat
      local.tee $17
      local.get $17
      i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
      local.get $3
      v128.load
      f32x4.mul
      f32x4.add
      local.set $8
      local.get $9
      local.get $17
      local.get $17
      i8x16.shuffle 0 1 2 3 0 1 2 3 4 5 6 7 4 5 6 7
      local.get $3
      v128.load offset=16
      f32x4.mul
      f32x4.add
      local.set $9
      local.get $10
      local.get $17
      local.get $17
      i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
      local.get $3
      v128.load offset=32
      f32x4.mul
      f32x4.add
      local.set $10
      local.get $7
      i32.const 8
      i32.add
      local.set $7
      local.get $3
      i32.const 48
      i32.add
      local.set $3
      local.get $1
      i32.const 1
      i32.add
      local.set $1
      br $for-loop|2
     end
    end
    local.get $5
    i32.const 1
    i32.and
    if
     local.get $8
     local.get $7
     v128.load32_splat
     local.tee $17
     local.get $3
     v128.load
     f32x4.mul
     f32x4.add
     local.set $8
     local.get $9
     local.get $17
     local.get $3
     i32.const 16
     i32.add
     v128.load64_zero
     f32x4.mul
     f32x4.add
     local.set $9
     local.get $3
     i32.const 24
     i32.add
     local.set $3
    end
    local.get $0
    local.get $16
    i32.add
    local.set $0
    local.get $15
    i32.const 1
    i32.add
    local.set $15
    br $for-loop|0
   end
  end
  local.get $2
  local.get $8
  local.get $11
  f32x4.add
  v128.store
  local.get $2
  local.get $9
  local.get $12
  f32x4.add
  v128.store offset=16
  local.get $2
  local.get $10
  local.get $13
  f32x4.add
  v128.store offset=32
 )
 (func $scripts/wasm/oneToSixKernels/conv2dOneToSixBiasRelu (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32)
  (local $12 v128)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 v128)
  (local $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  local.get $0
  local.set $9
  local.get $6
  i32.const 2
  i32.shl
  local.set $26
  loop $for-loop|0
   local.get $4
   local.get $27
   i32.gt_s
   if
    i32.const 0
    local.set $22
    loop $for-loop|1
     local.get $7
     local.get $22
     i32.gt_s
     if
      local.get $9
      local.get $5
      local.get $27
      i32.mul
      local.get $22
      i32.add
      local.get $6
      i32.mul
      i32.const 2
      i32.shl
      i32.add
      local.set $28
      local.get $3
      local.get $7
      local.get $27
      i32.mul
      local.get $22
      i32.add
      local.get $8
      i32.mul
      i32.const 24
      i32.mul
      i32.add
      local.set $29
      i32.const 0
      local.set $14
      loop $for-loop|2
       local.get $14
       i32.const 6
       i32.add
       local.get $8
       i32.le_s
       if
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $16
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $12
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $18
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $19
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $20
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $21
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $23
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $24
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $25
        local.get $1
        local.set $0
        i32.const 0
        local.set $13
        loop $for-loop|3
         local.get $10
         local.get $13
         i32.gt_s
         if
          local.get $28
          local.get $13
          local.get $26
          i32.mul
          i32.add
          local.get $14
          i32.const 2
          i32.shl
          i32.add
          local.set $15
          i32.const 0
          local.set $17
          loop $for-loop|4
           local.get $11
           local.get $17
           i32.gt_s
           if
            local.get $16
            local.get $15
            v128.load
            local.tee $32
            local.get $32
            i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
            local.get $0
            v128.load
            local.tee $33
            f32x4.mul
            f32x4.add
            local.set $16
            local.get $12
            local.get $32
            local.get $32
            i8x16.shuffle 0 1 2 3 0 1 2 3 4 5 6 7 4 5 6 7
            local.get $0
            v128.load offset=16
            local.tee $30
            f32x4.mul
            f32x4.add
            local.set $12
            local.get $18
            local.get $32
            local.get $32
            i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
            local.get $0
            v128.load offset=32
            local.tee $31
            f32x4.mul
            f32x4.add
            local.set $18
            local.get $19
            local.get $32
            local.get $32
            i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11
            local.get $33
            f32x4.mul
            f32x4.add
            local.set $19
            local.get $20
            local.get $32
            local.get $32
            i8x16.shuffle 8 9 10 11 8 9 10 11 12 13 14 15 12 13 14 15
            local.get $30
            f32x4.mul
            f32x4.add
            local.set $20
            local.get $21
            local.get $32
            local.get $32
            i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15
            local.get $31
            f32x4.mul
            f32x4.add
            local.set $21
            local.get $23
            local.get $15
            i32.const 16
            i32.add
            v128.load64_zero
            local.tee $32
            local.get $32
            i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
            local.get $33
            f32x4.mul
            f32x4.add
            local.set $23
            local.get $24
            local.get $32
            local.get $32
            i8x16.shuffle 0 1 2 3 0 1 2 3 4 5 6 7 4 5 6 7
            local.get $30
            f32x4.mul
            f32x4.add
            local.set $24
            local.get $25
            local.get $32
            local.get $32
            i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
            local.get $31
            f32x4.mul
            f32x4.add
            local.set $25
            local.get $15
            i32.const 4
            i32.add
            local.set $15
            local.get $0
            i32.const 48
            i32.add
            local.set $0
            local.get $17
            i32.const 1
            i32.add
            local.set $17
            br $for-loop|4
           end
          end
          local.get $13
          i32.const 1
          i32.add
          local.set $13
          br $for-loop|3
         end
        end
        local.get $29
        local.get $14
        i32.const 24
        i32.mul
        i32.add
        local.tee $0
        local.get $16
        local.get $2
        v128.load
        f32x4.add
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.pmax
        v128.store
        local.get $0
        local.get $12
        local.get $2
        v128.load offset=16
        f32x4.add
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.pmax
        v128.store offset=16
        local.get $0
        local.get $18
        local.get $2
        v128.load offset=32
        f32x4.add
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.pmax
        v128.store offset=32
        local.get $0
        local.get $19
        local.get $2
        v128.load
        f32x4.add
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.pmax
        v128.store offset=48
        local.get $0
        i32.const -64
        i32.sub
        local.get $20
        local.get $2
        v128.load offset=16
        f32x4.add
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.pmax
        v128.store
        local.get $0
        local.get $21
        local.get $2
        v128.load offset=32
        f32x4.add
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.pmax
        v128.store offset=80
        local.get $0
        local.get $23
        local.get $2
        v128.load
        f32x4.add
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.pmax
        v128.store offset=96
        local.get $0
        local.get $24
        local.get $2
        v128.load offset=16
        f32x4.add
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.pmax
        v128.store offset=112
        local.get $0
        local.get $25
        local.get $2
        v128.load offset=32
        f32x4.add
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.pmax
        v128.store offset=128
        local.get $14
        i32.const 6
        i32.add
        local.set $14
        br $for-loop|2
       end
      end
      loop $for-loop|5
       local.get $14
       i32.const 4
       i32.add
       local.get $8
       i32.le_s
       if
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $16
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $12
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $18
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $19
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $20
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $21
        local.get $1
        local.set $0
        i32.const 0
        local.set $13
        loop $for-loop|6
         local.get $10
         local.get $13
         i32.gt_s
         if
          local.get $28
          local.get $13
          local.get $26
          i32.mul
          i32.add
          local.get $14
          i32.const 2
          i32.shl
          i32.add
          local.set $15
          i32.const 0
          local.set $17
          loop $for-loop|7
           local.get $11
           local.get $17
           i32.gt_s
           if
            local.get $16
            local.get $15
            v128.load
            local.tee $23
            local.get $23
            i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
            local.get $0
            v128.load
            local.tee $24
            f32x4.mul
            f32x4.add
            local.set $16
            local.get $12
            local.get $23
            local.get $23
            i8x16.shuffle 0 1 2 3 0 1 2 3 4 5 6 7 4 5 6 7
            local.get $0
            v128.load offset=16
            local.tee $25
            f32x4.mul
            f32x4.add
            local.set $12
            local.get $18
            local.get $23
            local.get $23
            i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
            local.get $0
            v128.load offset=32
            local.tee $30
            f32x4.mul
            f32x4.add
            local.set $18
            local.get $19
            local.get $23
            local.get $23
            i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11
            local.get $24
            f32x4.mul
            f32x4.add
            local.set $19
            local.get $20
            local.get $23
            local.get $23
            i8x16.shuffle 8 9 10 11 8 9 10 11 12 13 14 15 12 13 14 15
            local.get $25
            f32x4.mul
            f32x4.add
            local.set $20
            local.get $21
            local.get $23
            local.get $23
            i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15
            local.get $30
            f32x4.mul
            f32x4.add
            local.set $21
            local.get $15
            i32.const 4
            i32.add
            local.set $15
            local.get $0
            i32.const 48
            i32.add
            local.set $0
            local.get $17
            i32.const 1
            i32.add
            local.set $17
            br $for-loop|7
           end
          end
          local.get $13
          i32.const 1
          i32.add
          local.set $13
          br $for-loop|6
         end
        end
        local.get $29
        local.get $14
        i32.const 24
        i32.mul
        i32.add
        local.tee $0
        local.get $16
        local.get $2
        v128.load
        f32x4.add
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.pmax
        v128.store
        local.get $0
        local.get $12
        local.get $2
        v128.load offset=16
        f32x4.add
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.pmax
        v128.store offset=16
        local.get $0
        local.get $18
        local.get $2
        v128.load offset=32
        f32x4.add
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.pmax
        v128.store offset=32
        local.get $0
        local.get $19
        local.get $2
        v128.load
        f32x4.add
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.pmax
        v128.store offset=48
        local.get $0
        i32.const -64
        i32.sub
        local.get $20
        local.get $2
        v128.load offset=16
        f32x4.add
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.pmax
        v128.store
        local.get $0
        local.get $21
        local.get $2
        v128.load offset=32
        f32x4.add
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.pmax
        v128.store offset=80
        local.get $14
        i32.const 4
        i32.add
        local.set $14
        br $for-loop|5
       end
      end
      loop $for-loop|8
       local.get $14
       i32.const 2
       i32.add
       local.get $8
       i32.le_s
       if
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $16
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $12
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $18
        local.get $1
        local.set $0
        i32.const 0
        local.set $13
        loop $for-loop|9
         local.get $10
         local.get $13
         i32.gt_s
         if
          local.get $28
          local.get $13
          local.get $26
          i32.mul
          i32.add
          local.get $14
          i32.const 2
          i32.shl
          i32.add
          local.set $15
          i32.const 0
          local.set $17
          loop $for-loop|10
           local.get $11
           local.get $17
           i32.gt_s
           if
            local.get $16
            local.get $15
            v128.load64_zero
            local.tee $19
            local.get $19
            i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
            local.get $0
            v128.load
            f32x4.mul
            f32x4.add
            local.set $16
            local.get $12
            local.get $19
            local.get $19
            i8x16.shuffle 0 1 2 3 0 1 2 3 4 5 6 7 4 5 6 7
            local.get $0
            v128.load offset=16
            f32x4.mul
            f32x4.add
            local.set $12
            local.get $18
            local.get $19
            local.get $19
            i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
            local.get $0
            v128.load offset=32
            f32x4.mul
            f32x4.add
            local.set $18
            local.get $15
            i32.const 4
            i32.add
            local.set $15
            local.get $0
            i32.const 48
            i32.add
            local.set $0
            local.get $17
            i32.const 1
            i32.add
            local.set $17
            br $for-loop|10
           end
          end
          local.get $13
          i32.const 1
          i32.add
          local.set $13
          br $for-loop|9
         end
        end
        local.get $29
        local.get $14
        i32.const 24
        i32.mul
        i32.add
        local.tee $0
        local.get $16
        local.get $2
        v128.load
        f32x4.add
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.pmax
        v128.store
        local.get $0
        local.get $12
        local.get $2
        v128.load offset=16
        f32x4.add
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.pmax
        v128.store offset=16
        local.get $0
        local.get $18
        local.get $2
        v128.load offset=32
        f32x4.add
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.pmax
        v128.store offset=32
        local.get $14
        i32.const 2
        i32.add
        local.set $14
        br $for-loop|8
       end
      end
      local.get $8
      local.get $14
      i32.gt_s
      if
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $12
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $16
       local.get $1
       local.set $0
       i32.const 0
       local.set $13
       loop $for-loop|11
        local.get $10
        local.get $13
        i32.gt_s
        if
         local.get $28
         local.get $13
         local.get $26
         i32.mul
         i32.add
         local.get $14
         i32.const 2
         i32.shl
         i32.add
         local.set $15
         i32.const 0
         local.set $17
         loop $for-loop|12
          local.get $11
          local.get $17
          i32.gt_s
          if
           local.get $12
           local.get $15
           v128.load32_splat
           local.tee $18
           local.get $0
           v128.load
           f32x4.mul
           f32x4.add
           local.set $12
           local.get $16
           local.get $18
           local.get $0
           v128.load offset=16
           f32x4.mul
           f32x4.add
           local.set $16
           local.get $15
           i32.const 4
           i32.add
           local.set $15
           local.get $0
           i32.const 48
           i32.add
           local.set $0
           local.get $17
           i32.const 1
           i32.add
           local.set $17
           br $for-loop|12
          end
         end
         local.get $13
         i32.const 1
         i32.add
         local.set $13
         br $for-loop|11
        end
       end
       local.get $29
       local.get $14
       i32.const 24
       i32.mul
       i32.add
       local.tee $0
       local.get $12
       local.get $2
       v128.load
       f32x4.add
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       f32x4.pmax
       v128.store
       local.get $0
       i32.const 16
       i32.add
       local.get $16
       local.get $2
       v128.load offset=16
       f32x4.add
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       f32x4.pmax
       v128.store64_lane 0
      end
      local.get $22
      i32.const 1
      i32.add
      local.set $22
      br $for-loop|1
     end
    end
    local.get $27
    i32.const 1
    i32.add
    local.set $27
    br $for-loop|0
   end
  end
 )
 (func $scripts/wasm/oneToSixKernels/conv2dOneToSix (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32)
  (local $11 v128)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 v128)
  (local $16 i32)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  local.get $0
  local.set $8
  local.get $5
  i32.const 2
  i32.shl
  local.set $25
  loop $for-loop|0
   local.get $3
   local.get $26
   i32.gt_s
   if
    i32.const 0
    local.set $21
    loop $for-loop|1
     local.get $6
     local.get $21
     i32.gt_s
     if
      local.get $8
      local.get $4
      local.get $26
      i32.mul
      local.get $21
      i32.add
      local.get $5
      i32.mul
      i32.const 2
      i32.shl
      i32.add
      local.set $27
      local.get $2
      local.get $6
      local.get $26
      i32.mul
      local.get $21
      i32.add
      local.get $7
      i32.mul
      i32.const 24
      i32.mul
      i32.add
      local.set $28
      i32.const 0
      local.set $13
      loop $for-loop|2
       local.get $13
       i32.const 6
       i32.add
       local.get $7
       i32.le_s
       if
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $15
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $11
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $17
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $18
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $19
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $20
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $22
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $23
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $24
        local.get $1
        local.set $0
        i32.const 0
        local.set $12
        loop $for-loop|3
         local.get $9
         local.get $12
         i32.gt_s
         if
          local.get $27
          local.get $12
          local.get $25
          i32.mul
          i32.add
          local.get $13
          i32.const 2
          i32.shl
          i32.add
          local.set $14
          i32.const 0
          local.set $16
          loop $for-loop|4
           local.get $10
           local.get $16
           i32.gt_s
           if
            local.get $15
            local.get $14
            v128.load
            local.tee $31
            local.get $31
            i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
            local.get $0
            v128.load
            local.tee $32
            f32x4.mul
            f32x4.add
            local.set $15
            local.get $11
            local.get $31
            local.get $31
            i8x16.shuffle 0 1 2 3 0 1 2 3 4 5 6 7 4 5 6 7
            local.get $0
            v128.load offset=16
            local.tee $29
            f32x4.mul
            f32x4.add
            local.set $11
            local.get $17
            local.get $31
            local.get $31
            i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
            local.get $0
            v128.load offset=32
            local.tee $30
            f32x4.mul
            f32x4.add
            local.set $17
            local.get $18
            local.get $31
            local.get $31
            i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11
            local.get $32
            f32x4.mul
            f32x4.add
            local.set $18
            local.get $19
            local.get $31
            local.get $31
            i8x16.shuffle 8 9 10 11 8 9 10 11 12 13 14 15 12 13 14 15
            local.get $29
            f32x4.mul
            f32x4.add
            local.set $19
            local.get $20
            local.get $31
            local.get $31
            i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15
            local.get $30
            f32x4.mul
            f32x4.add
            local.set $20
            local.get $22
            local.get $14
            i32.const 16
            i32.add
            v128.load64_zero
            local.tee $31
            local.get $31
            i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
            local.get $32
            f32x4.mul
            f32x4.add
            local.set $22
            local.get $23
            local.get $31
            local.get $31
            i8x16.shuffle 0 1 2 3 0 1 2 3 4 5 6 7 4 5 6 7
            local.get $29
            f32x4.mul
            f32x4.add
            local.set $23
            local.get $24
            local.get $31
            local.get $31
            i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
            local.get $30
            f32x4.mul
            f32x4.add
            local.set $24
            local.get $14
            i32.const 4
            i32.add
            local.set $14
            local.get $0
            i32.const 48
            i32.add
            local.set $0
            local.get $16
            i32.const 1
            i32.add
            local.set $16
            br $for-loop|4
           end
          end
          local.get $12
          i32.const 1
          i32.add
          local.set $12
          br $for-loop|3
         end
        end
        local.get $28
        local.get $13
        i32.const 24
        i32.mul
        i32.add
        local.tee $0
        local.get $15
        v128.store
        local.get $0
        local.get $11
        v128.store offset=16
        local.get $0
        local.get $17
        v128.store offset=32
        local.get $0
        local.get $18
        v128.store offset=48
        local.get $0
        i32.const -64
        i32.sub
        local.get $19
        v128.store
        local.get $0
        local.get $20
        v128.store offset=80
        local.get $0
        local.get $22
        v128.store offset=96
        local.get $0
        local.get $23
        v128.store offset=112
        local.get $0
        local.get $24
        v128.store offset=128
        local.get $13
        i32.const 6
        i32.add
        local.set $13
        br $for-loop|2
       end
      end
      loop $for-loop|5
       local.get $13
       i32.const 4
       i32.add
       local.get $7
       i32.le_s
       if
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $15
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $11
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $17
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $18
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $19
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $20
        local.get $1
        local.set $0
        i32.const 0
        local.set $12
        loop $for-loop|6
         local.get $9
         local.get $12
         i32.gt_s
         if
          local.get $27
          local.get $12
          local.get $25
          i32.mul
          i32.add
          local.get $13
          i32.const 2
          i32.shl
          i32.add
          local.set $14
          i32.const 0
          local.set $16
          loop $for-loop|7
           local.get $10
           local.get $16
           i32.gt_s
           if
            local.get $15
            local.get $14
            v128.load
            local.tee $22
            local.get $22
            i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
            local.get $0
            v128.load
            local.tee $23
            f32x4.mul
            f32x4.add
            local.set $15
            local.get $11
            local.get $22
            local.get $22
            i8x16.shuffle 0 1 2 3 0 1 2 3 4 5 6 7 4 5 6 7
            local.get $0
            v128.load offset=16
            local.tee $24
            f32x4.mul
            f32x4.add
            local.set $11
            local.get $17
            local.get $22
            local.get $22
            i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
            local.get $0
            v128.load offset=32
            local.tee $29
            f32x4.mul
            f32x4.add
            local.set $17
            local.get $18
            local.get $22
            local.get $22
            i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11
            local.get $23
            f32x4.mul
            f32x4.add
            local.set $18
            local.get $19
            local.get $22
            local.get $22
            i8x16.shuffle 8 9 10 11 8 9 10 11 12 13 14 15 12 13 14 15
            local.get $24
            f32x4.mul
            f32x4.add
            local.set $19
            local.get $20
            local.get $22
            local.get $22
            i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15
            local.get $29
            f32x4.mul
            f32x4.add
            local.set $20
            local.get $14
            i32.const 4
            i32.add
            local.set $14
            local.get $0
            i32.const 48
            i32.add
            local.set $0
            local.get $16
            i32.const 1
            i32.add
            local.set $16
            br $for-loop|7
           end
          end
          local.get $12
          i32.const 1
          i32.add
          local.set $12
          br $for-loop|6
         end
        end
        local.get $28
        local.get $13
        i32.const 24
        i32.mul
        i32.add
        local.tee $0
        local.get $15
        v128.store
        local.get $0
        local.get $11
        v128.store offset=16
        local.get $0
        local.get $17
        v128.store offset=32
        local.get $0
        local.get $18
        v128.store offset=48
        local.get $0
        i32.const -64
        i32.sub
        local.get $19
        v128.store
        local.get $0
        local.get $20
        v128.store offset=80
        local.get $13
        i32.const 4
        i32.add
        local.set $13
        br $for-loop|5
       end
      end
      loop $for-loop|8
       local.get $13
       i32.const 2
       i32.add
       local.get $7
       i32.le_s
       if
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $15
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $11
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $17
        local.get $1
        local.set $0
        i32.const 0
        local.set $12
        loop $for-loop|9
         local.get $9
         local.get $12
         i32.gt_s
         if
          local.get $27
          local.get $12
          local.get $25
          i32.mul
          i32.add
          local.get $13
          i32.const 2
          i32.shl
          i32.add
          local.set $14
          i32.const 0
          local.set $16
          loop $for-loop|10
           local.get $10
           local.get $16
           i32.gt_s
           if
            local.get $15
            local.get $14
            v128.load64_zero
            local.tee $18
            local.get $18
            i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3
            local.get $0
            v128.load
            f32x4.mul
            f32x4.add
            local.set $15
            local.get $11
            local.get $18
            local.get $18
            i8x16.shuffle 0 1 2 3 0 1 2 3 4 5 6 7 4 5 6 7
            local.get $0
            v128.load offset=16
            f32x4.mul
            f32x4.add
            local.set $11
            local.get $17
            local.get $18
            local.get $18
            i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
            local.get $0
            v128.load offset=32
            f32x4.mul
            f32x4.add
            local.set $17
            local.get $14
            i32.const 4
            i32.add
            local.set $14
            local.get $0
            i32.const 48
            i32.add
            local.set $0
            local.get $16
            i32.const 1
            i32.add
            local.set $16
            br $for-loop|10
           end
          end
          local.get $12
          i32.const 1
          i32.add
          local.set $12
          br $for-loop|9
         end
        end
        local.get $28
        local.get $13
        i32.const 24
        i32.mul
        i32.add
        local.tee $0
        local.get $15
        v128.store
        local.get $0
        local.get $11
        v128.store offset=16
        local.get $0
        local.get $17
        v128.store offset=32
        local.get $13
        i32.const 2
        i32.add
        local.set $13
        br $for-loop|8
       end
      end
      local.get $7
      local.get $13
      i32.gt_s
      if
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $11
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $15
       local.get $1
       local.set $0
       i32.const 0
       local.set $12
       loop $for-loop|11
        local.get $9
        local.get $12
        i32.gt_s
        if
         local.get $27
         local.get $12
         local.get $25
         i32.mul
         i32.add
         local.get $13
         i32.const 2
         i32.shl
         i32.add
         local.set $14
         i32.const 0
         local.set $16
         loop $for-loop|12
          local.get $10
          local.get $16
          i32.gt_s
          if
           local.get $11
           local.get $14
           v128.load32_splat
           local.tee $17
           local.get $0
           v128.load
           f32x4.mul
           f32x4.add
           local.set $11
           local.get $15
           local.get $17
           local.get $0
           v128.load offset=16
           f32x4.mul
           f32x4.add
           local.set $15
           local.get $14
           i32.const 4
           i32.add
           local.set $14
           local.get $0
           i32.const 48
           i32.add
           local.set $0
           local.get $16
           i32.const 1
           i32.add
           local.set $16
           br $for-loop|12
          end
         end
         local.get $12
         i32.const 1
         i32.add
         local.set $12
         br $for-loop|11
        end
       end
       local.get $28
       local.get $13
       i32.const 24
       i32.mul
       i32.add
       local.tee $0
       local.get $11
       v128.store
       local.get $0
       i32.const 16
       i32.add
       local.get $15
       v128.store64_lane 0
      end
      local.get $21
      i32.const 1
      i32.add
      local.set $21
      br $for-loop|1
     end
    end
    local.get $26
    i32.const 1
    i32.add
    local.set $26
    br $for-loop|0
   end
  end
 )
 (func $scripts/wasm/oneToSixKernels/conv2dFilterGradOneToSix (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 v128)
  (local $16 i32)
  (local $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 v128)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  local.get $3
  i32.const 0
  local.get $9
  local.get $10
  i32.mul
  local.tee $28
  i32.const 48
  i32.mul
  memory.fill
  local.get $5
  local.get $6
  i32.mul
  i32.const 2
  i32.shl
  local.set $29
  local.get $7
  local.get $8
  i32.mul
  i32.const 24
  i32.mul
  local.set $30
  loop $for-loop|0
   local.get $4
   local.get $21
   i32.gt_s
   if
    local.get $0
    local.get $21
    local.get $29
    i32.mul
    i32.add
    local.set $23
    local.get $1
    local.get $21
    local.get $30
    i32.mul
    i32.add
    local.set $13
    i32.const 0
    local.set $17
    loop $for-loop|1
     local.get $9
     local.get $17
     i32.gt_s
     if
      i32.const 0
      local.set $5
      loop $for-loop|2
       local.get $5
       i32.const 3
       i32.add
       local.tee $11
       local.get $10
       i32.le_s
       if
        local.get $23
        local.get $6
        local.get $17
        i32.mul
        local.get $5
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.get $13
        local.get $3
        local.get $10
        local.get $17
        i32.mul
        local.get $5
        i32.add
        i32.const 48
        i32.mul
        i32.add
        local.get $6
        local.get $7
        local.get $8
        call $scripts/wasm/oneToSixKernels/threeTaps
        local.get $11
        local.set $5
        br $for-loop|2
       end
      end
      loop $for-loop|3
       local.get $5
       i32.const 2
       i32.add
       local.tee $12
       local.get $10
       i32.le_s
       local.get $5
       i32.const 0
       i32.gt_s
       i32.and
       if
        i32.const 0
        local.set $24
        local.get $3
        local.get $10
        local.get $17
        i32.mul
        local.get $5
        i32.add
        i32.const 48
        i32.mul
        i32.add
        local.tee $16
        v128.load
        local.set $15
        local.get $16
        v128.load offset=16
        local.set $18
        local.get $16
        v128.load offset=32
        local.set $25
        local.get $16
        v128.load offset=48
        local.set $19
        local.get $16
        v128.load offset=64
        local.set $20
        local.get $16
        v128.load offset=80
        local.set $26
        local.get $8
        i32.const 1
        i32.shr_s
        local.set $31
        local.get $6
        i32.const 2
        i32.shl
        local.set $32
        local.get $13
        local.set $11
        local.get $23
        local.get $6
        local.get $17
        i32.mul
        local.get $5
        i32.add
        i32.const 1
        i32.sub
        i32.const 2
        i32.shl
        i32.add
        local.set $14
        loop $for-loop|00
         local.get $7
         local.get $24
         i32.gt_s
         if
          local.get $14
          local.set $5
          i32.const 0
          local.set $27
          loop $for-loop|11
           local.get $27
           local.get $31
           i32.lt_s
           if
            local.get $15
            local.get $5
            v128.load
            local.tee $33
            local.get $33
            i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7
            local.get $11
            v128.load
            local.tee $34
            f32x4.mul
            f32x4.add
            local.set $15
            local.get $19
            local.get $33
            local.get $33
            i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11
            local.tee $35
            local.get $34
            f32x4.mul
            f32x4.add
            local.set $19
            local.get $18
            local.get $33
            local.get $33
            i8x16.shuffle 4 5 6 7 4 5 6 7 8 9 10 11 8 9 10 11
            local.get $11
            v128.load offset=16
            local.tee $34
            f32x4.mul
            f32x4.add
            local.set $18
            local.get $20
            local.get $33
            local.get $33
            i8x16.shuffle 8 9 10 11 8 9 10 11 12 13 14 15 12 13 14 15
            local.get $34
            f32x4.mul
            f32x4.add
            local.set $20
            local.get $25
            local.get $35
            local.get $11
            v128.load offset=32
            local.tee $34
            f32x4.mul
            f32x4.add
            local.set $25
            local.get $26
            local.get $33
            local.get $33
            i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15
            local.get $34
            f32x4.mul
            f32x4.add
            local.set $26
            local.get $5
            i32.const 8
            i32.add
            local.set $5
            local.get $11
            i32.const 48
            i32.add
            local.set $11
            local.get $27
            i32.const 1
            i32.add
            local.set $27
            br $for-loop|11
           end
          end
          local.get $8
          i32.const 1
          i32.and
          if
           local.get $15
           local.get $5
           v128.load32_splat offset=4
           local.tee $33
           local.get $11
           v128.load
           local.tee $34
           f32x4.mul
           f32x4.add
           local.set $15
           local.get $18
           local.get $33
           local.get $11
           i32.const 16
           i32.add
           v128.load64_zero
           local.tee $33
           f32x4.mul
           f32x4.add
           local.set $18
           local.get $19
           local.get $5
           v128.load32_splat offset=8
           local.tee $35
           local.get $34
           f32x4.mul
           f32x4.add
           local.set $19
           local.get $20
           local.get $35
           local.get $33
           f32x4.mul
           f32x4.add
           local.set $20
           local.get $11
           i32.const 24
           i32.add
           local.set $11
          end
          local.get $14
          local.get $32
          i32.add
          local.set $14
          local.get $24
          i32.const 1
          i32.add
          local.set $24
          br $for-loop|00
         end
        end
        local.get $16
        local.get $15
        v128.store
        local.get $16
        local.get $18
        v128.store offset=16
        local.get $16
        local.get $25
        v128.store offset=32
        local.get $16
        local.get $19
        v128.store offset=48
        local.get $16
        local.get $20
        v128.store offset=64
        local.get $16
        local.get $26
        v128.store offset=80
        local.get $12
        local.set $5
        br $for-loop|3
       end
      end
      loop $for-loop|4
       local.get $5
       local.get $10
       i32.lt_s
       if
        local.get $23
        local.get $6
        local.get $17
        i32.mul
        local.get $5
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.get $13
        local.get $3
        local.get $10
        local.get $17
        i32.mul
        local.get $5
        i32.add
        i32.const 48
        i32.mul
        i32.add
        local.get $6
        local.get $7
        local.get $8
        call $scripts/wasm/oneToSixKernels/oneTap
        local.get $5
        i32.const 1
        i32.add
        local.set $5
        br $for-loop|4
       end
      end
      local.get $17
      i32.const 1
      i32.add
      local.set $17
      br $for-loop|1
     end
    end
    local.get $21
    i32.const 1
    i32.add
    local.set $21
    br $for-loop|0
   end
  end
  loop $for-loop|5
   local.get $22
   local.get $28
   i32.lt_s
   if
    local.get $2
    local.get $22
    i32.const 24
    i32.mul
    i32.add
    local.tee $0
    local.get $3
    local.get $22
    i32.const 48
    i32.mul
    i32.add
    local.tee $1
    f32.load
    local.get $1
    f32.load offset=24
    f32.add
    f32.store
    local.get $0
    local.get $1
    f32.load offset=4
    local.get $1
    f32.load offset=28
    f32.add
    f32.store offset=4
    local.get $0
    local.get $1
    f32.load offset=8
    local.get $1
    f32.load offset=32
    f32.add
    f32.store offset=8
    local.get $0
    local.get $1
    f32.load offset=12
    local.get $1
    f32.load offset=36
    f32.add
    f32.store offset=12
    local.get $0
    local.get $1
    f32.load offset=16
    local.get $1
    f32.load offset=40
    f32.add
    f32.store offset=16
    local.get $0
    local.get $1
    f32.load offset=20
    local.get $1
    f32.load offset=44
    f32.add
    f32.store offset=20
    local.get $22
    i32.const 1
    i32.add
    local.set $22
    br $for-loop|5
   end
  end
 )
 (func $scripts/wasm/kernels/squareGrad (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  local.get $2
  i32.const -4
  i32.and
  local.set $6
  loop $for-loop|0
   local.get $4
   local.get $6
   i32.lt_s
   if
    local.get $4
    i32.const 2
    i32.shl
    local.tee $5
    local.get $3
    i32.add
    local.get $0
    local.get $5
    i32.add
    v128.load
    local.get $1
    local.get $5
    i32.add
    v128.load
    v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
    f32x4.mul
    f32x4.mul
    v128.store
    local.get $4
    i32.const 4
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
  loop $for-loop|1
   local.get $2
   local.get $4
   i32.gt_s
   if
    local.get $4
    i32.const 2
    i32.shl
    local.tee $5
    local.get $3
    i32.add
    local.get $0
    local.get $5
    i32.add
    f32.load
    local.get $1
    local.get $5
    i32.add
    f32.load
    f32.const 2
    f32.mul
    f32.mul
    f32.store
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|1
   end
  end
 )
 (func $scripts/wasm/kernels/scaleChannels (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  local.get $3
  i32.const -4
  i32.and
  local.set $8
  loop $for-loop|0
   local.get $2
   local.get $7
   i32.gt_s
   if
    local.get $3
    local.get $7
    i32.mul
    i32.const 2
    i32.shl
    local.set $6
    i32.const 0
    local.set $5
    loop $for-loop|1
     local.get $5
     local.get $8
     i32.lt_s
     if
      local.get $5
      i32.const 2
      i32.shl
      local.tee $9
      local.get $4
      local.get $6
      i32.add
      i32.add
      local.get $0
      local.get $6
      i32.add
      local.get $9
      i32.add
      v128.load
      local.get $1
      local.get $9
      i32.add
      v128.load
      f32x4.mul
      v128.store
      local.get $5
      i32.const 4
      i32.add
      local.set $5
      br $for-loop|1
     end
    end
    loop $for-loop|2
     local.get $3
     local.get $5
     i32.gt_s
     if
      local.get $5
      i32.const 2
      i32.shl
      local.tee $9
      local.get $4
      local.get $6
      i32.add
      i32.add
      local.get $0
      local.get $6
      i32.add
      local.get $9
      i32.add
      f32.load
      local.get $1
      local.get $9
      i32.add
      f32.load
      f32.mul
      f32.store
      local.get $5
      i32.const 1
      i32.add
      local.set $5
      br $for-loop|2
     end
    end
    local.get $7
    i32.const 1
    i32.add
    local.set $7
    br $for-loop|0
   end
  end
 )
 (func $scripts/wasm/kernels/reluGrad (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  local.get $2
  i32.const -4
  i32.and
  local.set $6
  loop $for-loop|0
   local.get $4
   local.get $6
   i32.lt_s
   if
    local.get $4
    i32.const 2
    i32.shl
    local.tee $5
    local.get $3
    i32.add
    local.get $0
    local.get $5
    i32.add
    v128.load
    local.get $1
    local.get $5
    i32.add
    v128.load
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    f32x4.gt
    v128.and
    v128.store
    local.get $4
    i32.const 4
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
  loop $for-loop|1
   local.get $2
   local.get $4
   i32.gt_s
   if
    local.get $4
    i32.const 2
    i32.shl
    local.tee $5
    local.get $3
    i32.add
    local.get $0
    local.get $5
    i32.add
    f32.load
    f32.const 0
    local.get $1
    local.get $5
    i32.add
    f32.load
    f32.const 0
    f32.gt
    select
    f32.store
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|1
   end
  end
 )
 (func $scripts/wasm/kernels/maxPoolGrad (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32) (param $16 i32)
  (local $17 i32)
  (local $18 v128)
  (local $19 f32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 v128)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 v128)
  (local $32 i32)
  (local $33 v128)
  (local $34 f32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  local.get $2
  i32.const 0
  local.get $3
  local.get $4
  i32.mul
  local.get $5
  i32.mul
  local.get $6
  i32.mul
  i32.const 2
  i32.shl
  memory.fill
  local.get $6
  i32.const -4
  i32.and
  local.set $32
  loop $for-loop|0
   local.get $3
   local.get $26
   i32.gt_s
   if
    local.get $4
    local.get $26
    i32.mul
    local.get $5
    i32.mul
    local.get $6
    i32.mul
    local.set $27
    i32.const 0
    local.set $24
    loop $for-loop|1
     local.get $7
     local.get $24
     i32.gt_s
     if
      local.get $11
      local.get $24
      i32.mul
      local.get $15
      i32.sub
      local.set $28
      i32.const 0
      local.set $25
      loop $for-loop|2
       local.get $8
       local.get $25
       i32.gt_s
       if
        local.get $12
        local.get $25
        i32.mul
        local.get $16
        i32.sub
        local.set $29
        local.get $7
        local.get $26
        i32.mul
        local.get $24
        i32.add
        local.get $8
        i32.mul
        local.get $25
        i32.add
        local.get $6
        i32.mul
        local.set $30
        i32.const 0
        local.set $20
        loop $for-loop|3
         local.get $20
         local.get $32
         i32.lt_s
         if
          v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
          local.set $18
          v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
          local.set $23
          i32.const 0
          local.set $17
          loop $for-loop|4
           local.get $9
           local.get $17
           i32.gt_s
           if
            local.get $28
            local.get $13
            local.get $17
            i32.mul
            i32.add
            local.tee $22
            i32.const 0
            i32.lt_s
            local.get $4
            local.get $22
            i32.le_s
            i32.or
            i32.eqz
            if
             i32.const 0
             local.set $21
             loop $for-loop|5
              local.get $10
              local.get $21
              i32.gt_s
              if
               local.get $29
               local.get $14
               local.get $21
               i32.mul
               i32.add
               local.tee $35
               i32.const 0
               i32.lt_s
               local.get $5
               local.get $35
               i32.le_s
               i32.or
               i32.eqz
               if
                local.get $0
                local.get $27
                local.get $5
                local.get $22
                i32.mul
                local.get $35
                i32.add
                local.get $6
                i32.mul
                i32.add
                local.get $20
                i32.add
                local.tee $35
                i32.const 2
                i32.shl
                i32.add
                v128.load
                local.tee $33
                local.get $18
                f32x4.gt
                local.set $31
                local.get $35
                i32x4.splat
                v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003
                i32x4.add
                local.get $23
                local.get $31
                v128.bitselect
                local.set $23
                local.get $33
                local.get $18
                local.get $31
                v128.bitselect
                local.set $18
               end
               local.get $21
               i32.const 1
               i32.add
               local.set $21
               br $for-loop|5
              end
             end
            end
            local.get $17
            i32.const 1
            i32.add
            local.set $17
            br $for-loop|4
           end
          end
          local.get $1
          local.get $20
          local.get $30
          i32.add
          i32.const 2
          i32.shl
          i32.add
          v128.load
          local.tee $18
          f32x4.extract_lane 0
          local.set $19
          local.get $23
          i32x4.extract_lane 0
          local.tee $17
          i32.const 0
          i32.ge_s
          if
           local.get $2
           local.get $17
           i32.const 2
           i32.shl
           i32.add
           local.tee $17
           local.get $17
           f32.load
           local.get $19
           f32.add
           f32.store
          end
          local.get $23
          i32x4.extract_lane 1
          local.tee $17
          i32.const 0
          i32.ge_s
          if
           local.get $2
           local.get $17
           i32.const 2
           i32.shl
           i32.add
           local.tee $17
           local.get $17
           f32.load
           local.get $18
           f32x4.extract_lane 1
           f32.add
           f32.store
          end
          local.get $23
          i32x4.extract_lane 2
          local.tee $17
          i32.const 0
          i32.ge_s
          if
           local.get $2
           local.get $17
           i32.const 2
           i32.shl
           i32.add
           local.tee $17
           local.get $17
           f32.load
           local.get $18
           f32x4.extract_lane 2
           f32.add
           f32.store
          end
          local.get $23
          i32x4.extract_lane 3
          local.tee $17
          i32.const 0
          i32.ge_s
          if
           local.get $2
           local.get $17
           i32.const 2
           i32.shl
           i32.add
           local.tee $17
           local.get $17
           f32.load
           local.get $18
           f32x4.extract_lane 3
           f32.add
           f32.store
          end
          local.get $20
          i32.const 4
          i32.add
          local.set $20
          br $for-loop|3
         end
        end
        loop $for-loop|6
         local.get $6
         local.get $20
         i32.gt_s
         if
          f32.const -inf
          local.set $19
          i32.const -1
          local.set $17
          i32.const 0
          local.set $21
          loop $for-loop|7
           local.get $9
           local.get $21
           i32.gt_s
           if
            local.get $28
            local.get $13
            local.get $21
            i32.mul
            i32.add
            local.tee $35
            i32.const 0
            i32.lt_s
            local.get $4
            local.get $35
            i32.le_s
            i32.or
            i32.eqz
            if
             i32.const 0
             local.set $22
             loop $for-loop|8
              local.get $10
              local.get $22
              i32.gt_s
              if
               local.get $29
               local.get $14
               local.get $22
               i32.mul
               i32.add
               local.tee $36
               i32.const 0
               i32.lt_s
               local.get $5
               local.get $36
               i32.le_s
               i32.or
               i32.eqz
               if
                local.get $0
                local.get $27
                local.get $5
                local.get $35
                i32.mul
                local.get $36
                i32.add
                local.get $6
                i32.mul
                i32.add
                local.get $20
                i32.add
                local.tee $36
                i32.const 2
                i32.shl
                i32.add
                f32.load
                local.tee $34
                local.get $19
                f32.gt
                local.set $37
                local.get $34
                local.get $19
                local.get $37
                select
                local.set $19
                local.get $36
                local.get $17
                local.get $37
                select
                local.set $17
               end
               local.get $22
               i32.const 1
               i32.add
               local.set $22
               br $for-loop|8
              end
             end
            end
            local.get $21
            i32.const 1
            i32.add
            local.set $21
            br $for-loop|7
           end
          end
          local.get $1
          local.get $20
          local.get $30
          i32.add
          i32.const 2
          i32.shl
          i32.add
          f32.load
          local.set $19
          local.get $17
          i32.const 0
          i32.ge_s
          if
           local.get $2
           local.get $17
           i32.const 2
           i32.shl
           i32.add
           local.tee $17
           local.get $17
           f32.load
           local.get $19
           f32.add
           f32.store
          end
          local.get $20
          i32.const 1
          i32.add
          local.set $20
          br $for-loop|6
         end
        end
        local.get $25
        i32.const 1
        i32.add
        local.set $25
        br $for-loop|2
       end
      end
      local.get $24
      i32.const 1
      i32.add
      local.set $24
      br $for-loop|1
     end
    end
    local.get $26
    i32.const 1
    i32.add
    local.set $26
    br $for-loop|0
   end
  end
 )
 (func $scripts/wasm/kernels/conv2dFilterGrad (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32) (param $16 i32) (param $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 i32)
  (local $27 v128)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 v128)
  (local $55 f32)
  (local $56 i32)
  (local $57 i32)
  (local $58 i32)
  (local $59 i32)
  local.get $2
  i32.const 0
  local.get $10
  local.get $11
  i32.mul
  local.get $6
  i32.mul
  local.get $9
  i32.mul
  i32.const 2
  i32.shl
  memory.fill
  local.get $6
  i32.const -4
  i32.and
  local.set $56
  local.get $9
  i32.const -4
  i32.and
  local.set $23
  local.get $6
  local.get $13
  i32.mul
  i32.const 2
  i32.shl
  local.set $39
  local.get $9
  i32.const 2
  i32.shl
  local.set $40
  local.get $5
  local.get $12
  i32.mul
  local.get $6
  i32.mul
  i32.const 2
  i32.shl
  local.set $41
  local.get $8
  local.get $9
  i32.mul
  i32.const 2
  i32.shl
  local.set $42
  loop $for-loop|0
   local.get $3
   local.get $43
   i32.gt_s
   if
    local.get $1
    local.get $7
    local.get $43
    i32.mul
    local.get $8
    i32.mul
    local.get $9
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    local.set $57
    i32.const 0
    local.set $36
    loop $for-loop|1
     local.get $10
     local.get $36
     i32.gt_s
     if
      local.get $14
      local.get $36
      i32.mul
      local.get $16
      i32.sub
      local.tee $44
      i32.const 0
      i32.ge_s
      if (result i32)
       i32.const 0
      else
       local.get $12
       i32.const 1
       i32.sub
       local.get $44
       i32.sub
       local.get $12
       i32.div_s
      end
      local.set $49
      local.get $4
      i32.const 1
      i32.sub
      local.get $44
      i32.sub
      i32.const 0
      i32.lt_s
      if (result i32)
       i32.const 0
      else
       local.get $7
       local.get $4
       i32.const 1
       i32.sub
       local.get $44
       i32.sub
       local.get $12
       i32.div_s
       i32.const 1
       i32.add
       local.tee $18
       local.get $7
       local.get $18
       i32.lt_s
       select
      end
      local.get $49
      i32.sub
      local.set $37
      i32.const 0
      local.set $38
      loop $for-loop|2
       local.get $11
       local.get $38
       i32.gt_s
       if
        local.get $15
        local.get $38
        i32.mul
        local.get $17
        i32.sub
        local.tee $20
        i32.const 0
        i32.ge_s
        if (result i32)
         i32.const 0
        else
         local.get $13
         i32.const 1
         i32.sub
         local.get $20
         i32.sub
         local.get $13
         i32.div_s
        end
        local.set $19
        local.get $5
        i32.const 1
        i32.sub
        local.get $20
        i32.sub
        i32.const 0
        i32.lt_s
        if (result i32)
         i32.const 0
        else
         local.get $8
         local.get $5
         i32.const 1
         i32.sub
         local.get $20
         i32.sub
         local.get $13
         i32.div_s
         i32.const 1
         i32.add
         local.tee $18
         local.get $8
         local.get $18
         i32.lt_s
         select
        end
        local.get $19
        i32.sub
        local.tee $45
        i32.const 0
        i32.le_s
        local.get $37
        i32.const 0
        i32.le_s
        i32.or
        i32.eqz
        if
         local.get $0
         local.get $4
         local.get $43
         i32.mul
         local.get $12
         local.get $49
         i32.mul
         i32.add
         local.get $44
         i32.add
         local.get $5
         i32.mul
         local.get $13
         local.get $19
         i32.mul
         i32.add
         local.get $20
         i32.add
         local.get $6
         i32.mul
         i32.const 2
         i32.shl
         i32.add
         local.set $46
         local.get $57
         local.get $8
         local.get $49
         i32.mul
         local.get $19
         i32.add
         local.get $9
         i32.mul
         i32.const 2
         i32.shl
         i32.add
         local.set $47
         local.get $2
         local.get $11
         local.get $36
         i32.mul
         local.get $38
         i32.add
         local.get $6
         i32.mul
         local.get $9
         i32.mul
         i32.const 2
         i32.shl
         i32.add
         local.set $48
         local.get $9
         i32.const -8
         i32.and
         local.set $58
         local.get $6
         i32.const -4
         i32.and
         local.set $59
         local.get $9
         i32.const 2
         i32.shl
         local.set $26
         i32.const 0
         local.set $31
         loop $for-loop|3
          local.get $31
          local.get $58
          i32.lt_s
          if
           i32.const 0
           local.set $28
           loop $for-loop|4
            local.get $28
            local.get $59
            i32.lt_s
            if
             local.get $48
             local.get $9
             local.get $28
             i32.mul
             local.get $31
             i32.add
             i32.const 2
             i32.shl
             i32.add
             local.tee $24
             v128.load
             local.set $50
             local.get $24
             v128.load offset=16
             local.set $51
             local.get $24
             local.get $26
             i32.add
             local.tee $18
             v128.load
             local.set $52
             local.get $18
             v128.load offset=16
             local.set $53
             local.get $24
             local.get $26
             i32.const 1
             i32.shl
             i32.add
             local.tee $18
             v128.load
             local.set $32
             local.get $18
             v128.load offset=16
             local.set $33
             local.get $24
             local.get $26
             i32.const 3
             i32.mul
             i32.add
             local.tee $18
             v128.load
             local.set $34
             local.get $18
             v128.load offset=16
             local.set $35
             local.get $46
             local.get $28
             i32.const 2
             i32.shl
             i32.add
             local.set $21
             local.get $47
             local.get $31
             i32.const 2
             i32.shl
             i32.add
             local.set $18
             i32.const 0
             local.set $30
             loop $for-loop|5
              local.get $30
              local.get $37
              i32.lt_s
              if
               local.get $21
               local.set $19
               local.get $18
               local.set $20
               i32.const 0
               local.set $22
               loop $for-loop|6
                local.get $22
                local.get $45
                i32.lt_s
                if
                 local.get $50
                 local.get $19
                 v128.load32_splat
                 local.tee $25
                 local.get $20
                 v128.load
                 local.tee $54
                 f32x4.mul
                 f32x4.add
                 local.set $50
                 local.get $51
                 local.get $25
                 local.get $20
                 v128.load offset=16
                 local.tee $27
                 f32x4.mul
                 f32x4.add
                 local.set $51
                 local.get $52
                 local.get $19
                 i32.const 4
                 i32.add
                 v128.load32_splat
                 local.tee $25
                 local.get $54
                 f32x4.mul
                 f32x4.add
                 local.set $52
                 local.get $53
                 local.get $25
                 local.get $27
                 f32x4.mul
                 f32x4.add
                 local.set $53
                 local.get $32
                 local.get $19
                 i32.const 8
                 i32.add
                 v128.load32_splat
                 local.tee $25
                 local.get $54
                 f32x4.mul
                 f32x4.add
                 local.set $32
                 local.get $33
                 local.get $25
                 local.get $27
                 f32x4.mul
                 f32x4.add
                 local.set $33
                 local.get $34
                 local.get $19
                 i32.const 12
                 i32.add
                 v128.load32_splat
                 local.tee $25
                 local.get $54
                 f32x4.mul
                 f32x4.add
                 local.set $34
                 local.get $35
                 local.get $25
                 local.get $27
                 f32x4.mul
                 f32x4.add
                 local.set $35
                 local.get $19
                 local.get $39
                 i32.add
                 local.set $19
                 local.get $20
                 local.get $40
                 i32.add
                 local.set $20
                 local.get $22
                 i32.const 1
                 i32.add
                 local.set $22
                 br $for-loop|6
                end
               end
               local.get $21
               local.get $41
               i32.add
               local.set $21
               local.get $18
               local.get $42
               i32.add
               local.set $18
               local.get $30
               i32.const 1
               i32.add
               local.set $30
               br $for-loop|5
              end
             end
             local.get $24
             local.get $50
             v128.store
             local.get $24
             local.get $51
             v128.store offset=16
             local.get $24
             local.get $26
             i32.add
             local.tee $18
             local.get $52
             v128.store
             local.get $18
             local.get $53
             v128.store offset=16
             local.get $24
             local.get $26
             i32.const 1
             i32.shl
             i32.add
             local.tee $18
             local.get $32
             v128.store
             local.get $18
             local.get $33
             v128.store offset=16
             local.get $24
             local.get $26
             i32.const 3
             i32.mul
             i32.add
             local.tee $18
             local.get $34
             v128.store
             local.get $18
             local.get $35
             v128.store offset=16
             local.get $28
             i32.const 4
             i32.add
             local.set $28
             br $for-loop|4
            end
           end
           local.get $31
           i32.const 8
           i32.add
           local.set $31
           br $for-loop|3
          end
         end
         i32.const 0
         local.set $31
         loop $for-loop|7
          local.get $23
          local.get $31
          i32.gt_s
          if
           local.get $59
           i32.const 0
           local.get $31
           local.get $58
           i32.lt_s
           select
           local.set $29
           loop $for-loop|8
            local.get $29
            local.get $56
            i32.lt_s
            if
             local.get $48
             local.get $9
             local.get $29
             i32.mul
             local.get $31
             i32.add
             i32.const 2
             i32.shl
             i32.add
             local.tee $26
             v128.load
             local.set $33
             local.get $9
             i32.const 2
             i32.shl
             local.tee $24
             local.get $26
             i32.add
             v128.load
             local.set $34
             local.get $26
             local.get $24
             i32.const 1
             i32.shl
             i32.add
             v128.load
             local.set $35
             local.get $26
             local.get $24
             i32.const 3
             i32.mul
             i32.add
             v128.load
             local.set $27
             local.get $46
             local.get $29
             i32.const 2
             i32.shl
             i32.add
             local.set $20
             local.get $47
             local.get $31
             i32.const 2
             i32.shl
             i32.add
             local.set $21
             i32.const 0
             local.set $30
             loop $for-loop|9
              local.get $30
              local.get $37
              i32.lt_s
              if
               local.get $20
               local.set $19
               local.get $21
               local.set $18
               i32.const 0
               local.set $22
               loop $for-loop|10
                local.get $22
                local.get $45
                i32.lt_s
                if
                 local.get $33
                 local.get $19
                 v128.load32_splat
                 local.get $18
                 v128.load
                 local.tee $25
                 f32x4.mul
                 f32x4.add
                 local.set $33
                 local.get $34
                 local.get $19
                 i32.const 4
                 i32.add
                 v128.load32_splat
                 local.get $25
                 f32x4.mul
                 f32x4.add
                 local.set $34
                 local.get $35
                 local.get $19
                 i32.const 8
                 i32.add
                 v128.load32_splat
                 local.get $25
                 f32x4.mul
                 f32x4.add
                 local.set $35
                 local.get $27
                 local.get $19
                 i32.const 12
                 i32.add
                 v128.load32_splat
                 local.get $25
                 f32x4.mul
                 f32x4.add
                 local.set $27
                 local.get $19
                 local.get $39
                 i32.add
                 local.set $19
                 local.get $18
                 local.get $40
                 i32.add
                 local.set $18
                 local.get $22
                 i32.const 1
                 i32.add
                 local.set $22
                 br $for-loop|10
                end
               end
               local.get $20
               local.get $41
               i32.add
               local.set $20
               local.get $21
               local.get $42
               i32.add
               local.set $21
               local.get $30
               i32.const 1
               i32.add
               local.set $30
               br $for-loop|9
              end
             end
             local.get $26
             local.get $33
             v128.store
             local.get $24
             local.get $26
             i32.add
             local.get $34
             v128.store
             local.get $26
             local.get $24
             i32.const 1
             i32.shl
             i32.add
             local.get $35
             v128.store
             local.get $26
             local.get $24
             i32.const 3
             i32.mul
             i32.add
             local.get $27
             v128.store
             local.get $29
             i32.const 4
             i32.add
             local.set $29
             br $for-loop|8
            end
           end
           loop $for-loop|11
            local.get $6
            local.get $29
            i32.gt_s
            if
             local.get $48
             local.get $9
             local.get $29
             i32.mul
             local.get $31
             i32.add
             i32.const 2
             i32.shl
             i32.add
             local.tee $22
             v128.load
             local.set $27
             local.get $46
             local.get $29
             i32.const 2
             i32.shl
             i32.add
             local.set $19
             local.get $47
             local.get $31
             i32.const 2
             i32.shl
             i32.add
             local.set $20
             i32.const 0
             local.set $28
             loop $for-loop|12
              local.get $28
              local.get $37
              i32.lt_s
              if
               local.get $19
               local.set $21
               local.get $20
               local.set $18
               i32.const 0
               local.set $30
               loop $for-loop|13
                local.get $30
                local.get $45
                i32.lt_s
                if
                 local.get $27
                 local.get $21
                 v128.load32_splat
                 local.get $18
                 v128.load
                 f32x4.mul
                 f32x4.add
                 local.set $27
                 local.get $21
                 local.get $39
                 i32.add
                 local.set $21
                 local.get $18
                 local.get $40
                 i32.add
                 local.set $18
                 local.get $30
                 i32.const 1
                 i32.add
                 local.set $30
                 br $for-loop|13
                end
               end
               local.get $19
               local.get $41
               i32.add
               local.set $19
               local.get $20
               local.get $42
               i32.add
               local.set $20
               local.get $28
               i32.const 1
               i32.add
               local.set $28
               br $for-loop|12
              end
             end
             local.get $22
             local.get $27
             v128.store
             local.get $29
             i32.const 1
             i32.add
             local.set $29
             br $for-loop|11
            end
           end
           local.get $31
           i32.const 4
           i32.add
           local.set $31
           br $for-loop|7
          end
         end
         local.get $23
         local.set $22
         loop $for-loop|14
          local.get $9
          local.get $22
          i32.gt_s
          if
           i32.const 0
           local.set $28
           loop $for-loop|15
            local.get $6
            local.get $28
            i32.gt_s
            if
             local.get $48
             local.get $9
             local.get $28
             i32.mul
             local.get $22
             i32.add
             i32.const 2
             i32.shl
             i32.add
             local.tee $24
             f32.load
             local.set $55
             local.get $46
             local.get $28
             i32.const 2
             i32.shl
             i32.add
             local.set $19
             local.get $47
             local.get $22
             i32.const 2
             i32.shl
             i32.add
             local.set $20
             i32.const 0
             local.set $30
             loop $for-loop|16
              local.get $30
              local.get $37
              i32.lt_s
              if
               local.get $19
               local.set $21
               local.get $20
               local.set $18
               i32.const 0
               local.set $26
               loop $for-loop|17
                local.get $26
                local.get $45
                i32.lt_s
                if
                 local.get $55
                 local.get $21
                 f32.load
                 local.get $18
                 f32.load
                 f32.mul
                 f32.add
                 local.set $55
                 local.get $21
                 local.get $39
                 i32.add
                 local.set $21
                 local.get $18
                 local.get $40
                 i32.add
                 local.set $18
                 local.get $26
                 i32.const 1
                 i32.add
                 local.set $26
                 br $for-loop|17
                end
               end
               local.get $19
               local.get $41
               i32.add
               local.set $19
               local.get $20
               local.get $42
               i32.add
               local.set $20
               local.get $30
               i32.const 1
               i32.add
               local.set $30
               br $for-loop|16
              end
             end
             local.get $24
             local.get $55
             f32.store
             local.get $28
             i32.const 1
             i32.add
             local.set $28
             br $for-loop|15
            end
           end
           local.get $22
           i32.const 1
           i32.add
           local.set $22
           br $for-loop|14
          end
         end
        end
        local.get $38
        i32.const 1
        i32.add
        local.set $38
        br $for-loop|2
       end
      end
      local.get $36
      i32.const 1
      i32.add
      local.set $36
      br $for-loop|1
     end
    end
    local.get $43
    i32.const 1
    i32.add
    local.set $43
    br $for-loop|0
   end
  end
 )
 (func $scripts/wasm/kernels/broadcastRows (param $0 i32) (param $1 i32) (param $2 i32) (param $3 f32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  (local $10 i32)
  local.get $2
  i32.const -4
  i32.and
  local.set $8
  local.get $3
  f32x4.splat
  local.set $9
  loop $for-loop|0
   local.get $1
   local.get $6
   i32.gt_s
   if
    local.get $4
    local.get $2
    local.get $6
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    local.set $7
    i32.const 0
    local.set $5
    loop $for-loop|1
     local.get $5
     local.get $8
     i32.lt_s
     if
      local.get $5
      i32.const 2
      i32.shl
      local.tee $10
      local.get $7
      i32.add
      local.get $0
      local.get $10
      i32.add
      v128.load
      local.get $9
      f32x4.mul
      v128.store
      local.get $5
      i32.const 4
      i32.add
      local.set $5
      br $for-loop|1
     end
    end
    loop $for-loop|2
     local.get $2
     local.get $5
     i32.gt_s
     if
      local.get $5
      i32.const 2
      i32.shl
      local.tee $10
      local.get $7
      i32.add
      local.get $0
      local.get $10
      i32.add
      f32.load
      local.get $3
      f32.mul
      f32.store
      local.get $5
      i32.const 1
      i32.add
      local.set $5
      br $for-loop|2
     end
    end
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|0
   end
  end
 )
 (func $scripts/wasm/kernels/addSame (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  local.get $2
  i32.const -4
  i32.and
  local.set $6
  loop $for-loop|0
   local.get $4
   local.get $6
   i32.lt_s
   if
    local.get $4
    i32.const 2
    i32.shl
    local.tee $5
    local.get $3
    i32.add
    local.get $0
    local.get $5
    i32.add
    v128.load
    local.get $1
    local.get $5
    i32.add
    v128.load
    f32x4.add
    v128.store
    local.get $4
    i32.const 4
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
  loop $for-loop|1
   local.get $2
   local.get $4
   i32.gt_s
   if
    local.get $4
    i32.const 2
    i32.shl
    local.tee $5
    local.get $3
    i32.add
    local.get $0
    local.get $5
    i32.add
    f32.load
    local.get $1
    local.get $5
    i32.add
    f32.load
    f32.add
    f32.store
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|1
   end
  end
 )
 (func $scripts/wasm/kernels/addRelu (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 f32)
  (local $6 i32)
  (local $7 i32)
  local.get $2
  i32.const -4
  i32.and
  local.set $7
  loop $for-loop|0
   local.get $4
   local.get $7
   i32.lt_s
   if
    local.get $4
    i32.const 2
    i32.shl
    local.tee $6
    local.get $3
    i32.add
    local.get $0
    local.get $6
    i32.add
    v128.load
    local.get $1
    local.get $6
    i32.add
    v128.load
    f32x4.add
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    f32x4.pmax
    v128.store
    local.get $4
    i32.const 4
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
  loop $for-loop|1
   local.get $2
   local.get $4
   i32.gt_s
   if
    local.get $4
    i32.const 2
    i32.shl
    local.tee $6
    local.get $0
    i32.add
    f32.load
    local.get $1
    local.get $6
    i32.add
    f32.load
    f32.add
    local.set $5
    local.get $3
    local.get $6
    i32.add
    f32.const 0
    local.get $5
    local.get $5
    f32.const 0
    f32.lt
    select
    f32.store
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|1
   end
  end
 )
 (func $scripts/wasm/kernels/adam (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 f32) (param $6 f32) (param $7 f32) (param $8 f32) (param $9 f32) (param $10 f32) (param $11 f32) (param $12 f32) (param $13 i32) (param $14 i32) (param $15 i32)
  (local $16 i32)
  (local $17 v128)
  (local $18 f32)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 i32)
  (local $28 i32)
  (local $29 v128)
  (local $30 f32)
  local.get $5
  f32x4.splat
  local.set $19
  local.get $6
  f32x4.splat
  local.set $20
  local.get $7
  f32x4.splat
  local.set $21
  local.get $8
  f32x4.splat
  local.set $22
  local.get $9
  f32x4.splat
  local.set $23
  local.get $10
  f32x4.splat
  local.set $24
  local.get $11
  f32x4.splat
  local.set $25
  local.get $12
  f32x4.splat
  local.set $26
  local.get $4
  i32.const -4
  i32.and
  local.set $28
  loop $for-loop|0
   local.get $16
   local.get $28
   i32.lt_s
   if
    local.get $16
    i32.const 2
    i32.shl
    local.tee $27
    local.get $3
    i32.add
    v128.load
    local.set $29
    local.get $2
    local.get $27
    i32.add
    v128.load
    local.get $20
    f32x4.mul
    local.get $29
    local.get $29
    f32x4.mul
    local.get $22
    f32x4.mul
    f32x4.add
    local.set $17
    local.get $14
    local.get $27
    i32.add
    local.get $1
    local.get $27
    i32.add
    v128.load
    local.get $19
    f32x4.mul
    local.get $29
    local.get $21
    f32x4.mul
    f32x4.add
    local.tee $29
    v128.store
    local.get $15
    local.get $27
    i32.add
    local.get $17
    v128.store
    local.get $13
    local.get $27
    i32.add
    local.get $29
    local.get $23
    f32x4.div
    local.get $17
    local.get $24
    f32x4.div
    f32x4.sqrt
    local.get $25
    f32x4.add
    f32x4.div
    local.get $26
    f32x4.mul
    local.get $0
    local.get $27
    i32.add
    v128.load
    f32x4.add
    v128.store
    local.get $16
    i32.const 4
    i32.add
    local.set $16
    br $for-loop|0
   end
  end
  loop $for-loop|1
   local.get $4
   local.get $16
   i32.gt_s
   if
    local.get $16
    i32.const 2
    i32.shl
    local.tee $27
    local.get $3
    i32.add
    f32.load
    local.set $30
    local.get $2
    local.get $27
    i32.add
    f32.load
    local.get $6
    f32.mul
    local.get $30
    local.get $30
    f32.mul
    local.get $8
    f32.mul
    f32.add
    local.set $18
    local.get $14
    local.get $27
    i32.add
    local.get $1
    local.get $27
    i32.add
    f32.load
    local.get $5
    f32.mul
    local.get $30
    local.get $7
    f32.mul
    f32.add
    local.tee $30
    f32.store
    local.get $15
    local.get $27
    i32.add
    local.get $18
    f32.store
    local.get $13
    local.get $27
    i32.add
    local.get $30
    local.get $9
    f32.div
    local.get $18
    local.get $10
    f32.div
    f32.sqrt
    local.get $11
    f32.add
    f32.div
    local.get $12
    f32.mul
    local.get $0
    local.get $27
    i32.add
    f32.load
    f32.add
    f32.store
    local.get $16
    i32.const 1
    i32.add
    local.set $16
    br $for-loop|1
   end
  end
 )
 (func $scripts/wasm/inputGradKernels/stridedBlock (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 v128)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  local.get $5
  i32.const 2
  i32.shl
  local.set $21
  local.get $9
  local.get $11
  i32.mul
  i32.const 2
  i32.shl
  local.set $20
  local.get $12
  local.set $17
  loop $for-loop|0
   local.get $6
   local.get $17
   i32.gt_s
   if
    local.get $3
    local.get $10
    i32.add
    local.get $17
    i32.sub
    local.get $8
    i32.div_s
    local.tee $12
    i32.const 0
    i32.ge_s
    if
     local.get $0
     local.get $4
     local.get $12
     i32.mul
     local.get $5
     i32.mul
     i32.const 2
     i32.shl
     i32.add
     local.set $22
     local.get $13
     local.set $12
     local.get $14
     local.set $16
     loop $for-loop|1
      local.get $7
      local.get $12
      i32.gt_s
      if
       local.get $22
       local.get $16
       local.get $21
       i32.mul
       i32.add
       local.get $15
       local.get $4
       local.get $16
       i32.gt_s
       local.get $16
       i32.const 0
       i32.ge_s
       i32.and
       select
       local.set $24
       local.get $22
       local.get $21
       local.get $16
       i32.const 1
       i32.add
       local.tee $18
       i32.mul
       i32.add
       local.get $15
       local.get $4
       local.get $18
       i32.gt_s
       local.get $18
       i32.const 0
       i32.ge_s
       i32.and
       select
       local.set $25
       local.get $22
       local.get $21
       local.get $16
       i32.const 2
       i32.add
       local.tee $18
       i32.mul
       i32.add
       local.get $15
       local.get $4
       local.get $18
       i32.gt_s
       local.get $18
       i32.const 0
       i32.ge_s
       i32.and
       select
       local.set $26
       local.get $22
       local.get $21
       local.get $16
       i32.const 3
       i32.add
       local.tee $18
       i32.mul
       i32.add
       local.get $15
       local.get $4
       local.get $18
       i32.gt_s
       local.get $18
       i32.const 0
       i32.ge_s
       i32.and
       select
       local.set $27
       local.get $1
       local.get $7
       local.get $17
       i32.mul
       local.get $12
       i32.add
       local.get $5
       i32.mul
       i32.const 5
       i32.shl
       i32.add
       local.set $23
       i32.const 0
       local.set $18
       loop $for-loop|2
        local.get $5
        local.get $18
        i32.gt_s
        if
         local.get $19
         local.get $24
         v128.load32_splat
         local.tee $36
         local.get $23
         v128.load
         local.tee $28
         f32x4.mul
         f32x4.add
         local.set $19
         local.get $29
         local.get $36
         local.get $23
         v128.load offset=16
         local.tee $36
         f32x4.mul
         f32x4.add
         local.set $29
         local.get $30
         local.get $25
         v128.load32_splat
         local.tee $37
         local.get $28
         f32x4.mul
         f32x4.add
         local.set $30
         local.get $31
         local.get $37
         local.get $36
         f32x4.mul
         f32x4.add
         local.set $31
         local.get $32
         local.get $26
         v128.load32_splat
         local.tee $37
         local.get $28
         f32x4.mul
         f32x4.add
         local.set $32
         local.get $33
         local.get $37
         local.get $36
         f32x4.mul
         f32x4.add
         local.set $33
         local.get $34
         local.get $27
         v128.load32_splat
         local.tee $37
         local.get $28
         f32x4.mul
         f32x4.add
         local.set $34
         local.get $35
         local.get $37
         local.get $36
         f32x4.mul
         f32x4.add
         local.set $35
         local.get $24
         i32.const 4
         i32.add
         local.set $24
         local.get $25
         i32.const 4
         i32.add
         local.set $25
         local.get $26
         i32.const 4
         i32.add
         local.set $26
         local.get $27
         i32.const 4
         i32.add
         local.set $27
         local.get $23
         i32.const 32
         i32.add
         local.set $23
         local.get $18
         i32.const 1
         i32.add
         local.set $18
         br $for-loop|2
        end
       end
       local.get $9
       local.get $12
       i32.add
       local.set $12
       local.get $16
       i32.const 1
       i32.sub
       local.set $16
       br $for-loop|1
      end
     end
     local.get $8
     local.get $17
     i32.add
     local.set $17
     br $for-loop|0
    end
   end
  end
  local.get $11
  i32.const 8
  i32.ge_s
  if
   local.get $2
   local.get $19
   v128.store
   local.get $2
   local.get $29
   v128.store offset=16
   local.get $2
   local.get $20
   i32.add
   local.tee $0
   local.get $30
   v128.store
   local.get $0
   local.get $31
   v128.store offset=16
   local.get $2
   local.get $20
   i32.const 1
   i32.shl
   i32.add
   local.tee $0
   local.get $32
   v128.store
   local.get $0
   local.get $33
   v128.store offset=16
   local.get $2
   local.get $20
   i32.const 3
   i32.mul
   i32.add
   local.tee $0
   local.get $34
   v128.store
   local.get $0
   local.get $35
   v128.store offset=16
  else
   local.get $2
   local.get $19
   local.get $29
   local.get $11
   call $scripts/wasm/inputGradKernels/storeFirst
   local.get $2
   local.get $20
   i32.add
   local.get $30
   local.get $31
   local.get $11
   call $scripts/wasm/inputGradKernels/storeFirst
   local.get $2
   local.get $20
   i32.const 1
   i32.shl
   i32.add
   local.get $32
   local.get $33
   local.get $11
   call $scripts/wasm/inputGradKernels/storeFirst
   local.get $2
   local.get $20
   i32.const 3
   i32.mul
   i32.add
   local.get $34
   local.get $35
   local.get $11
   call $scripts/wasm/inputGradKernels/storeFirst
  end
 )
 (func $scripts/wasm/inputGradKernels/edgeBlock (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32) (param $16 i32) (param $17 i32) (param $18 i32) (param $19 i32) (param $20 i32) (param $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 i32)
  (local $44 i32)
  (local $45 v128)
  (local $46 v128)
  local.get $10
  i32.const 2
  i32.shl
  local.set $28
  local.get $7
  i32.const 2
  i32.shl
  local.set $43
  local.get $15
  i32.const 2
  i32.shl
  local.set $26
  loop $for-loop|0
   local.get $7
   local.get $29
   i32.gt_s
   if
    local.get $29
    local.get $7
    i32.const 8
    i32.sub
    local.tee $22
    local.get $22
    local.get $29
    i32.gt_s
    select
    local.set $44
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $25
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $30
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $31
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $32
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $33
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $34
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $35
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $36
    local.get $18
    local.set $22
    loop $for-loop|1
     local.get $19
     local.get $22
     i32.gt_s
     if
      local.get $0
      local.get $3
      local.get $8
      i32.mul
      local.get $4
      local.get $16
      i32.mul
      i32.add
      local.get $12
      i32.add
      local.get $22
      i32.sub
      local.get $9
      i32.mul
      local.get $10
      i32.mul
      i32.const 2
      i32.shl
      i32.add
      local.set $37
      local.get $11
      i32.const 1
      i32.sub
      local.set $27
      loop $for-loop|2
       local.get $27
       i32.const 0
       i32.ge_s
       if
        local.get $37
        local.get $28
        local.get $17
        local.get $20
        i32.mul
        local.get $13
        i32.add
        local.get $27
        i32.sub
        local.get $14
        i32.add
        local.tee $23
        i32.mul
        i32.add
        local.get $21
        local.get $9
        local.get $23
        i32.gt_s
        local.get $23
        i32.const 0
        i32.ge_s
        i32.and
        select
        local.set $39
        local.get $37
        local.get $17
        local.get $23
        i32.add
        local.tee $24
        local.get $28
        i32.mul
        i32.add
        local.get $21
        local.get $9
        local.get $24
        i32.gt_s
        local.get $24
        i32.const 0
        i32.ge_s
        i32.and
        select
        local.set $40
        local.get $37
        local.get $23
        local.get $17
        i32.const 1
        i32.shl
        i32.add
        local.tee $24
        local.get $28
        i32.mul
        i32.add
        local.get $21
        local.get $9
        local.get $24
        i32.gt_s
        local.get $24
        i32.const 0
        i32.ge_s
        i32.and
        select
        local.set $41
        local.get $37
        local.get $23
        local.get $17
        i32.const 3
        i32.mul
        i32.add
        local.tee $23
        local.get $28
        i32.mul
        i32.add
        local.get $21
        local.get $9
        local.get $23
        i32.gt_s
        local.get $23
        i32.const 0
        i32.ge_s
        i32.and
        select
        local.set $24
        local.get $1
        local.get $11
        local.get $22
        i32.mul
        local.get $11
        i32.add
        i32.const 1
        i32.sub
        local.get $27
        i32.sub
        local.get $10
        i32.mul
        local.get $7
        i32.mul
        local.get $44
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.set $38
        i32.const 0
        local.set $23
        loop $for-loop|3
         local.get $10
         local.get $23
         i32.gt_s
         if
          local.get $25
          local.get $39
          v128.load32_splat
          local.tee $45
          local.get $38
          v128.load
          local.tee $42
          f32x4.mul
          f32x4.add
          local.set $25
          local.get $30
          local.get $45
          local.get $38
          v128.load offset=16
          local.tee $45
          f32x4.mul
          f32x4.add
          local.set $30
          local.get $31
          local.get $40
          v128.load32_splat
          local.tee $46
          local.get $42
          f32x4.mul
          f32x4.add
          local.set $31
          local.get $32
          local.get $46
          local.get $45
          f32x4.mul
          f32x4.add
          local.set $32
          local.get $33
          local.get $41
          v128.load32_splat
          local.tee $46
          local.get $42
          f32x4.mul
          f32x4.add
          local.set $33
          local.get $34
          local.get $46
          local.get $45
          f32x4.mul
          f32x4.add
          local.set $34
          local.get $35
          local.get $24
          v128.load32_splat
          local.tee $46
          local.get $42
          f32x4.mul
          f32x4.add
          local.set $35
          local.get $36
          local.get $46
          local.get $45
          f32x4.mul
          f32x4.add
          local.set $36
          local.get $39
          i32.const 4
          i32.add
          local.set $39
          local.get $40
          i32.const 4
          i32.add
          local.set $40
          local.get $41
          i32.const 4
          i32.add
          local.set $41
          local.get $24
          i32.const 4
          i32.add
          local.set $24
          local.get $38
          local.get $43
          i32.add
          local.set $38
          local.get $23
          i32.const 1
          i32.add
          local.set $23
          br $for-loop|3
         end
        end
        local.get $27
        i32.const 1
        i32.sub
        local.set $27
        br $for-loop|2
       end
      end
      local.get $22
      i32.const 1
      i32.add
      local.set $22
      br $for-loop|1
     end
    end
    local.get $2
    local.get $3
    local.get $5
    i32.mul
    local.get $4
    i32.add
    local.get $6
    i32.mul
    local.get $20
    i32.add
    local.get $15
    i32.mul
    local.get $44
    i32.add
    i32.const 2
    i32.shl
    i32.add
    local.set $22
    local.get $15
    i32.const 8
    i32.ge_s
    if
     local.get $22
     local.get $25
     v128.store
     local.get $22
     local.get $30
     v128.store offset=16
     local.get $22
     local.get $26
     i32.add
     local.tee $23
     local.get $31
     v128.store
     local.get $23
     local.get $32
     v128.store offset=16
     local.get $22
     local.get $26
     i32.const 1
     i32.shl
     i32.add
     local.tee $23
     local.get $33
     v128.store
     local.get $23
     local.get $34
     v128.store offset=16
     local.get $22
     local.get $26
     i32.const 3
     i32.mul
     i32.add
     local.tee $22
     local.get $35
     v128.store
     local.get $22
     local.get $36
     v128.store offset=16
    else
     local.get $22
     local.get $25
     local.get $30
     local.get $15
     call $scripts/wasm/inputGradKernels/storeFirst
     local.get $22
     local.get $26
     i32.add
     local.get $31
     local.get $32
     local.get $15
     call $scripts/wasm/inputGradKernels/storeFirst
     local.get $22
     local.get $26
     i32.const 1
     i32.shl
     i32.add
     local.get $33
     local.get $34
     local.get $15
     call $scripts/wasm/inputGradKernels/storeFirst
     local.get $22
     local.get $26
     i32.const 3
     i32.mul
     i32.add
     local.get $35
     local.get $36
     local.get $15
     call $scripts/wasm/inputGradKernels/storeFirst
    end
    local.get $29
    i32.const 8
    i32.add
    local.set $29
    br $for-loop|0
   end
  end
 )
 (func $scripts/wasm/inputGradKernels/conv2dInputGradStrided (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32) (param $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 v128)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 i32)
  local.get $1
  local.get $10
  local.get $11
  i32.mul
  local.get $9
  i32.mul
  i32.const 5
  i32.shl
  local.tee $27
  local.get $6
  i32.const 7
  i32.add
  i32.const 3
  i32.shr_s
  i32.mul
  i32.add
  local.set $26
  loop $for-loop|0
   local.get $3
   local.get $38
   i32.gt_s
   if
    i32.const 0
    local.set $42
    loop $for-loop|1
     local.get $4
     local.get $42
     i32.gt_s
     if
      local.get $0
      local.get $7
      local.get $38
      i32.mul
      local.get $8
      i32.mul
      local.get $9
      i32.mul
      i32.const 2
      i32.shl
      i32.add
      local.set $31
      local.get $2
      local.get $4
      local.get $38
      i32.mul
      local.get $42
      i32.add
      local.get $5
      i32.mul
      local.get $16
      i32.mul
      i32.const 2
      i32.shl
      i32.add
      local.set $30
      block $for-continue|1
       local.get $14
       local.get $42
       i32.add
       local.tee $17
       local.get $12
       i32.rem_s
       local.tee $18
       local.get $17
       local.get $18
       i32.sub
       local.get $12
       i32.div_s
       local.get $7
       i32.const 1
       i32.sub
       i32.sub
       local.tee $17
       local.get $12
       i32.mul
       i32.add
       local.get $18
       local.get $17
       i32.const 0
       i32.gt_s
       select
       local.tee $18
       local.get $10
       i32.ge_s
       if
        local.get $30
        i32.const 0
        local.get $5
        local.get $16
        i32.mul
        i32.const 2
        i32.shl
        memory.fill
        br $for-continue|1
       end
       i32.const 0
       local.set $40
       local.get $1
       local.set $19
       loop $for-loop|2
        local.get $6
        local.get $40
        i32.gt_s
        if
         local.get $40
         local.get $6
         i32.const 8
         i32.sub
         local.tee $17
         local.get $17
         local.get $40
         i32.gt_s
         select
         local.set $25
         i32.const 0
         local.set $41
         loop $for-loop|3
          local.get $41
          local.get $13
          local.get $5
          local.get $5
          local.get $13
          i32.gt_s
          select
          i32.lt_s
          if
           local.get $15
           local.get $41
           i32.add
           local.tee $17
           local.get $13
           i32.rem_s
           local.set $21
           local.get $17
           local.get $21
           i32.sub
           local.get $13
           i32.div_s
           local.set $29
           local.get $30
           local.get $16
           local.get $41
           i32.mul
           local.get $25
           i32.add
           i32.const 2
           i32.shl
           i32.add
           local.set $28
           local.get $5
           local.get $41
           i32.sub
           local.get $13
           i32.add
           i32.const 1
           i32.sub
           local.get $13
           i32.div_s
           local.tee $34
           i32.const 4
           i32.ge_s
           if
            i32.const 0
            local.set $17
            loop $for-loop|4
             local.get $17
             local.get $34
             i32.lt_s
             if
              local.get $31
              local.get $19
              local.get $28
              local.get $17
              local.get $34
              i32.const 4
              i32.sub
              local.tee $20
              local.get $17
              local.get $20
              i32.lt_s
              select
              local.tee $20
              local.get $13
              i32.mul
              local.get $16
              i32.mul
              i32.const 2
              i32.shl
              i32.add
              local.get $42
              local.get $8
              local.get $9
              local.get $10
              local.get $11
              local.get $12
              local.get $13
              local.get $14
              local.get $16
              local.get $18
              local.get $21
              local.get $20
              local.get $29
              i32.add
              local.get $26
              call $scripts/wasm/inputGradKernels/stridedBlock
              local.get $17
              i32.const 4
              i32.add
              local.set $17
              br $for-loop|4
             end
            end
           else
            i32.const 0
            local.set $17
            loop $for-loop|5
             local.get $17
             local.get $34
             i32.lt_s
             if
              local.get $17
              local.set $22
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              local.set $37
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              local.set $36
              local.get $18
              local.set $17
              loop $for-loop|00
               local.get $10
               local.get $17
               i32.gt_s
               if
                local.get $14
                local.get $42
                i32.add
                local.get $17
                i32.sub
                local.get $12
                i32.div_s
                local.tee $20
                i32.const 0
                i32.ge_s
                if
                 local.get $31
                 local.get $8
                 local.get $20
                 i32.mul
                 local.get $9
                 i32.mul
                 i32.const 2
                 i32.shl
                 i32.add
                 local.set $24
                 local.get $21
                 local.set $20
                 local.get $22
                 local.get $29
                 i32.add
                 local.set $39
                 loop $for-loop|11
                  local.get $11
                  local.get $20
                  i32.gt_s
                  local.get $39
                  i32.const 0
                  i32.ge_s
                  i32.and
                  if
                   local.get $8
                   local.get $39
                   i32.gt_s
                   if
                    local.get $24
                    local.get $9
                    local.get $39
                    i32.mul
                    i32.const 2
                    i32.shl
                    i32.add
                    local.set $33
                    local.get $19
                    local.get $11
                    local.get $17
                    i32.mul
                    local.get $20
                    i32.add
                    local.get $9
                    i32.mul
                    i32.const 5
                    i32.shl
                    i32.add
                    local.set $35
                    i32.const 0
                    local.set $32
                    loop $for-loop|23
                     local.get $9
                     local.get $32
                     i32.gt_s
                     if
                      local.get $37
                      local.get $33
                      v128.load32_splat
                      local.tee $23
                      local.get $35
                      v128.load
                      f32x4.mul
                      f32x4.add
                      local.set $37
                      local.get $36
                      local.get $23
                      local.get $35
                      v128.load offset=16
                      f32x4.mul
                      f32x4.add
                      local.set $36
                      local.get $33
                      i32.const 4
                      i32.add
                      local.set $33
                      local.get $35
                      i32.const 32
                      i32.add
                      local.set $35
                      local.get $32
                      i32.const 1
                      i32.add
                      local.set $32
                      br $for-loop|23
                     end
                    end
                   end
                   local.get $13
                   local.get $20
                   i32.add
                   local.set $20
                   local.get $39
                   i32.const 1
                   i32.sub
                   local.set $39
                   br $for-loop|11
                  end
                 end
                 local.get $12
                 local.get $17
                 i32.add
                 local.set $17
                 br $for-loop|00
                end
               end
              end
              local.get $28
              local.get $13
              local.get $22
              i32.mul
              local.get $16
              i32.mul
              i32.const 2
              i32.shl
              i32.add
              local.set $17
              local.get $16
              i32.const 8
              i32.ge_s
              if
               local.get $17
               local.get $37
               v128.store
               local.get $17
               local.get $36
               v128.store offset=16
              else
               local.get $17
               local.get $37
               local.get $36
               local.get $16
               call $scripts/wasm/inputGradKernels/storeFirst
              end
              local.get $22
              i32.const 1
              i32.add
              local.set $17
              br $for-loop|5
             end
            end
           end
           local.get $41
           i32.const 1
           i32.add
           local.set $41
           br $for-loop|3
          end
         end
         local.get $40
         i32.const 8
         i32.add
         local.set $40
         local.get $19
         local.get $27
         i32.add
         local.set $19
         br $for-loop|2
        end
       end
      end
      local.get $42
      i32.const 1
      i32.add
      local.set $42
      br $for-loop|1
     end
    end
    local.get $38
    i32.const 1
    i32.add
    local.set $38
    br $for-loop|0
   end
  end
 )
 (func $scripts/wasm/inputGradKernels/conv2dInputGrad (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32) (param $16 i32) (param $17 i32) (param $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 v128)
  (local $29 i32)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 i32)
  (local $47 i32)
  (local $48 v128)
  local.get $6
  i32.const 2
  i32.shl
  local.set $25
  local.get $15
  i32.const 2
  i32.shl
  local.set $43
  local.get $9
  i32.const 2
  i32.shl
  local.get $17
  i32.mul
  local.tee $27
  i32.const 1
  i32.shl
  local.set $24
  local.get $27
  i32.const 3
  i32.mul
  local.set $23
  loop $for-loop|0
   local.get $3
   local.get $44
   i32.gt_s
   if
    i32.const 0
    local.set $45
    loop $for-loop|1
     local.get $4
     local.get $45
     i32.gt_s
     if
      local.get $16
      local.get $45
      i32.mul
      local.get $12
      i32.add
      local.tee $19
      local.get $7
      i32.sub
      i32.const 1
      i32.add
      local.tee $20
      i32.const 0
      local.get $20
      i32.const 0
      i32.ge_s
      select
      local.set $20
      local.get $10
      local.get $19
      i32.const 1
      i32.add
      local.tee $19
      local.get $10
      local.get $19
      i32.lt_s
      select
      local.set $42
      local.get $5
      i32.const 3
      i32.and
      local.set $38
      local.get $5
      i32.const 4
      i32.lt_s
      if (result i32)
       i32.const 0
      else
       local.get $5
       i32.const 1
       i32.add
       local.get $5
       local.get $38
       i32.sub
       local.get $38
       i32.const 3
       i32.eq
       select
      end
      local.set $22
      i32.const 0
      local.set $41
      loop $for-loop|2
       local.get $22
       local.get $41
       i32.gt_s
       if
        local.get $41
        local.get $5
        i32.const 4
        i32.sub
        local.tee $19
        local.get $19
        local.get $41
        i32.gt_s
        select
        local.set $40
        block $for-continue|2
         local.get $9
         i32.const 1
         i32.ne
         if (result i32)
          local.get $17
          local.get $40
          i32.mul
          local.get $13
          i32.add
          local.get $14
          i32.add
          local.get $11
          i32.sub
          i32.const 1
          i32.add
          i32.const 0
          i32.lt_s
          if (result i32)
           i32.const 1
          else
           local.get $40
           i32.const 3
           i32.add
           local.get $17
           i32.mul
           local.get $13
           i32.add
           local.get $14
           i32.add
           local.get $8
           i32.ge_s
          end
         else
          i32.const 0
         end
         if
          local.get $0
          local.get $1
          local.get $2
          local.get $44
          local.get $45
          local.get $4
          local.get $5
          local.get $6
          local.get $7
          local.get $8
          local.get $9
          local.get $11
          local.get $12
          local.get $13
          local.get $14
          local.get $15
          local.get $16
          local.get $17
          local.get $20
          local.get $42
          local.get $40
          local.get $18
          call $scripts/wasm/inputGradKernels/edgeBlock
          br $for-continue|2
         end
         i32.const 0
         local.set $39
         loop $for-loop|3
          local.get $6
          local.get $39
          i32.gt_s
          if
           local.get $39
           local.get $6
           i32.const 8
           i32.sub
           local.tee $19
           local.get $19
           local.get $39
           i32.gt_s
           select
           local.set $26
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $37
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $36
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $35
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $34
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $33
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $32
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $31
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           local.set $30
           local.get $20
           local.set $19
           loop $for-loop|4
            local.get $19
            local.get $42
            i32.lt_s
            if
             local.get $1
             local.get $11
             local.get $19
             i32.mul
             local.get $9
             i32.mul
             local.get $6
             i32.mul
             local.get $26
             i32.add
             i32.const 2
             i32.shl
             i32.add
             local.set $29
             local.get $0
             local.get $16
             local.get $45
             i32.mul
             local.get $12
             i32.add
             local.get $19
             i32.sub
             local.get $7
             local.get $44
             i32.mul
             i32.add
             local.get $8
             i32.mul
             local.get $17
             local.get $40
             i32.mul
             i32.add
             local.get $13
             i32.add
             local.get $11
             i32.sub
             i32.const 1
             i32.add
             local.get $14
             i32.add
             local.get $9
             i32.mul
             i32.const 2
             i32.shl
             i32.add
             local.tee $46
             local.get $9
             local.get $11
             i32.mul
             i32.const 2
             i32.shl
             i32.add
             local.set $47
             loop $while-continue|5
              local.get $46
              local.get $47
              i32.lt_u
              if
               local.get $37
               local.get $46
               v128.load32_splat
               local.tee $21
               local.get $29
               v128.load
               local.tee $28
               f32x4.mul
               f32x4.add
               local.set $37
               local.get $36
               local.get $21
               local.get $29
               v128.load offset=16
               local.tee $21
               f32x4.mul
               f32x4.add
               local.set $36
               local.get $35
               local.get $27
               local.get $46
               i32.add
               v128.load32_splat
               local.tee $48
               local.get $28
               f32x4.mul
               f32x4.add
               local.set $35
               local.get $34
               local.get $48
               local.get $21
               f32x4.mul
               f32x4.add
               local.set $34
               local.get $33
               local.get $24
               local.get $46
               i32.add
               v128.load32_splat
               local.tee $48
               local.get $28
               f32x4.mul
               f32x4.add
               local.set $33
               local.get $32
               local.get $48
               local.get $21
               f32x4.mul
               f32x4.add
               local.set $32
               local.get $31
               local.get $23
               local.get $46
               i32.add
               v128.load32_splat
               local.tee $48
               local.get $28
               f32x4.mul
               f32x4.add
               local.set $31
               local.get $30
               local.get $48
               local.get $21
               f32x4.mul
               f32x4.add
               local.set $30
               local.get $46
               i32.const 4
               i32.add
               local.set $46
               local.get $25
               local.get $29
               i32.add
               local.set $29
               br $while-continue|5
              end
             end
             local.get $19
             i32.const 1
             i32.add
             local.set $19
             br $for-loop|4
            end
           end
           local.get $2
           local.get $4
           local.get $44
           i32.mul
           local.get $45
           i32.add
           local.get $5
           i32.mul
           local.get $40
           i32.add
           local.get $15
           i32.mul
           local.get $26
           i32.add
           i32.const 2
           i32.shl
           i32.add
           local.set $19
           local.get $15
           i32.const 8
           i32.ge_s
           if
            local.get $19
            local.get $37
            v128.store
            local.get $19
            local.get $36
            v128.store offset=16
            local.get $19
            local.get $43
            i32.add
            local.tee $26
            local.get $35
            v128.store
            local.get $26
            local.get $34
            v128.store offset=16
            local.get $19
            local.get $43
            i32.const 1
            i32.shl
            i32.add
            local.tee $26
            local.get $33
            v128.store
            local.get $26
            local.get $32
            v128.store offset=16
            local.get $19
            local.get $43
            i32.const 3
            i32.mul
            i32.add
            local.tee $19
            local.get $31
            v128.store
            local.get $19
            local.get $30
            v128.store offset=16
           else
            local.get $19
            local.get $37
            local.get $36
            local.get $15
            call $scripts/wasm/inputGradKernels/storeFirst
            local.get $19
            local.get $43
            i32.add
            local.get $35
            local.get $34
            local.get $15
            call $scripts/wasm/inputGradKernels/storeFirst
            local.get $19
            local.get $43
            i32.const 1
            i32.shl
            i32.add
            local.get $33
            local.get $32
            local.get $15
            call $scripts/wasm/inputGradKernels/storeFirst
            local.get $19
            local.get $43
            i32.const 3
            i32.mul
            i32.add
            local.get $31
            local.get $30
            local.get $15
            call $scripts/wasm/inputGradKernels/storeFirst
           end
           local.get $39
           i32.const 8
           i32.add
           local.set $39
           br $for-loop|3
          end
         end
        end
        local.get $41
        i32.const 4
        i32.add
        local.set $41
        br $for-loop|2
       end
      end
      local.get $5
      i32.const 4
      i32.lt_s
      if
       local.get $0
       local.get $1
       local.get $2
       local.get $44
       local.get $45
       local.get $4
       local.get $5
       local.get $6
       local.get $7
       local.get $8
       local.get $9
       local.get $11
       local.get $12
       local.get $13
       local.get $14
       local.get $15
       local.get $16
       local.get $17
       local.get $20
       local.get $42
       i32.const 0
       local.get $5
       i32.const 1
       i32.gt_s
       local.get $18
       call $scripts/wasm/inputGradKernels/twoPixels
       local.get $5
       i32.const 3
       i32.eq
       if
        local.get $0
        local.get $1
        local.get $2
        local.get $44
        local.get $45
        local.get $4
        local.get $5
        local.get $6
        local.get $7
        local.get $8
        local.get $9
        local.get $11
        local.get $12
        local.get $13
        local.get $14
        local.get $15
        local.get $16
        local.get $17
        local.get $20
        local.get $42
        i32.const 1
        i32.const 1
        local.get $18
        call $scripts/wasm/inputGradKernels/twoPixels
       end
      else
       local.get $38
       i32.const 2
       i32.eq
       local.get $38
       i32.const 1
       i32.eq
       i32.or
       if
        local.get $0
        local.get $1
        local.get $2
        local.get $44
        local.get $45
        local.get $4
        local.get $5
        local.get $6
        local.get $7
        local.get $8
        local.get $9
        local.get $11
        local.get $12
        local.get $13
        local.get $14
        local.get $15
        local.get $16
        local.get $17
        local.get $20
        local.get $42
        local.get $5
        i32.const 2
        i32.sub
        i32.const 1
        local.get $18
        call $scripts/wasm/inputGradKernels/twoPixels
       end
      end
      local.get $45
      i32.const 1
      i32.add
      local.set $45
      br $for-loop|1
     end
    end
    local.get $44
    i32.const 1
    i32.add
    local.set $44
    br $for-loop|0
   end
  end
 )
 (func $scripts/wasm/filterGradKernels/conv2dFilterGradPatches (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32) (param $16 i32) (param $17 i32) (param $18 i32) (param $19 i32) (param $20 i32) (param $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 i32)
  (local $51 i32)
  (local $52 v128)
  (local $53 v128)
  (local $54 v128)
  local.get $4
  local.get $5
  i32.mul
  local.get $6
  i32.mul
  i32.const 2
  i32.shl
  local.tee $4
  local.set $26
  local.get $7
  local.get $8
  i32.mul
  local.get $9
  i32.mul
  i32.const 2
  i32.shl
  local.set $40
  local.get $17
  if
   local.get $17
   i32.const 0
   local.get $4
   memory.fill
   loop $for-loop|0
    local.get $3
    local.get $33
    i32.gt_s
    if
     i32.const 0
     local.set $4
     local.get $0
     local.get $6
     local.get $19
     i32.mul
     i32.const 2
     i32.shl
     local.tee $23
     local.get $18
     local.get $33
     i32.mul
     i32.mul
     i32.add
     local.set $24
     local.get $17
     local.get $5
     local.get $20
     i32.mul
     local.get $21
     i32.add
     local.get $6
     i32.mul
     i32.const 2
     i32.shl
     i32.add
     local.set $22
     local.get $5
     local.get $6
     i32.mul
     i32.const 2
     i32.shl
     local.set $25
     loop $for-loop|00
      local.get $4
      local.get $18
      i32.lt_s
      if
       local.get $22
       local.get $24
       local.get $23
       memory.copy
       local.get $23
       local.get $24
       i32.add
       local.set $24
       local.get $22
       local.get $25
       i32.add
       local.set $22
       local.get $4
       i32.const 1
       i32.add
       local.set $4
       br $for-loop|00
      end
     end
     local.get $1
     local.get $33
     local.get $40
     i32.mul
     i32.add
     local.set $43
     local.get $33
     i32.const 0
     i32.gt_s
     local.set $44
     local.get $11
     local.get $12
     i32.mul
     local.get $6
     i32.mul
     local.set $45
     local.get $6
     local.get $14
     i32.mul
     i32.const 2
     i32.shl
     local.set $46
     local.get $9
     i32.const 2
     i32.shl
     local.set $47
     local.get $10
     i32.const 2
     i32.shl
     local.set $48
     i32.const 0
     local.set $25
     loop $for-loop|1
      local.get $25
      local.get $45
      i32.lt_s
      if
       local.get $25
       local.get $6
       i32.div_s
       local.tee $4
       local.get $12
       i32.div_s
       local.get $15
       i32.mul
       local.get $5
       i32.mul
       local.get $4
       local.get $12
       i32.rem_s
       local.get $16
       i32.mul
       i32.add
       local.get $6
       i32.mul
       local.get $25
       local.get $6
       i32.rem_s
       i32.add
       i32.const 2
       i32.shl
       local.set $4
       i32.const 4
       local.get $45
       local.get $25
       i32.sub
       local.tee $22
       local.get $22
       i32.const 4
       i32.gt_s
       select
       local.tee $49
       i32.const 1
       i32.gt_s
       if (result i32)
        local.get $25
        i32.const 1
        i32.add
        local.tee $22
        local.get $6
        i32.div_s
        local.tee $23
        local.get $12
        i32.div_s
        local.get $15
        i32.mul
        local.get $5
        i32.mul
        local.get $23
        local.get $12
        i32.rem_s
        local.get $16
        i32.mul
        i32.add
        local.get $6
        i32.mul
        local.get $22
        local.get $6
        i32.rem_s
        i32.add
        i32.const 2
        i32.shl
       else
        local.get $4
       end
       local.set $22
       local.get $49
       i32.const 2
       i32.gt_s
       if (result i32)
        local.get $25
        i32.const 2
        i32.add
        local.tee $23
        local.get $6
        i32.div_s
        local.tee $24
        local.get $12
        i32.div_s
        local.get $15
        i32.mul
        local.get $5
        i32.mul
        local.get $24
        local.get $12
        i32.rem_s
        local.get $16
        i32.mul
        i32.add
        local.get $6
        i32.mul
        local.get $23
        local.get $6
        i32.rem_s
        i32.add
        i32.const 2
        i32.shl
       else
        local.get $4
       end
       local.set $23
       local.get $49
       i32.const 3
       i32.gt_s
       if (result i32)
        local.get $25
        i32.const 3
        i32.add
        local.tee $24
        local.get $6
        i32.div_s
        local.tee $26
        local.get $12
        i32.div_s
        local.get $15
        i32.mul
        local.get $5
        i32.mul
        local.get $26
        local.get $12
        i32.rem_s
        local.get $16
        i32.mul
        i32.add
        local.get $6
        i32.mul
        local.get $24
        local.get $6
        i32.rem_s
        i32.add
        i32.const 2
        i32.shl
       else
        local.get $4
       end
       local.set $24
       local.get $49
       i32.const 1
       i32.gt_s
       local.get $44
       local.get $44
       select
       local.set $50
       local.get $49
       i32.const 2
       i32.gt_s
       local.get $44
       local.get $44
       select
       local.set $41
       local.get $49
       i32.const 3
       i32.gt_s
       local.get $44
       local.get $44
       select
       local.set $42
       i32.const 0
       local.set $27
       loop $for-loop|2
        local.get $27
        i32.const 8
        i32.add
        local.get $10
        i32.le_s
        if
         local.get $2
         local.get $10
         local.get $25
         i32.mul
         local.get $27
         i32.add
         i32.const 2
         i32.shl
         i32.add
         local.set $51
         local.get $44
         if (result v128)
          local.get $51
          v128.load
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $28
         local.get $44
         if (result v128)
          local.get $51
          v128.load offset=16
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $29
         local.get $50
         if (result v128)
          local.get $48
          local.get $51
          i32.add
          v128.load
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $30
         local.get $50
         if (result v128)
          local.get $48
          local.get $51
          i32.add
          v128.load offset=16
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $31
         local.get $41
         if (result v128)
          local.get $51
          local.get $48
          i32.const 1
          i32.shl
          i32.add
          v128.load
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $35
         local.get $41
         if (result v128)
          local.get $51
          local.get $48
          i32.const 1
          i32.shl
          i32.add
          v128.load offset=16
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $36
         local.get $42
         if (result v128)
          local.get $51
          local.get $48
          i32.const 3
          i32.mul
          i32.add
          v128.load
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $37
         local.get $42
         if (result v128)
          local.get $51
          local.get $48
          i32.const 3
          i32.mul
          i32.add
          v128.load offset=16
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $38
         i32.const 0
         local.set $32
         loop $for-loop|3
          local.get $7
          local.get $32
          i32.gt_s
          if
           local.get $17
           local.get $13
           local.get $32
           i32.mul
           local.get $5
           i32.mul
           local.get $6
           i32.mul
           i32.const 2
           i32.shl
           i32.add
           local.set $26
           local.get $43
           local.get $8
           local.get $32
           i32.mul
           local.get $9
           i32.mul
           local.get $27
           i32.add
           i32.const 2
           i32.shl
           i32.add
           local.set $34
           i32.const 0
           local.set $39
           loop $for-loop|4
            local.get $8
            local.get $39
            i32.gt_s
            if
             local.get $28
             local.get $4
             local.get $26
             i32.add
             v128.load32_splat
             local.tee $52
             local.get $34
             v128.load
             local.tee $53
             f32x4.mul
             f32x4.add
             local.set $28
             local.get $29
             local.get $52
             local.get $34
             v128.load offset=16
             local.tee $52
             f32x4.mul
             f32x4.add
             local.set $29
             local.get $30
             local.get $22
             local.get $26
             i32.add
             v128.load32_splat
             local.tee $54
             local.get $53
             f32x4.mul
             f32x4.add
             local.set $30
             local.get $31
             local.get $54
             local.get $52
             f32x4.mul
             f32x4.add
             local.set $31
             local.get $35
             local.get $23
             local.get $26
             i32.add
             v128.load32_splat
             local.tee $54
             local.get $53
             f32x4.mul
             f32x4.add
             local.set $35
             local.get $36
             local.get $54
             local.get $52
             f32x4.mul
             f32x4.add
             local.set $36
             local.get $37
             local.get $24
             local.get $26
             i32.add
             v128.load32_splat
             local.tee $54
             local.get $53
             f32x4.mul
             f32x4.add
             local.set $37
             local.get $38
             local.get $54
             local.get $52
             f32x4.mul
             f32x4.add
             local.set $38
             local.get $26
             local.get $46
             i32.add
             local.set $26
             local.get $34
             local.get $47
             i32.add
             local.set $34
             local.get $39
             i32.const 1
             i32.add
             local.set $39
             br $for-loop|4
            end
           end
           local.get $32
           i32.const 1
           i32.add
           local.set $32
           br $for-loop|3
          end
         end
         local.get $51
         local.get $28
         v128.store
         local.get $51
         local.get $29
         v128.store offset=16
         local.get $49
         i32.const 1
         i32.gt_s
         if
          local.get $48
          local.get $51
          i32.add
          local.tee $26
          local.get $30
          v128.store
          local.get $26
          local.get $31
          v128.store offset=16
         end
         local.get $49
         i32.const 2
         i32.gt_s
         if
          local.get $51
          local.get $48
          i32.const 1
          i32.shl
          i32.add
          local.tee $26
          local.get $35
          v128.store
          local.get $26
          local.get $36
          v128.store offset=16
         end
         local.get $49
         i32.const 3
         i32.gt_s
         if
          local.get $51
          local.get $48
          i32.const 3
          i32.mul
          i32.add
          local.tee $26
          local.get $37
          v128.store
          local.get $26
          local.get $38
          v128.store offset=16
         end
         local.get $27
         i32.const 8
         i32.add
         local.set $27
         br $for-loop|2
        end
       end
       loop $for-loop|5
        local.get $10
        local.get $27
        i32.gt_s
        if
         local.get $2
         local.get $10
         local.get $25
         i32.mul
         local.get $27
         i32.add
         i32.const 2
         i32.shl
         i32.add
         local.set $51
         local.get $44
         if (result v128)
          local.get $51
          v128.load
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $31
         local.get $50
         if (result v128)
          local.get $48
          local.get $51
          i32.add
          v128.load
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $28
         local.get $41
         if (result v128)
          local.get $51
          local.get $48
          i32.const 1
          i32.shl
          i32.add
          v128.load
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $29
         local.get $42
         if (result v128)
          local.get $51
          local.get $48
          i32.const 3
          i32.mul
          i32.add
          v128.load
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $30
         i32.const 0
         local.set $32
         loop $for-loop|6
          local.get $7
          local.get $32
          i32.gt_s
          if
           local.get $17
           local.get $13
           local.get $32
           i32.mul
           local.get $5
           i32.mul
           local.get $6
           i32.mul
           i32.const 2
           i32.shl
           i32.add
           local.set $26
           local.get $43
           local.get $8
           local.get $32
           i32.mul
           local.get $9
           i32.mul
           local.get $27
           i32.add
           i32.const 2
           i32.shl
           i32.add
           local.set $34
           i32.const 0
           local.set $39
           loop $for-loop|7
            local.get $8
            local.get $39
            i32.gt_s
            if
             local.get $31
             local.get $4
             local.get $26
             i32.add
             v128.load32_splat
             local.get $34
             v128.load
             local.tee $35
             f32x4.mul
             f32x4.add
             local.set $31
             local.get $28
             local.get $22
             local.get $26
             i32.add
             v128.load32_splat
             local.get $35
             f32x4.mul
             f32x4.add
             local.set $28
             local.get $29
             local.get $23
             local.get $26
             i32.add
             v128.load32_splat
             local.get $35
             f32x4.mul
             f32x4.add
             local.set $29
             local.get $30
             local.get $24
             local.get $26
             i32.add
             v128.load32_splat
             local.get $35
             f32x4.mul
             f32x4.add
             local.set $30
             local.get $26
             local.get $46
             i32.add
             local.set $26
             local.get $34
             local.get $47
             i32.add
             local.set $34
             local.get $39
             i32.const 1
             i32.add
             local.set $39
             br $for-loop|7
            end
           end
           local.get $32
           i32.const 1
           i32.add
           local.set $32
           br $for-loop|6
          end
         end
         local.get $51
         local.get $31
         v128.store
         local.get $49
         i32.const 1
         i32.gt_s
         if
          local.get $48
          local.get $51
          i32.add
          local.get $28
          v128.store
         end
         local.get $49
         i32.const 2
         i32.gt_s
         if
          local.get $51
          local.get $48
          i32.const 1
          i32.shl
          i32.add
          local.get $29
          v128.store
         end
         local.get $49
         i32.const 3
         i32.gt_s
         if
          local.get $51
          local.get $48
          i32.const 3
          i32.mul
          i32.add
          local.get $30
          v128.store
         end
         local.get $27
         i32.const 4
         i32.add
         local.set $27
         br $for-loop|5
        end
       end
       local.get $25
       i32.const 4
       i32.add
       local.set $25
       br $for-loop|1
      end
     end
     local.get $33
     i32.const 1
     i32.add
     local.set $33
     br $for-loop|0
    end
   end
   return
  end
  loop $for-loop|8
   local.get $3
   local.get $23
   i32.gt_s
   if
    local.get $9
    i32.const 16
    i32.eq
    local.get $6
    i32.const 6
    i32.eq
    i32.and
    local.get $10
    i32.const 16
    i32.eq
    i32.and
    local.get $13
    i32.const 1
    i32.eq
    i32.and
    local.get $14
    i32.const 1
    i32.eq
    i32.and
    if
     local.get $0
     local.get $23
     local.get $26
     i32.mul
     i32.add
     local.set $27
     local.get $1
     local.get $23
     local.get $40
     i32.mul
     i32.add
     local.set $32
     local.get $23
     i32.const 0
     i32.gt_s
     local.set $34
     local.get $11
     local.get $12
     i32.mul
     i32.const 6
     i32.mul
     local.set $39
     i32.const 0
     local.set $22
     loop $for-loop|9
      local.get $22
      local.get $39
      i32.lt_s
      if
       local.get $22
       i32.const 6
       i32.div_s
       local.tee $4
       local.get $12
       i32.div_s
       local.get $15
       i32.mul
       local.get $5
       i32.mul
       local.get $4
       local.get $12
       i32.rem_s
       local.get $16
       i32.mul
       i32.add
       i32.const 6
       i32.mul
       local.get $22
       i32.const 6
       i32.rem_s
       i32.add
       i32.const 2
       i32.shl
       local.set $4
       i32.const 4
       local.get $39
       local.get $22
       i32.sub
       local.tee $17
       local.get $17
       i32.const 4
       i32.gt_s
       select
       local.tee $41
       i32.const 1
       i32.gt_s
       if (result i32)
        local.get $22
        i32.const 1
        i32.add
        local.tee $17
        i32.const 6
        i32.div_s
        local.tee $18
        local.get $12
        i32.div_s
        local.get $15
        i32.mul
        local.get $5
        i32.mul
        local.get $18
        local.get $12
        i32.rem_s
        local.get $16
        i32.mul
        i32.add
        i32.const 6
        i32.mul
        local.get $17
        i32.const 6
        i32.rem_s
        i32.add
        i32.const 2
        i32.shl
       else
        local.get $4
       end
       local.set $17
       local.get $41
       i32.const 2
       i32.gt_s
       if (result i32)
        local.get $22
        i32.const 2
        i32.add
        local.tee $18
        i32.const 6
        i32.div_s
        local.tee $19
        local.get $12
        i32.div_s
        local.get $15
        i32.mul
        local.get $5
        i32.mul
        local.get $19
        local.get $12
        i32.rem_s
        local.get $16
        i32.mul
        i32.add
        i32.const 6
        i32.mul
        local.get $18
        i32.const 6
        i32.rem_s
        i32.add
        i32.const 2
        i32.shl
       else
        local.get $4
       end
       local.set $18
       local.get $41
       i32.const 3
       i32.gt_s
       if (result i32)
        local.get $22
        i32.const 3
        i32.add
        local.tee $19
        i32.const 6
        i32.div_s
        local.tee $20
        local.get $12
        i32.div_s
        local.get $15
        i32.mul
        local.get $5
        i32.mul
        local.get $20
        local.get $12
        i32.rem_s
        local.get $16
        i32.mul
        i32.add
        i32.const 6
        i32.mul
        local.get $19
        i32.const 6
        i32.rem_s
        i32.add
        i32.const 2
        i32.shl
       else
        local.get $4
       end
       local.set $19
       local.get $41
       i32.const 1
       i32.gt_s
       local.get $34
       local.get $34
       select
       local.set $42
       local.get $41
       i32.const 2
       i32.gt_s
       local.get $34
       local.get $34
       select
       local.set $43
       local.get $41
       i32.const 3
       i32.gt_s
       local.get $34
       local.get $34
       select
       local.set $44
       i32.const 0
       local.set $24
       loop $for-loop|10
        local.get $24
        i32.const 8
        i32.add
        i32.const 16
        i32.le_s
        if
         local.get $2
         local.get $22
         i32.const 4
         i32.shl
         local.get $24
         i32.add
         i32.const 2
         i32.shl
         i32.add
         local.set $45
         local.get $34
         if (result v128)
          local.get $45
          v128.load
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $28
         local.get $34
         if (result v128)
          local.get $45
          v128.load offset=16
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $29
         local.get $42
         if (result v128)
          local.get $45
          i32.const -64
          i32.sub
          v128.load
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $30
         local.get $42
         if (result v128)
          local.get $45
          v128.load offset=80
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $31
         local.get $43
         if (result v128)
          local.get $45
          v128.load offset=128
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $35
         local.get $43
         if (result v128)
          local.get $45
          v128.load offset=144
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $36
         local.get $44
         if (result v128)
          local.get $45
          v128.load offset=192
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $37
         local.get $44
         if (result v128)
          local.get $45
          v128.load offset=208
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $38
         i32.const 0
         local.set $21
         loop $for-loop|11
          local.get $7
          local.get $21
          i32.gt_s
          if
           local.get $27
           local.get $5
           local.get $21
           i32.mul
           i32.const 24
           i32.mul
           i32.add
           local.set $20
           local.get $32
           local.get $8
           local.get $21
           i32.mul
           i32.const 4
           i32.shl
           local.get $24
           i32.add
           i32.const 2
           i32.shl
           i32.add
           local.set $25
           i32.const 0
           local.set $33
           loop $for-loop|12
            local.get $8
            local.get $33
            i32.gt_s
            if
             local.get $28
             local.get $4
             local.get $20
             i32.add
             v128.load32_splat
             local.tee $52
             local.get $25
             v128.load
             local.tee $53
             f32x4.mul
             f32x4.add
             local.set $28
             local.get $29
             local.get $52
             local.get $25
             v128.load offset=16
             local.tee $52
             f32x4.mul
             f32x4.add
             local.set $29
             local.get $30
             local.get $17
             local.get $20
             i32.add
             v128.load32_splat
             local.tee $54
             local.get $53
             f32x4.mul
             f32x4.add
             local.set $30
             local.get $31
             local.get $54
             local.get $52
             f32x4.mul
             f32x4.add
             local.set $31
             local.get $35
             local.get $18
             local.get $20
             i32.add
             v128.load32_splat
             local.tee $54
             local.get $53
             f32x4.mul
             f32x4.add
             local.set $35
             local.get $36
             local.get $54
             local.get $52
             f32x4.mul
             f32x4.add
             local.set $36
             local.get $37
             local.get $19
             local.get $20
             i32.add
             v128.load32_splat
             local.tee $54
             local.get $53
             f32x4.mul
             f32x4.add
             local.set $37
             local.get $38
             local.get $54
             local.get $52
             f32x4.mul
             f32x4.add
             local.set $38
             local.get $20
             i32.const 24
             i32.add
             local.set $20
             local.get $25
             i32.const -64
             i32.sub
             local.set $25
             local.get $33
             i32.const 1
             i32.add
             local.set $33
             br $for-loop|12
            end
           end
           local.get $21
           i32.const 1
           i32.add
           local.set $21
           br $for-loop|11
          end
         end
         local.get $45
         local.get $28
         v128.store
         local.get $45
         local.get $29
         v128.store offset=16
         local.get $41
         i32.const 1
         i32.gt_s
         if
          local.get $45
          i32.const -64
          i32.sub
          local.tee $20
          local.get $30
          v128.store
          local.get $20
          local.get $31
          v128.store offset=16
         end
         local.get $41
         i32.const 2
         i32.gt_s
         if
          local.get $45
          i32.const 128
          i32.add
          local.tee $20
          local.get $35
          v128.store
          local.get $20
          local.get $36
          v128.store offset=16
         end
         local.get $41
         i32.const 3
         i32.gt_s
         if
          local.get $45
          i32.const 192
          i32.add
          local.tee $20
          local.get $37
          v128.store
          local.get $20
          local.get $38
          v128.store offset=16
         end
         local.get $24
         i32.const 8
         i32.add
         local.set $24
         br $for-loop|10
        end
       end
       loop $for-loop|13
        local.get $24
        i32.const 16
        i32.lt_s
        if
         local.get $2
         local.get $22
         i32.const 4
         i32.shl
         local.get $24
         i32.add
         i32.const 2
         i32.shl
         i32.add
         local.set $45
         local.get $34
         if (result v128)
          local.get $45
          v128.load
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $31
         local.get $42
         if (result v128)
          local.get $45
          i32.const -64
          i32.sub
          v128.load
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $28
         local.get $43
         if (result v128)
          local.get $45
          v128.load offset=128
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $29
         local.get $44
         if (result v128)
          local.get $45
          v128.load offset=192
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $30
         i32.const 0
         local.set $21
         loop $for-loop|14
          local.get $7
          local.get $21
          i32.gt_s
          if
           local.get $27
           local.get $5
           local.get $21
           i32.mul
           i32.const 24
           i32.mul
           i32.add
           local.set $20
           local.get $32
           local.get $8
           local.get $21
           i32.mul
           i32.const 4
           i32.shl
           local.get $24
           i32.add
           i32.const 2
           i32.shl
           i32.add
           local.set $25
           i32.const 0
           local.set $33
           loop $for-loop|15
            local.get $8
            local.get $33
            i32.gt_s
            if
             local.get $31
             local.get $4
             local.get $20
             i32.add
             v128.load32_splat
             local.get $25
             v128.load
             local.tee $35
             f32x4.mul
             f32x4.add
             local.set $31
             local.get $28
             local.get $17
             local.get $20
             i32.add
             v128.load32_splat
             local.get $35
             f32x4.mul
             f32x4.add
             local.set $28
             local.get $29
             local.get $18
             local.get $20
             i32.add
             v128.load32_splat
             local.get $35
             f32x4.mul
             f32x4.add
             local.set $29
             local.get $30
             local.get $19
             local.get $20
             i32.add
             v128.load32_splat
             local.get $35
             f32x4.mul
             f32x4.add
             local.set $30
             local.get $20
             i32.const 24
             i32.add
             local.set $20
             local.get $25
             i32.const -64
             i32.sub
             local.set $25
             local.get $33
             i32.const 1
             i32.add
             local.set $33
             br $for-loop|15
            end
           end
           local.get $21
           i32.const 1
           i32.add
           local.set $21
           br $for-loop|14
          end
         end
         local.get $45
         local.get $31
         v128.store
         local.get $41
         i32.const 1
         i32.gt_s
         if
          local.get $45
          i32.const -64
          i32.sub
          local.get $28
          v128.store
         end
         local.get $41
         i32.const 2
         i32.gt_s
         if
          local.get $45
          local.get $29
          v128.store offset=128
         end
         local.get $41
         i32.const 3
         i32.gt_s
         if
          local.get $45
          local.get $30
          v128.store offset=192
         end
         local.get $24
         i32.const 4
         i32.add
         local.set $24
         br $for-loop|13
        end
       end
       local.get $22
       i32.const 4
       i32.add
       local.set $22
       br $for-loop|9
      end
     end
    else
     local.get $0
     local.get $23
     local.get $26
     i32.mul
     i32.add
     local.set $20
     local.get $1
     local.get $23
     local.get $40
     i32.mul
     i32.add
     local.set $33
     local.get $23
     i32.const 0
     i32.gt_s
     local.set $34
     local.get $11
     local.get $12
     i32.mul
     local.get $6
     i32.mul
     local.set $39
     local.get $6
     local.get $14
     i32.mul
     i32.const 2
     i32.shl
     local.set $41
     local.get $9
     i32.const 2
     i32.shl
     local.set $42
     local.get $10
     i32.const 2
     i32.shl
     local.set $43
     i32.const 0
     local.set $24
     loop $for-loop|16
      local.get $24
      local.get $39
      i32.lt_s
      if
       local.get $24
       local.get $6
       i32.div_s
       local.tee $4
       local.get $12
       i32.div_s
       local.get $15
       i32.mul
       local.get $5
       i32.mul
       local.get $4
       local.get $12
       i32.rem_s
       local.get $16
       i32.mul
       i32.add
       local.get $6
       i32.mul
       local.get $24
       local.get $6
       i32.rem_s
       i32.add
       i32.const 2
       i32.shl
       local.set $4
       i32.const 4
       local.get $39
       local.get $24
       i32.sub
       local.tee $17
       local.get $17
       i32.const 4
       i32.gt_s
       select
       local.tee $44
       i32.const 1
       i32.gt_s
       if (result i32)
        local.get $24
        i32.const 1
        i32.add
        local.tee $17
        local.get $6
        i32.div_s
        local.tee $18
        local.get $12
        i32.div_s
        local.get $15
        i32.mul
        local.get $5
        i32.mul
        local.get $18
        local.get $12
        i32.rem_s
        local.get $16
        i32.mul
        i32.add
        local.get $6
        i32.mul
        local.get $17
        local.get $6
        i32.rem_s
        i32.add
        i32.const 2
        i32.shl
       else
        local.get $4
       end
       local.set $17
       local.get $44
       i32.const 2
       i32.gt_s
       if (result i32)
        local.get $24
        i32.const 2
        i32.add
        local.tee $18
        local.get $6
        i32.div_s
        local.tee $19
        local.get $12
        i32.div_s
        local.get $15
        i32.mul
        local.get $5
        i32.mul
        local.get $19
        local.get $12
        i32.rem_s
        local.get $16
        i32.mul
        i32.add
        local.get $6
        i32.mul
        local.get $18
        local.get $6
        i32.rem_s
        i32.add
        i32.const 2
        i32.shl
       else
        local.get $4
       end
       local.set $18
       local.get $44
       i32.const 3
       i32.gt_s
       if (result i32)
        local.get $24
        i32.const 3
        i32.add
        local.tee $19
        local.get $6
        i32.div_s
        local.tee $21
        local.get $12
        i32.div_s
        local.get $15
        i32.mul
        local.get $5
        i32.mul
        local.get $21
        local.get $12
        i32.rem_s
        local.get $16
        i32.mul
        i32.add
        local.get $6
        i32.mul
        local.get $19
        local.get $6
        i32.rem_s
        i32.add
        i32.const 2
        i32.shl
       else
        local.get $4
       end
       local.set $19
       local.get $44
       i32.const 1
       i32.gt_s
       local.get $34
       local.get $34
       select
       local.set $45
       local.get $44
       i32.const 2
       i32.gt_s
       local.get $34
       local.get $34
       select
       local.set $46
       local.get $44
       i32.const 3
       i32.gt_s
       local.get $34
       local.get $34
       select
       local.set $47
       i32.const 0
       local.set $22
       loop $for-loop|17
        local.get $22
        i32.const 8
        i32.add
        local.get $10
        i32.le_s
        if
         local.get $2
         local.get $10
         local.get $24
         i32.mul
         local.get $22
         i32.add
         i32.const 2
         i32.shl
         i32.add
         local.set $48
         local.get $34
         if (result v128)
          local.get $48
          v128.load
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $28
         local.get $34
         if (result v128)
          local.get $48
          v128.load offset=16
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $29
         local.get $45
         if (result v128)
          local.get $43
          local.get $48
          i32.add
          v128.load
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $30
         local.get $45
         if (result v128)
          local.get $43
          local.get $48
          i32.add
          v128.load offset=16
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $31
         local.get $46
         if (result v128)
          local.get $48
          local.get $43
          i32.const 1
          i32.shl
          i32.add
          v128.load
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $35
         local.get $46
         if (result v128)
          local.get $48
          local.get $43
          i32.const 1
          i32.shl
          i32.add
          v128.load offset=16
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $36
         local.get $47
         if (result v128)
          local.get $48
          local.get $43
          i32.const 3
          i32.mul
          i32.add
          v128.load
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $37
         local.get $47
         if (result v128)
          local.get $48
          local.get $43
          i32.const 3
          i32.mul
          i32.add
          v128.load offset=16
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $38
         i32.const 0
         local.set $25
         loop $for-loop|18
          local.get $7
          local.get $25
          i32.gt_s
          if
           local.get $20
           local.get $13
           local.get $25
           i32.mul
           local.get $5
           i32.mul
           local.get $6
           i32.mul
           i32.const 2
           i32.shl
           i32.add
           local.set $21
           local.get $33
           local.get $8
           local.get $25
           i32.mul
           local.get $9
           i32.mul
           local.get $22
           i32.add
           i32.const 2
           i32.shl
           i32.add
           local.set $27
           i32.const 0
           local.set $32
           loop $for-loop|19
            local.get $8
            local.get $32
            i32.gt_s
            if
             local.get $28
             local.get $4
             local.get $21
             i32.add
             v128.load32_splat
             local.tee $52
             local.get $27
             v128.load
             local.tee $53
             f32x4.mul
             f32x4.add
             local.set $28
             local.get $29
             local.get $52
             local.get $27
             v128.load offset=16
             local.tee $52
             f32x4.mul
             f32x4.add
             local.set $29
             local.get $30
             local.get $17
             local.get $21
             i32.add
             v128.load32_splat
             local.tee $54
             local.get $53
             f32x4.mul
             f32x4.add
             local.set $30
             local.get $31
             local.get $54
             local.get $52
             f32x4.mul
             f32x4.add
             local.set $31
             local.get $35
             local.get $18
             local.get $21
             i32.add
             v128.load32_splat
             local.tee $54
             local.get $53
             f32x4.mul
             f32x4.add
             local.set $35
             local.get $36
             local.get $54
             local.get $52
             f32x4.mul
             f32x4.add
             local.set $36
             local.get $37
             local.get $19
             local.get $21
             i32.add
             v128.load32_splat
             local.tee $54
             local.get $53
             f32x4.mul
             f32x4.add
             local.set $37
             local.get $38
             local.get $54
             local.get $52
             f32x4.mul
             f32x4.add
             local.set $38
             local.get $21
             local.get $41
             i32.add
             local.set $21
             local.get $27
             local.get $42
             i32.add
             local.set $27
             local.get $32
             i32.const 1
             i32.add
             local.set $32
             br $for-loop|19
            end
           end
           local.get $25
           i32.const 1
           i32.add
           local.set $25
           br $for-loop|18
          end
         end
         local.get $48
         local.get $28
         v128.store
         local.get $48
         local.get $29
         v128.store offset=16
         local.get $44
         i32.const 1
         i32.gt_s
         if
          local.get $43
          local.get $48
          i32.add
          local.tee $21
          local.get $30
          v128.store
          local.get $21
          local.get $31
          v128.store offset=16
         end
         local.get $44
         i32.const 2
         i32.gt_s
         if
          local.get $48
          local.get $43
          i32.const 1
          i32.shl
          i32.add
          local.tee $21
          local.get $35
          v128.store
          local.get $21
          local.get $36
          v128.store offset=16
         end
         local.get $44
         i32.const 3
         i32.gt_s
         if
          local.get $48
          local.get $43
          i32.const 3
          i32.mul
          i32.add
          local.tee $21
          local.get $37
          v128.store
          local.get $21
          local.get $38
          v128.store offset=16
         end
         local.get $22
         i32.const 8
         i32.add
         local.set $22
         br $for-loop|17
        end
       end
       loop $for-loop|20
        local.get $10
        local.get $22
        i32.gt_s
        if
         local.get $2
         local.get $10
         local.get $24
         i32.mul
         local.get $22
         i32.add
         i32.const 2
         i32.shl
         i32.add
         local.set $48
         local.get $34
         if (result v128)
          local.get $48
          v128.load
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $31
         local.get $45
         if (result v128)
          local.get $43
          local.get $48
          i32.add
          v128.load
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $28
         local.get $46
         if (result v128)
          local.get $48
          local.get $43
          i32.const 1
          i32.shl
          i32.add
          v128.load
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $29
         local.get $47
         if (result v128)
          local.get $48
          local.get $43
          i32.const 3
          i32.mul
          i32.add
          v128.load
         else
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         end
         local.set $30
         i32.const 0
         local.set $25
         loop $for-loop|21
          local.get $7
          local.get $25
          i32.gt_s
          if
           local.get $20
           local.get $13
           local.get $25
           i32.mul
           local.get $5
           i32.mul
           local.get $6
           i32.mul
           i32.const 2
           i32.shl
           i32.add
           local.set $21
           local.get $33
           local.get $8
           local.get $25
           i32.mul
           local.get $9
           i32.mul
           local.get $22
           i32.add
           i32.const 2
           i32.shl
           i32.add
           local.set $27
           i32.const 0
           local.set $32
           loop $for-loop|22
            local.get $8
            local.get $32
            i32.gt_s
            if
             local.get $31
             local.get $4
             local.get $21
             i32.add
             v128.load32_splat
             local.get $27
             v128.load
             local.tee $35
             f32x4.mul
             f32x4.add
             local.set $31
             local.get $28
             local.get $17
             local.get $21
             i32.add
             v128.load32_splat
             local.get $35
             f32x4.mul
             f32x4.add
             local.set $28
             local.get $29
             local.get $18
             local.get $21
             i32.add
             v128.load32_splat
             local.get $35
             f32x4.mul
             f32x4.add
             local.set $29
             local.get $30
             local.get $19
             local.get $21
             i32.add
             v128.load32_splat
             local.get $35
             f32x4.mul
             f32x4.add
             local.set $30
             local.get $21
             local.get $41
             i32.add
             local.set $21
             local.get $27
             local.get $42
             i32.add
             local.set $27
             local.get $32
             i32.const 1
             i32.add
             local.set $32
             br $for-loop|22
            end
           end
           local.get $25
           i32.const 1
           i32.add
           local.set $25
           br $for-loop|21
          end
         end
         local.get $48
         local.get $31
         v128.store
         local.get $44
         i32.const 1
         i32.gt_s
         if
          local.get $43
          local.get $48
          i32.add
          local.get $28
          v128.store
         end
         local.get $44
         i32.const 2
         i32.gt_s
         if
          local.get $48
          local.get $43
          i32.const 1
          i32.shl
          i32.add
          local.get $29
          v128.store
         end
         local.get $44
         i32.const 3
         i32.gt_s
         if
          local.get $48
          local.get $43
          i32.const 3
          i32.mul
          i32.add
          local.get $30
          v128.store
         end
         local.get $22
         i32.const 4
         i32.add
         local.set $22
         br $for-loop|20
        end
       end
       local.get $24
       i32.const 4
       i32.add
       local.set $24
       br $for-loop|16
      end
     end
    end
    local.get $23
    i32.const 1
    i32.add
    local.set $23
    br $for-loop|8
   end
  end
 )
 (func $scripts/wasm/broadcastKernels/copyRuns (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  loop $for-loop|0
   local.get $2
   local.get $13
   i32.gt_s
   if
    i32.const 0
    local.set $12
    loop $for-loop|1
     local.get $3
     local.get $12
     i32.gt_s
     if
      local.get $0
      local.get $6
      local.get $13
      i32.mul
      i32.add
      local.get $7
      local.get $12
      i32.mul
      i32.add
      local.set $14
      local.get $1
      local.get $9
      local.get $13
      i32.mul
      i32.add
      local.get $10
      local.get $12
      i32.mul
      i32.add
      local.set $15
      i32.const 0
      local.set $16
      loop $for-loop|2
       local.get $4
       local.get $16
       i32.gt_s
       if
        local.get $15
        local.get $14
        local.get $5
        memory.copy
        local.get $8
        local.get $14
        i32.add
        local.set $14
        local.get $11
        local.get $15
        i32.add
        local.set $15
        local.get $16
        i32.const 1
        i32.add
        local.set $16
        br $for-loop|2
       end
      end
      local.get $12
      i32.const 1
      i32.add
      local.set $12
      br $for-loop|1
     end
    end
    local.get $13
    i32.const 1
    i32.add
    local.set $13
    br $for-loop|0
   end
  end
 )
 (func $scripts/wasm/broadcastKernels/addRows (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  local.get $3
  i32.const 4
  i32.shl
  local.set $7
  local.get $2
  i32.const 2
  i32.shr_s
  local.set $9
  loop $for-loop|0
   local.get $8
   local.get $9
   i32.lt_s
   if
    local.get $7
    local.get $8
    i32.mul
    local.set $10
    i32.const 0
    local.set $5
    loop $for-loop|1
     local.get $5
     local.get $7
     i32.lt_u
     if
      local.get $4
      local.get $10
      i32.add
      local.get $5
      i32.add
      local.get $0
      local.get $10
      i32.add
      local.get $5
      i32.add
      v128.load
      local.get $1
      local.get $5
      i32.add
      v128.load
      f32x4.add
      v128.store
      local.get $5
      i32.const 16
      i32.add
      local.set $5
      br $for-loop|1
     end
    end
    local.get $8
    i32.const 1
    i32.add
    local.set $8
    br $for-loop|0
   end
  end
  local.get $7
  local.get $9
  i32.mul
  local.set $5
  local.get $2
  i32.const 3
  i32.and
  local.get $3
  i32.mul
  i32.const 2
  i32.shl
  local.set $2
  loop $for-loop|2
   local.get $2
   local.get $6
   i32.gt_u
   if
    local.get $4
    local.get $5
    i32.add
    local.get $6
    i32.add
    local.get $0
    local.get $5
    i32.add
    local.get $6
    i32.add
    f32.load
    local.get $1
    local.get $6
    i32.add
    f32.load
    f32.add
    f32.store
    local.get $6
    i32.const 4
    i32.add
    local.set $6
    br $for-loop|2
   end
  end
 )
 (func $scripts/wasm/biasReluKernels/reluGradRows (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
  (local $7 i32)
  (local $8 v128)
  (local $9 i32)
  (local $10 i32)
  (local $11 v128)
  (local $12 i32)
  (local $13 v128)
  (local $14 v128)
  (local $15 i32)
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
  (local $19 f32)
  (local $20 i32)
  (local $21 i32)
  (local $22 v128)
  (local $23 i32)
  local.get $3
  i32.const 3
  i32.and
  i32.eqz
  if
   local.get $3
   i32.const 2
   i32.shl
   local.set $10
   loop $for-loop|0
    local.get $7
    i32.const 16
    i32.add
    local.get $3
    i32.le_s
    if
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $8
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $11
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $13
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $14
     local.get $7
     i32.const 2
     i32.shl
     local.set $6
     i32.const 0
     local.set $9
     loop $for-loop|1
      local.get $2
      local.get $9
      i32.gt_s
      if
       local.get $4
       local.get $6
       i32.add
       local.get $0
       local.get $6
       i32.add
       v128.load
       local.get $1
       local.get $6
       i32.add
       v128.load
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       f32x4.gt
       v128.and
       local.tee $16
       v128.store
       local.get $8
       local.get $16
       f32x4.add
       local.set $8
       local.get $6
       i32.const 16
       i32.add
       local.tee $12
       local.get $0
       i32.add
       v128.load
       local.get $1
       local.get $12
       i32.add
       v128.load
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       f32x4.gt
       v128.and
       local.set $16
       local.get $4
       local.get $12
       i32.add
       local.get $16
       v128.store
       local.get $11
       local.get $16
       f32x4.add
       local.set $11
       local.get $6
       i32.const 32
       i32.add
       local.tee $12
       local.get $0
       i32.add
       v128.load
       local.get $1
       local.get $12
       i32.add
       v128.load
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       f32x4.gt
       v128.and
       local.set $16
       local.get $4
       local.get $12
       i32.add
       local.get $16
       v128.store
       local.get $13
       local.get $16
       f32x4.add
       local.set $13
       local.get $6
       i32.const 48
       i32.add
       local.tee $12
       local.get $0
       i32.add
       v128.load
       local.get $1
       local.get $12
       i32.add
       v128.load
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       f32x4.gt
       v128.and
       local.set $16
       local.get $4
       local.get $12
       i32.add
       local.get $16
       v128.store
       local.get $14
       local.get $16
       f32x4.add
       local.set $14
       local.get $6
       local.get $10
       i32.add
       local.set $6
       local.get $9
       i32.const 1
       i32.add
       local.set $9
       br $for-loop|1
      end
     end
     local.get $5
     local.get $7
     i32.const 2
     i32.shl
     i32.add
     local.tee $6
     local.get $8
     v128.store
     local.get $6
     local.get $11
     v128.store offset=16
     local.get $6
     local.get $13
     v128.store offset=32
     local.get $6
     local.get $14
     v128.store offset=48
     local.get $7
     i32.const 16
     i32.add
     local.set $7
     br $for-loop|0
    end
   end
   loop $for-loop|2
    local.get $3
    local.get $7
    i32.gt_s
    if
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $8
     local.get $7
     i32.const 2
     i32.shl
     local.set $6
     i32.const 0
     local.set $9
     loop $for-loop|3
      local.get $2
      local.get $9
      i32.gt_s
      if
       local.get $4
       local.get $6
       i32.add
       local.get $0
       local.get $6
       i32.add
       v128.load
       local.get $1
       local.get $6
       i32.add
       v128.load
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       f32x4.gt
       v128.and
       local.tee $11
       v128.store
       local.get $8
       local.get $11
       f32x4.add
       local.set $8
       local.get $6
       local.get $10
       i32.add
       local.set $6
       local.get $9
       i32.const 1
       i32.add
       local.set $9
       br $for-loop|3
      end
     end
     local.get $5
     local.get $7
     i32.const 2
     i32.shl
     i32.add
     local.get $8
     v128.store
     local.get $7
     i32.const 4
     i32.add
     local.set $7
     br $for-loop|2
    end
   end
   return
  end
  local.get $2
  i32.const 2
  i32.shr_s
  local.set $15
  local.get $6
  i32.const 0
  local.get $3
  i32.const 4
  i32.shl
  local.tee $20
  memory.fill
  local.get $3
  i32.const 6
  i32.eq
  if
   loop $for-loop|4
    local.get $12
    local.get $15
    i32.lt_s
    if
     local.get $12
     local.get $20
     i32.mul
     local.tee $7
     local.get $0
     i32.add
     v128.load
     local.get $1
     local.get $7
     i32.add
     v128.load
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     f32x4.gt
     v128.and
     local.set $22
     local.get $4
     local.get $7
     i32.add
     local.get $22
     v128.store
     local.get $11
     local.get $22
     f32x4.add
     local.set $11
     local.get $7
     i32.const 16
     i32.add
     local.tee $18
     local.get $0
     i32.add
     v128.load
     local.get $1
     local.get $18
     i32.add
     v128.load
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     f32x4.gt
     v128.and
     local.set $22
     local.get $4
     local.get $18
     i32.add
     local.get $22
     v128.store
     local.get $13
     local.get $22
     f32x4.add
     local.set $13
     local.get $7
     i32.const 32
     i32.add
     local.tee $18
     local.get $0
     i32.add
     v128.load
     local.get $1
     local.get $18
     i32.add
     v128.load
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     f32x4.gt
     v128.and
     local.set $22
     local.get $4
     local.get $18
     i32.add
     local.get $22
     v128.store
     local.get $14
     local.get $22
     f32x4.add
     local.set $14
     local.get $7
     i32.const 48
     i32.add
     local.tee $18
     local.get $0
     i32.add
     v128.load
     local.get $1
     local.get $18
     i32.add
     v128.load
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     f32x4.gt
     v128.and
     local.set $22
     local.get $4
     local.get $18
     i32.add
     local.get $22
     v128.store
     local.get $8
     local.get $22
     f32x4.add
     local.set $8
     local.get $7
     i32.const -64
     i32.sub
     local.tee $18
     local.get $0
     i32.add
     v128.load
     local.get $1
     local.get $18
     i32.add
     v128.load
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     f32x4.gt
     v128.and
     local.set $22
     local.get $4
     local.get $18
     i32.add
     local.get $22
     v128.store
     local.get $16
     local.get $22
     f32x4.add
     local.set $16
     local.get $7
     i32.const 80
     i32.add
     local.tee $7
     local.get $0
     i32.add
     v128.load
     local.get $1
     local.get $7
     i32.add
     v128.load
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     f32x4.gt
     v128.and
     local.set $22
     local.get $4
     local.get $7
     i32.add
     local.get $22
     v128.store
     local.get $17
     local.get $22
     f32x4.add
     local.set $17
     local.get $12
     i32.const 1
     i32.add
     local.set $12
     br $for-loop|4
    end
   end
   local.get $6
   local.get $11
   v128.store
   local.get $6
   local.get $13
   v128.store offset=16
   local.get $6
   local.get $14
   v128.store offset=32
   local.get $6
   local.get $8
   v128.store offset=48
   local.get $6
   i32.const -64
   i32.sub
   local.get $16
   v128.store
   local.get $6
   local.get $17
   v128.store offset=80
  else
   loop $for-loop|5
    local.get $12
    local.get $15
    i32.lt_s
    if
     local.get $12
     local.get $20
     i32.mul
     local.set $23
     i32.const 0
     local.set $7
     loop $for-loop|6
      local.get $7
      local.get $20
      i32.lt_u
      if
       local.get $6
       local.get $7
       i32.add
       local.tee $18
       v128.load
       local.set $8
       local.get $7
       local.get $23
       i32.add
       local.tee $21
       local.get $0
       i32.add
       v128.load
       local.get $1
       local.get $21
       i32.add
       v128.load
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       f32x4.gt
       v128.and
       local.set $11
       local.get $4
       local.get $21
       i32.add
       local.get $11
       v128.store
       local.get $18
       local.get $8
       local.get $11
       f32x4.add
       v128.store
       local.get $7
       i32.const 16
       i32.add
       local.set $7
       br $for-loop|6
      end
     end
     local.get $12
     i32.const 1
     i32.add
     local.set $12
     br $for-loop|5
    end
   end
  end
  local.get $15
  local.get $20
  i32.mul
  local.set $7
  local.get $2
  i32.const 3
  i32.and
  local.get $3
  i32.mul
  i32.const 2
  i32.shl
  local.set $2
  loop $for-loop|7
   local.get $2
   local.get $10
   i32.gt_u
   if
    local.get $4
    local.get $7
    i32.add
    local.get $10
    i32.add
    local.get $0
    local.get $7
    i32.add
    local.get $10
    i32.add
    f32.load
    f32.const 0
    local.get $1
    local.get $7
    i32.add
    local.get $10
    i32.add
    f32.load
    f32.const 0
    f32.gt
    select
    local.tee $19
    f32.store
    local.get $6
    local.get $10
    i32.add
    local.tee $12
    local.get $12
    f32.load
    local.get $19
    f32.add
    f32.store
    local.get $10
    i32.const 4
    i32.add
    local.set $10
    br $for-loop|7
   end
  end
  local.get $3
  i32.const 2
  i32.shl
  local.set $0
  loop $for-loop|8
   local.get $0
   local.get $9
   i32.gt_u
   if
    local.get $5
    local.get $9
    i32.add
    local.get $6
    local.get $9
    i32.add
    f32.load
    local.get $0
    local.get $6
    i32.add
    local.get $9
    i32.add
    f32.load
    f32.add
    local.get $6
    local.get $0
    i32.const 1
    i32.shl
    i32.add
    local.get $9
    i32.add
    f32.load
    local.get $6
    local.get $0
    i32.const 3
    i32.mul
    i32.add
    local.get $9
    i32.add
    f32.load
    f32.add
    f32.add
    f32.store
    local.get $9
    i32.const 4
    i32.add
    local.set $9
    br $for-loop|8
   end
  end
 )
 (func $scripts/wasm/biasReluKernels/maxPoolReluGradBias (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32)
  (local $10 v128)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  local.get $9
  i32.const 1
  i32.shl
  local.get $6
  i32.ne
  local.get $8
  i32.const 1
  i32.shl
  local.get $5
  i32.ne
  i32.or
  if
   local.get $2
   i32.const 0
   local.get $4
   local.get $5
   i32.mul
   local.get $6
   i32.mul
   local.get $7
   i32.mul
   i32.const 2
   i32.shl
   memory.fill
  end
  local.get $3
  i32.const 0
  local.get $7
  i32.const 2
  i32.shl
  local.tee $15
  memory.fill
  local.get $7
  i32.const 4
  i32.sub
  local.set $11
  local.get $6
  local.get $7
  i32.mul
  i32.const 2
  i32.shl
  local.set $21
  loop $for-loop|0
   local.get $4
   local.get $16
   i32.gt_s
   if
    i32.const 0
    local.set $13
    loop $for-loop|1
     local.get $8
     local.get $13
     i32.gt_s
     if
      i32.const 0
      local.set $14
      loop $for-loop|2
       local.get $9
       local.get $14
       i32.gt_s
       if
        local.get $5
        local.get $16
        i32.mul
        local.get $13
        i32.const 1
        i32.shl
        i32.add
        local.get $6
        i32.mul
        local.get $14
        i32.const 1
        i32.shl
        i32.add
        local.get $7
        i32.mul
        i32.const 2
        i32.shl
        local.set $23
        local.get $1
        local.get $8
        local.get $16
        i32.mul
        local.get $13
        i32.add
        local.get $9
        i32.mul
        local.get $14
        i32.add
        local.get $7
        i32.mul
        i32.const 2
        i32.shl
        i32.add
        local.set $24
        i32.const 0
        local.set $12
        loop $for-loop|3
         local.get $7
         local.get $12
         i32.gt_s
         if
          local.get $23
          local.get $11
          local.get $12
          local.get $11
          local.get $12
          i32.lt_s
          select
          local.tee $25
          i32.const 2
          i32.shl
          local.tee $26
          i32.add
          local.tee $27
          local.get $0
          i32.add
          local.tee $28
          v128.load
          local.tee $20
          v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
          f32x4.gt
          local.set $22
          local.get $15
          local.get $28
          i32.add
          v128.load
          local.tee $29
          local.get $20
          v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
          local.get $22
          v128.bitselect
          local.tee $30
          f32x4.gt
          local.set $20
          local.get $21
          local.get $28
          i32.add
          local.tee $28
          v128.load
          local.tee $31
          local.get $29
          local.get $30
          local.get $20
          v128.bitselect
          local.tee $29
          f32x4.gt
          local.set $30
          local.get $15
          local.get $28
          i32.add
          v128.load
          local.tee $32
          local.get $31
          local.get $29
          local.get $30
          v128.bitselect
          local.tee $29
          f32x4.gt
          local.set $31
          local.get $2
          local.get $27
          i32.add
          local.tee $27
          local.get $24
          local.get $26
          i32.add
          v128.load
          local.get $32
          local.get $29
          local.get $31
          v128.bitselect
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.tee $29
          local.get $22
          local.get $20
          v128.andnot
          local.get $30
          v128.andnot
          local.get $31
          v128.andnot
          v128.and
          v128.store
          local.get $15
          local.get $27
          i32.add
          local.get $29
          local.get $20
          local.get $30
          v128.andnot
          local.get $31
          v128.andnot
          v128.and
          v128.store
          local.get $21
          local.get $27
          i32.add
          local.tee $26
          local.get $29
          local.get $30
          local.get $31
          v128.andnot
          v128.and
          v128.store
          local.get $15
          local.get $26
          i32.add
          local.get $29
          local.get $31
          v128.and
          v128.store
          local.get $29
          v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003
          local.get $12
          local.get $25
          i32.sub
          i32x4.splat
          i32x4.ge_s
          v128.and
          local.set $20
          local.get $12
          if
           local.get $12
           i32.const 4
           i32.eq
           if
            local.get $17
            local.get $20
            f32x4.add
            local.set $17
           else
            local.get $12
            i32.const 8
            i32.eq
            if
             local.get $18
             local.get $20
             f32x4.add
             local.set $18
            else
             local.get $12
             i32.const 12
             i32.eq
             if
              local.get $19
              local.get $20
              f32x4.add
              local.set $19
             else
              local.get $3
              local.get $25
              i32.const 2
              i32.shl
              i32.add
              local.tee $25
              local.get $25
              v128.load
              local.get $20
              f32x4.add
              v128.store
             end
            end
           end
          else
           local.get $10
           local.get $20
           f32x4.add
           local.set $10
          end
          local.get $12
          i32.const 4
          i32.add
          local.set $12
          br $for-loop|3
         end
        end
        local.get $14
        i32.const 1
        i32.add
        local.set $14
        br $for-loop|2
       end
      end
      local.get $13
      i32.const 1
      i32.add
      local.set $13
      br $for-loop|1
     end
    end
    local.get $16
    i32.const 1
    i32.add
    local.set $16
    br $for-loop|0
   end
  end
  local.get $3
  local.get $11
  i32.const 0
  local.get $11
  i32.const 0
  i32.lt_s
  select
  i32.const 2
  i32.shl
  i32.add
  local.tee $0
  local.get $0
  v128.load
  local.get $10
  f32x4.add
  v128.store
  local.get $7
  i32.const 4
  i32.gt_s
  if
   local.get $3
   i32.const 4
   local.get $11
   local.get $11
   i32.const 4
   i32.ge_s
   select
   i32.const 2
   i32.shl
   i32.add
   local.tee $0
   local.get $0
   v128.load
   local.get $17
   f32x4.add
   v128.store
  end
  local.get $7
  i32.const 8
  i32.gt_s
  if
   local.get $3
   i32.const 8
   local.get $11
   local.get $11
   i32.const 8
   i32.ge_s
   select
   i32.const 2
   i32.shl
   i32.add
   local.tee $0
   local.get $0
   v128.load
   local.get $18
   f32x4.add
   v128.store
  end
  local.get $7
  i32.const 12
  i32.gt_s
  if
   local.get $3
   i32.const 12
   local.get $11
   local.get $11
   i32.const 12
   i32.ge_s
   select
   i32.const 2
   i32.shl
   i32.add
   local.tee $0
   local.get $0
   v128.load
   local.get $19
   f32x4.add
   v128.store
  end
 )
 (func $scripts/wasm/biasReluKernels/addRowsRelu (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 f32)
  local.get $3
  i32.const 4
  i32.shl
  local.set $7
  local.get $2
  i32.const 2
  i32.shr_s
  local.set $9
  loop $for-loop|0
   local.get $8
   local.get $9
   i32.lt_s
   if
    local.get $7
    local.get $8
    i32.mul
    local.set $10
    i32.const 0
    local.set $5
    loop $for-loop|1
     local.get $5
     local.get $7
     i32.lt_u
     if
      local.get $4
      local.get $10
      i32.add
      local.get $5
      i32.add
      local.get $0
      local.get $10
      i32.add
      local.get $5
      i32.add
      v128.load
      local.get $1
      local.get $5
      i32.add
      v128.load
      f32x4.add
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      f32x4.pmax
      v128.store
      local.get $5
      i32.const 16
      i32.add
      local.set $5
      br $for-loop|1
     end
    end
    local.get $8
    i32.const 1
    i32.add
    local.set $8
    br $for-loop|0
   end
  end
  local.get $7
  local.get $9
  i32.mul
  local.set $5
  local.get $2
  i32.const 3
  i32.and
  local.get $3
  i32.mul
  i32.const 2
  i32.shl
  local.set $2
  loop $for-loop|2
   local.get $2
   local.get $6
   i32.gt_u
   if
    local.get $4
    local.get $5
    i32.add
    local.get $6
    i32.add
    f32.const 0
    local.get $0
    local.get $5
    i32.add
    local.get $6
    i32.add
    f32.load
    local.get $1
    local.get $6
    i32.add
    f32.load
    f32.add
    local.tee $11
    local.get $11
    f32.const 0
    f32.lt
    select
    f32.store
    local.get $6
    i32.const 4
    i32.add
    local.set $6
    br $for-loop|2
   end
  end
 )
 (func $scripts/wasm/batchNormKernels/normalizeChannelsRelu (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 v128)
  (local $13 f32)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 i32)
  (local $32 i32)
  block $scripts/wasm/batchNormKernels/normalize|inlined.1
   local.get $0
   local.set $9
   local.get $5
   i32.const 15
   i32.and
   i32.eqz
   if
    local.get $5
    i32.const 2
    i32.shl
    local.set $10
    local.get $5
    i32.const 16
    i32.eq
    if (result i32)
     i32.const 1
     local.get $4
     local.get $4
     i32.const 1
     i32.le_s
     select
    else
     i32.const 1
     i32.const 2048
     local.get $5
     i32.div_s
     local.tee $0
     local.get $0
     i32.const 0
     i32.le_s
     select
    end
    local.set $25
    loop $for-loop|0
     local.get $4
     local.get $11
     i32.gt_s
     if
      local.get $25
      local.get $4
      local.get $11
      i32.sub
      local.tee $0
      local.get $0
      local.get $25
      i32.gt_s
      select
      local.set $26
      local.get $5
      local.get $11
      i32.mul
      i32.const 2
      i32.shl
      local.set $27
      i32.const 0
      local.set $8
      loop $for-loop|1
       local.get $5
       local.get $8
       i32.gt_s
       if
        local.get $8
        i32.const 2
        i32.shl
        local.tee $0
        local.get $1
        i32.add
        local.tee $7
        v128.load
        local.set $28
        local.get $7
        v128.load offset=16
        local.set $29
        local.get $7
        v128.load offset=32
        local.set $30
        local.get $7
        v128.load offset=48
        local.set $12
        local.get $0
        local.get $2
        i32.add
        local.tee $7
        v128.load
        local.set $14
        local.get $7
        v128.load offset=16
        local.set $15
        local.get $7
        v128.load offset=32
        local.set $16
        local.get $7
        v128.load offset=48
        local.set $17
        local.get $0
        local.get $3
        i32.add
        local.tee $7
        v128.load
        local.set $18
        local.get $7
        v128.load offset=16
        local.set $19
        local.get $7
        v128.load offset=32
        local.set $20
        local.get $7
        v128.load offset=48
        local.set $21
        local.get $6
        local.get $27
        i32.add
        local.get $0
        i32.add
        local.set $7
        local.get $9
        local.get $27
        i32.add
        local.get $0
        i32.add
        local.tee $0
        local.get $10
        local.get $26
        i32.mul
        i32.add
        local.set $31
        loop $while-continue|2
         local.get $0
         local.get $31
         i32.lt_u
         if
          local.get $0
          v128.load offset=16
          local.get $29
          f32x4.sub
          local.get $15
          f32x4.mul
          local.get $19
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.pmax
          local.set $22
          local.get $0
          v128.load offset=32
          local.get $30
          f32x4.sub
          local.get $16
          f32x4.mul
          local.get $20
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.pmax
          local.set $23
          local.get $0
          v128.load offset=48
          local.get $12
          f32x4.sub
          local.get $17
          f32x4.mul
          local.get $21
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.pmax
          local.set $24
          local.get $7
          local.get $0
          v128.load
          local.get $28
          f32x4.sub
          local.get $14
          f32x4.mul
          local.get $18
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.pmax
          v128.store
          local.get $7
          local.get $22
          v128.store offset=16
          local.get $7
          local.get $23
          v128.store offset=32
          local.get $7
          local.get $24
          v128.store offset=48
          local.get $0
          local.get $10
          i32.add
          local.set $0
          local.get $7
          local.get $10
          i32.add
          local.set $7
          br $while-continue|2
         end
        end
        local.get $8
        i32.const 16
        i32.add
        local.set $8
        br $for-loop|1
       end
      end
      local.get $11
      local.get $25
      i32.add
      local.set $11
      br $for-loop|0
     end
    end
    br $scripts/wasm/batchNormKernels/normalize|inlined.1
   end
   local.get $5
   i32.const -4
   i32.and
   local.set $10
   local.get $5
   i32.const 16
   i32.gt_s
   if
    loop $for-loop|3
     local.get $4
     local.get $11
     i32.gt_s
     if
      local.get $5
      local.get $11
      i32.mul
      i32.const 2
      i32.shl
      local.set $7
      i32.const 0
      local.set $0
      loop $for-loop|4
       local.get $0
       local.get $10
       i32.lt_s
       if
        local.get $0
        i32.const 2
        i32.shl
        local.tee $8
        local.get $7
        local.get $9
        i32.add
        i32.add
        v128.load
        local.get $1
        local.get $8
        i32.add
        v128.load
        f32x4.sub
        local.get $2
        local.get $8
        i32.add
        v128.load
        f32x4.mul
        local.get $3
        local.get $8
        i32.add
        v128.load
        f32x4.add
        local.set $12
        local.get $6
        local.get $7
        i32.add
        local.get $8
        i32.add
        local.get $12
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.pmax
        v128.store
        local.get $0
        i32.const 4
        i32.add
        local.set $0
        br $for-loop|4
       end
      end
      loop $for-loop|5
       local.get $0
       local.get $5
       i32.lt_s
       if
        local.get $0
        i32.const 2
        i32.shl
        local.tee $8
        local.get $7
        local.get $9
        i32.add
        i32.add
        f32.load
        local.get $1
        local.get $8
        i32.add
        f32.load
        f32.sub
        local.get $2
        local.get $8
        i32.add
        f32.load
        f32.mul
        local.get $3
        local.get $8
        i32.add
        f32.load
        f32.add
        local.set $13
        local.get $6
        local.get $7
        i32.add
        local.get $8
        i32.add
        f32.const 0
        local.get $13
        local.get $13
        f32.const 0
        f32.lt
        select
        f32.store
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        br $for-loop|5
       end
      end
      local.get $11
      i32.const 1
      i32.add
      local.set $11
      br $for-loop|3
     end
    end
    br $scripts/wasm/batchNormKernels/normalize|inlined.1
   end
   local.get $5
   i32.const 2
   i32.shl
   local.set $26
   i32.const 1
   i32.const 1024
   local.get $5
   i32.div_s
   local.tee $0
   local.get $0
   i32.const 0
   i32.le_s
   select
   local.set $27
   i32.const 0
   local.set $0
   loop $for-loop|6
    local.get $0
    local.get $4
    i32.lt_s
    if
     local.get $27
     local.get $4
     local.get $0
     i32.sub
     local.tee $7
     local.get $7
     local.get $27
     i32.gt_s
     select
     local.set $31
     local.get $0
     local.get $5
     i32.mul
     i32.const 2
     i32.shl
     local.set $25
     i32.const 0
     local.set $8
     loop $for-loop|7
      local.get $8
      local.get $10
      i32.lt_s
      if
       local.get $8
       i32.const 2
       i32.shl
       local.tee $7
       local.get $1
       i32.add
       v128.load
       local.set $12
       local.get $2
       local.get $7
       i32.add
       v128.load
       local.set $14
       local.get $3
       local.get $7
       i32.add
       v128.load
       local.set $15
       local.get $6
       local.get $25
       i32.add
       local.get $7
       i32.add
       local.set $11
       local.get $9
       local.get $25
       i32.add
       local.get $7
       i32.add
       local.tee $7
       local.get $26
       local.get $31
       i32.mul
       i32.add
       local.set $32
       loop $while-continue|8
        local.get $7
        local.get $32
        i32.lt_u
        if
         local.get $11
         local.get $7
         v128.load
         local.get $12
         f32x4.sub
         local.get $14
         f32x4.mul
         local.get $15
         f32x4.add
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.pmax
         v128.store
         local.get $7
         local.get $26
         i32.add
         local.set $7
         local.get $11
         local.get $26
         i32.add
         local.set $11
         br $while-continue|8
        end
       end
       local.get $8
       i32.const 4
       i32.add
       local.set $8
       br $for-loop|7
      end
     end
     local.get $0
     local.set $7
     loop $for-loop|9
      local.get $7
      local.get $0
      local.get $31
      i32.add
      i32.lt_s
      if
       local.get $5
       local.get $7
       i32.mul
       i32.const 2
       i32.shl
       local.set $11
       local.get $10
       local.set $8
       loop $for-loop|10
        local.get $5
        local.get $8
        i32.gt_s
        if
         local.get $8
         i32.const 2
         i32.shl
         local.tee $25
         local.get $9
         local.get $11
         i32.add
         i32.add
         f32.load
         local.get $1
         local.get $25
         i32.add
         f32.load
         f32.sub
         local.get $2
         local.get $25
         i32.add
         f32.load
         f32.mul
         local.get $3
         local.get $25
         i32.add
         f32.load
         f32.add
         local.set $13
         local.get $6
         local.get $11
         i32.add
         local.get $25
         i32.add
         f32.const 0
         local.get $13
         local.get $13
         f32.const 0
         f32.lt
         select
         f32.store
         local.get $8
         i32.const 1
         i32.add
         local.set $8
         br $for-loop|10
        end
       end
       local.get $7
       i32.const 1
       i32.add
       local.set $7
       br $for-loop|9
      end
     end
     local.get $0
     local.get $27
     i32.add
     local.set $0
     br $for-loop|6
    end
   end
  end
 )
 (func $scripts/wasm/batchNormKernels/normalizeChannelsAddRelu (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 v128)
  (local $15 f32)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 i32)
  (local $35 i32)
  block $scripts/wasm/batchNormKernels/normalize|inlined.2
   local.get $0
   local.set $10
   local.get $6
   i32.const 15
   i32.and
   i32.eqz
   if
    local.get $6
    i32.const 2
    i32.shl
    local.set $13
    local.get $6
    i32.const 16
    i32.eq
    if (result i32)
     i32.const 1
     local.get $5
     local.get $5
     i32.const 1
     i32.le_s
     select
    else
     i32.const 1
     i32.const 2048
     local.get $6
     i32.div_s
     local.tee $0
     local.get $0
     i32.const 0
     i32.le_s
     select
    end
    local.set $27
    loop $for-loop|0
     local.get $5
     local.get $11
     i32.gt_s
     if
      local.get $27
      local.get $5
      local.get $11
      i32.sub
      local.tee $0
      local.get $0
      local.get $27
      i32.gt_s
      select
      local.set $28
      local.get $6
      local.get $11
      i32.mul
      i32.const 2
      i32.shl
      local.set $29
      i32.const 0
      local.set $12
      loop $for-loop|1
       local.get $6
       local.get $12
       i32.gt_s
       if
        local.get $12
        i32.const 2
        i32.shl
        local.tee $0
        local.get $1
        i32.add
        local.tee $8
        v128.load
        local.set $30
        local.get $8
        v128.load offset=16
        local.set $31
        local.get $8
        v128.load offset=32
        local.set $32
        local.get $8
        v128.load offset=48
        local.set $33
        local.get $0
        local.get $2
        i32.add
        local.tee $8
        v128.load
        local.set $14
        local.get $8
        v128.load offset=16
        local.set $16
        local.get $8
        v128.load offset=32
        local.set $17
        local.get $8
        v128.load offset=48
        local.set $18
        local.get $0
        local.get $3
        i32.add
        local.tee $8
        v128.load
        local.set $19
        local.get $8
        v128.load offset=16
        local.set $20
        local.get $8
        v128.load offset=32
        local.set $21
        local.get $8
        v128.load offset=48
        local.set $22
        local.get $7
        local.get $29
        i32.add
        local.get $0
        i32.add
        local.set $8
        local.get $4
        local.get $29
        i32.add
        local.get $0
        i32.add
        local.set $9
        local.get $10
        local.get $29
        i32.add
        local.get $0
        i32.add
        local.tee $0
        local.get $13
        local.get $28
        i32.mul
        i32.add
        local.set $34
        loop $while-continue|2
         local.get $0
         local.get $34
         i32.lt_u
         if
          local.get $0
          v128.load
          local.get $30
          f32x4.sub
          local.get $14
          f32x4.mul
          local.get $19
          f32x4.add
          local.get $9
          v128.load
          f32x4.add
          local.set $23
          local.get $0
          v128.load offset=16
          local.get $31
          f32x4.sub
          local.get $16
          f32x4.mul
          local.get $20
          f32x4.add
          local.get $9
          v128.load offset=16
          f32x4.add
          local.set $24
          local.get $0
          v128.load offset=32
          local.get $32
          f32x4.sub
          local.get $17
          f32x4.mul
          local.get $21
          f32x4.add
          local.get $9
          v128.load offset=32
          f32x4.add
          local.set $25
          local.get $0
          v128.load offset=48
          local.get $33
          f32x4.sub
          local.get $18
          f32x4.mul
          local.get $22
          f32x4.add
          local.get $9
          v128.load offset=48
          f32x4.add
          local.set $26
          local.get $9
          local.get $13
          i32.add
          local.set $9
          local.get $8
          local.get $23
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.pmax
          v128.store
          local.get $8
          local.get $24
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.pmax
          v128.store offset=16
          local.get $8
          local.get $25
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.pmax
          v128.store offset=32
          local.get $8
          local.get $26
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.pmax
          v128.store offset=48
          local.get $0
          local.get $13
          i32.add
          local.set $0
          local.get $8
          local.get $13
          i32.add
          local.set $8
          br $while-continue|2
         end
        end
        local.get $12
        i32.const 16
        i32.add
        local.set $12
        br $for-loop|1
       end
      end
      local.get $11
      local.get $27
      i32.add
      local.set $11
      br $for-loop|0
     end
    end
    br $scripts/wasm/batchNormKernels/normalize|inlined.2
   end
   local.get $6
   i32.const -4
   i32.and
   local.set $11
   local.get $6
   i32.const 16
   i32.gt_s
   if
    loop $for-loop|3
     local.get $5
     local.get $8
     i32.gt_s
     if
      local.get $6
      local.get $8
      i32.mul
      i32.const 2
      i32.shl
      local.set $9
      i32.const 0
      local.set $0
      loop $for-loop|4
       local.get $0
       local.get $11
       i32.lt_s
       if
        local.get $0
        i32.const 2
        i32.shl
        local.tee $12
        local.get $9
        local.get $10
        i32.add
        i32.add
        v128.load
        local.get $1
        local.get $12
        i32.add
        v128.load
        f32x4.sub
        local.get $2
        local.get $12
        i32.add
        v128.load
        f32x4.mul
        local.get $3
        local.get $12
        i32.add
        v128.load
        f32x4.add
        local.get $4
        local.get $9
        i32.add
        local.get $12
        i32.add
        v128.load
        f32x4.add
        local.set $14
        local.get $7
        local.get $9
        i32.add
        local.get $12
        i32.add
        local.get $14
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.pmax
        v128.store
        local.get $0
        i32.const 4
        i32.add
        local.set $0
        br $for-loop|4
       end
      end
      loop $for-loop|5
       local.get $0
       local.get $6
       i32.lt_s
       if
        local.get $0
        i32.const 2
        i32.shl
        local.tee $12
        local.get $9
        local.get $10
        i32.add
        i32.add
        f32.load
        local.get $1
        local.get $12
        i32.add
        f32.load
        f32.sub
        local.get $2
        local.get $12
        i32.add
        f32.load
        f32.mul
        local.get $3
        local.get $12
        i32.add
        f32.load
        f32.add
        local.get $4
        local.get $9
        i32.add
        local.get $12
        i32.add
        f32.load
        f32.add
        local.set $15
        local.get $7
        local.get $9
        i32.add
        local.get $12
        i32.add
        f32.const 0
        local.get $15
        local.get $15
        f32.const 0
        f32.lt
        select
        f32.store
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        br $for-loop|5
       end
      end
      local.get $8
      i32.const 1
      i32.add
      local.set $8
      br $for-loop|3
     end
    end
    br $scripts/wasm/batchNormKernels/normalize|inlined.2
   end
   local.get $6
   i32.const 2
   i32.shl
   local.set $28
   i32.const 1
   i32.const 1024
   local.get $6
   i32.div_s
   local.tee $0
   local.get $0
   i32.const 0
   i32.le_s
   select
   local.set $29
   i32.const 0
   local.set $0
   loop $for-loop|6
    local.get $0
    local.get $5
    i32.lt_s
    if
     local.get $29
     local.get $5
     local.get $0
     i32.sub
     local.tee $8
     local.get $8
     local.get $29
     i32.gt_s
     select
     local.set $34
     local.get $0
     local.get $6
     i32.mul
     i32.const 2
     i32.shl
     local.set $27
     i32.const 0
     local.set $9
     loop $for-loop|7
      local.get $9
      local.get $11
      i32.lt_s
      if
       local.get $9
       i32.const 2
       i32.shl
       local.tee $8
       local.get $1
       i32.add
       v128.load
       local.set $14
       local.get $2
       local.get $8
       i32.add
       v128.load
       local.set $16
       local.get $3
       local.get $8
       i32.add
       v128.load
       local.set $17
       local.get $7
       local.get $27
       i32.add
       local.get $8
       i32.add
       local.set $12
       local.get $4
       local.get $27
       i32.add
       local.get $8
       i32.add
       local.set $13
       local.get $10
       local.get $27
       i32.add
       local.get $8
       i32.add
       local.tee $8
       local.get $28
       local.get $34
       i32.mul
       i32.add
       local.set $35
       loop $while-continue|8
        local.get $8
        local.get $35
        i32.lt_u
        if
         local.get $8
         v128.load
         local.get $14
         f32x4.sub
         local.get $16
         f32x4.mul
         local.get $17
         f32x4.add
         local.get $13
         v128.load
         f32x4.add
         local.set $18
         local.get $13
         local.get $28
         i32.add
         local.set $13
         local.get $12
         local.get $18
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.pmax
         v128.store
         local.get $8
         local.get $28
         i32.add
         local.set $8
         local.get $12
         local.get $28
         i32.add
         local.set $12
         br $while-continue|8
        end
       end
       local.get $9
       i32.const 4
       i32.add
       local.set $9
       br $for-loop|7
      end
     end
     local.get $0
     local.set $8
     loop $for-loop|9
      local.get $8
      local.get $0
      local.get $34
      i32.add
      i32.lt_s
      if
       local.get $6
       local.get $8
       i32.mul
       i32.const 2
       i32.shl
       local.set $12
       local.get $11
       local.set $9
       loop $for-loop|10
        local.get $6
        local.get $9
        i32.gt_s
        if
         local.get $9
         i32.const 2
         i32.shl
         local.tee $13
         local.get $10
         local.get $12
         i32.add
         i32.add
         f32.load
         local.get $1
         local.get $13
         i32.add
         f32.load
         f32.sub
         local.get $2
         local.get $13
         i32.add
         f32.load
         f32.mul
         local.get $3
         local.get $13
         i32.add
         f32.load
         f32.add
         local.get $4
         local.get $12
         i32.add
         local.get $13
         i32.add
         f32.load
         f32.add
         local.set $15
         local.get $7
         local.get $12
         i32.add
         local.get $13
         i32.add
         f32.const 0
         local.get $15
         local.get $15
         f32.const 0
         f32.lt
         select
         f32.store
         local.get $9
         i32.const 1
         i32.add
         local.set $9
         br $for-loop|10
        end
       end
       local.get $8
       i32.const 1
       i32.add
       local.set $8
       br $for-loop|9
      end
     end
     local.get $0
     local.get $29
     i32.add
     local.set $0
     br $for-loop|6
    end
   end
  end
 )
 (func $scripts/wasm/batchNormKernels/normalizeChannels (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 v128)
  (local $13 i32)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 i32)
  (local $27 v128)
  (local $28 i32)
  (local $29 i32)
  (local $30 v128)
  block $scripts/wasm/batchNormKernels/normalize|inlined.0
   local.get $0
   local.set $7
   local.get $5
   i32.const 15
   i32.and
   i32.eqz
   if
    local.get $5
    i32.const 2
    i32.shl
    local.set $29
    local.get $5
    i32.const 16
    i32.eq
    if (result i32)
     i32.const 1
     local.get $4
     local.get $4
     i32.const 1
     i32.le_s
     select
    else
     i32.const 1
     i32.const 2048
     local.get $5
     i32.div_s
     local.tee $0
     local.get $0
     i32.const 0
     i32.le_s
     select
    end
    local.set $26
    loop $for-loop|0
     local.get $4
     local.get $9
     i32.gt_s
     if
      local.get $26
      local.get $4
      local.get $9
      i32.sub
      local.tee $0
      local.get $0
      local.get $26
      i32.gt_s
      select
      local.set $13
      local.get $5
      local.get $9
      i32.mul
      i32.const 2
      i32.shl
      local.set $11
      i32.const 0
      local.set $10
      loop $for-loop|1
       local.get $5
       local.get $10
       i32.gt_s
       if
        local.get $10
        i32.const 2
        i32.shl
        local.tee $0
        local.get $1
        i32.add
        local.tee $8
        v128.load
        local.set $27
        local.get $8
        v128.load offset=16
        local.set $30
        local.get $8
        v128.load offset=32
        local.set $12
        local.get $8
        v128.load offset=48
        local.set $14
        local.get $0
        local.get $2
        i32.add
        local.tee $8
        v128.load
        local.set $15
        local.get $8
        v128.load offset=16
        local.set $16
        local.get $8
        v128.load offset=32
        local.set $17
        local.get $8
        v128.load offset=48
        local.set $18
        local.get $0
        local.get $3
        i32.add
        local.tee $8
        v128.load
        local.set $19
        local.get $8
        v128.load offset=16
        local.set $20
        local.get $8
        v128.load offset=32
        local.set $21
        local.get $8
        v128.load offset=48
        local.set $22
        local.get $6
        local.get $11
        i32.add
        local.get $0
        i32.add
        local.set $8
        local.get $7
        local.get $11
        i32.add
        local.get $0
        i32.add
        local.tee $0
        local.get $13
        local.get $29
        i32.mul
        i32.add
        local.set $28
        loop $while-continue|2
         local.get $0
         local.get $28
         i32.lt_u
         if
          local.get $0
          v128.load offset=16
          local.get $30
          f32x4.sub
          local.get $16
          f32x4.mul
          local.get $20
          f32x4.add
          local.set $23
          local.get $0
          v128.load offset=32
          local.get $12
          f32x4.sub
          local.get $17
          f32x4.mul
          local.get $21
          f32x4.add
          local.set $24
          local.get $0
          v128.load offset=48
          local.get $14
          f32x4.sub
          local.get $18
          f32x4.mul
          local.get $22
          f32x4.add
          local.set $25
          local.get $8
          local.get $0
          v128.load
          local.get $27
          f32x4.sub
          local.get $15
          f32x4.mul
          local.get $19
          f32x4.add
          v128.store
          local.get $8
          local.get $23
          v128.store offset=16
          local.get $8
          local.get $24
          v128.store offset=32
          local.get $8
          local.get $25
          v128.store offset=48
          local.get $0
          local.get $29
          i32.add
          local.set $0
          local.get $8
          local.get $29
          i32.add
          local.set $8
          br $while-continue|2
         end
        end
        local.get $10
        i32.const 16
        i32.add
        local.set $10
        br $for-loop|1
       end
      end
      local.get $9
      local.get $26
      i32.add
      local.set $9
      br $for-loop|0
     end
    end
    br $scripts/wasm/batchNormKernels/normalize|inlined.0
   end
   local.get $5
   i32.const -4
   i32.and
   local.set $9
   loop $for-loop|3
    local.get $4
    local.get $8
    i32.gt_s
    if
     local.get $5
     local.get $8
     i32.mul
     i32.const 2
     i32.shl
     local.set $10
     i32.const 0
     local.set $0
     loop $for-loop|4
      local.get $0
      local.get $9
      i32.lt_s
      if
       local.get $0
       i32.const 2
       i32.shl
       local.tee $11
       local.get $7
       local.get $10
       i32.add
       i32.add
       v128.load
       local.get $1
       local.get $11
       i32.add
       v128.load
       f32x4.sub
       local.get $2
       local.get $11
       i32.add
       v128.load
       f32x4.mul
       local.get $3
       local.get $11
       i32.add
       v128.load
       f32x4.add
       local.set $12
       local.get $6
       local.get $10
       i32.add
       local.get $11
       i32.add
       local.get $12
       v128.store
       local.get $0
       i32.const 4
       i32.add
       local.set $0
       br $for-loop|4
      end
     end
     loop $for-loop|5
      local.get $0
      local.get $5
      i32.lt_s
      if
       local.get $0
       i32.const 2
       i32.shl
       local.tee $11
       local.get $6
       local.get $10
       i32.add
       i32.add
       local.get $11
       local.get $7
       local.get $10
       i32.add
       i32.add
       f32.load
       local.get $1
       local.get $11
       i32.add
       f32.load
       f32.sub
       local.get $2
       local.get $11
       i32.add
       f32.load
       f32.mul
       local.get $3
       local.get $11
       i32.add
       f32.load
       f32.add
       f32.store
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $for-loop|5
      end
     end
     local.get $8
     i32.const 1
     i32.add
     local.set $8
     br $for-loop|3
    end
   end
  end
 )
 (func $scripts/wasm/batchNormKernels/channelMoments (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 i32)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 f32)
  (local $22 i32)
  (local $23 f32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 v128)
  (local $31 i32)
  (local $32 v128)
  f32.const 1
  local.get $1
  f32.convert_i32_s
  f32.div
  local.tee $21
  f32x4.splat
  local.set $9
  local.get $2
  i32.const 15
  i32.and
  i32.eqz
  local.get $1
  i32.const 0
  i32.gt_s
  i32.and
  if
   local.get $2
   i32.const 2
   i32.shl
   local.set $29
   local.get $2
   i32.const 16
   i32.eq
   if (result i32)
    i32.const 1
    local.get $1
    local.get $1
    i32.const 1
    i32.le_s
    select
   else
    i32.const 1
    i32.const 2048
    local.get $2
    i32.div_s
    local.tee $6
    local.get $6
    i32.const 0
    i32.le_s
    select
   end
   local.set $27
   loop $for-loop|0
    local.get $1
    local.get $8
    i32.gt_s
    if
     local.get $2
     local.get $8
     i32.mul
     i32.const 2
     i32.shl
     local.set $24
     local.get $27
     local.get $1
     local.get $8
     i32.sub
     local.tee $6
     local.get $6
     local.get $27
     i32.gt_s
     select
     local.tee $22
     local.get $8
     i32.add
     local.get $1
     i32.ge_s
     local.set $25
     i32.const 0
     local.set $11
     loop $for-loop|1
      local.get $2
      local.get $11
      i32.gt_s
      if
       local.get $11
       i32.const 2
       i32.shl
       local.tee $28
       local.get $0
       i32.add
       local.tee $6
       v128.load
       local.set $17
       local.get $6
       v128.load offset=16
       local.set $18
       local.get $6
       v128.load offset=32
       local.set $19
       local.get $6
       v128.load offset=48
       local.set $20
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $7
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $12
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $13
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $14
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $15
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $16
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $5
       local.get $8
       i32.const 0
       i32.gt_s
       if (result v128)
        local.get $3
        local.get $28
        i32.add
        local.tee $6
        v128.load
        local.set $7
        local.get $6
        v128.load offset=16
        local.set $12
        local.get $6
        v128.load offset=32
        local.set $13
        local.get $6
        v128.load offset=48
        local.set $14
        local.get $4
        local.get $28
        i32.add
        local.tee $6
        v128.load
        local.set $15
        local.get $6
        v128.load offset=32
        local.set $16
        local.get $6
        v128.load offset=48
        local.set $5
        local.get $6
        v128.load offset=16
       else
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       end
       local.set $10
       local.get $0
       local.get $24
       i32.add
       local.get $28
       i32.add
       local.tee $6
       local.get $22
       i32.const -2
       i32.and
       local.get $29
       i32.mul
       i32.add
       local.set $26
       loop $while-continue|2
        local.get $6
        local.get $26
        i32.lt_u
        if
         local.get $7
         local.get $6
         v128.load
         local.get $17
         f32x4.sub
         local.tee $30
         local.get $6
         local.get $29
         i32.add
         local.tee $31
         v128.load
         local.get $17
         f32x4.sub
         local.tee $32
         f32x4.add
         f32x4.add
         local.set $7
         local.get $15
         local.get $30
         local.get $30
         f32x4.mul
         local.get $32
         local.get $32
         f32x4.mul
         f32x4.add
         f32x4.add
         local.set $15
         local.get $12
         local.get $6
         v128.load offset=16
         local.get $18
         f32x4.sub
         local.tee $30
         local.get $31
         v128.load offset=16
         local.get $18
         f32x4.sub
         local.tee $32
         f32x4.add
         f32x4.add
         local.set $12
         local.get $10
         local.get $30
         local.get $30
         f32x4.mul
         local.get $32
         local.get $32
         f32x4.mul
         f32x4.add
         f32x4.add
         local.set $10
         local.get $13
         local.get $6
         v128.load offset=32
         local.get $19
         f32x4.sub
         local.tee $30
         local.get $31
         v128.load offset=32
         local.get $19
         f32x4.sub
         local.tee $32
         f32x4.add
         f32x4.add
         local.set $13
         local.get $16
         local.get $30
         local.get $30
         f32x4.mul
         local.get $32
         local.get $32
         f32x4.mul
         f32x4.add
         f32x4.add
         local.set $16
         local.get $14
         local.get $6
         v128.load offset=48
         local.get $20
         f32x4.sub
         local.tee $30
         local.get $31
         v128.load offset=48
         local.get $20
         f32x4.sub
         local.tee $32
         f32x4.add
         f32x4.add
         local.set $14
         local.get $5
         local.get $30
         local.get $30
         f32x4.mul
         local.get $32
         local.get $32
         f32x4.mul
         f32x4.add
         f32x4.add
         local.set $5
         local.get $6
         local.get $29
         i32.const 1
         i32.shl
         i32.add
         local.set $6
         br $while-continue|2
        end
       end
       local.get $22
       i32.const 1
       i32.and
       if
        local.get $7
        local.get $6
        v128.load
        local.get $17
        f32x4.sub
        local.tee $30
        f32x4.add
        local.set $7
        local.get $15
        local.get $30
        local.get $30
        f32x4.mul
        f32x4.add
        local.set $15
        local.get $12
        local.get $6
        v128.load offset=16
        local.get $18
        f32x4.sub
        local.tee $30
        f32x4.add
        local.set $12
        local.get $10
        local.get $30
        local.get $30
        f32x4.mul
        f32x4.add
        local.set $10
        local.get $13
        local.get $6
        v128.load offset=32
        local.get $19
        f32x4.sub
        local.tee $30
        f32x4.add
        local.set $13
        local.get $16
        local.get $30
        local.get $30
        f32x4.mul
        f32x4.add
        local.set $16
        local.get $14
        local.get $6
        v128.load offset=48
        local.get $20
        f32x4.sub
        local.tee $30
        f32x4.add
        local.set $14
        local.get $5
        local.get $30
        local.get $30
        f32x4.mul
        f32x4.add
        local.set $5
       end
       local.get $25
       if
        local.get $3
        local.get $28
        i32.add
        local.tee $6
        local.get $17
        local.get $7
        local.get $9
        f32x4.mul
        local.tee $7
        f32x4.add
        v128.store
        local.get $4
        local.get $28
        i32.add
        local.tee $26
        local.get $15
        local.get $9
        f32x4.mul
        local.get $7
        local.get $7
        f32x4.mul
        f32x4.sub
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.max
        v128.store
        local.get $6
        local.get $18
        local.get $12
        local.get $9
        f32x4.mul
        local.tee $7
        f32x4.add
        v128.store offset=16
        local.get $26
        local.get $10
        local.get $9
        f32x4.mul
        local.get $7
        local.get $7
        f32x4.mul
        f32x4.sub
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.max
        v128.store offset=16
        local.get $6
        local.get $19
        local.get $13
        local.get $9
        f32x4.mul
        local.tee $7
        f32x4.add
        v128.store offset=32
        local.get $26
        local.get $16
        local.get $9
        f32x4.mul
        local.get $7
        local.get $7
        f32x4.mul
        f32x4.sub
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.max
        v128.store offset=32
        local.get $6
        local.get $20
        local.get $14
        local.get $9
        f32x4.mul
        local.tee $7
        f32x4.add
        v128.store offset=48
        local.get $26
        local.get $5
        local.get $9
        f32x4.mul
        local.get $7
        local.get $7
        f32x4.mul
        f32x4.sub
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.max
        v128.store offset=48
       else
        local.get $3
        local.get $28
        i32.add
        local.tee $6
        local.get $7
        v128.store
        local.get $6
        local.get $12
        v128.store offset=16
        local.get $6
        local.get $13
        v128.store offset=32
        local.get $6
        local.get $14
        v128.store offset=48
        local.get $4
        local.get $28
        i32.add
        local.tee $6
        local.get $15
        v128.store
        local.get $6
        local.get $10
        v128.store offset=16
        local.get $6
        local.get $16
        v128.store offset=32
        local.get $6
        local.get $5
        v128.store offset=48
       end
       local.get $11
       i32.const 16
       i32.add
       local.set $11
       br $for-loop|1
      end
     end
     local.get $8
     local.get $27
     i32.add
     local.set $8
     br $for-loop|0
    end
   end
   return
  end
  local.get $0
  local.get $1
  local.get $2
  local.get $3
  call $scripts/wasm/kernels/sumRows
  local.get $4
  i32.const 0
  local.get $2
  i32.const 2
  i32.shl
  memory.fill
  local.get $2
  i32.const -4
  i32.and
  local.set $11
  loop $for-loop|3
   local.get $6
   local.get $11
   i32.lt_s
   if
    local.get $3
    local.get $6
    i32.const 2
    i32.shl
    i32.add
    local.tee $22
    local.get $22
    v128.load
    local.get $9
    f32x4.mul
    v128.store
    local.get $6
    i32.const 4
    i32.add
    local.set $6
    br $for-loop|3
   end
  end
  loop $for-loop|4
   local.get $2
   local.get $6
   i32.gt_s
   if
    local.get $3
    local.get $6
    i32.const 2
    i32.shl
    i32.add
    local.tee $22
    local.get $22
    f32.load
    local.get $21
    f32.mul
    f32.store
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|4
   end
  end
  loop $for-loop|5
   local.get $1
   local.get $8
   i32.gt_s
   if
    local.get $0
    local.get $2
    local.get $8
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    local.set $22
    i32.const 0
    local.set $6
    loop $for-loop|6
     local.get $6
     local.get $11
     i32.lt_s
     if
      local.get $22
      local.get $6
      i32.const 2
      i32.shl
      local.tee $24
      i32.add
      v128.load
      local.get $3
      local.get $24
      i32.add
      v128.load
      f32x4.sub
      local.set $5
      local.get $4
      local.get $24
      i32.add
      local.tee $24
      local.get $24
      v128.load
      local.get $5
      local.get $5
      f32x4.mul
      f32x4.add
      v128.store
      local.get $6
      i32.const 4
      i32.add
      local.set $6
      br $for-loop|6
     end
    end
    loop $for-loop|7
     local.get $2
     local.get $6
     i32.gt_s
     if
      local.get $22
      local.get $6
      i32.const 2
      i32.shl
      local.tee $24
      i32.add
      f32.load
      local.get $3
      local.get $24
      i32.add
      f32.load
      f32.sub
      local.set $23
      local.get $4
      local.get $24
      i32.add
      local.tee $24
      local.get $24
      f32.load
      local.get $23
      local.get $23
      f32.mul
      f32.add
      f32.store
      local.get $6
      i32.const 1
      i32.add
      local.set $6
      br $for-loop|7
     end
    end
    local.get $8
    i32.const 1
    i32.add
    local.set $8
    br $for-loop|5
   end
  end
  i32.const 0
  local.set $6
  loop $for-loop|8
   local.get $6
   local.get $11
   i32.lt_s
   if
    local.get $4
    local.get $6
    i32.const 2
    i32.shl
    i32.add
    local.tee $0
    local.get $0
    v128.load
    local.get $9
    f32x4.mul
    v128.store
    local.get $6
    i32.const 4
    i32.add
    local.set $6
    br $for-loop|8
   end
  end
  loop $for-loop|9
   local.get $2
   local.get $6
   i32.gt_s
   if
    local.get $4
    local.get $6
    i32.const 2
    i32.shl
    i32.add
    local.tee $0
    local.get $0
    f32.load
    local.get $21
    f32.mul
    f32.store
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|9
   end
  end
 )
 (func $scripts/wasm/batchNormKernels/channelAffine2Relu (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 v128)
  (local $18 f32)
  (local $19 i32)
  (local $20 i32)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  block $scripts/wasm/batchNormKernels/affine2|inlined.1
   local.get $0
   local.set $13
   local.get $9
   i32.const 15
   i32.and
   i32.const 1
   i32.or
   i32.eqz
   if
    local.get $9
    i32.const 2
    i32.shl
    local.set $24
    local.get $9
    i32.const 16
    i32.eq
    if (result i32)
     i32.const 1
     local.get $8
     local.get $8
     i32.const 1
     i32.le_s
     select
    else
     i32.const 1
     i32.const 2048
     local.get $9
     i32.div_s
     local.tee $0
     local.get $0
     i32.const 0
     i32.le_s
     select
    end
    local.set $25
    loop $for-loop|0
     local.get $8
     local.get $16
     i32.gt_s
     if
      local.get $25
      local.get $8
      local.get $16
      i32.sub
      local.tee $0
      local.get $0
      local.get $25
      i32.gt_s
      select
      local.set $26
      local.get $9
      local.get $16
      i32.mul
      i32.const 2
      i32.shl
      local.set $27
      i32.const 0
      local.set $15
      loop $for-loop|1
       local.get $9
       local.get $15
       i32.gt_s
       if
        local.get $15
        i32.const 2
        i32.shl
        local.tee $28
        local.get $5
        i32.add
        local.tee $0
        v128.load
        local.set $29
        local.get $0
        v128.load offset=16
        local.set $30
        local.get $0
        v128.load offset=32
        local.set $31
        local.get $0
        v128.load offset=48
        local.set $32
        local.get $6
        local.get $28
        i32.add
        local.tee $0
        v128.load
        local.set $33
        local.get $0
        v128.load offset=16
        local.set $34
        local.get $0
        v128.load offset=32
        local.set $35
        local.get $0
        v128.load offset=48
        local.set $36
        local.get $7
        local.get $28
        i32.add
        local.tee $0
        v128.load
        local.set $37
        local.get $0
        v128.load offset=16
        local.set $38
        local.get $0
        v128.load offset=32
        local.set $39
        local.get $0
        v128.load offset=48
        local.set $40
        local.get $13
        local.get $27
        i32.add
        local.get $28
        i32.add
        local.set $12
        local.get $10
        local.get $27
        i32.add
        local.get $28
        i32.add
        local.set $14
        local.get $1
        local.get $27
        i32.add
        local.get $28
        i32.add
        local.tee $11
        local.get $24
        local.get $26
        i32.mul
        i32.add
        local.set $41
        loop $while-continue|2
         local.get $11
         local.get $41
         i32.lt_u
         if
          local.get $12
          v128.load offset=16
          local.get $11
          v128.load offset=16
          local.tee $42
          local.get $2
          local.get $28
          i32.add
          local.tee $0
          v128.load offset=16
          f32x4.sub
          local.get $3
          local.get $28
          i32.add
          local.tee $19
          v128.load offset=16
          f32x4.mul
          local.get $4
          local.get $28
          i32.add
          local.tee $20
          v128.load offset=16
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.set $43
          local.get $12
          v128.load offset=32
          local.get $11
          v128.load offset=32
          local.tee $44
          local.get $0
          v128.load offset=32
          f32x4.sub
          local.get $19
          v128.load offset=32
          f32x4.mul
          local.get $20
          v128.load offset=32
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.set $17
          local.get $12
          v128.load offset=48
          local.get $11
          v128.load offset=48
          local.tee $21
          local.get $0
          v128.load offset=48
          f32x4.sub
          local.get $19
          v128.load offset=48
          f32x4.mul
          local.get $20
          v128.load offset=48
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.set $22
          local.get $14
          local.get $37
          local.get $11
          v128.load
          local.tee $23
          local.get $33
          f32x4.mul
          f32x4.add
          local.get $12
          v128.load
          local.get $23
          local.get $0
          v128.load
          f32x4.sub
          local.get $19
          v128.load
          f32x4.mul
          local.get $20
          v128.load
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.get $29
          f32x4.mul
          f32x4.add
          v128.store
          local.get $14
          local.get $38
          local.get $42
          local.get $34
          f32x4.mul
          f32x4.add
          local.get $43
          local.get $30
          f32x4.mul
          f32x4.add
          v128.store offset=16
          local.get $14
          local.get $39
          local.get $44
          local.get $35
          f32x4.mul
          f32x4.add
          local.get $17
          local.get $31
          f32x4.mul
          f32x4.add
          v128.store offset=32
          local.get $14
          local.get $40
          local.get $21
          local.get $36
          f32x4.mul
          f32x4.add
          local.get $22
          local.get $32
          f32x4.mul
          f32x4.add
          v128.store offset=48
          local.get $11
          local.get $24
          i32.add
          local.set $11
          local.get $12
          local.get $24
          i32.add
          local.set $12
          local.get $14
          local.get $24
          i32.add
          local.set $14
          br $while-continue|2
         end
        end
        local.get $15
        i32.const 16
        i32.add
        local.set $15
        br $for-loop|1
       end
      end
      local.get $16
      local.get $25
      i32.add
      local.set $16
      br $for-loop|0
     end
    end
    br $scripts/wasm/batchNormKernels/affine2|inlined.1
   end
   local.get $9
   i32.const 7
   i32.and
   i32.eqz
   if
    local.get $9
    i32.const 2
    i32.shl
    local.set $16
    i32.const 1
    i32.const 2048
    local.get $9
    i32.div_s
    local.tee $0
    local.get $0
    i32.const 0
    i32.le_s
    select
    local.set $19
    loop $for-loop|3
     local.get $8
     local.get $11
     i32.gt_s
     if
      local.get $19
      local.get $8
      local.get $11
      i32.sub
      local.tee $0
      local.get $0
      local.get $19
      i32.gt_s
      select
      local.set $20
      local.get $9
      local.get $11
      i32.mul
      i32.const 2
      i32.shl
      local.set $24
      i32.const 0
      local.set $14
      loop $for-loop|4
       local.get $9
       local.get $14
       i32.gt_s
       if
        local.get $14
        i32.const 2
        i32.shl
        local.tee $0
        local.get $5
        i32.add
        local.tee $12
        v128.load
        local.set $17
        local.get $12
        v128.load offset=16
        local.set $21
        local.get $0
        local.get $6
        i32.add
        local.tee $12
        v128.load
        local.set $22
        local.get $12
        v128.load offset=16
        local.set $23
        local.get $0
        local.get $7
        i32.add
        local.tee $12
        v128.load
        local.set $29
        local.get $12
        v128.load offset=16
        local.set $30
        local.get $0
        local.get $3
        i32.add
        local.tee $12
        v128.load
        local.set $31
        local.get $12
        v128.load offset=16
        local.set $32
        local.get $0
        local.get $2
        i32.add
        local.tee $12
        v128.load
        local.set $33
        local.get $12
        v128.load offset=16
        local.set $34
        local.get $0
        local.get $4
        i32.add
        local.tee $12
        v128.load
        local.set $35
        local.get $12
        v128.load offset=16
        local.set $36
        local.get $13
        local.get $24
        i32.add
        local.get $0
        i32.add
        local.set $15
        local.get $10
        local.get $24
        i32.add
        local.get $0
        i32.add
        local.set $12
        local.get $1
        local.get $24
        i32.add
        local.get $0
        i32.add
        local.tee $0
        local.get $16
        local.get $20
        i32.mul
        i32.add
        local.set $25
        loop $while-continue|5
         local.get $0
         local.get $25
         i32.lt_u
         if
          local.get $15
          v128.load offset=16
          local.get $0
          v128.load offset=16
          local.tee $37
          local.get $34
          f32x4.sub
          local.get $32
          f32x4.mul
          local.get $36
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.set $38
          local.get $12
          local.get $29
          local.get $0
          v128.load
          local.tee $39
          local.get $22
          f32x4.mul
          f32x4.add
          local.get $15
          v128.load
          local.get $39
          local.get $33
          f32x4.sub
          local.get $31
          f32x4.mul
          local.get $35
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.get $17
          f32x4.mul
          f32x4.add
          v128.store
          local.get $12
          local.get $30
          local.get $37
          local.get $23
          f32x4.mul
          f32x4.add
          local.get $38
          local.get $21
          f32x4.mul
          f32x4.add
          v128.store offset=16
          local.get $0
          local.get $16
          i32.add
          local.set $0
          local.get $15
          local.get $16
          i32.add
          local.set $15
          local.get $12
          local.get $16
          i32.add
          local.set $12
          br $while-continue|5
         end
        end
        local.get $14
        i32.const 8
        i32.add
        local.set $14
        br $for-loop|4
       end
      end
      local.get $11
      local.get $19
      i32.add
      local.set $11
      br $for-loop|3
     end
    end
    br $scripts/wasm/batchNormKernels/affine2|inlined.1
   end
   local.get $9
   i32.const -4
   i32.and
   local.set $14
   local.get $9
   i32.const 16
   i32.gt_s
   if
    loop $for-loop|6
     local.get $8
     local.get $12
     i32.gt_s
     if
      local.get $9
      local.get $12
      i32.mul
      i32.const 2
      i32.shl
      local.set $11
      i32.const 0
      local.set $0
      loop $for-loop|7
       local.get $0
       local.get $14
       i32.lt_s
       if
        local.get $0
        i32.const 2
        i32.shl
        local.tee $15
        local.get $1
        local.get $11
        i32.add
        i32.add
        v128.load
        local.set $17
        local.get $10
        local.get $11
        i32.add
        local.get $15
        i32.add
        local.get $7
        local.get $15
        i32.add
        v128.load
        local.get $17
        local.get $6
        local.get $15
        i32.add
        v128.load
        f32x4.mul
        f32x4.add
        local.get $11
        local.get $13
        i32.add
        local.get $15
        i32.add
        v128.load
        local.get $17
        local.get $2
        local.get $15
        i32.add
        v128.load
        f32x4.sub
        local.get $3
        local.get $15
        i32.add
        v128.load
        f32x4.mul
        local.get $4
        local.get $15
        i32.add
        v128.load
        f32x4.add
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.gt
        v128.and
        local.get $5
        local.get $15
        i32.add
        v128.load
        f32x4.mul
        f32x4.add
        v128.store
        local.get $0
        i32.const 4
        i32.add
        local.set $0
        br $for-loop|7
       end
      end
      loop $for-loop|8
       local.get $0
       local.get $9
       i32.lt_s
       if
        local.get $0
        i32.const 2
        i32.shl
        local.tee $15
        local.get $1
        local.get $11
        i32.add
        i32.add
        f32.load
        local.set $18
        local.get $10
        local.get $11
        i32.add
        local.get $15
        i32.add
        local.get $11
        local.get $13
        i32.add
        local.get $15
        i32.add
        f32.load
        f32.const 0
        local.get $18
        local.get $2
        local.get $15
        i32.add
        f32.load
        f32.sub
        local.get $3
        local.get $15
        i32.add
        f32.load
        f32.mul
        local.get $4
        local.get $15
        i32.add
        f32.load
        f32.add
        f32.const 0
        f32.gt
        select
        local.get $5
        local.get $15
        i32.add
        f32.load
        f32.mul
        local.get $18
        local.get $6
        local.get $15
        i32.add
        f32.load
        f32.mul
        f32.add
        local.get $7
        local.get $15
        i32.add
        f32.load
        f32.add
        f32.store
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        br $for-loop|8
       end
      end
      local.get $12
      i32.const 1
      i32.add
      local.set $12
      br $for-loop|6
     end
    end
    br $scripts/wasm/batchNormKernels/affine2|inlined.1
   end
   local.get $9
   i32.const 2
   i32.shl
   local.set $19
   i32.const 1
   i32.const 1024
   local.get $9
   i32.div_s
   local.tee $0
   local.get $0
   i32.const 0
   i32.le_s
   select
   local.set $20
   i32.const 0
   local.set $0
   loop $for-loop|9
    local.get $0
    local.get $8
    i32.lt_s
    if
     local.get $20
     local.get $8
     local.get $0
     i32.sub
     local.tee $11
     local.get $11
     local.get $20
     i32.gt_s
     select
     local.set $24
     local.get $0
     local.get $9
     i32.mul
     i32.const 2
     i32.shl
     local.set $25
     i32.const 0
     local.set $12
     loop $for-loop|10
      local.get $12
      local.get $14
      i32.lt_s
      if
       local.get $12
       i32.const 2
       i32.shl
       local.tee $11
       local.get $5
       i32.add
       v128.load
       local.set $17
       local.get $6
       local.get $11
       i32.add
       v128.load
       local.set $21
       local.get $7
       local.get $11
       i32.add
       v128.load
       local.set $22
       local.get $2
       local.get $11
       i32.add
       v128.load
       local.set $23
       local.get $3
       local.get $11
       i32.add
       v128.load
       local.set $29
       local.get $4
       local.get $11
       i32.add
       v128.load
       local.set $30
       local.get $13
       local.get $25
       i32.add
       local.get $11
       i32.add
       local.set $15
       local.get $10
       local.get $25
       i32.add
       local.get $11
       i32.add
       local.set $16
       local.get $1
       local.get $25
       i32.add
       local.get $11
       i32.add
       local.tee $11
       local.get $19
       local.get $24
       i32.mul
       i32.add
       local.set $26
       loop $while-continue|11
        local.get $11
        local.get $26
        i32.lt_u
        if
         local.get $16
         local.get $22
         local.get $11
         v128.load
         local.tee $31
         local.get $21
         f32x4.mul
         f32x4.add
         local.get $15
         v128.load
         local.get $31
         local.get $23
         f32x4.sub
         local.get $29
         f32x4.mul
         local.get $30
         f32x4.add
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.gt
         v128.and
         local.get $17
         f32x4.mul
         f32x4.add
         v128.store
         local.get $11
         local.get $19
         i32.add
         local.set $11
         local.get $15
         local.get $19
         i32.add
         local.set $15
         local.get $16
         local.get $19
         i32.add
         local.set $16
         br $while-continue|11
        end
       end
       local.get $12
       i32.const 4
       i32.add
       local.set $12
       br $for-loop|10
      end
     end
     local.get $0
     local.set $11
     loop $for-loop|12
      local.get $11
      local.get $0
      local.get $24
      i32.add
      i32.lt_s
      if
       local.get $9
       local.get $11
       i32.mul
       i32.const 2
       i32.shl
       local.set $15
       local.get $14
       local.set $12
       loop $for-loop|13
        local.get $9
        local.get $12
        i32.gt_s
        if
         local.get $12
         i32.const 2
         i32.shl
         local.tee $16
         local.get $1
         local.get $15
         i32.add
         i32.add
         f32.load
         local.set $18
         local.get $10
         local.get $15
         i32.add
         local.get $16
         i32.add
         local.get $13
         local.get $15
         i32.add
         local.get $16
         i32.add
         f32.load
         f32.const 0
         local.get $18
         local.get $2
         local.get $16
         i32.add
         f32.load
         f32.sub
         local.get $3
         local.get $16
         i32.add
         f32.load
         f32.mul
         local.get $4
         local.get $16
         i32.add
         f32.load
         f32.add
         f32.const 0
         f32.gt
         select
         local.get $5
         local.get $16
         i32.add
         f32.load
         f32.mul
         local.get $18
         local.get $6
         local.get $16
         i32.add
         f32.load
         f32.mul
         f32.add
         local.get $7
         local.get $16
         i32.add
         f32.load
         f32.add
         f32.store
         local.get $12
         i32.const 1
         i32.add
         local.set $12
         br $for-loop|13
        end
       end
       local.get $11
       i32.const 1
       i32.add
       local.set $11
       br $for-loop|12
      end
     end
     local.get $0
     local.get $20
     i32.add
     local.set $0
     br $for-loop|9
    end
   end
  end
 )
 (func $scripts/wasm/batchNormKernels/channelAffine2Above (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 v128)
  (local $16 f32)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 i32)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  block $scripts/wasm/batchNormKernels/affine2|inlined.2
   local.get $0
   local.set $11
   local.get $7
   i32.const 15
   i32.and
   i32.const 1
   i32.or
   i32.eqz
   if
    local.get $7
    i32.const 2
    i32.shl
    local.set $20
    local.get $7
    i32.const 16
    i32.eq
    if (result i32)
     i32.const 1
     local.get $6
     local.get $6
     i32.const 1
     i32.le_s
     select
    else
     i32.const 1
     i32.const 2048
     local.get $7
     i32.div_s
     local.tee $0
     local.get $0
     i32.const 0
     i32.le_s
     select
    end
    local.set $21
    loop $for-loop|0
     local.get $6
     local.get $13
     i32.gt_s
     if
      local.get $21
      local.get $6
      local.get $13
      i32.sub
      local.tee $0
      local.get $0
      local.get $21
      i32.gt_s
      select
      local.set $22
      local.get $7
      local.get $13
      i32.mul
      i32.const 2
      i32.shl
      local.set $23
      i32.const 0
      local.set $14
      loop $for-loop|1
       local.get $7
       local.get $14
       i32.gt_s
       if
        local.get $14
        i32.const 2
        i32.shl
        local.tee $24
        local.get $3
        i32.add
        local.tee $0
        v128.load
        local.set $25
        local.get $0
        v128.load offset=16
        local.set $26
        local.get $0
        v128.load offset=32
        local.set $15
        local.get $0
        v128.load offset=48
        local.set $27
        local.get $4
        local.get $24
        i32.add
        local.tee $0
        v128.load
        local.set $28
        local.get $0
        v128.load offset=16
        local.set $29
        local.get $0
        v128.load offset=32
        local.set $30
        local.get $0
        v128.load offset=48
        local.set $31
        local.get $5
        local.get $24
        i32.add
        local.tee $0
        v128.load
        local.set $32
        local.get $0
        v128.load offset=16
        local.set $33
        local.get $0
        v128.load offset=32
        local.set $34
        local.get $0
        v128.load offset=48
        local.set $35
        local.get $11
        local.get $23
        i32.add
        local.get $24
        i32.add
        local.set $10
        local.get $8
        local.get $23
        i32.add
        local.get $24
        i32.add
        local.set $12
        local.get $1
        local.get $23
        i32.add
        local.get $24
        i32.add
        local.tee $9
        local.get $20
        local.get $22
        i32.mul
        i32.add
        local.set $36
        loop $while-continue|2
         local.get $9
         local.get $36
         i32.lt_u
         if
          local.get $10
          v128.load offset=16
          local.get $9
          v128.load offset=16
          local.tee $17
          local.get $2
          local.get $24
          i32.add
          local.tee $0
          v128.load offset=16
          local.tee $18
          f32x4.sub
          local.get $18
          f32x4.mul
          local.get $18
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.set $37
          local.get $10
          v128.load offset=32
          local.get $9
          v128.load offset=32
          local.tee $18
          local.get $0
          v128.load offset=32
          local.tee $19
          f32x4.sub
          local.get $19
          f32x4.mul
          local.get $19
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.set $38
          local.get $10
          v128.load offset=48
          local.get $9
          v128.load offset=48
          local.tee $19
          local.get $0
          v128.load offset=48
          local.tee $39
          f32x4.sub
          local.get $39
          f32x4.mul
          local.get $39
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.set $39
          local.get $12
          local.get $32
          local.get $9
          v128.load
          local.tee $40
          local.get $28
          f32x4.mul
          f32x4.add
          local.get $10
          v128.load
          local.get $40
          local.get $0
          v128.load
          local.tee $40
          f32x4.sub
          local.get $40
          f32x4.mul
          local.get $40
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.get $25
          f32x4.mul
          f32x4.add
          v128.store
          local.get $12
          local.get $33
          local.get $17
          local.get $29
          f32x4.mul
          f32x4.add
          local.get $37
          local.get $26
          f32x4.mul
          f32x4.add
          v128.store offset=16
          local.get $12
          local.get $34
          local.get $18
          local.get $30
          f32x4.mul
          f32x4.add
          local.get $38
          local.get $15
          f32x4.mul
          f32x4.add
          v128.store offset=32
          local.get $12
          local.get $35
          local.get $19
          local.get $31
          f32x4.mul
          f32x4.add
          local.get $39
          local.get $27
          f32x4.mul
          f32x4.add
          v128.store offset=48
          local.get $9
          local.get $20
          i32.add
          local.set $9
          local.get $10
          local.get $20
          i32.add
          local.set $10
          local.get $12
          local.get $20
          i32.add
          local.set $12
          br $while-continue|2
         end
        end
        local.get $14
        i32.const 16
        i32.add
        local.set $14
        br $for-loop|1
       end
      end
      local.get $13
      local.get $21
      i32.add
      local.set $13
      br $for-loop|0
     end
    end
    br $scripts/wasm/batchNormKernels/affine2|inlined.2
   end
   local.get $7
   i32.const 7
   i32.and
   i32.eqz
   if
    local.get $7
    i32.const 2
    i32.shl
    local.set $14
    i32.const 1
    i32.const 2048
    local.get $7
    i32.div_s
    local.tee $0
    local.get $0
    i32.const 0
    i32.le_s
    select
    local.set $20
    loop $for-loop|3
     local.get $6
     local.get $9
     i32.gt_s
     if
      local.get $20
      local.get $6
      local.get $9
      i32.sub
      local.tee $0
      local.get $0
      local.get $20
      i32.gt_s
      select
      local.set $21
      local.get $7
      local.get $9
      i32.mul
      i32.const 2
      i32.shl
      local.set $22
      i32.const 0
      local.set $12
      loop $for-loop|4
       local.get $7
       local.get $12
       i32.gt_s
       if
        local.get $12
        i32.const 2
        i32.shl
        local.tee $0
        local.get $3
        i32.add
        local.tee $10
        v128.load
        local.set $15
        local.get $10
        v128.load offset=16
        local.set $17
        local.get $0
        local.get $4
        i32.add
        local.tee $10
        v128.load
        local.set $18
        local.get $10
        v128.load offset=16
        local.set $19
        local.get $0
        local.get $5
        i32.add
        local.tee $10
        v128.load
        local.set $25
        local.get $10
        v128.load offset=16
        local.set $26
        local.get $0
        local.get $2
        i32.add
        local.tee $10
        v128.load
        local.set $27
        local.get $10
        v128.load offset=16
        local.set $28
        local.get $11
        local.get $22
        i32.add
        local.get $0
        i32.add
        local.set $13
        local.get $8
        local.get $22
        i32.add
        local.get $0
        i32.add
        local.set $10
        local.get $1
        local.get $22
        i32.add
        local.get $0
        i32.add
        local.tee $0
        local.get $14
        local.get $21
        i32.mul
        i32.add
        local.set $23
        loop $while-continue|5
         local.get $0
         local.get $23
         i32.lt_u
         if
          local.get $13
          v128.load offset=16
          local.get $0
          v128.load offset=16
          local.tee $29
          local.get $28
          f32x4.ge
          v128.and
          local.set $30
          local.get $10
          local.get $25
          local.get $0
          v128.load
          local.tee $31
          local.get $18
          f32x4.mul
          f32x4.add
          local.get $13
          v128.load
          local.get $31
          local.get $27
          f32x4.ge
          v128.and
          local.get $15
          f32x4.mul
          f32x4.add
          v128.store
          local.get $10
          local.get $26
          local.get $29
          local.get $19
          f32x4.mul
          f32x4.add
          local.get $30
          local.get $17
          f32x4.mul
          f32x4.add
          v128.store offset=16
          local.get $0
          local.get $14
          i32.add
          local.set $0
          local.get $13
          local.get $14
          i32.add
          local.set $13
          local.get $10
          local.get $14
          i32.add
          local.set $10
          br $while-continue|5
         end
        end
        local.get $12
        i32.const 8
        i32.add
        local.set $12
        br $for-loop|4
       end
      end
      local.get $9
      local.get $20
      i32.add
      local.set $9
      br $for-loop|3
     end
    end
    br $scripts/wasm/batchNormKernels/affine2|inlined.2
   end
   local.get $7
   i32.const -4
   i32.and
   local.set $12
   local.get $7
   i32.const 16
   i32.gt_s
   if
    loop $for-loop|6
     local.get $6
     local.get $13
     i32.gt_s
     if
      local.get $7
      local.get $13
      i32.mul
      i32.const 2
      i32.shl
      local.set $9
      i32.const 0
      local.set $0
      loop $for-loop|7
       local.get $0
       local.get $12
       i32.lt_s
       if
        local.get $0
        i32.const 2
        i32.shl
        local.tee $10
        local.get $1
        local.get $9
        i32.add
        i32.add
        v128.load
        local.set $15
        local.get $8
        local.get $9
        i32.add
        local.get $10
        i32.add
        local.get $5
        local.get $10
        i32.add
        v128.load
        local.get $15
        local.get $4
        local.get $10
        i32.add
        v128.load
        f32x4.mul
        f32x4.add
        local.get $9
        local.get $11
        i32.add
        local.get $10
        i32.add
        v128.load
        local.get $15
        local.get $2
        local.get $10
        i32.add
        v128.load
        f32x4.ge
        v128.and
        local.get $3
        local.get $10
        i32.add
        v128.load
        f32x4.mul
        f32x4.add
        v128.store
        local.get $0
        i32.const 4
        i32.add
        local.set $0
        br $for-loop|7
       end
      end
      loop $for-loop|8
       local.get $0
       local.get $7
       i32.lt_s
       if
        local.get $0
        i32.const 2
        i32.shl
        local.tee $10
        local.get $1
        local.get $9
        i32.add
        i32.add
        f32.load
        local.set $16
        local.get $8
        local.get $9
        i32.add
        local.get $10
        i32.add
        local.get $9
        local.get $11
        i32.add
        local.get $10
        i32.add
        f32.load
        f32.const 0
        local.get $2
        local.get $10
        i32.add
        f32.load
        local.get $16
        f32.le
        select
        local.get $3
        local.get $10
        i32.add
        f32.load
        f32.mul
        local.get $16
        local.get $4
        local.get $10
        i32.add
        f32.load
        f32.mul
        f32.add
        local.get $5
        local.get $10
        i32.add
        f32.load
        f32.add
        f32.store
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        br $for-loop|8
       end
      end
      local.get $13
      i32.const 1
      i32.add
      local.set $13
      br $for-loop|6
     end
    end
    br $scripts/wasm/batchNormKernels/affine2|inlined.2
   end
   local.get $7
   i32.const 2
   i32.shl
   local.set $20
   i32.const 1
   i32.const 1024
   local.get $7
   i32.div_s
   local.tee $0
   local.get $0
   i32.const 0
   i32.le_s
   select
   local.set $21
   i32.const 0
   local.set $0
   loop $for-loop|9
    local.get $0
    local.get $6
    i32.lt_s
    if
     local.get $21
     local.get $6
     local.get $0
     i32.sub
     local.tee $9
     local.get $9
     local.get $21
     i32.gt_s
     select
     local.set $22
     local.get $0
     local.get $7
     i32.mul
     i32.const 2
     i32.shl
     local.set $23
     i32.const 0
     local.set $10
     loop $for-loop|10
      local.get $10
      local.get $12
      i32.lt_s
      if
       local.get $10
       i32.const 2
       i32.shl
       local.tee $9
       local.get $3
       i32.add
       v128.load
       local.set $15
       local.get $4
       local.get $9
       i32.add
       v128.load
       local.set $17
       local.get $5
       local.get $9
       i32.add
       v128.load
       local.set $18
       local.get $2
       local.get $9
       i32.add
       v128.load
       local.set $19
       local.get $11
       local.get $23
       i32.add
       local.get $9
       i32.add
       local.set $14
       local.get $8
       local.get $23
       i32.add
       local.get $9
       i32.add
       local.set $13
       local.get $1
       local.get $23
       i32.add
       local.get $9
       i32.add
       local.tee $9
       local.get $20
       local.get $22
       i32.mul
       i32.add
       local.set $24
       loop $while-continue|11
        local.get $9
        local.get $24
        i32.lt_u
        if
         local.get $13
         local.get $18
         local.get $9
         v128.load
         local.tee $25
         local.get $17
         f32x4.mul
         f32x4.add
         local.get $14
         v128.load
         local.get $25
         local.get $19
         f32x4.ge
         v128.and
         local.get $15
         f32x4.mul
         f32x4.add
         v128.store
         local.get $9
         local.get $20
         i32.add
         local.set $9
         local.get $14
         local.get $20
         i32.add
         local.set $14
         local.get $13
         local.get $20
         i32.add
         local.set $13
         br $while-continue|11
        end
       end
       local.get $10
       i32.const 4
       i32.add
       local.set $10
       br $for-loop|10
      end
     end
     local.get $0
     local.set $9
     loop $for-loop|12
      local.get $9
      local.get $0
      local.get $22
      i32.add
      i32.lt_s
      if
       local.get $7
       local.get $9
       i32.mul
       i32.const 2
       i32.shl
       local.set $13
       local.get $12
       local.set $10
       loop $for-loop|13
        local.get $7
        local.get $10
        i32.gt_s
        if
         local.get $10
         i32.const 2
         i32.shl
         local.tee $14
         local.get $1
         local.get $13
         i32.add
         i32.add
         f32.load
         local.set $16
         local.get $8
         local.get $13
         i32.add
         local.get $14
         i32.add
         local.get $11
         local.get $13
         i32.add
         local.get $14
         i32.add
         f32.load
         f32.const 0
         local.get $2
         local.get $14
         i32.add
         f32.load
         local.get $16
         f32.le
         select
         local.get $3
         local.get $14
         i32.add
         f32.load
         f32.mul
         local.get $16
         local.get $4
         local.get $14
         i32.add
         f32.load
         f32.mul
         f32.add
         local.get $5
         local.get $14
         i32.add
         f32.load
         f32.add
         f32.store
         local.get $10
         i32.const 1
         i32.add
         local.set $10
         br $for-loop|13
        end
       end
       local.get $9
       i32.const 1
       i32.add
       local.set $9
       br $for-loop|12
      end
     end
     local.get $0
     local.get $21
     i32.add
     local.set $0
     br $for-loop|9
    end
   end
  end
 )
 (func $scripts/wasm/batchNormKernels/channelAffine2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  block $scripts/wasm/batchNormKernels/affine2|inlined.0
   local.get $0
   local.set $8
   local.get $6
   i32.const 15
   i32.and
   i32.eqz
   if
    local.get $6
    i32.const 2
    i32.shl
    local.set $35
    local.get $6
    i32.const 16
    i32.eq
    if (result i32)
     i32.const 1
     local.get $5
     local.get $5
     i32.const 1
     i32.le_s
     select
    else
     i32.const 1
     i32.const 2048
     local.get $6
     i32.div_s
     local.tee $0
     local.get $0
     i32.const 0
     i32.le_s
     select
    end
    local.set $33
    loop $for-loop|0
     local.get $5
     local.get $10
     i32.gt_s
     if
      local.get $33
      local.get $5
      local.get $10
      i32.sub
      local.tee $0
      local.get $0
      local.get $33
      i32.gt_s
      select
      local.set $14
      local.get $6
      local.get $10
      i32.mul
      i32.const 2
      i32.shl
      local.set $13
      i32.const 0
      local.set $12
      loop $for-loop|1
       local.get $6
       local.get $12
       i32.gt_s
       if
        local.get $12
        i32.const 2
        i32.shl
        local.tee $0
        local.get $2
        i32.add
        local.tee $9
        v128.load
        local.set $15
        local.get $9
        v128.load offset=16
        local.set $16
        local.get $9
        v128.load offset=32
        local.set $17
        local.get $9
        v128.load offset=48
        local.set $18
        local.get $0
        local.get $3
        i32.add
        local.tee $9
        v128.load
        local.set $19
        local.get $9
        v128.load offset=16
        local.set $20
        local.get $9
        v128.load offset=32
        local.set $21
        local.get $9
        v128.load offset=48
        local.set $22
        local.get $0
        local.get $4
        i32.add
        local.tee $9
        v128.load
        local.set $23
        local.get $9
        v128.load offset=16
        local.set $24
        local.get $9
        v128.load offset=32
        local.set $25
        local.get $9
        v128.load offset=48
        local.set $26
        local.get $8
        local.get $13
        i32.add
        local.get $0
        i32.add
        local.set $9
        local.get $7
        local.get $13
        i32.add
        local.get $0
        i32.add
        local.set $11
        local.get $1
        local.get $13
        i32.add
        local.get $0
        i32.add
        local.tee $0
        local.get $14
        local.get $35
        i32.mul
        i32.add
        local.set $34
        loop $while-continue|2
         local.get $0
         local.get $34
         i32.lt_u
         if
          local.get $0
          v128.load offset=16
          local.set $27
          local.get $0
          v128.load offset=32
          local.set $28
          local.get $0
          v128.load offset=48
          local.set $29
          local.get $9
          v128.load offset=16
          local.set $30
          local.get $9
          v128.load offset=32
          local.set $31
          local.get $9
          v128.load offset=48
          local.set $32
          local.get $11
          local.get $23
          local.get $0
          v128.load
          local.get $19
          f32x4.mul
          f32x4.add
          local.get $9
          v128.load
          local.get $15
          f32x4.mul
          f32x4.add
          v128.store
          local.get $11
          local.get $24
          local.get $27
          local.get $20
          f32x4.mul
          f32x4.add
          local.get $30
          local.get $16
          f32x4.mul
          f32x4.add
          v128.store offset=16
          local.get $11
          local.get $25
          local.get $28
          local.get $21
          f32x4.mul
          f32x4.add
          local.get $31
          local.get $17
          f32x4.mul
          f32x4.add
          v128.store offset=32
          local.get $11
          local.get $26
          local.get $29
          local.get $22
          f32x4.mul
          f32x4.add
          local.get $32
          local.get $18
          f32x4.mul
          f32x4.add
          v128.store offset=48
          local.get $0
          local.get $35
          i32.add
          local.set $0
          local.get $9
          local.get $35
          i32.add
          local.set $9
          local.get $11
          local.get $35
          i32.add
          local.set $11
          br $while-continue|2
         end
        end
        local.get $12
        i32.const 16
        i32.add
        local.set $12
        br $for-loop|1
       end
      end
      local.get $10
      local.get $33
      i32.add
      local.set $10
      br $for-loop|0
     end
    end
    br $scripts/wasm/batchNormKernels/affine2|inlined.0
   end
   local.get $6
   i32.const -4
   i32.and
   local.set $9
   loop $for-loop|6
    local.get $5
    local.get $10
    i32.gt_s
    if
     local.get $6
     local.get $10
     i32.mul
     i32.const 2
     i32.shl
     local.set $11
     i32.const 0
     local.set $0
     loop $for-loop|7
      local.get $0
      local.get $9
      i32.lt_s
      if
       local.get $0
       i32.const 2
       i32.shl
       local.tee $12
       local.get $7
       local.get $11
       i32.add
       i32.add
       local.get $4
       local.get $12
       i32.add
       v128.load
       local.get $12
       local.get $1
       local.get $11
       i32.add
       i32.add
       v128.load
       local.get $3
       local.get $12
       i32.add
       v128.load
       f32x4.mul
       f32x4.add
       local.get $8
       local.get $11
       i32.add
       local.get $12
       i32.add
       v128.load
       local.get $2
       local.get $12
       i32.add
       v128.load
       f32x4.mul
       f32x4.add
       v128.store
       local.get $0
       i32.const 4
       i32.add
       local.set $0
       br $for-loop|7
      end
     end
     loop $for-loop|8
      local.get $0
      local.get $6
      i32.lt_s
      if
       local.get $0
       i32.const 2
       i32.shl
       local.tee $12
       local.get $7
       local.get $11
       i32.add
       i32.add
       local.get $8
       local.get $11
       i32.add
       local.get $12
       i32.add
       f32.load
       local.get $2
       local.get $12
       i32.add
       f32.load
       f32.mul
       local.get $12
       local.get $1
       local.get $11
       i32.add
       i32.add
       f32.load
       local.get $3
       local.get $12
       i32.add
       f32.load
       f32.mul
       f32.add
       local.get $4
       local.get $12
       i32.add
       f32.load
       f32.add
       f32.store
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $for-loop|8
      end
     end
     local.get $10
     i32.const 1
     i32.add
     local.set $10
     br $for-loop|6
    end
   end
  end
 )
 (func $scripts/wasm/batchNormKernels/batchNormReluGradSums (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 i32)
  (local $12 v128)
  (local $13 v128)
  (local $14 i32)
  (local $15 i32)
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
  (local $19 v128)
  (local $20 v128)
  (local $21 f32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 v128)
  (local $28 v128)
  (local $29 i32)
  (local $30 v128)
  (local $31 v128)
  (local $32 i32)
  (local $33 i32)
  (local $34 v128)
  (local $35 v128)
  (local $36 i32)
  (local $37 i32)
  (local $38 v128)
  (local $39 v128)
  (local $40 f32)
  block $scripts/wasm/batchNormKernels/gradSums|inlined.1
   local.get $6
   i32.const 7
   i32.and
   i32.eqz
   local.get $5
   i32.const 0
   i32.gt_s
   i32.and
   if
    local.get $6
    i32.const 2
    i32.shl
    local.set $22
    i32.const 1
    i32.const 2048
    local.get $6
    i32.div_s
    local.tee $11
    local.get $11
    i32.const 0
    i32.le_s
    select
    local.set $23
    loop $for-loop|0
     local.get $5
     local.get $15
     i32.gt_s
     if
      local.get $23
      local.get $5
      local.get $15
      i32.sub
      local.tee $11
      local.get $11
      local.get $23
      i32.gt_s
      select
      local.set $24
      local.get $6
      local.get $15
      i32.mul
      i32.const 2
      i32.shl
      local.set $25
      i32.const 0
      local.set $18
      loop $for-loop|1
       local.get $6
       local.get $18
       i32.gt_s
       if
        local.get $2
        local.get $18
        i32.const 2
        i32.shl
        local.tee $26
        i32.add
        local.tee $11
        v128.load
        local.set $10
        local.get $11
        v128.load offset=16
        local.set $17
        local.get $3
        local.get $26
        i32.add
        local.tee $11
        v128.load
        local.set $19
        local.get $11
        v128.load offset=16
        local.set $20
        local.get $4
        local.get $26
        i32.add
        local.tee $11
        v128.load
        local.set $27
        local.get $11
        v128.load offset=16
        local.set $28
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $13
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $12
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $16
        local.get $15
        i32.const 0
        i32.gt_s
        if (result v128)
         local.get $7
         local.get $26
         i32.add
         local.tee $11
         v128.load
         local.set $13
         local.get $11
         v128.load offset=16
         local.set $12
         local.get $8
         local.get $26
         i32.add
         local.tee $11
         v128.load
         local.set $16
         local.get $11
         v128.load offset=16
        else
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        end
        local.set $9
        local.get $1
        local.get $25
        i32.add
        local.get $26
        i32.add
        local.set $14
        local.get $0
        local.get $25
        i32.add
        local.get $26
        i32.add
        local.tee $11
        local.get $24
        i32.const -2
        i32.and
        local.get $22
        i32.mul
        i32.add
        local.set $29
        loop $while-continue|2
         local.get $11
         local.get $29
         i32.lt_u
         if
          local.get $13
          local.get $14
          v128.load
          local.get $11
          v128.load
          local.get $10
          f32x4.sub
          local.tee $30
          local.get $19
          f32x4.mul
          local.get $27
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.tee $31
          local.get $14
          local.get $22
          i32.add
          local.tee $32
          v128.load
          local.get $11
          local.get $22
          i32.add
          local.tee $33
          v128.load
          local.get $10
          f32x4.sub
          local.tee $34
          local.get $19
          f32x4.mul
          local.get $27
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.tee $35
          f32x4.add
          f32x4.add
          local.set $13
          local.get $16
          local.get $31
          local.get $30
          f32x4.mul
          local.get $35
          local.get $34
          f32x4.mul
          f32x4.add
          f32x4.add
          local.set $16
          local.get $12
          local.get $14
          v128.load offset=16
          local.get $11
          v128.load offset=16
          local.get $17
          f32x4.sub
          local.tee $30
          local.get $20
          f32x4.mul
          local.get $28
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.tee $31
          local.get $32
          v128.load offset=16
          local.get $33
          v128.load offset=16
          local.get $17
          f32x4.sub
          local.tee $34
          local.get $20
          f32x4.mul
          local.get $28
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.tee $35
          f32x4.add
          f32x4.add
          local.set $12
          local.get $9
          local.get $31
          local.get $30
          f32x4.mul
          local.get $35
          local.get $34
          f32x4.mul
          f32x4.add
          f32x4.add
          local.set $9
          local.get $22
          i32.const 1
          i32.shl
          local.tee $32
          local.get $11
          i32.add
          local.set $11
          local.get $14
          local.get $32
          i32.add
          local.set $14
          br $while-continue|2
         end
        end
        local.get $24
        i32.const 1
        i32.and
        if
         local.get $13
         local.get $14
         v128.load
         local.get $11
         v128.load
         local.get $10
         f32x4.sub
         local.tee $10
         local.get $19
         f32x4.mul
         local.get $27
         f32x4.add
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.gt
         v128.and
         local.tee $19
         f32x4.add
         local.set $13
         local.get $16
         local.get $19
         local.get $10
         f32x4.mul
         f32x4.add
         local.set $16
         local.get $12
         local.get $14
         v128.load offset=16
         local.get $11
         v128.load offset=16
         local.get $17
         f32x4.sub
         local.tee $10
         local.get $20
         f32x4.mul
         local.get $28
         f32x4.add
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.gt
         v128.and
         local.tee $17
         f32x4.add
         local.set $12
         local.get $9
         local.get $17
         local.get $10
         f32x4.mul
         f32x4.add
         local.set $9
        end
        local.get $7
        local.get $26
        i32.add
        local.tee $11
        local.get $13
        v128.store
        local.get $11
        local.get $12
        v128.store offset=16
        local.get $8
        local.get $26
        i32.add
        local.tee $11
        local.get $16
        v128.store
        local.get $11
        local.get $9
        v128.store offset=16
        local.get $18
        i32.const 8
        i32.add
        local.set $18
        br $for-loop|1
       end
      end
      local.get $15
      local.get $23
      i32.add
      local.set $15
      br $for-loop|0
     end
    end
    br $scripts/wasm/batchNormKernels/gradSums|inlined.1
   end
   local.get $6
   i32.const 15
   i32.and
   i32.eqz
   local.get $5
   i32.const 0
   i32.gt_s
   i32.and
   if
    local.get $6
    i32.const 2
    i32.shl
    local.set $24
    local.get $6
    i32.const 16
    i32.eq
    if (result i32)
     i32.const 1
     local.get $5
     local.get $5
     i32.const 1
     i32.le_s
     select
    else
     i32.const 1
     i32.const 2048
     local.get $6
     i32.div_s
     local.tee $11
     local.get $11
     i32.const 0
     i32.le_s
     select
    end
    local.set $25
    loop $for-loop|3
     local.get $5
     local.get $14
     i32.gt_s
     if
      local.get $25
      local.get $5
      local.get $14
      i32.sub
      local.tee $11
      local.get $11
      local.get $25
      i32.gt_s
      select
      local.set $26
      local.get $6
      local.get $14
      i32.mul
      i32.const 2
      i32.shl
      local.set $29
      i32.const 0
      local.set $18
      loop $for-loop|4
       local.get $6
       local.get $18
       i32.gt_s
       if
        local.get $2
        local.get $18
        i32.const 2
        i32.shl
        local.tee $32
        i32.add
        local.tee $11
        v128.load
        local.set $27
        local.get $11
        v128.load offset=16
        local.set $28
        local.get $11
        v128.load offset=32
        local.set $30
        local.get $11
        v128.load offset=48
        local.set $31
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $16
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $9
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $12
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $13
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $17
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $20
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $10
        local.get $14
        i32.const 0
        i32.gt_s
        if (result v128)
         local.get $7
         local.get $32
         i32.add
         local.tee $11
         v128.load
         local.set $16
         local.get $11
         v128.load offset=16
         local.set $9
         local.get $11
         v128.load offset=32
         local.set $12
         local.get $11
         v128.load offset=48
         local.set $13
         local.get $8
         local.get $32
         i32.add
         local.tee $11
         v128.load
         local.set $17
         local.get $11
         v128.load offset=32
         local.set $20
         local.get $11
         v128.load offset=48
         local.set $10
         local.get $11
         v128.load offset=16
        else
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        end
        local.set $19
        local.get $1
        local.get $29
        i32.add
        local.get $32
        i32.add
        local.set $15
        local.get $0
        local.get $29
        i32.add
        local.get $32
        i32.add
        local.tee $11
        local.get $26
        i32.const -2
        i32.and
        local.get $24
        i32.mul
        i32.add
        local.set $33
        loop $while-continue|5
         local.get $11
         local.get $33
         i32.lt_u
         if
          local.get $16
          local.get $15
          v128.load
          local.get $11
          v128.load
          local.get $27
          f32x4.sub
          local.tee $34
          local.get $3
          local.get $32
          i32.add
          local.tee $36
          v128.load
          local.tee $16
          f32x4.mul
          local.get $4
          local.get $32
          i32.add
          local.tee $37
          v128.load
          local.tee $35
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.tee $38
          local.get $15
          local.get $24
          i32.add
          local.tee $22
          v128.load
          local.get $11
          local.get $24
          i32.add
          local.tee $23
          v128.load
          local.get $27
          f32x4.sub
          local.tee $39
          local.get $16
          f32x4.mul
          local.get $35
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.tee $35
          f32x4.add
          f32x4.add
          local.set $16
          local.get $17
          local.get $38
          local.get $34
          f32x4.mul
          local.get $35
          local.get $39
          f32x4.mul
          f32x4.add
          f32x4.add
          local.set $17
          local.get $9
          local.get $15
          v128.load offset=16
          local.get $11
          v128.load offset=16
          local.get $28
          f32x4.sub
          local.tee $34
          local.get $36
          v128.load offset=16
          local.tee $9
          f32x4.mul
          local.get $37
          v128.load offset=16
          local.tee $35
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.tee $38
          local.get $22
          v128.load offset=16
          local.get $23
          v128.load offset=16
          local.get $28
          f32x4.sub
          local.tee $39
          local.get $9
          f32x4.mul
          local.get $35
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.tee $35
          f32x4.add
          f32x4.add
          local.set $9
          local.get $19
          local.get $38
          local.get $34
          f32x4.mul
          local.get $35
          local.get $39
          f32x4.mul
          f32x4.add
          f32x4.add
          local.set $19
          local.get $12
          local.get $15
          v128.load offset=32
          local.get $11
          v128.load offset=32
          local.get $30
          f32x4.sub
          local.tee $34
          local.get $36
          v128.load offset=32
          local.tee $12
          f32x4.mul
          local.get $37
          v128.load offset=32
          local.tee $35
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.tee $38
          local.get $22
          v128.load offset=32
          local.get $23
          v128.load offset=32
          local.get $30
          f32x4.sub
          local.tee $39
          local.get $12
          f32x4.mul
          local.get $35
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.tee $35
          f32x4.add
          f32x4.add
          local.set $12
          local.get $20
          local.get $38
          local.get $34
          f32x4.mul
          local.get $35
          local.get $39
          f32x4.mul
          f32x4.add
          f32x4.add
          local.set $20
          local.get $13
          local.get $15
          v128.load offset=48
          local.get $11
          v128.load offset=48
          local.get $31
          f32x4.sub
          local.tee $34
          local.get $36
          v128.load offset=48
          local.tee $13
          f32x4.mul
          local.get $37
          v128.load offset=48
          local.tee $35
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.tee $38
          local.get $22
          v128.load offset=48
          local.get $23
          v128.load offset=48
          local.get $31
          f32x4.sub
          local.tee $39
          local.get $13
          f32x4.mul
          local.get $35
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.tee $35
          f32x4.add
          f32x4.add
          local.set $13
          local.get $10
          local.get $38
          local.get $34
          f32x4.mul
          local.get $35
          local.get $39
          f32x4.mul
          f32x4.add
          f32x4.add
          local.set $10
          local.get $24
          i32.const 1
          i32.shl
          local.tee $22
          local.get $11
          i32.add
          local.set $11
          local.get $15
          local.get $22
          i32.add
          local.set $15
          br $while-continue|5
         end
        end
        local.get $26
        i32.const 1
        i32.and
        if
         local.get $16
         local.get $15
         v128.load
         local.get $11
         v128.load
         local.get $27
         f32x4.sub
         local.tee $27
         local.get $3
         local.get $32
         i32.add
         local.tee $22
         v128.load
         f32x4.mul
         local.get $4
         local.get $32
         i32.add
         local.tee $23
         v128.load
         f32x4.add
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.gt
         v128.and
         local.tee $34
         f32x4.add
         local.set $16
         local.get $17
         local.get $34
         local.get $27
         f32x4.mul
         f32x4.add
         local.set $17
         local.get $9
         local.get $15
         v128.load offset=16
         local.get $11
         v128.load offset=16
         local.get $28
         f32x4.sub
         local.tee $27
         local.get $22
         v128.load offset=16
         f32x4.mul
         local.get $23
         v128.load offset=16
         f32x4.add
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.gt
         v128.and
         local.tee $28
         f32x4.add
         local.set $9
         local.get $19
         local.get $28
         local.get $27
         f32x4.mul
         f32x4.add
         local.set $19
         local.get $12
         local.get $15
         v128.load offset=32
         local.get $11
         v128.load offset=32
         local.get $30
         f32x4.sub
         local.tee $27
         local.get $22
         v128.load offset=32
         f32x4.mul
         local.get $23
         v128.load offset=32
         f32x4.add
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.gt
         v128.and
         local.tee $28
         f32x4.add
         local.set $12
         local.get $20
         local.get $28
         local.get $27
         f32x4.mul
         f32x4.add
         local.set $20
         local.get $13
         local.get $15
         v128.load offset=48
         local.get $11
         v128.load offset=48
         local.get $31
         f32x4.sub
         local.tee $27
         local.get $22
         v128.load offset=48
         f32x4.mul
         local.get $23
         v128.load offset=48
         f32x4.add
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.gt
         v128.and
         local.tee $28
         f32x4.add
         local.set $13
         local.get $10
         local.get $28
         local.get $27
         f32x4.mul
         f32x4.add
         local.set $10
        end
        local.get $7
        local.get $32
        i32.add
        local.tee $11
        local.get $16
        v128.store
        local.get $11
        local.get $9
        v128.store offset=16
        local.get $11
        local.get $12
        v128.store offset=32
        local.get $11
        local.get $13
        v128.store offset=48
        local.get $8
        local.get $32
        i32.add
        local.tee $11
        local.get $17
        v128.store
        local.get $11
        local.get $19
        v128.store offset=16
        local.get $11
        local.get $20
        v128.store offset=32
        local.get $11
        local.get $10
        v128.store offset=48
        local.get $18
        i32.const 16
        i32.add
        local.set $18
        br $for-loop|4
       end
      end
      local.get $14
      local.get $25
      i32.add
      local.set $14
      br $for-loop|3
     end
    end
    br $scripts/wasm/batchNormKernels/gradSums|inlined.1
   end
   local.get $7
   i32.const 0
   local.get $6
   i32.const 2
   i32.shl
   local.tee $11
   memory.fill
   local.get $8
   i32.const 0
   local.get $11
   memory.fill
   local.get $6
   i32.const -4
   i32.and
   local.set $14
   loop $for-loop|6
    local.get $5
    local.get $15
    i32.gt_s
    if
     local.get $6
     local.get $15
     i32.mul
     i32.const 2
     i32.shl
     local.set $18
     i32.const 0
     local.set $11
     loop $for-loop|7
      local.get $11
      local.get $14
      i32.lt_s
      if
       local.get $11
       i32.const 2
       i32.shl
       local.tee $22
       local.get $1
       local.get $18
       i32.add
       i32.add
       v128.load
       local.set $9
       local.get $7
       local.get $22
       i32.add
       local.tee $23
       local.get $23
       v128.load
       local.get $9
       local.get $0
       local.get $18
       i32.add
       local.get $22
       i32.add
       v128.load
       local.get $2
       local.get $22
       i32.add
       v128.load
       f32x4.sub
       local.tee $9
       local.get $3
       local.get $22
       i32.add
       v128.load
       f32x4.mul
       local.get $4
       local.get $22
       i32.add
       v128.load
       f32x4.add
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       f32x4.gt
       v128.and
       local.tee $10
       f32x4.add
       v128.store
       local.get $8
       local.get $22
       i32.add
       local.tee $22
       local.get $22
       v128.load
       local.get $10
       local.get $9
       f32x4.mul
       f32x4.add
       v128.store
       local.get $11
       i32.const 4
       i32.add
       local.set $11
       br $for-loop|7
      end
     end
     loop $for-loop|8
      local.get $6
      local.get $11
      i32.gt_s
      if
       local.get $11
       i32.const 2
       i32.shl
       local.tee $22
       local.get $0
       local.get $18
       i32.add
       i32.add
       f32.load
       local.get $2
       local.get $22
       i32.add
       f32.load
       f32.sub
       local.set $21
       local.get $7
       local.get $22
       i32.add
       local.tee $23
       local.get $23
       f32.load
       local.get $1
       local.get $18
       i32.add
       local.get $22
       i32.add
       f32.load
       f32.const 0
       local.get $21
       local.get $3
       local.get $22
       i32.add
       f32.load
       f32.mul
       local.get $4
       local.get $22
       i32.add
       f32.load
       f32.add
       f32.const 0
       f32.gt
       select
       local.tee $40
       f32.add
       f32.store
       local.get $8
       local.get $22
       i32.add
       local.tee $22
       local.get $22
       f32.load
       local.get $40
       local.get $21
       f32.mul
       f32.add
       f32.store
       local.get $11
       i32.const 1
       i32.add
       local.set $11
       br $for-loop|8
      end
     end
     local.get $15
     i32.const 1
     i32.add
     local.set $15
     br $for-loop|6
    end
   end
  end
 )
 (func $scripts/wasm/batchNormKernels/batchNormMaskGradSums (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 f32)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 f32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 v128)
  local.get $5
  i32.const 15
  i32.and
  i32.eqz
  local.get $4
  i32.const 0
  i32.gt_s
  i32.and
  if
   local.get $5
   i32.const 2
   i32.shl
   local.set $28
   local.get $5
   i32.const 16
   i32.eq
   if (result i32)
    i32.const 1
    local.get $4
    local.get $4
    i32.const 1
    i32.le_s
    select
   else
    i32.const 1
    i32.const 2048
    local.get $5
    i32.div_s
    local.tee $9
    local.get $9
    i32.const 0
    i32.le_s
    select
   end
   local.set $29
   loop $for-loop|0
    local.get $4
    local.get $11
    i32.gt_s
    if
     local.get $29
     local.get $4
     local.get $11
     i32.sub
     local.tee $9
     local.get $9
     local.get $29
     i32.gt_s
     select
     local.set $30
     local.get $5
     local.get $11
     i32.mul
     i32.const 2
     i32.shl
     local.set $31
     i32.const 0
     local.set $10
     loop $for-loop|1
      local.get $5
      local.get $10
      i32.gt_s
      if
       local.get $10
       i32.const 2
       i32.shl
       local.tee $32
       local.get $3
       i32.add
       local.tee $9
       v128.load
       local.set $21
       local.get $9
       v128.load offset=16
       local.set $22
       local.get $9
       v128.load offset=32
       local.set $23
       local.get $9
       v128.load offset=48
       local.set $24
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $12
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $13
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $15
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $14
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $17
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $18
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $19
       local.get $11
       i32.const 0
       i32.gt_s
       if (result v128)
        local.get $6
        local.get $32
        i32.add
        local.tee $9
        v128.load
        local.set $12
        local.get $9
        v128.load offset=16
        local.set $13
        local.get $9
        v128.load offset=32
        local.set $15
        local.get $9
        v128.load offset=48
        local.set $14
        local.get $7
        local.get $32
        i32.add
        local.tee $9
        v128.load
        local.set $17
        local.get $9
        v128.load offset=32
        local.set $18
        local.get $9
        v128.load offset=48
        local.set $19
        local.get $9
        v128.load offset=16
       else
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       end
       local.set $16
       local.get $31
       local.get $32
       i32.add
       local.tee $9
       local.get $28
       local.get $30
       i32.mul
       i32.add
       local.set $33
       loop $while-continue|2
        local.get $9
        local.get $33
        i32.lt_u
        if
         local.get $8
         local.get $9
         i32.add
         local.tee $34
         local.get $1
         local.get $9
         i32.add
         local.tee $35
         v128.load
         local.get $2
         local.get $9
         i32.add
         local.tee $26
         v128.load
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.gt
         v128.and
         local.tee $36
         v128.store
         local.get $12
         local.get $36
         f32x4.add
         local.set $12
         local.get $17
         local.get $36
         local.get $0
         local.get $9
         i32.add
         local.tee $27
         v128.load
         local.get $21
         f32x4.sub
         f32x4.mul
         f32x4.add
         local.set $17
         local.get $34
         local.get $35
         v128.load offset=16
         local.get $26
         v128.load offset=16
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.gt
         v128.and
         local.tee $36
         v128.store offset=16
         local.get $13
         local.get $36
         f32x4.add
         local.set $13
         local.get $16
         local.get $36
         local.get $27
         v128.load offset=16
         local.get $22
         f32x4.sub
         f32x4.mul
         f32x4.add
         local.set $16
         local.get $34
         local.get $35
         v128.load offset=32
         local.get $26
         v128.load offset=32
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.gt
         v128.and
         local.tee $36
         v128.store offset=32
         local.get $15
         local.get $36
         f32x4.add
         local.set $15
         local.get $18
         local.get $36
         local.get $27
         v128.load offset=32
         local.get $23
         f32x4.sub
         f32x4.mul
         f32x4.add
         local.set $18
         local.get $34
         local.get $35
         v128.load offset=48
         local.get $26
         v128.load offset=48
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.gt
         v128.and
         local.tee $36
         v128.store offset=48
         local.get $14
         local.get $36
         f32x4.add
         local.set $14
         local.get $19
         local.get $36
         local.get $27
         v128.load offset=48
         local.get $24
         f32x4.sub
         f32x4.mul
         f32x4.add
         local.set $19
         local.get $9
         local.get $28
         i32.add
         local.set $9
         br $while-continue|2
        end
       end
       local.get $6
       local.get $32
       i32.add
       local.tee $9
       local.get $12
       v128.store
       local.get $9
       local.get $13
       v128.store offset=16
       local.get $9
       local.get $15
       v128.store offset=32
       local.get $9
       local.get $14
       v128.store offset=48
       local.get $7
       local.get $32
       i32.add
       local.tee $9
       local.get $17
       v128.store
       local.get $9
       local.get $16
       v128.store offset=16
       local.get $9
       local.get $18
       v128.store offset=32
       local.get $9
       local.get $19
       v128.store offset=48
       local.get $10
       i32.const 16
       i32.add
       local.set $10
       br $for-loop|1
      end
     end
     local.get $11
     local.get $29
     i32.add
     local.set $11
     br $for-loop|0
    end
   end
   return
  end
  local.get $5
  i32.const 7
  i32.and
  i32.eqz
  local.get $4
  i32.const 0
  i32.gt_s
  i32.and
  if
   local.get $5
   i32.const 2
   i32.shl
   local.set $26
   i32.const 1
   i32.const 2048
   local.get $5
   i32.div_s
   local.tee $9
   local.get $9
   i32.const 0
   i32.le_s
   select
   local.set $27
   loop $for-loop|3
    local.get $4
    local.get $10
    i32.gt_s
    if
     local.get $27
     local.get $4
     local.get $10
     i32.sub
     local.tee $9
     local.get $9
     local.get $27
     i32.gt_s
     select
     local.set $28
     local.get $5
     local.get $10
     i32.mul
     i32.const 2
     i32.shl
     local.set $29
     i32.const 0
     local.set $11
     loop $for-loop|4
      local.get $5
      local.get $11
      i32.gt_s
      if
       local.get $11
       i32.const 2
       i32.shl
       local.tee $30
       local.get $3
       i32.add
       local.tee $9
       v128.load
       local.set $16
       local.get $9
       v128.load offset=16
       local.set $17
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $12
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $13
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $15
       local.get $10
       i32.const 0
       i32.gt_s
       if (result v128)
        local.get $6
        local.get $30
        i32.add
        local.tee $9
        v128.load
        local.set $12
        local.get $9
        v128.load offset=16
        local.set $13
        local.get $7
        local.get $30
        i32.add
        local.tee $9
        v128.load
        local.set $15
        local.get $9
        v128.load offset=16
       else
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       end
       local.set $14
       local.get $29
       local.get $30
       i32.add
       local.tee $9
       local.get $26
       local.get $28
       i32.mul
       i32.add
       local.set $31
       loop $while-continue|5
        local.get $9
        local.get $31
        i32.lt_u
        if
         local.get $1
         local.get $9
         i32.add
         local.tee $32
         v128.load
         local.get $2
         local.get $9
         i32.add
         local.tee $33
         v128.load
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.gt
         v128.and
         local.set $18
         local.get $32
         v128.load offset=16
         local.get $33
         v128.load offset=16
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.gt
         v128.and
         local.set $19
         local.get $8
         local.get $9
         i32.add
         local.tee $32
         local.get $18
         v128.store
         local.get $32
         local.get $19
         v128.store offset=16
         local.get $12
         local.get $18
         f32x4.add
         local.set $12
         local.get $15
         local.get $18
         local.get $0
         local.get $9
         i32.add
         local.tee $32
         v128.load
         local.get $16
         f32x4.sub
         f32x4.mul
         f32x4.add
         local.set $15
         local.get $13
         local.get $19
         f32x4.add
         local.set $13
         local.get $14
         local.get $19
         local.get $32
         v128.load offset=16
         local.get $17
         f32x4.sub
         f32x4.mul
         f32x4.add
         local.set $14
         local.get $9
         local.get $26
         i32.add
         local.set $9
         br $while-continue|5
        end
       end
       local.get $6
       local.get $30
       i32.add
       local.tee $9
       local.get $12
       v128.store
       local.get $9
       local.get $13
       v128.store offset=16
       local.get $7
       local.get $30
       i32.add
       local.tee $9
       local.get $15
       v128.store
       local.get $9
       local.get $14
       v128.store offset=16
       local.get $11
       i32.const 8
       i32.add
       local.set $11
       br $for-loop|4
      end
     end
     local.get $10
     local.get $27
     i32.add
     local.set $10
     br $for-loop|3
    end
   end
   return
  end
  local.get $6
  i32.const 0
  local.get $5
  i32.const 2
  i32.shl
  local.tee $9
  memory.fill
  local.get $7
  i32.const 0
  local.get $9
  memory.fill
  local.get $5
  i32.const -4
  i32.and
  local.set $10
  loop $for-loop|12
   local.get $4
   local.get $11
   i32.gt_s
   if
    local.get $5
    local.get $11
    i32.mul
    i32.const 2
    i32.shl
    local.set $26
    i32.const 0
    local.set $9
    loop $for-loop|13
     local.get $9
     local.get $10
     i32.lt_s
     if
      local.get $9
      i32.const 2
      i32.shl
      local.tee $27
      local.get $1
      local.get $26
      i32.add
      i32.add
      v128.load
      local.set $12
      local.get $0
      local.get $26
      i32.add
      local.get $27
      i32.add
      v128.load
      local.get $3
      local.get $27
      i32.add
      v128.load
      f32x4.sub
      local.set $13
      local.get $8
      local.get $26
      i32.add
      local.get $27
      i32.add
      local.get $12
      local.get $2
      local.get $26
      i32.add
      local.get $27
      i32.add
      v128.load
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      f32x4.gt
      v128.and
      local.tee $12
      v128.store
      local.get $6
      local.get $27
      i32.add
      local.tee $28
      local.get $28
      v128.load
      local.get $12
      f32x4.add
      v128.store
      local.get $7
      local.get $27
      i32.add
      local.tee $27
      local.get $27
      v128.load
      local.get $12
      local.get $13
      f32x4.mul
      f32x4.add
      v128.store
      local.get $9
      i32.const 4
      i32.add
      local.set $9
      br $for-loop|13
     end
    end
    loop $for-loop|14
     local.get $5
     local.get $9
     i32.gt_s
     if
      local.get $9
      i32.const 2
      i32.shl
      local.tee $27
      local.get $0
      local.get $26
      i32.add
      i32.add
      f32.load
      local.get $3
      local.get $27
      i32.add
      f32.load
      f32.sub
      local.set $25
      local.get $8
      local.get $26
      i32.add
      local.get $27
      i32.add
      local.get $1
      local.get $26
      i32.add
      local.get $27
      i32.add
      f32.load
      f32.const 0
      local.get $2
      local.get $26
      i32.add
      local.get $27
      i32.add
      f32.load
      f32.const 0
      f32.gt
      select
      local.tee $20
      f32.store
      local.get $6
      local.get $27
      i32.add
      local.tee $28
      local.get $28
      f32.load
      local.get $20
      f32.add
      f32.store
      local.get $7
      local.get $27
      i32.add
      local.tee $27
      local.get $27
      f32.load
      local.get $20
      local.get $25
      f32.mul
      f32.add
      f32.store
      local.get $9
      i32.const 1
      i32.add
      local.set $9
      br $for-loop|14
     end
    end
    local.get $11
    i32.const 1
    i32.add
    local.set $11
    br $for-loop|12
   end
  end
 )
 (func $scripts/wasm/batchNormKernels/batchNormGradSums (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 v128)
  (local $10 i32)
  (local $11 i32)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 f32)
  (local $25 f32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 i32)
  block $scripts/wasm/batchNormKernels/gradSums|inlined.0
   local.get $4
   i32.const 15
   i32.and
   i32.eqz
   local.get $3
   i32.const 0
   i32.gt_s
   i32.and
   if
    local.get $4
    i32.const 2
    i32.shl
    local.set $26
    local.get $4
    i32.const 16
    i32.eq
    if (result i32)
     i32.const 1
     local.get $3
     local.get $3
     i32.const 1
     i32.le_s
     select
    else
     i32.const 1
     i32.const 2048
     local.get $4
     i32.div_s
     local.tee $8
     local.get $8
     i32.const 0
     i32.le_s
     select
    end
    local.set $27
    loop $for-loop|3
     local.get $3
     local.get $11
     i32.gt_s
     if
      local.get $27
      local.get $3
      local.get $11
      i32.sub
      local.tee $8
      local.get $8
      local.get $27
      i32.gt_s
      select
      local.set $30
      local.get $4
      local.get $11
      i32.mul
      i32.const 2
      i32.shl
      local.set $22
      i32.const 0
      local.set $18
      loop $for-loop|4
       local.get $4
       local.get $18
       i32.gt_s
       if
        local.get $2
        local.get $18
        i32.const 2
        i32.shl
        local.tee $28
        i32.add
        local.tee $8
        v128.load
        local.set $31
        local.get $8
        v128.load offset=16
        local.set $19
        local.get $8
        v128.load offset=32
        local.set $20
        local.get $8
        v128.load offset=48
        local.set $21
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $12
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $13
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $14
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $15
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $16
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $17
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $7
        local.get $11
        i32.const 0
        i32.gt_s
        if (result v128)
         local.get $5
         local.get $28
         i32.add
         local.tee $8
         v128.load
         local.set $12
         local.get $8
         v128.load offset=16
         local.set $13
         local.get $8
         v128.load offset=32
         local.set $14
         local.get $8
         v128.load offset=48
         local.set $15
         local.get $6
         local.get $28
         i32.add
         local.tee $8
         v128.load
         local.set $16
         local.get $8
         v128.load offset=32
         local.set $17
         local.get $8
         v128.load offset=48
         local.set $7
         local.get $8
         v128.load offset=16
        else
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        end
        local.set $9
        local.get $1
        local.get $22
        i32.add
        local.get $28
        i32.add
        local.set $10
        local.get $0
        local.get $22
        i32.add
        local.get $28
        i32.add
        local.tee $8
        local.get $30
        i32.const -2
        i32.and
        local.get $26
        i32.mul
        i32.add
        local.set $23
        loop $while-continue|5
         local.get $8
         local.get $23
         i32.lt_u
         if
          local.get $12
          local.get $10
          v128.load
          local.tee $32
          local.get $10
          local.get $26
          i32.add
          local.tee $29
          v128.load
          local.tee $33
          f32x4.add
          f32x4.add
          local.set $12
          local.get $16
          local.get $32
          local.get $8
          v128.load
          local.get $31
          f32x4.sub
          f32x4.mul
          local.get $33
          local.get $8
          local.get $26
          i32.add
          local.tee $34
          v128.load
          local.get $31
          f32x4.sub
          f32x4.mul
          f32x4.add
          f32x4.add
          local.set $16
          local.get $13
          local.get $10
          v128.load offset=16
          local.tee $32
          local.get $29
          v128.load offset=16
          local.tee $33
          f32x4.add
          f32x4.add
          local.set $13
          local.get $9
          local.get $32
          local.get $8
          v128.load offset=16
          local.get $19
          f32x4.sub
          f32x4.mul
          local.get $33
          local.get $34
          v128.load offset=16
          local.get $19
          f32x4.sub
          f32x4.mul
          f32x4.add
          f32x4.add
          local.set $9
          local.get $14
          local.get $10
          v128.load offset=32
          local.tee $32
          local.get $29
          v128.load offset=32
          local.tee $33
          f32x4.add
          f32x4.add
          local.set $14
          local.get $17
          local.get $32
          local.get $8
          v128.load offset=32
          local.get $20
          f32x4.sub
          f32x4.mul
          local.get $33
          local.get $34
          v128.load offset=32
          local.get $20
          f32x4.sub
          f32x4.mul
          f32x4.add
          f32x4.add
          local.set $17
          local.get $15
          local.get $10
          v128.load offset=48
          local.tee $32
          local.get $29
          v128.load offset=48
          local.tee $33
          f32x4.add
          f32x4.add
          local.set $15
          local.get $7
          local.get $32
          local.get $8
          v128.load offset=48
          local.get $21
          f32x4.sub
          f32x4.mul
          local.get $33
          local.get $34
          v128.load offset=48
          local.get $21
          f32x4.sub
          f32x4.mul
          f32x4.add
          f32x4.add
          local.set $7
          local.get $26
          i32.const 1
          i32.shl
          local.tee $29
          local.get $8
          i32.add
          local.set $8
          local.get $10
          local.get $29
          i32.add
          local.set $10
          br $while-continue|5
         end
        end
        local.get $30
        i32.const 1
        i32.and
        if
         local.get $12
         local.get $10
         v128.load
         local.tee $32
         f32x4.add
         local.set $12
         local.get $16
         local.get $32
         local.get $8
         v128.load
         local.get $31
         f32x4.sub
         f32x4.mul
         f32x4.add
         local.set $16
         local.get $13
         local.get $10
         v128.load offset=16
         local.tee $31
         f32x4.add
         local.set $13
         local.get $9
         local.get $31
         local.get $8
         v128.load offset=16
         local.get $19
         f32x4.sub
         f32x4.mul
         f32x4.add
         local.set $9
         local.get $14
         local.get $10
         v128.load offset=32
         local.tee $19
         f32x4.add
         local.set $14
         local.get $17
         local.get $19
         local.get $8
         v128.load offset=32
         local.get $20
         f32x4.sub
         f32x4.mul
         f32x4.add
         local.set $17
         local.get $15
         local.get $10
         v128.load offset=48
         local.tee $19
         f32x4.add
         local.set $15
         local.get $7
         local.get $19
         local.get $8
         v128.load offset=48
         local.get $21
         f32x4.sub
         f32x4.mul
         f32x4.add
         local.set $7
        end
        local.get $5
        local.get $28
        i32.add
        local.tee $8
        local.get $12
        v128.store
        local.get $8
        local.get $13
        v128.store offset=16
        local.get $8
        local.get $14
        v128.store offset=32
        local.get $8
        local.get $15
        v128.store offset=48
        local.get $6
        local.get $28
        i32.add
        local.tee $8
        local.get $16
        v128.store
        local.get $8
        local.get $9
        v128.store offset=16
        local.get $8
        local.get $17
        v128.store offset=32
        local.get $8
        local.get $7
        v128.store offset=48
        local.get $18
        i32.const 16
        i32.add
        local.set $18
        br $for-loop|4
       end
      end
      local.get $11
      local.get $27
      i32.add
      local.set $11
      br $for-loop|3
     end
    end
    br $scripts/wasm/batchNormKernels/gradSums|inlined.0
   end
   local.get $5
   i32.const 0
   local.get $4
   i32.const 2
   i32.shl
   local.tee $8
   memory.fill
   local.get $6
   i32.const 0
   local.get $8
   memory.fill
   local.get $4
   i32.const -4
   i32.and
   local.set $11
   loop $for-loop|6
    local.get $3
    local.get $10
    i32.gt_s
    if
     local.get $4
     local.get $10
     i32.mul
     i32.const 2
     i32.shl
     local.set $18
     i32.const 0
     local.set $8
     loop $for-loop|7
      local.get $8
      local.get $11
      i32.lt_s
      if
       local.get $8
       i32.const 2
       i32.shl
       local.tee $22
       local.get $1
       local.get $18
       i32.add
       i32.add
       v128.load
       local.set $7
       local.get $0
       local.get $18
       i32.add
       local.get $22
       i32.add
       v128.load
       local.get $2
       local.get $22
       i32.add
       v128.load
       f32x4.sub
       local.set $9
       local.get $5
       local.get $22
       i32.add
       local.tee $23
       local.get $23
       v128.load
       local.get $7
       f32x4.add
       v128.store
       local.get $6
       local.get $22
       i32.add
       local.tee $22
       local.get $22
       v128.load
       local.get $7
       local.get $9
       f32x4.mul
       f32x4.add
       v128.store
       local.get $8
       i32.const 4
       i32.add
       local.set $8
       br $for-loop|7
      end
     end
     loop $for-loop|8
      local.get $4
      local.get $8
      i32.gt_s
      if
       local.get $8
       i32.const 2
       i32.shl
       local.tee $22
       local.get $0
       local.get $18
       i32.add
       i32.add
       f32.load
       local.get $2
       local.get $22
       i32.add
       f32.load
       f32.sub
       local.set $24
       local.get $5
       local.get $22
       i32.add
       local.tee $23
       local.get $23
       f32.load
       local.get $1
       local.get $18
       i32.add
       local.get $22
       i32.add
       f32.load
       local.tee $25
       f32.add
       f32.store
       local.get $6
       local.get $22
       i32.add
       local.tee $22
       local.get $22
       f32.load
       local.get $25
       local.get $24
       f32.mul
       f32.add
       f32.store
       local.get $8
       i32.const 1
       i32.add
       local.set $8
       br $for-loop|8
      end
     end
     local.get $10
     i32.const 1
     i32.add
     local.set $10
     br $for-loop|6
    end
   end
  end
 )
 (func $scripts/wasm/batchNormKernels/batchNormAboveGradSums (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32)
  (local $8 v128)
  (local $9 v128)
  (local $10 i32)
  (local $11 v128)
  (local $12 i32)
  (local $13 i32)
  (local $14 v128)
  (local $15 i32)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 f32)
  (local $21 v128)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 v128)
  (local $29 i32)
  (local $30 i32)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 i32)
  (local $37 v128)
  (local $38 f32)
  block $scripts/wasm/batchNormKernels/gradSums|inlined.2
   local.get $0
   local.set $10
   local.get $5
   i32.const 7
   i32.and
   i32.eqz
   local.get $4
   i32.const 0
   i32.gt_s
   i32.and
   if
    local.get $5
    i32.const 2
    i32.shl
    local.set $22
    i32.const 1
    i32.const 2048
    local.get $5
    i32.div_s
    local.tee $0
    local.get $0
    i32.const 0
    i32.le_s
    select
    local.set $23
    loop $for-loop|0
     local.get $4
     local.get $13
     i32.gt_s
     if
      local.get $23
      local.get $4
      local.get $13
      i32.sub
      local.tee $0
      local.get $0
      local.get $23
      i32.gt_s
      select
      local.set $24
      local.get $5
      local.get $13
      i32.mul
      i32.const 2
      i32.shl
      local.set $25
      i32.const 0
      local.set $15
      loop $for-loop|1
       local.get $5
       local.get $15
       i32.gt_s
       if
        local.get $2
        local.get $15
        i32.const 2
        i32.shl
        local.tee $26
        i32.add
        local.tee $0
        v128.load
        local.set $16
        local.get $0
        v128.load offset=16
        local.set $17
        local.get $3
        local.get $26
        i32.add
        local.tee $0
        v128.load
        local.set $18
        local.get $0
        v128.load offset=16
        local.set $19
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $11
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $9
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $14
        local.get $13
        i32.const 0
        i32.gt_s
        if (result v128)
         local.get $6
         local.get $26
         i32.add
         local.tee $0
         v128.load
         local.set $11
         local.get $0
         v128.load offset=16
         local.set $9
         local.get $7
         local.get $26
         i32.add
         local.tee $0
         v128.load
         local.set $14
         local.get $0
         v128.load offset=16
        else
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        end
        local.set $8
        local.get $1
        local.get $25
        i32.add
        local.get $26
        i32.add
        local.set $12
        local.get $10
        local.get $25
        i32.add
        local.get $26
        i32.add
        local.tee $0
        local.get $24
        i32.const -2
        i32.and
        local.get $22
        i32.mul
        i32.add
        local.set $27
        loop $while-continue|2
         local.get $0
         local.get $27
         i32.lt_u
         if
          local.get $11
          local.get $12
          v128.load
          local.get $0
          v128.load
          local.tee $21
          local.get $18
          f32x4.ge
          v128.and
          local.tee $28
          local.get $12
          local.get $22
          i32.add
          local.tee $29
          v128.load
          local.get $0
          local.get $22
          i32.add
          local.tee $30
          v128.load
          local.tee $31
          local.get $18
          f32x4.ge
          v128.and
          local.tee $32
          f32x4.add
          f32x4.add
          local.set $11
          local.get $14
          local.get $28
          local.get $21
          local.get $16
          f32x4.sub
          f32x4.mul
          local.get $32
          local.get $31
          local.get $16
          f32x4.sub
          f32x4.mul
          f32x4.add
          f32x4.add
          local.set $14
          local.get $9
          local.get $12
          v128.load offset=16
          local.get $0
          v128.load offset=16
          local.tee $21
          local.get $19
          f32x4.ge
          v128.and
          local.tee $28
          local.get $29
          v128.load offset=16
          local.get $30
          v128.load offset=16
          local.tee $31
          local.get $19
          f32x4.ge
          v128.and
          local.tee $32
          f32x4.add
          f32x4.add
          local.set $9
          local.get $8
          local.get $28
          local.get $21
          local.get $17
          f32x4.sub
          f32x4.mul
          local.get $32
          local.get $31
          local.get $17
          f32x4.sub
          f32x4.mul
          f32x4.add
          f32x4.add
          local.set $8
          local.get $22
          i32.const 1
          i32.shl
          local.tee $29
          local.get $0
          i32.add
          local.set $0
          local.get $12
          local.get $29
          i32.add
          local.set $12
          br $while-continue|2
         end
        end
        local.get $24
        i32.const 1
        i32.and
        if
         local.get $11
         local.get $12
         v128.load
         local.get $0
         v128.load
         local.tee $21
         local.get $18
         f32x4.ge
         v128.and
         local.tee $18
         f32x4.add
         local.set $11
         local.get $14
         local.get $18
         local.get $21
         local.get $16
         f32x4.sub
         f32x4.mul
         f32x4.add
         local.set $14
         local.get $9
         local.get $12
         v128.load offset=16
         local.get $0
         v128.load offset=16
         local.tee $16
         local.get $19
         f32x4.ge
         v128.and
         local.tee $18
         f32x4.add
         local.set $9
         local.get $8
         local.get $18
         local.get $16
         local.get $17
         f32x4.sub
         f32x4.mul
         f32x4.add
         local.set $8
        end
        local.get $6
        local.get $26
        i32.add
        local.tee $0
        local.get $11
        v128.store
        local.get $0
        local.get $9
        v128.store offset=16
        local.get $7
        local.get $26
        i32.add
        local.tee $0
        local.get $14
        v128.store
        local.get $0
        local.get $8
        v128.store offset=16
        local.get $15
        i32.const 8
        i32.add
        local.set $15
        br $for-loop|1
       end
      end
      local.get $13
      local.get $23
      i32.add
      local.set $13
      br $for-loop|0
     end
    end
    br $scripts/wasm/batchNormKernels/gradSums|inlined.2
   end
   local.get $5
   i32.const 15
   i32.and
   i32.eqz
   local.get $4
   i32.const 0
   i32.gt_s
   i32.and
   if
    local.get $5
    i32.const 2
    i32.shl
    local.set $23
    local.get $5
    i32.const 16
    i32.eq
    if (result i32)
     i32.const 1
     local.get $4
     local.get $4
     i32.const 1
     i32.le_s
     select
    else
     i32.const 1
     i32.const 2048
     local.get $5
     i32.div_s
     local.tee $0
     local.get $0
     i32.const 0
     i32.le_s
     select
    end
    local.set $24
    loop $for-loop|3
     local.get $4
     local.get $15
     i32.gt_s
     if
      local.get $24
      local.get $4
      local.get $15
      i32.sub
      local.tee $0
      local.get $0
      local.get $24
      i32.gt_s
      select
      local.set $25
      local.get $5
      local.get $15
      i32.mul
      i32.const 2
      i32.shl
      local.set $26
      i32.const 0
      local.set $0
      loop $for-loop|4
       local.get $0
       local.get $5
       i32.lt_s
       if
        local.get $2
        local.get $0
        i32.const 2
        i32.shl
        local.tee $27
        i32.add
        local.tee $12
        v128.load
        local.set $28
        local.get $12
        v128.load offset=16
        local.set $21
        local.get $12
        v128.load offset=32
        local.set $31
        local.get $12
        v128.load offset=48
        local.set $32
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $14
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $8
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $16
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $19
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $11
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $18
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.set $9
        local.get $15
        i32.const 0
        i32.gt_s
        if (result v128)
         local.get $6
         local.get $27
         i32.add
         local.tee $12
         v128.load
         local.set $14
         local.get $12
         v128.load offset=16
         local.set $8
         local.get $12
         v128.load offset=32
         local.set $16
         local.get $12
         v128.load offset=48
         local.set $19
         local.get $7
         local.get $27
         i32.add
         local.tee $12
         v128.load
         local.set $11
         local.get $12
         v128.load offset=48
         local.set $9
         local.get $12
         v128.load offset=16
         local.set $18
         local.get $12
         v128.load offset=32
        else
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        end
        local.set $17
        local.get $1
        local.get $26
        i32.add
        local.get $27
        i32.add
        local.set $13
        local.get $10
        local.get $26
        i32.add
        local.get $27
        i32.add
        local.tee $12
        local.get $25
        i32.const -2
        i32.and
        local.get $23
        i32.mul
        i32.add
        local.set $29
        loop $while-continue|5
         local.get $12
         local.get $29
         i32.lt_u
         if
          local.get $14
          local.get $13
          v128.load
          local.get $12
          v128.load
          local.get $28
          f32x4.sub
          local.tee $33
          local.get $3
          local.get $27
          i32.add
          local.tee $30
          v128.load
          local.tee $14
          f32x4.mul
          local.get $30
          v128.load
          local.tee $34
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.tee $35
          local.get $13
          local.get $23
          i32.add
          local.tee $36
          v128.load
          local.get $12
          local.get $23
          i32.add
          local.tee $22
          v128.load
          local.get $28
          f32x4.sub
          local.tee $37
          local.get $14
          f32x4.mul
          local.get $34
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.tee $34
          f32x4.add
          f32x4.add
          local.set $14
          local.get $11
          local.get $35
          local.get $33
          f32x4.mul
          local.get $34
          local.get $37
          f32x4.mul
          f32x4.add
          f32x4.add
          local.set $11
          local.get $8
          local.get $13
          v128.load offset=16
          local.get $12
          v128.load offset=16
          local.get $21
          f32x4.sub
          local.tee $33
          local.get $30
          v128.load offset=16
          local.tee $8
          f32x4.mul
          local.get $8
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.tee $34
          local.get $36
          v128.load offset=16
          local.get $22
          v128.load offset=16
          local.get $21
          f32x4.sub
          local.tee $35
          local.get $8
          f32x4.mul
          local.get $8
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.tee $37
          f32x4.add
          f32x4.add
          local.set $8
          local.get $18
          local.get $34
          local.get $33
          f32x4.mul
          local.get $37
          local.get $35
          f32x4.mul
          f32x4.add
          f32x4.add
          local.set $18
          local.get $16
          local.get $13
          v128.load offset=32
          local.get $12
          v128.load offset=32
          local.get $31
          f32x4.sub
          local.tee $33
          local.get $30
          v128.load offset=32
          local.tee $16
          f32x4.mul
          local.get $16
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.tee $34
          local.get $36
          v128.load offset=32
          local.get $22
          v128.load offset=32
          local.get $31
          f32x4.sub
          local.tee $35
          local.get $16
          f32x4.mul
          local.get $16
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.tee $37
          f32x4.add
          f32x4.add
          local.set $16
          local.get $17
          local.get $34
          local.get $33
          f32x4.mul
          local.get $37
          local.get $35
          f32x4.mul
          f32x4.add
          f32x4.add
          local.set $17
          local.get $19
          local.get $13
          v128.load offset=48
          local.get $12
          v128.load offset=48
          local.get $32
          f32x4.sub
          local.tee $33
          local.get $30
          v128.load offset=48
          local.tee $19
          f32x4.mul
          local.get $19
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.tee $34
          local.get $36
          v128.load offset=48
          local.get $22
          v128.load offset=48
          local.get $32
          f32x4.sub
          local.tee $35
          local.get $19
          f32x4.mul
          local.get $19
          f32x4.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.gt
          v128.and
          local.tee $37
          f32x4.add
          f32x4.add
          local.set $19
          local.get $9
          local.get $34
          local.get $33
          f32x4.mul
          local.get $37
          local.get $35
          f32x4.mul
          f32x4.add
          f32x4.add
          local.set $9
          local.get $23
          i32.const 1
          i32.shl
          local.tee $22
          local.get $12
          i32.add
          local.set $12
          local.get $13
          local.get $22
          i32.add
          local.set $13
          br $while-continue|5
         end
        end
        local.get $25
        i32.const 1
        i32.and
        if
         local.get $14
         local.get $13
         v128.load
         local.get $12
         v128.load
         local.get $28
         f32x4.sub
         local.tee $28
         local.get $3
         local.get $27
         i32.add
         local.tee $22
         v128.load
         f32x4.mul
         local.get $22
         v128.load
         f32x4.add
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.gt
         v128.and
         local.tee $33
         f32x4.add
         local.set $14
         local.get $11
         local.get $33
         local.get $28
         f32x4.mul
         f32x4.add
         local.set $11
         local.get $8
         local.get $13
         v128.load offset=16
         local.get $12
         v128.load offset=16
         local.get $21
         f32x4.sub
         local.tee $21
         local.get $22
         v128.load offset=16
         local.tee $8
         f32x4.mul
         local.get $8
         f32x4.add
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.gt
         v128.and
         local.tee $28
         f32x4.add
         local.set $8
         local.get $18
         local.get $28
         local.get $21
         f32x4.mul
         f32x4.add
         local.set $18
         local.get $16
         local.get $13
         v128.load offset=32
         local.get $12
         v128.load offset=32
         local.get $31
         f32x4.sub
         local.tee $21
         local.get $22
         v128.load offset=32
         local.tee $16
         f32x4.mul
         local.get $16
         f32x4.add
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.gt
         v128.and
         local.tee $28
         f32x4.add
         local.set $16
         local.get $17
         local.get $28
         local.get $21
         f32x4.mul
         f32x4.add
         local.set $17
         local.get $19
         local.get $13
         v128.load offset=48
         local.get $12
         v128.load offset=48
         local.get $32
         f32x4.sub
         local.tee $21
         local.get $22
         v128.load offset=48
         local.tee $19
         f32x4.mul
         local.get $19
         f32x4.add
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.gt
         v128.and
         local.tee $28
         f32x4.add
         local.set $19
         local.get $9
         local.get $28
         local.get $21
         f32x4.mul
         f32x4.add
         local.set $9
        end
        local.get $6
        local.get $27
        i32.add
        local.tee $12
        local.get $14
        v128.store
        local.get $12
        local.get $8
        v128.store offset=16
        local.get $12
        local.get $16
        v128.store offset=32
        local.get $12
        local.get $19
        v128.store offset=48
        local.get $7
        local.get $27
        i32.add
        local.tee $12
        local.get $11
        v128.store
        local.get $12
        local.get $18
        v128.store offset=16
        local.get $12
        local.get $17
        v128.store offset=32
        local.get $12
        local.get $9
        v128.store offset=48
        local.get $0
        i32.const 16
        i32.add
        local.set $0
        br $for-loop|4
       end
      end
      local.get $15
      local.get $24
      i32.add
      local.set $15
      br $for-loop|3
     end
    end
    br $scripts/wasm/batchNormKernels/gradSums|inlined.2
   end
   local.get $6
   i32.const 0
   local.get $5
   i32.const 2
   i32.shl
   local.tee $0
   memory.fill
   local.get $7
   i32.const 0
   local.get $0
   memory.fill
   local.get $5
   i32.const -4
   i32.and
   local.set $12
   loop $for-loop|6
    local.get $4
    local.get $13
    i32.gt_s
    if
     local.get $5
     local.get $13
     i32.mul
     i32.const 2
     i32.shl
     local.set $15
     i32.const 0
     local.set $0
     loop $for-loop|7
      local.get $0
      local.get $12
      i32.lt_s
      if
       local.get $0
       i32.const 2
       i32.shl
       local.tee $22
       local.get $1
       local.get $15
       i32.add
       i32.add
       v128.load
       local.set $8
       local.get $10
       local.get $15
       i32.add
       local.get $22
       i32.add
       v128.load
       local.tee $9
       local.get $2
       local.get $22
       i32.add
       v128.load
       f32x4.sub
       local.set $11
       local.get $6
       local.get $22
       i32.add
       local.tee $23
       local.get $23
       v128.load
       local.get $8
       local.get $9
       local.get $3
       local.get $22
       i32.add
       v128.load
       f32x4.ge
       v128.and
       local.tee $8
       f32x4.add
       v128.store
       local.get $7
       local.get $22
       i32.add
       local.tee $22
       local.get $22
       v128.load
       local.get $8
       local.get $11
       f32x4.mul
       f32x4.add
       v128.store
       local.get $0
       i32.const 4
       i32.add
       local.set $0
       br $for-loop|7
      end
     end
     loop $for-loop|8
      local.get $0
      local.get $5
      i32.lt_s
      if
       local.get $0
       i32.const 2
       i32.shl
       local.tee $22
       local.get $10
       local.get $15
       i32.add
       i32.add
       f32.load
       local.tee $38
       local.get $2
       local.get $22
       i32.add
       f32.load
       f32.sub
       local.set $20
       local.get $6
       local.get $22
       i32.add
       local.tee $23
       local.get $23
       f32.load
       local.get $1
       local.get $15
       i32.add
       local.get $22
       i32.add
       f32.load
       f32.const 0
       local.get $38
       local.get $3
       local.get $22
       i32.add
       f32.load
       f32.ge
       select
       local.tee $38
       f32.add
       f32.store
       local.get $7
       local.get $22
       i32.add
       local.tee $22
       local.get $22
       f32.load
       local.get $38
       local.get $20
       f32.mul
       f32.add
       f32.store
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $for-loop|8
      end
     end
     local.get $13
     i32.const 1
     i32.add
     local.set $13
     br $for-loop|6
    end
   end
  end
 )
)
