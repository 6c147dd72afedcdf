/** Reads the trained weights of a LayerLoom run folder: tfjs `model.json` (weightsManifest) and its weight files. */
import { join } from 'node:path';
import type { NamedWeight } from './torchWeights';
import { MAX_BINARY_FILE_BYTES, readRegularFile } from '../files/regularFile';

interface WeightsManifestGroup {
  readonly paths: readonly string[];
  readonly weights: readonly { readonly name: string; readonly shape: readonly number[]; readonly dtype: string }[];
}

export class RunFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunFolderError';
  }
}

async function read(path: string): Promise<Buffer> {
  try {
    return await readRegularFile(path, MAX_BINARY_FILE_BYTES);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new RunFolderError(code === 'ENOENT' ? `${path} does not exist (is it a LayerLoom run folder?)` : `cannot read ${path}: ${(err as Error).message}`);
  }
}

/** Every weight of the run's model by its tfjs name (`layer/weight`). */
export async function readRunWeights(runDir: string): Promise<Map<string, NamedWeight>> {
  const modelPath = join(runDir, 'model.json');
  const text = (await read(modelPath)).toString('utf8');
  let manifest: readonly WeightsManifestGroup[] | undefined;
  try {
    manifest = (JSON.parse(text) as { weightsManifest?: readonly WeightsManifestGroup[] }).weightsManifest;
  } catch (err) {
    throw new RunFolderError(`${modelPath} is not valid JSON: ${(err as Error).message}`);
  }
  if (manifest === undefined || typeof manifest.length !== 'number') throw new RunFolderError(`${modelPath} has no weightsManifest: not a tfjs LayersModel`);
  const weights = new Map<string, NamedWeight>();
  for (const group of manifest) {
    const bytes = Buffer.concat(await Promise.all(group.paths.map((p) => read(join(runDir, p)))));
    let offset = 0;
    for (const spec of group.weights) {
      if (spec.dtype !== 'float32') throw new RunFolderError(`${modelPath}: weight ${spec.name} is ${spec.dtype}; only float32 weights are exported`);
      const n = spec.shape.reduce((a, b) => a * b, 1);
      if (offset + 4 * n > bytes.length) throw new RunFolderError(`${modelPath}: the weight files are shorter than the manifest says (truncated?)`);
      const data = new Float32Array(n);
      new Uint8Array(data.buffer).set(bytes.subarray(offset, offset + 4 * n));
      weights.set(spec.name, { shape: spec.shape, data });
      offset += 4 * n;
    }
  }
  return weights;
}
