/**
 * The app's predict: image files or dropped images (data: URLs) through a saved run, top-k labels with
 * probabilities each. Every image is decoded exactly as in training; one that cannot be read gets its own
 * error and the others are still answered.
 */
import { decodeImageBuffer } from '../data/decode';
import { decodeImageFile, type InputShape, type ResizeMode } from '../data/index';
import { loadedRun } from './inferenceRuns';
import { predictPixels, topK } from './predict';

export type ImageToPredict = { readonly path: string } | { readonly name: string; readonly dataUrl: string };

export interface ImagePrediction {
  image: string;
  top: { label: string; probability: number }[];
  error?: string;
}

const DATA_URL = /^data:image\/[a-z+.-]+;base64,/;

async function decode(image: ImageToPredict, input: InputShape, resize: ResizeMode): Promise<Float32Array> {
  if ('path' in image) return decodeImageFile(image.path, input, resize);
  const match = DATA_URL.exec(image.dataUrl);
  const bytes = match ? Buffer.from(image.dataUrl.slice(match[0].length), 'base64') : Buffer.alloc(0);
  if (!bytes.length) throw new Error(`"${image.name}" is empty; drop an image file (jpg, png, webp, gif, tiff)`);
  try {
    return await decodeImageBuffer(bytes, input, resize);
  } catch {
    throw new Error(`"${image.name}" cannot be used as an image (corrupt, truncated or an unsupported format); LayerLoom reads jpg, png, webp, gif and tiff`);
  }
}

export async function predictImages(runDir: string, images: readonly ImageToPredict[], k: number): Promise<ImagePrediction[]> {
  const { tf, run } = await loadedRun(runDir);
  const decoded = await Promise.all(images.map((img) => decode(img, run.input, run.resize).then(
    (pixels) => ({ pixels }),
    (err: unknown) => ({ error: (err as Error).message.split('\n')[0] }),
  )));
  const good = decoded.flatMap((d) => ('pixels' in d ? [d.pixels] : []));
  const probs = good.length ? await predictPixels(tf, run, good) : [];
  let next = 0;
  return images.map((img, i) => {
    const name = 'path' in img ? img.path : img.name || 'image';
    const d = decoded[i];
    if (!('pixels' in d)) return { image: name, top: [], error: d.error };
    const top = topK(probs[next++], run.classes, k).map((t) => ({ label: t.label, probability: Math.min(1, Math.max(0, t.probability)) }));
    return { image: name, top };
  });
}
