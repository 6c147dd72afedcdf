/**
 * tfjs 4.22's cpu ResizeBilinearGrad computes the right values in [batch, height, width, depth] order but
 * labels the result [batch, width, height, depth], so bilinear UpSampling2D on a map that is not square
 * failed its first training step on the cpu backend ("The gradient of input 'images' has shape '1,12,11,2',
 * which does not match the shape of the input '1,11,12,2'"). The wrapper keeps tfjs's kernel and its data
 * and gives the result the input's shape.
 */
import { getKernel, registerKernel, unregisterKernel, type KernelFunc, type TensorInfo } from '@tensorflow/tfjs-core';

let fixed = false;

export function fixCpuKernels(): void {
  if (fixed) return;
  const stock = getKernel('ResizeBilinearGrad', 'cpu');
  if (!stock) return; // the cpu backend is not loaded
  const kernelFunc: KernelFunc = (args) => {
    const out = stock.kernelFunc(args) as TensorInfo;
    const images = (args.inputs as { images: TensorInfo }).images;
    return { ...out, shape: [...images.shape] };
  };
  unregisterKernel('ResizeBilinearGrad', 'cpu');
  registerKernel({ kernelName: 'ResizeBilinearGrad', backendName: 'cpu', kernelFunc });
  fixed = true;
}
