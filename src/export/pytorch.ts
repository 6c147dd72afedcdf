/**
 * graph → one self-contained Python file: an `nn.Module` that constructs with no arguments and equals the
 * LayerLoom network (same layers, shapes, parameter count and, with exported weights, the same outputs),
 * LayerLoom's preprocessing, a weights loader and a training script.
 */
import type { Graph } from '../graph/types';
import { planExport } from './exportPlan';
import { ExportError } from './exportError';
import { className, pyDocText, pyStr } from './pythonNames';
import { TORCH_HELPERS, type TorchHelper } from './torchHelpers';
import { IMAGE_FOLDER, PREPROCESS, WEIGHTS_LOADER } from './pytorchScript';
import { TORCH_ARGS, TORCH_DATA, TORCH_TRAINING } from './pytorchTraining';
import { pythonArgs } from './pythonArgs';
import { PYTHON_DATA } from './pythonData';
import { PYTHON_FOLDER } from './pythonFolder';
import { PYTHON_RUN } from './pythonRun';
import { PYTHON_SPLIT } from './pythonSplit';
import { pythonTexts } from './pythonTexts';
import { tfjsModelTemplate, type TfjsModelTemplate } from './tfjsTopology';
import { trainingConstants, type TemplateOrError, type TrainingConstantsOptions } from './trainingConstants';
import { IMAGE_EXTENSIONS, PYTHON_PIXELS, SYSTEM_NAMES } from './pythonPreprocess';
import { paddedMaxPool, torchBlock, type TorchWeight } from './torchBlocks';
import { paddedMaxPools } from './torchFolds';

export type ResizeMode = 'stretch' | 'crop' | 'letterbox';

export interface ExportOptions extends TrainingConstantsOptions {
  /** Model name: the class is named after it. */
  readonly name: string;
  /** The project's description, quoted (escaped) in the file's docstring. */
  readonly description?: string;
  /** How LayerLoom resized the images (the run's setting); "stretch" by default. */
  readonly resize?: ResizeMode;
  /** Class names in label order (a run's meta.json), written into the code for predictions. */
  readonly classNames?: readonly string[];
  /** The run's input standardisation (meta.json `normalization`): per-channel mean and std of [0, 1] pixels. */
  readonly normalization?: { readonly mean: readonly number[]; readonly std: readonly number[] };
}

/** `MEAN, STD = …` for the input channels: the run's values, or None (the training script computes them as LayerLoom does). */
export function normalizationLine(n: ExportOptions['normalization'], channels: number): string {
  if (!n) return 'MEAN, STD = None, None  # input standardisation: computed from the training images, as LayerLoom does';
  const per = (v: readonly number[]) => `[${Array.from({ length: channels }, (_, c) => String(v[v.length === 1 ? 0 : c])).join(', ')}]`;
  return `MEAN, STD = ${per(n.mean)}, ${per(n.std)}  # LayerLoom's input standardisation of this run (meta.json)`;
}

/** LayerLoom's image file extensions and the system file names it passes over, for the exported folder readers. */
export function imageFilesLines(): string {
  return [
    `IMAGE_EXTENSIONS = (${IMAGE_EXTENSIONS.map(pyStr).join(', ')})  # the files LayerLoom reads`,
    `SYSTEM_NAMES = {${[...SYSTEM_NAMES].map(pyStr).join(', ')}}  # passed over, like names starting with "."`,
  ].join('\n');
}

/** The project's description for a docstring: escaped, one line. */
export function descriptionLines(description: string | undefined): string[] {
  return description?.trim() ? ['', `Description: ${pyDocText(description.trim())}`] : [];
}

/** `CLASS_NAMES = [...]`, or None when the names are not known (a template or project without a run). */
export function classNamesLine(names: readonly string[] | undefined): string {
  return `CLASS_NAMES = ${names?.length ? `[${names.map(pyStr).join(', ')}]` : 'None'}  # label order (sorted folder names)`;
}

/** LayerLoom's tfjs model of the graph, or why tfjs refuses it (e.g. a block id starting with "_"). */
export function templateOrError(graph: Graph): TemplateOrError {
  try {
    return tfjsModelTemplate(graph);
  } catch (err) {
    return { error: (err as Error).message };
  }
}

/** `("layer/weight", "state_dict.key", "layout"),` for every tfjs weight; the two lists must be the same weights. */
function tfjsWeightLines(template: TfjsModelTemplate, weights: readonly TorchWeight[]): string[] {
  const byName = new Map(weights.map((w) => [`${w.layer}/${w.weight}`, w]));
  const lines = template.weights.map((spec) => {
    const w = byName.get(spec.name);
    if (!w) throw new ExportError(`LayerLoom's model has a weight ${spec.name} that the PyTorch module lacks; this is a bug in the exporter`);
    byName.delete(spec.name);
    return `    (${pyStr(spec.name)}, ${pyStr(w.key)}, ${pyStr(w.layout)}),`;
  });
  if (byName.size) throw new ExportError(`the PyTorch module has weights LayerLoom's model lacks (${[...byName.keys()].join(', ')}); this is a bug in the exporter`);
  return lines;
}

export interface TorchExport {
  readonly code: string;
  readonly className: string;
  /** Every tfjs weight and the state_dict entry it becomes. */
  readonly weights: readonly TorchWeight[];
}

export function exportPyTorch(graph: Graph, options: ExportOptions): TorchExport {
  const plan = planExport(graph);
  const cls = className(options.name);
  const init: string[] = [];
  const forward: string[] = [];
  const helpers = new Set<TorchHelper>();
  const weights: TorchWeight[] = [];
  const owners = new Map<string, string>();
  const pools = paddedMaxPools(plan.blocks);
  const absorbed = new Set([...pools.values()].map((f) => f.pad.id));
  for (const b of plan.blocks) {
    if (absorbed.has(b.id)) continue;
    const fold = pools.get(b.id);
    const ctx = fold
      ? { id: b.id, attr: b.attr, inputs: fold.pad.inputVars, inputShapes: fold.pad.inputShapes, outputShape: b.outputShape }
      : { id: b.id, attr: b.attr, inputs: b.inputVars, inputShapes: b.inputShapes, outputShape: b.outputShape };
    const code = fold ? paddedMaxPool(fold, ctx) : torchBlock(b.kind)(b.params, ctx);
    for (const [attr, ctor] of code.modules ?? []) {
      const owner = owners.get(attr);
      if (owner !== undefined) throw new ExportError(`blocks "${owner}" and "${b.id}" both need the Python name ${attr}; rename one of them`);
      owners.set(attr, b.id);
      init.push(`        self.${attr} = ${ctor}`);
    }
    for (const h of code.helpers ?? []) helpers.add(h);
    weights.push(...(code.weights ?? []));
    if (code.expr !== b.outputVar) forward.push(`        ${b.outputVar} = ${code.expr}  # ${b.kind} → ${b.outputShape.join('×')}`);
  }
  const [h, w, c] = plan.input.outputShape;
  const classes = plan.output.outputShape[0];
  const trainable = plan.analysis.totals.trainableParams;
  const template = templateOrError(graph);
  const code = [
    `"""${cls}: the LayerLoom network "${pyDocText(options.name)}", exported as a PyTorch module.`,
    ...descriptionLines(options.description),
    '',
    `Input: a float tensor [N, ${c}, ${h}, ${w}] from LayerLoomPreprocess. Output: [N, ${classes}] logits;`,
    'softmax(logits) are the probabilities LayerLoom shows (see predict()). Layers and tensors are NCHW;',
    'padding, Flatten order (channels last, as in tfjs) and batch-norm settings follow LayerLoom exactly, so',
    `weights exported from LayerLoom give the same predictions. ${trainable.toLocaleString('en-US')} trainable parameters.`,
    '',
    'Train as LayerLoom does (its folder rules, split, statistics and this project\'s training settings), writing a',
    'LayerLoom run folder that the app opens:',
    '    python this_file.py DATA_DIR [--out RUN_DIR]            (one GPU, or the CPU; --help lists the settings)',
    '    torchrun --nproc_per_node=N this_file.py DATA_DIR --out RUN_DIR    (DistributedDataParallel)',
    '"""',
    'import json',
    '',
    'import torch',
    'import torch.nn.functional as F',
    'from torch import nn',
    '',
    `INPUT_HEIGHT, INPUT_WIDTH, INPUT_CHANNELS = ${h}, ${w}, ${c}`,
    `NUM_CLASSES = ${classes}`,
    `RESIZE = ${pyStr(options.resize ?? 'stretch')}`,
    imageFilesLines(),
    classNamesLine(options.classNames),
    normalizationLine(options.normalization, c),
    `OUTPUT_SOFTMAX = ${plan.output.params.softmax !== false ? 'True' : 'False'}  # the Output block's softmax (the module returns the logits before it)`,
    trainingConstants(graph, template, options),
    '# Each LayerLoom (tfjs) weight: its name, the state_dict entry it is, and how the layouts differ.',
    `TFJS_WEIGHTS = [\n${'error' in template ? '' : `${tfjsWeightLines(template, weights).join('\n')}\n`}]`,
    '',
    ...[...helpers].flatMap((k) => ['', TORCH_HELPERS[k], '']),
    '',
    `class ${cls}(nn.Module):`,
    '    def __init__(self):',
    '        super().__init__()',
    ...(init.length ? init : ['        pass']),
    '',
    '    def forward(self, x):',
    ...forward,
    '        return x',
    '',
    '',
    `MODEL_CLASS = ${cls}`,
    '',
    '',
    PYTHON_PIXELS,
    '',
    '',
    pythonTexts(),
    '',
    '',
    PYTHON_FOLDER,
    '',
    '',
    PREPROCESS,
    '',
    '',
    WEIGHTS_LOADER,
    '',
    '',
    IMAGE_FOLDER,
    '',
    '',
    PYTHON_SPLIT,
    '',
    '',
    PYTHON_DATA,
    '',
    '',
    PYTHON_RUN,
    '',
    '',
    TORCH_DATA,
    '',
    '',
    pythonArgs(TORCH_ARGS),
    '',
    '',
    TORCH_TRAINING,
    '',
  ].join('\n').replace(/\n{4,}/g, '\n\n\n');
  return { code, className: cls, weights };
}
