/**
 * The engine's `export.code` and `export.write` methods (plugged in through src/server/handlerModules.ts):
 * the app's Export menu. `export.code` answers with the Python source (the browser UI downloads it);
 * `export.write` saves it atomically, and with `weightsFrom` (a run folder) the run's trained weights as
 * a .safetensors file next to it, for the run's own network with its preprocessing (resize, classes,
 * standardisation from meta.json). Written structurally (src/export may not import src/protocol).
 */
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../files/atomicWrite';
import { parseProject, type Project } from '../graph/projectFile';
import { exportCode, exportKerasWithWeights, exportPyTorchWithWeights, RunFolderError, type ExportOptions, type ExportTarget } from './index';
import { readRegularText } from '../files/regularFile';

/** The weights file written next to the code: model.py → model.safetensors (as `layerloom export --weights`). */
export function weightsPathFor(codePath: string): string {
  return codePath.replace(/\.py$/i, '') + '.safetensors';
}

/** "My net" → "my_net.py": a file name for the download. */
export function codeFileName(name: string): string {
  const slug = name.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toLowerCase();
  return `${slug || 'model'}.py`;
}

async function readRunJson(runDir: string, file: string): Promise<unknown> {
  const path = join(runDir, file);
  const text = await readRegularText(path).catch((err: NodeJS.ErrnoException) => {
    throw new RunFolderError(err.code === 'ENOENT' ? `${path} does not exist: is ${runDir} a LayerLoom run folder?` : `cannot read ${path}: ${err.message}`);
  });
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new RunFolderError(`${path} is not valid JSON (${(err as Error).message})`);
  }
}

/** The run's network (what its weights belong to) and the preprocessing its meta.json records. */
async function runExportInputs(runDir: string, name: string): Promise<{ project: Project; options: ExportOptions }> {
  let project: Project;
  try {
    project = parseProject(await readRunJson(runDir, 'project.layerloom.json'));
  } catch (err) {
    throw err instanceof RunFolderError ? err : new RunFolderError(`${join(runDir, 'project.layerloom.json')}: ${(err as Error).message}`);
  }
  const meta = (await readRunJson(runDir, 'meta.json')) as { resize?: unknown; classes?: unknown; normalization?: { mean?: unknown; std?: unknown }; seed?: unknown };
  const resize = meta.resize === 'stretch' || meta.resize === 'crop' || meta.resize === 'letterbox' ? meta.resize : undefined;
  const classNames = Array.isArray(meta.classes) && meta.classes.every((c) => typeof c === 'string') ? (meta.classes as string[]) : undefined;
  const numbers = (v: unknown): v is number[] => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number' && Number.isFinite(x));
  const n = meta.normalization;
  const normalization = n && numbers(n.mean) && numbers(n.std) ? { mean: n.mean, std: n.std } : undefined;
  const seed = typeof meta.seed === 'number' && Number.isInteger(meta.seed) ? meta.seed : undefined;
  return { project, options: { name, resize, classNames, normalization, seed, training: project.training } };
}

/** What a project says about its export: name, description, training settings (the script's defaults), resize. */
function projectOptions(project: Project): ExportOptions {
  return { name: project.meta.name, description: project.meta.description, training: project.training, resize: project.training.resize };
}

interface ExportParams {
  readonly project: Project;
  readonly to: ExportTarget;
}

export const handlers = {
  'export.code': async ({ project, to }: ExportParams) => ({
    code: exportCode(project.graph, to, projectOptions(project)),
    fileName: codeFileName(project.meta.name),
  }),
  'export.write': async ({ project, to, path, weightsFrom }: ExportParams & { path: string; weightsFrom?: string }) => {
    const out = resolve(path);
    if (weightsFrom === undefined) {
      await writeFileAtomic(out, exportCode(project.graph, to, projectOptions(project)));
      return { path: out, weightsPath: null };
    }
    const runDir = resolve(weightsFrom);
    const run = await runExportInputs(runDir, project.meta.name);
    run.options = { ...run.options, description: project.meta.description };
    const withWeights = to === 'keras' ? exportKerasWithWeights : exportPyTorchWithWeights;
    const { code, weights } = await withWeights(run.project.graph, runDir, run.options);
    const weightsPath = weightsPathFor(out);
    // Weights first: code that names a weights file never appears without it.
    await writeFileAtomic(weightsPath, weights);
    await writeFileAtomic(out, code);
    return { path: out, weightsPath };
  },
};
