/** Which dropped or picked files can go to `predict`, and why the others cannot. */

export const MAX_PREDICT_FILES = 16;
export const MAX_PREDICT_BYTES = 20_000_000;
const IMAGE_TYPES = /^image\/(png|jpeg|webp|gif|bmp)$/;

export interface FileLike {
  readonly name: string;
  readonly type: string;
  readonly size: number;
}

export interface PredictSelection<F extends FileLike> {
  readonly accepted: F[];
  /** One line per file left out, naming the file and the reason. */
  readonly rejected: string[];
}

export function selectPredictFiles<F extends FileLike>(files: readonly F[]): PredictSelection<F> {
  const accepted: F[] = [];
  const rejected: string[] = [];
  for (const f of files) {
    if (!IMAGE_TYPES.test(f.type)) rejected.push(`${f.name}: not a PNG, JPEG, WebP, GIF or BMP image`);
    else if (f.size > MAX_PREDICT_BYTES) rejected.push(`${f.name}: larger than ${MAX_PREDICT_BYTES / 1e6} MB`);
    else if (accepted.length >= MAX_PREDICT_FILES) rejected.push(`${f.name}: at most ${MAX_PREDICT_FILES} images at a time`);
    else accepted.push(f);
  }
  return { accepted, rejected };
}

export function readDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsDataURL(file);
  });
}
