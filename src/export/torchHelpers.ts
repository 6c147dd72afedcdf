/** Small Python functions the PyTorch export adds only when a block needs them (tfjs semantics PyTorch lacks). */

export const TORCH_HELPERS = {
  avgPoolSame: `def avg_pool_same(x, kernel, stride, pads):
    """Average pooling with tfjs/Keras "same" padding: each window averages only its pixels inside the image."""
    total = F.avg_pool2d(F.pad(x, pads), kernel, stride)
    count = F.avg_pool2d(F.pad(torch.ones_like(x[:1, :1]), pads), kernel, stride)
    return total / count`,
  upsampleBilinear: `def upsample_bilinear_tf(x, factor):
    """Bilinear upsampling as tfjs computes it: source = target / factor (no half-pixel offset, edges clamped)."""
    def axis(size):
        pos = torch.arange(size * factor, device=x.device, dtype=x.dtype) / factor
        lo = pos.floor().long()
        hi = (lo + 1).clamp(max=size - 1)
        return lo, hi, pos - lo
    ylo, yhi, wy = axis(x.shape[2])
    xlo, xhi, wx = axis(x.shape[3])
    rows = x[:, :, ylo] * (1 - wy)[:, None] + x[:, :, yhi] * wy[:, None]
    return rows[:, :, :, xlo] * (1 - wx) + rows[:, :, :, xhi] * wx`,
} as const;

export type TorchHelper = keyof typeof TORCH_HELPERS;
