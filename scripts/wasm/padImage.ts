/* eslint-disable @typescript-eslint/ban-ts-comment -- AssemblyScript source: tsc must not type-check it */
// @ts-nocheck — AssemblyScript (compiled by ./build.sh), not TypeScript: usize and memory are its builtins.
/**
 * One image padded with zeros inside a thread's scratch, for the few-channel kernels that read a padded
 * input (a first layer on RGB images): the copy of a 32×32×3 image is 12 KB in L1 per image, where a
 * pad op over the batch was a serial pass of its own (0.10 ms of ResNet-20's first layer each way).
 * zeroPadded clears the whole padded image once per call; padImage then rewrites only its interior, so
 * the border stays zero from image to image.
 */
export function zeroPadded(scratch: usize, hp: i32, wp: i32, ci: i32): void {
  memory.fill(scratch, 0, (<usize>(hp * wp) * <usize>ci) << 2);
}

/** Image b of x [batch, h, w, ci] into scratch [hp, wp, ci] at row top, column left. */
export function padImage(x: usize, b: i32, scratch: usize, h: i32, w: i32, ci: i32, wp: i32, top: i32, left: i32): void {
  const rowBytes = (<usize>(w * ci)) << 2;
  let from = x + <usize>(b * h) * rowBytes;
  let to = scratch + ((<usize>((top * wp + left) * ci)) << 2);
  const toStep = (<usize>(wp * ci)) << 2;
  for (let r = 0; r < h; r++) {
    memory.copy(to, from, rowBytes);
    from += rowBytes;
    to += toStep;
  }
}
