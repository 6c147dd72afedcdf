/** A decoded image (h·w·c floats in [0, 1], HWC) as a PNG data: URL, for showing it in the UI exactly as the model sees it. */
import sharp from 'sharp';
import type { InputShape } from './types.ts';

export async function pngDataUrl(image: Float32Array, [h, w, c]: InputShape): Promise<string> {
  const bytes = new Uint8Array(h * w * c);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.round(Math.min(1, Math.max(0, image[i])) * 255);
  const png = await sharp(bytes, { raw: { width: w, height: h, channels: c as 1 | 3 } }).toColourspace(c === 1 ? 'b-w' : 'srgb').png({ compressionLevel: 6 }).toBuffer();
  return `data:image/png;base64,${png.toString('base64')}`;
}
